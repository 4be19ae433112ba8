import { textTokensBetween, tokenizeRange } from '../stages/tokenize';
import { clauseBefore, type ClauseCut } from '../tokens';
import type { Token } from '../types';
import { words } from './lexicon';

const FUTURE_CUES: ReadonlySet<string> = new Set(words.futureCues.map((w) => w.toLowerCase()));
const PLAN_VERBS: ReadonlySet<string> = new Set(words.planVerbs.words.map((w) => w.toLowerCase()));
/** The cue must stand in the same sentence or clause, not far before the day it puts ahead. */
const CLAUSE: ClauseCut = { breaks: new Set(['.', '!', '?', ';']), reach: 80 };
/** A plan verb reaches its time adjunct across the objects and purposes between them. */
const PLAN_CLAUSE: ClauseCut = { breaks: new Set(['.', '!', '?', ';', ',']), reach: 200 };
/** How many words before the day a cue may stand ("akan kembali bertanding melawan Persija, Minggu"). */
const CUE_REACH = 6;

export type Tense = 'past' | 'future';

/**
 * Indonesian verbs do not inflect: "akan" (will) or a plan word a few words before a day name,
 * in the same clause, is what puts it ahead of the reference rather than behind it. `tokens` is
 * the article's token layer; without it, the tokenizer reads the stretch before `index`.
 */
export function tenseAt(text: string, index: number, tokens?: readonly Token[]): Tense {
  const layer = tokens ?? tokenizeRange(text, Math.max(0, index - (PLAN_CLAUSE.reach ?? 0)), index);
  const lastWords = clauseBefore(text, layer, index, CLAUSE)
    .filter((t) => t.kind !== 'punct')
    .slice(-CUE_REACH);
  if (lastWords.some((t) => FUTURE_CUES.has(t.text.toLowerCase()))) return 'future';
  return clauseBefore(text, layer, index, PLAN_CLAUSE).some((t) => PLAN_VERBS.has(t.text.toLowerCase())) ? 'future' : 'past';
}

/**
 * `tenseAt` over the tokens of the whole text (`tokenizeRange(text, 0, text.length)`), reading
 * only the stretch its clause can reach; `wholeText` gives those tokens when that stretch has no
 * space to start from.
 */
export function tenseInText(text: string, index: number, wholeText: () => readonly Token[]): Tense {
  return tenseAt(text, index, textTokensBetween(text, index - (PLAN_CLAUSE.reach ?? 0), index + 1) ?? wholeText());
}
