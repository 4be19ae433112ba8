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

/**
 * Tokens of the clause of time that opens a sentence, up to its first comma ("Sebelum terpilih
 * menjadi presiden, ia pernah ..."): it says when the statement holds, by another happening.
 * Nothing when no comma closes it, for then the clause may be the whole sentence.
 */
export function openingTimeClauseTokens(doc: ArticleDoc, tokenStart: number, tokenEnd: number): Set<number> {
  const out = new Set<number>();
  const first = doc.tokens[tokenStart];
  if (!first || first.kind !== 'word' || !openingTimeMarkers.has(first.text.toLowerCase())) return out;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.text === ',') return out;
    if (t.kind === 'punct') break;
    out.add(i);
  }
  return new Set();
}
