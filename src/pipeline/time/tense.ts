import { alternation, words } from './lexicon';

const FUTURE_CUE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(words.futureCues)})(?![\p{L}])`, 'iu');

export type Tense = 'past' | 'future';

/**
 * Indonesian verbs do not inflect: "akan" (will) or a plan word a few words before a day name,
 * in the same clause, is what puts it ahead of the reference rather than behind it.
 */
export function tenseAt(text: string, index: number): Tense {
  const window = text.slice(Math.max(0, index - 80), index);
  const clause = window.split(/[.!?;\n]/).pop() ?? '';
  const lastWords = clause.trim().split(/\s+/).slice(-6).join(' ');
  return FUTURE_CUE.test(lastWords) ? 'future' : 'past';
}
