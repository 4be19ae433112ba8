import { gazetteer, gazetteerTags } from './gazetteer';
import { triggers } from './lexicon';

/** Letters to X/x, digits to d, runs collapsed: "Kim" -> "Xx", "KTT" -> "X", "25/4" -> "d/d". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '–', '—', '…', ':']);

/** How many words open the sentence before anything but quotes, brackets or dashes: words 0..n are initial. */
export function initialWords(words: readonly string[]): number {
  let k = 0;
  while (k < words.length && OPENERS.has(words[k]!)) k++;
  return k;
}

export function titleClass(lower: string): string {
  if (triggers.titles.has(lower)) return 'T';
  if (triggers.orgHeads.has(lower)) return 'O';
  if (triggers.locHeads.has(lower)) return 'L';
  return '';
}

/**
 * Feature names for every word of one sentence. The same function serves training and
 * tagging, so the model sees news text exactly as it was trained on it.
 */
export function sentenceFeatures(words: readonly string[]): string[][] {
  const at = wordFeatures(words);
  return words.map((_, i) => at(i));
}

/**
 * The features of each word of a sentence, made on demand: the tagger scores one word's
 * features and lets them go, so a sentence of 100,000 words never holds millions of strings.
 */
export function wordFeatures(words: readonly string[]): (i: number) => string[] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shape = words.map(wordShape);
  const cls = lower.map(titleClass);
  const gaz = gazetteerTags(words);
  const { personFirst, personLast } = gazetteer();
  const at = (arr: readonly string[], i: number, edge: string) => (i < 0 ? `<${edge}` : i >= n ? `>${edge}` : arr[i]!);
  const firstWord = initialWords(words);
  return (i: number) => {
    const w = lower[i]!;
    const f: string[] = ['b', `w=${w}`, `s=${shape[i]}`, `p1=${w.slice(0, 1)}`, `p2=${w.slice(0, 2)}`, `p3=${w.slice(0, 3)}`];
    f.push(`x2=${w.slice(-2)}`, `x3=${w.slice(-3)}`, `x4=${w.slice(-4)}`);
    const upper = shape[i]!.startsWith('X');
    const initial = i <= firstWord;
    if (initial) f.push(`init|s=${shape[i]}`, `init|w=${w}`);
    if (w.length <= 3 && upper) f.push('short-cap');
    if (words[i]!.includes('-')) f.push('hyphen');
    f.push(`w-1=${at(lower, i - 1, 's')}`, `w+1=${at(lower, i + 1, 'e')}`, `w-2=${at(lower, i - 2, 's')}`, `w+2=${at(lower, i + 2, 'e')}`);
    f.push(`w-1|w=${at(lower, i - 1, 's')}|${w}`, `w|w+1=${w}|${at(lower, i + 1, 'e')}`);
    f.push(`s-1=${at(shape, i - 1, 's')}`, `s+1=${at(shape, i + 1, 'e')}`, `s-1|s|s+1=${at(shape, i - 1, 's')}|${shape[i]}|${at(shape, i + 1, 'e')}`);
    if (cls[i]) f.push(`c=${cls[i]}`);
    if (i > 0 && cls[i - 1]) f.push(`c-1=${cls[i - 1]}`, `c-1=${cls[i - 1]}|s=${shape[i]}`);
    if (i > 1 && cls[i - 2]) f.push(`c-2=${cls[i - 2]}`);
    if (i + 1 < n && cls[i + 1]) f.push(`c+1=${cls[i + 1]}`);
    for (const g of gaz[i]!) f.push(`g=${g}`, `g=${g}|u=${upper}`);
    if (i > 0) for (const g of gaz[i - 1]!) f.push(`g-1=${g}`);
    if (i + 1 < n) for (const g of gaz[i + 1]!) f.push(`g+1=${g}`);
    if (upper) {
      if (personFirst.has(w)) f.push('pf');
      if (personLast.has(w)) f.push('pl');
      if (triggers.never.has(w)) f.push('never');
    }
    return f;
  };
}
