import claims from '../../../../data/lexicon/claims.json';
import type { ArticleSpan, Discrepancy } from '../../../shared/digest/schema';
import type { ArticleDoc, Sentence, StoryDoc } from '../../types';
import { spansInTokens, wholeTokensOf } from '../../tokens';
import { discrepancy } from './shared';

const negators = new Set(claims.negators);
const irrealis = new Set(claims.irrealis);
const fillers = new Set(claims.fillers);
/** Every form as a list of lower-case words, longest first, with its root. */
const forms = Object.entries(claims.predicates as Record<string, string[]>)
  .flatMap(([root, fs]) => fs.map((f) => ({ root, words: f.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

export interface Claim {
  entityId: string;
  root: string;
  negated: boolean;
  span: ArticleSpan;
}

const wordAt = (doc: ArticleDoc, i: number) => doc.tokens[i]?.text.toLowerCase() ?? '';

function predicateAt(doc: ArticleDoc, i: number): { root: string; end: number } | null {
  for (const f of forms) if (f.words.every((w, k) => wordAt(doc, i + k) === w)) return { root: f.root, end: i + f.words.length };
  return null;
}

/**
 * Claims of one sentence: a named subject, then (past fillers such as "sudah menyatakan") a
 * predicate of the lexicon, denied when a negator stands right before the predicate or "bukan"
 * before the subject. A wish, demand, plan or question in the clause ("desakan agar X mundur",
 * "X akan mundur") states nothing and is left out.
 */
export function claimsOf(doc: ArticleDoc, s: Sentence): Claim[] {
  const out: Claim[] = [];
  for (const m of spansInTokens(doc.mentions, s.tokenStart, s.tokenEnd)) {
    if (m.type === 'LOC' || !m.entityId) continue;
    // the name's first whole word ("Putin" of "Kim-Putin" has none: the word after it), and the token after the name
    const first = wholeTokensOf(doc.tokens, m).from;
    let i = m.tokenEnd;
    if (i >= s.tokenEnd) continue;
    const before = [wordAt(doc, first - 1), wordAt(doc, first - 2)];
    if (before.some((w) => irrealis.has(w))) continue;
    let negated = before[0] === 'bukan';
    let moved = 0;
    while (i < s.tokenEnd && moved < 5) {
      const w = wordAt(doc, i);
      if (negators.has(w)) negated = true;
      else if (irrealis.has(w)) break;
      else if (!fillers.has(w)) break;
      i++;
      moved++;
    }
    const p = i < s.tokenEnd && !irrealis.has(wordAt(doc, i)) ? predicateAt(doc, i) : null;
    if (!p) continue;
    const startOffset = negated && before[0] === 'bukan' ? doc.tokens[first - 1]!.start : m.start;
    out.push({ entityId: m.entityId, root: p.root, negated, span: { articleId: doc.id, start: startOffset, end: doc.tokens[p.end - 1]!.end } });
  }
  return out;
}

/** One outlet states what another denies about the same person or body ("X mundur" / "X tidak mundur"). */
export function claimNegationDiscrepancies(story: StoryDoc, order: Map<string, number>): Discrepancy[] {
  const all = story.articles.flatMap((doc) => doc.sentences.flatMap((s) => claimsOf(doc, s)));
  const byKey = new Map<string, Claim[]>();
  for (const c of all) {
    const key = `${c.entityId}\u0000${c.root}`;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(c);
  }
  const out: Discrepancy[] = [];
  for (const [, group] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const affirmed = group.filter((c) => !c.negated);
    const negated = group.filter((c) => c.negated);
    // the same article saying both is a correction told in order ("sempat mundur, lalu tidak jadi"), not two outlets disagreeing
    const across = affirmed.some((a) => negated.some((n) => n.span.articleId !== a.span.articleId));
    if (!across) continue;
    const params = { entityId: group[0]!.entityId, predicate: group[0]!.root, affirmed: affirmed.map((c) => c.span), negated: negated.map((c) => c.span) };
    out.push(discrepancy('fact', { kind: 'claim-negation', params }, group.map((c) => c.span), order));
  }
  return out;
}
