import type { Span } from '../types';
import { NO_ANCHOR, parseTimes } from './engine';
import { normalise, type Anchor, type Found } from './normalise';
import { tenseAt } from './tense';

/** Links and image markup carry path dates (/2019/04/25/) that are not part of the prose. */
const NOT_PROSE = /!\[[^\]]*\]\([^)]*\)|\b(?:https?:\/\/|www\.)\S+/gi;

export function maskNonProse(text: string): string {
  return text.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
}

function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) {
      if (f.end - f.start > prev.end - prev.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/** Every temporal expression in the given regions of `text`, normalised against the anchor. */
export function findTimex(text: string, regions: readonly Span[], anchor: Anchor): Found[] {
  const masked = maskNonProse(text);
  const found: Found[] = [];
  for (const region of regions) {
    const slice = masked.slice(region.start, region.end);
    if (!/[\p{L}\p{N}]/u.test(slice)) continue;
    for (const r of parseTimes(slice, anchor.ref ?? NO_ANCHOR)) {
      const start = region.start + r.index;
      const end = start + r.text.length;
      if (end > region.end || text.slice(start, end) !== r.text) continue;
      const value = normalise(r, anchor, tenseAt(text, start));
      if (value) found.push({ start, end, text: r.text, ...value });
    }
  }
  return dropOverlaps(found);
}
