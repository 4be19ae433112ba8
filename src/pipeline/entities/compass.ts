import { gazetteer } from './gazetteer';
import { cues } from './lexicon';
import type { WordSpan } from './model';
import type { Word } from './words';

/** Place names run to this many words before their compass word ("Nusa Tenggara Timur"). */
const MAX_PLACE_WORDS = 3;

/** The start of a listed place that ends with the compass word at k ("Barito" of "Barito Timur"), or -1. */
function placeEndingAt(words: readonly Word[], k: number): number {
  let key = words[k]!.text.toLowerCase();
  let found = -1;
  for (let start = k - 1; start >= 0 && k - start <= MAX_PLACE_WORDS; start--) {
    if (!/^\p{Lu}/u.test(words[start]!.text)) break;
    key = `${words[start]!.text.toLowerCase()} ${key}`;
    if (gazetteer().entries.get(key)?.includes('LOC')) found = start;
  }
  return found;
}

/**
 * "Ketua Bawaslu Barito Timur Marlina Sihombing": a compass word after a place's name belongs to
 * that name ("Barito Timur", "Jawa Barat"), so the name before takes it and the name after,
 * which the tagger opened with it, starts past it. A name made of the place alone is the place.
 */
export function bindCompassWords(words: readonly Word[], spans: readonly WordSpan[]): WordSpan[] {
  let out = [...spans];
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (!/^\p{Lu}\p{Ll}/u.test(w.text) || !cues.compassWords.has(w.text.toLowerCase())) continue;
    const place = placeEndingAt(words, k);
    if (place < 0) continue;
    const before = out.find((s) => s.start <= k - 1 && s.end === k);
    const opened = out.find((s) => s.start === k);
    if (!before && !opened) continue;
    out = out.filter((s) => s !== before && s !== opened);
    if (before) out.push({ start: before.start, end: k + 1, type: before.start === place && before.type === 'PER' ? 'LOC' : before.type });
    else out.push({ start: place, end: k + 1, type: 'LOC' });
    if (opened && opened.end > k + 1) out.push({ ...opened, start: k + 1 });
  }
  return out.sort((a, b) => a.start - b.start);
}
