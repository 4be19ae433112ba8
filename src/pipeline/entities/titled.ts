import { commonWords } from '../language/id';
import { triggers } from './lexicon';
import type { WordSpan } from './model';
import { titleAt } from './titles';
import type { Word } from './words';

/** Given names the tagger may leave before a family name it found: a couple at most. */
const MAX_GIVEN_WORDS = 2;

const isGivenName = (w: Word) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !w.initial && !triggers.never.has(w.text.toLowerCase()) && !commonWords.has(w.text.toLowerCase());

/** Whether a title ends right before word i, its abbreviation dot included ("Ir." of "Ir. Wijaya"). */
function titleEndsBefore(words: readonly Word[], i: number): boolean {
  const last = words[i - 1]?.text === '.' ? i - 1 : i;
  for (let k = last - 1; k >= Math.max(0, last - 4); k--) if (titleAt(words, k) === last - k) return true;
  return false;
}

/**
 * "Direktur Utama Ir. Wijaya Kusuma Halim": the capitalised words between a title and the person
 * the tagger found after it ("Kusuma Halim") are the person's given names.
 */
export function givenNamesAfterTitles(words: readonly Word[], spans: readonly WordSpan[]): WordSpan[] {
  return spans.map((s, n) => {
    if (s.type !== 'PER') return s;
    const previousEnd = n > 0 ? spans[n - 1]!.end : 0;
    let start = s.start;
    while (start - 1 >= previousEnd && s.start - start < MAX_GIVEN_WORDS && isGivenName(words[start - 1]!) && titleAt(words, start - 1) === 0) start--;
    return start < s.start && titleEndsBefore(words, start) ? { ...s, start } : s;
  });
}
