import type { WordSpan } from './model';
import { titleAt } from './titles';
import { triggers } from './lexicon';
import type { Word } from './words';

/** Most given-plus-family names of a pair half are this long ("Ampera Yusran", "Dwi Lestari"). */
const MAX_HALF_WORDS = 3;

const isNameWord = (w: Word | undefined) => w !== undefined && /^\p{Lu}\p{Ll}/u.test(w.text) && !triggers.never.has(w.text.toLowerCase());

/** A hyphen the word splitter cut out of "Yusran-Dwi": touching a capitalised word on both sides. */
function isPairHyphen(words: readonly Word[], h: number): boolean {
  const [a, dash, b] = [words[h - 1], words[h]!, words[h + 1]];
  return dash.text === '-' && isNameWord(a) && isNameWord(b) && a!.end === dash.start && dash.end === b!.start;
}

function halfBefore(words: readonly Word[], h: number): number {
  let start = h - 1;
  while (start > 0 && h - start < MAX_HALF_WORDS && isNameWord(words[start - 1]) && titleAt(words, start - 1) === 0 && !words[start - 1]!.initial) start--;
  return start;
}

function halfAfter(words: readonly Word[], h: number): number {
  let end = h + 2;
  while (end < words.length && end - h - 1 < MAX_HALF_WORDS && isNameWord(words[end]) && titleAt(words, end) === 0) end++;
  return end;
}

/**
 * "pasangan Ampera Yusran-Dwi Lestari": the two halves of a hyphenated pair are people alike, so
 * where either half is read as a person both are, each a name of its own; a half the tagger
 * called a place or a body ("Ampera", a listed place) is the person's name here.
 */
export function pairedPersons(words: readonly Word[], spans: readonly WordSpan[]): WordSpan[] {
  let out = [...spans];
  for (let h = 1; h + 1 < words.length; h++) {
    if (!isPairHyphen(words, h)) continue;
    const left = out.find((s) => s.start < h && s.end === h) ?? { start: halfBefore(words, h), end: h, type: 'PER' as const };
    const rightEnd = out.find((s) => s.start === h + 1)?.end ?? halfAfter(words, h);
    const right = { start: h + 1, end: Math.min(rightEnd, halfAfter(words, h)), type: 'PER' as const };
    const touches = out.filter((s) => s.start < right.end && s.end > left.start);
    if (![left, ...touches].some((s) => s.type === 'PER')) continue;
    out = out.filter((s) => !touches.includes(s));
    out.push({ ...left, type: 'PER' }, right);
  }
  return out.sort((a, b) => a.start - b.start);
}
