import { cues, triggers } from './lexicon';
import type { Word } from './words';

/**
 * How many words of a title start at word i: 2 for a two-word title whose second word is no
 * title alone ("Media Officer", "Hakim Tunggal"), 1 for a title word, else 0.
 */
export function titleAt(words: readonly Pick<Word, 'text'>[], i: number): number {
  const a = words[i]?.text.toLowerCase();
  if (a === undefined) return 0;
  const b = words[i + 1]?.text.toLowerCase();
  if (b !== undefined && cues.titlePhrases.some(([x, y]) => x === a && y === b)) return 2;
  return triggers.titles.has(a) ? 1 : 0;
}

/** Whether a title ends right before word i (so the words from i on name its holder or body). */
export function titleBefore(words: readonly Pick<Word, 'text'>[], i: number): boolean {
  return (i >= 1 && titleAt(words, i - 1) === 1) || (i >= 2 && titleAt(words, i - 2) === 2);
}
