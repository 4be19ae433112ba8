import eventWords from '../../../data/lexicon/event-words.json';
import type { ArticleDoc, Sentence } from '../types';
import { sentenceRoots } from './words';

const after = new Set(eventWords.precedenceWords.after);
const before = new Set(eventWords.precedenceWords.before);
const pointers = new Set(eventWords.precedencePointers);
/** Words that open the next clause ("bahwa", "yang", "sejak"): the time clause ends before them; "pada" brings its own date. */
const breaks = new Set(eventWords.clauseBreaks.filter((w) => w !== 'pada'));
/**
 * "pasca-" is a bound form written onto its noun ("pascalaga", "pascagempa", "pascapemilu"): the
 * word itself opens a clause of what came before, and its noun is the clause's first word.
 */
const AFTER_PREFIX = 'pasca';
const opensAfter = (lower: string) => lower.startsWith(AFTER_PREFIX) && lower.length >= AFTER_PREFIX.length + 3;

/** A clause of fewer content words names no happening of its own ("usai laga", "sebelum pulang"). */
const MIN_ROOTS = 2;

/** A subordinate clause of time and the order of its happening against the sentence's own. */
export interface TimeClause {
  /** The clause's happening comes before the sentence's ("usai …") or after it ("sebelum …"). */
  order: 'earlier' | 'later';
  /** Token range of the clause, connective left out. */
  tokenStart: number;
  tokenEnd: number;
}

/** Whether a token closes a clause: a comma, a semicolon, a colon, a quote mark or the opener of another clause. */
const ends = (t: { kind: string; text: string }) => (t.kind === 'word' ? breaks.has(t.text.toLowerCase()) : /^[,;:"“”()]/.test(t.text));

/**
 * The time clauses of a sentence ("KPK menggeledah kantor itu usai menetapkan bupati sebagai
 * tersangka", "Usai sidang ditutup, hakim …"): in TimeML terms the clause tells a happening of
 * its own, ordered before or after the main one. "Setelah itu", "sebelumnya" point back to what
 * was told before and open none. A clause runs to the next comma, colon, quote mark or clause opener.
 */
export function timeClauses(doc: ArticleDoc, s: Sentence): TimeClause[] {
  const out: TimeClause[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (opensAfter(lower)) {
      let end = i + 1;
      while (end < s.tokenEnd && !ends(doc.tokens[end]!)) end++;
      out.push({ order: 'earlier', tokenStart: i, tokenEnd: end });
      i = end;
      continue;
    }
    const order = after.has(lower) ? 'earlier' : before.has(lower) ? 'later' : null;
    if (!order) continue;
    const next = doc.tokens[i + 1];
    if (!next || i + 1 >= s.tokenEnd || (next.kind === 'word' && pointers.has(next.text.toLowerCase()))) continue;
    let end = i + 1;
    while (end < s.tokenEnd && !ends(doc.tokens[end]!)) end++;
    out.push({ order, tokenStart: i + 1, tokenEnd: end });
    i = end;
  }
  return out;
}

/** A time clause as a part of its sentence: its character span, token range and roots. */
export function clausePart(doc: ArticleDoc, s: Sentence, clause: TimeClause): Sentence {
  const first = doc.tokens[clause.tokenStart]!;
  const last = doc.tokens[clause.tokenEnd - 1]!;
  return { ...s, start: first.start, end: last.end, tokenStart: clause.tokenStart, tokenEnd: clause.tokenEnd };
}

/** The time clauses of a sentence that name enough to be a happening of their own. */
export function namingClauses(doc: ArticleDoc, s: Sentence): TimeClause[] {
  return timeClauses(doc, s).filter((c) => sentenceRoots(doc, clausePart(doc, s, c)).size >= MIN_ROOTS);
}
