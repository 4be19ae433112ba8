import type { ArticleDoc } from '../types';
import { clauseOpeners, closingDemonstratives, openingTimeMarkers, predicateAuxiliaries, relativeMarkers } from './lexicon';

/**
 * Tokens of the relative clauses of a sentence ("pelatih yang membawa tim juara itu mundur"):
 * from "yang" to a punctuation mark, the demonstrative that closes the noun phrase (kept in
 * it), a conjunction that opens another clause or an auxiliary that opens the main predicate
 * ("yang juga terdakwa telah menjalani"). What they say is background on a noun: two
 * outlets that recall one coach's old title in their own statements state two things.
 */
export function relativeClauseTokens(doc: ArticleDoc, tokenStart: number, tokenEnd: number): Set<number> {
  const out = new Set<number>();
  let inside = false;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = doc.tokens[i]!;
    const lower = t.text.toLowerCase();
    const opensPredicate = inside && (clauseOpeners.has(lower) || (predicateAuxiliaries.has(lower) && !relativeMarkers.has(doc.tokens[i - 1]!.text.toLowerCase())));
    if (t.kind === 'punct' || opensPredicate) {
      inside = false;
      continue;
    }
    if (t.kind === 'word' && relativeMarkers.has(lower)) inside = true;
    if (!inside) continue;
    out.add(i);
    if (closingDemonstratives.has(lower)) inside = false;
  }
  return out;
}

/** Words of a short adverbial that may open a sentence before its clause of time ("Menurutnya, seusai ..."). */
const LEADING_ADVERBIAL_WORDS = 3;

/**
 * Tokens of the clause of time that opens a sentence, up to its first comma ("Sebelum terpilih
 * menjadi presiden, ia pernah ..."), or that follows a short opening adverbial ("Namun, setelah
 * ..., ia", "Menurutnya, seusai ..., Djanur"): it says when the statement holds, by another
 * happening. Nothing when no comma closes it, for then the clause may be the whole sentence.
 */
export function openingTimeClauseTokens(doc: ArticleDoc, tokenStart: number, tokenEnd: number): Set<number> {
  const at = timeClauseStart(doc, tokenStart, tokenEnd);
  const out = new Set<number>();
  if (at < 0) return out;
  for (let i = at; i < tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.text === ',') return out;
    if (t.kind === 'punct') break;
    out.add(i);
  }
  return new Set();
}

/** Where the opening clause of time begins: the sentence's first word, or the word after a short adverbial and its comma; -1 if none. */
function timeClauseStart(doc: ArticleDoc, tokenStart: number, tokenEnd: number): number {
  const opens = (i: number) => {
    const t = doc.tokens[i];
    return i < tokenEnd && t !== undefined && t.kind === 'word' && openingTimeMarkers.has(t.text.toLowerCase());
  };
  if (opens(tokenStart)) return tokenStart;
  for (let i = tokenStart; i < tokenEnd && i <= tokenStart + LEADING_ADVERBIAL_WORDS; i++) {
    const t = doc.tokens[i]!;
    if (t.text === ',') return i > tokenStart && opens(i + 1) ? i + 1 : -1;
    if (t.kind !== 'word') return -1;
  }
  return -1;
}
