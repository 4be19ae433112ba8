import type { Boilerplate, Span } from '../../shared/digest/schema';
import { boilerplateLexicon as lex } from '../lexicon';
import { lookupOutlet } from '../outlets';
import type { ArticleDoc, ArticleStage } from '../types';
import { inlineBoilerplate, type InlineSpan } from './inline-boilerplate';

interface Line extends Span {
  /** The line without surrounding white space. */
  trimmed: string;
}

/** Lines of the body with their offsets, a trailing CR left out. */
export function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    lines.push({ start, end: stop, trimmed: text.slice(start, stop).trim() });
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

const IMAGE_LINE = /^(!\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)\s*)+$/;
const BARE_IMAGE_URL = /^(?:https?:)?\/\/\S+\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*)?$/i;
const SENTENCE_END = /[.!?…]["'”’)]*$/;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:]+$/, '');

function isBullet(t: string): boolean {
  return lex.listBullets.has(t);
}

function startsWithBullet(t: string): boolean {
  return t.length > 1 && lex.listBullets.has(t[0]!) && /\s/.test(t[1]!);
}

function isListHeading(t: string): boolean {
  return lex.listHeadings.has(norm(t));
}

/** Markdown emphasis, quote marks and bullets before a line's first word ("**Baca juga:**"). */
const LEAD = /^[\s*_>#•·–—-]+/u;

function lineKind(t: string): string | null {
  if (IMAGE_LINE.test(t) || BARE_IMAGE_URL.test(t)) return 'image';
  const low = t.toLowerCase();
  if (lex.widgetLines.has(low) || lex.widgetLines.has(norm(t))) return 'widget';
  const start = low.replace(LEAD, '').replace(/\s+:/g, ':');
  if (isReporterLine(t, start)) return 'byline';
  return lex.linePrefixes.find(([, p]) => start.startsWith(p))?.[0] ?? null;
}

/** "Laporan Wartawan Contoh.com, Nama Reporter": a short line naming a known outlet, no sentence. */
function isReporterLine(t: string, low: string): boolean {
  if (!lex.bylineLeads.some((p) => low.startsWith(p)) || SENTENCE_END.test(t)) return false;
  const words = t.split(/[\s,]+/);
  return words.length <= 12 && words.some((w) => lookupOutlet(w) !== undefined);
}

/** The parts of a line left once its inline boilerplate is cut out, trimmed, empty ones dropped. */
function piecesOf(text: string, line: Span, cut: readonly InlineSpan[]): Span[] {
  const pieces: Span[] = [];
  let from = line.start;
  for (const c of [...cut, { start: line.end, end: line.end }]) {
    let s = from;
    let e = c.start;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) pieces.push({ start: s, end: e });
    from = c.end;
  }
  return pieces;
}

/** A list item under a related-articles heading: a bullet, or a headline-like line. */
function isListItem(t: string, afterBullet: boolean): boolean {
  if (isBullet(t) || startsWithBullet(t)) return true;
  if (afterBullet) return true;
  return t.length <= 160 && !SENTENCE_END.test(t);
}

/** A short title-cased line with no closing punctuation between body paragraphs. */
function isHeading(t: string): boolean {
  const words = t.split(/\s+/);
  return words.length <= 8 && /^\p{Lu}/u.test(t) && !/[.!?:;,"“”]$/.test(t) && !/^[-–—•*]/.test(t);
}

/**
 * Stage 2: marks what is not article body and keeps it with its kind, so the reader can see
 * what went: image-only lines, related links (lines, "(Baca: ...)" inside a paragraph), lists of
 * other headlines, bylines and editors' initials, photo credits and captions, advertisement
 * markers, app and newsletter promotions, comment widgets and share prompts. Inline boilerplate
 * is cut out of its line and the rest of the line stays body (doc.lines holds the pieces).
 */
export const boilerplate: ArticleStage = {
  name: 'boilerplate',
  run(doc: ArticleDoc): ArticleDoc {
    const lines = splitLines(doc.text, doc.bodyStart);
    const removed: Boilerplate[] = [];
    const body: Line[] = [];
    const add = (kind: string, first: Line, last: Line) =>
      removed.push({ start: first.start, end: last.end, kind, text: doc.text.slice(first.start, last.end) });
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trimmed === '') continue;
      if (isListHeading(line.trimmed)) {
        let last = line;
        let afterBullet = false;
        let j = i + 1;
        for (; j < lines.length; j++) {
          const t = lines[j]!.trimmed;
          if (t === '' || isListHeading(t) || !isListItem(t, afterBullet)) break;
          afterBullet = isBullet(t);
          last = lines[j]!;
        }
        if (last !== line || i === lines.length - 1 || lines[i + 1]?.trimmed === '') {
          add('related-list', line, last);
          i = j - 1;
          continue;
        }
      }
      const kind = lineKind(line.trimmed);
      if (kind) {
        let last = line;
        while (i + 1 < lines.length && lines[i + 1]!.trimmed !== '' && lineKind(lines[i + 1]!.trimmed) === kind && kind === 'widget') {
          last = lines[++i]!;
        }
        add(kind, line, last);
        continue;
      }
      body.push(line);
    }
    // inline boilerplate is cut out of body lines; a line that was nothing else goes entirely
    const kept: { line: Line; pieces: Span[]; whole: boolean }[] = [];
    body.forEach((line, k) => {
      const cut = inlineBoilerplate(doc.text, line, k === body.length - 1);
      for (const c of cut) removed.push({ start: c.start, end: c.end, kind: c.kind, text: doc.text.slice(c.start, c.end) });
      const pieces = piecesOf(doc.text, line, cut);
      if (pieces.length) kept.push({ line, pieces, whole: cut.length === 0 });
    });
    const headings: Span[] = [];
    const bodyLines: Span[] = [];
    kept.forEach(({ line, pieces, whole }, k) => {
      const between = k > 0 && k < kept.length - 1;
      if (between && whole && isHeading(line.trimmed)) headings.push(pieces[0]!);
      else bodyLines.push(...pieces);
    });
    removed.sort((a, b) => a.start - b.start);
    return { ...doc, boilerplate: removed, headings, lines: bodyLines };
  },
};
