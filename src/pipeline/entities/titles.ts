import { cues, triggers } from './lexicon';
import type { Word } from './words';

// titles are asked for at almost every word: the phrase lists by their first word
const byFirstWord = <T extends readonly string[]>(phrases: readonly T[]) => {
  const out = new Map<string, T[]>();
  for (const p of phrases) out.set(p[0]!, [...(out.get(p[0]!) ?? []), p]);
  return out;
};
const continuationsByFirst = byFirstWord(cues.titleContinuations);
const phraseSeconds = new Map([...byFirstWord(cues.titlePhrases)].map(([first, ps]) => [first, new Set(ps.map((p) => p[1]))]));

const lowerAt = (words: readonly Pick<Word, 'text'>[], k: number) => words[k]?.text.toLowerCase();

/** How many words of a continuation ("Umum", "Pengurus Harian") start at word i, or 0. */
function continuationAt(lower: readonly (string | undefined)[], i: number): number {
  let best = 0;
  const first = lower[i];
  if (first === undefined) return 0;
  for (const phrase of continuationsByFirst.get(first) ?? []) if (phrase.length > best && phrase.every((p, k) => lower[i + k] === p)) best = phrase.length;
  return best;
}

/**
 * How many words of a title start at word i: a title word or a two-word title ("Media Officer",
 * "Hakim Tunggal"), with the words that continue a title after it ("Ketua Umum", "Kepala
 * Pelaksana", "Ketua Pengurus Harian"); 0 when no title starts there.
 */
export function titleAt(words: readonly Pick<Word, 'text'>[], i: number): number {
  const a = lowerAt(words, i);
  if (a === undefined) return 0;
  // asked at almost every word, most of which start no title: the next word only when a phrase may start here
  const seconds = phraseSeconds.get(a);
  const b = seconds === undefined ? undefined : lowerAt(words, i + 1);
  let n = b !== undefined && seconds!.has(b) ? 2 : triggers.titles.has(a) ? 1 : 0;
  if (n === 0) return 0;
  for (let c = continuationAt([lowerAt(words, i + n), lowerAt(words, i + n + 1)], 0); c > 0; c = continuationAt([lowerAt(words, i + n), lowerAt(words, i + n + 1)], 0)) n += c;
  return n;
}

/** Whether a title ends right before word i (so the words from i on name its holder or body). */
export function titleBefore(words: readonly Pick<Word, 'text'>[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (titleAt(words, k) === i - k) return true;
  return false;
}

/** The end of a title that starts before word i and covers it, or -1 ("Umum" of "Ketua Umum"). */
export function titleCovering(words: readonly Pick<Word, 'text'>[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const n = titleAt(words, k);
    if (k + n > i) return k + n;
  }
  return -1;
}
