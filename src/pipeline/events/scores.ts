import type { Claim } from './claims';
import { similarity } from './similarity';

/**
 * Pair scores remembered by wording: sentences with the same roots and entities (in the same
 * order) score alike, and a story made of many near-identical reports has few distinct wordings,
 * so each pair of wordings is scored once. Orientation is kept (a score of a with b is computed
 * as a with b), so every value is exactly what the direct computation gives.
 */
export interface Scores {
  /** Id of a claim's wording: equal ids mean equal roots and entities. */
  profile(c: Claim): number;
  /** similarity(a, b, idf), remembered. */
  similarity(a: Claim, b: Claim): number;
  /** How many pair scores were asked for: the work done, which grows with the story's length. */
  readonly asked: number;
}

/** Memoised pair values by wording id. */
export class PairMemo {
  private readonly rows = new Map<number, Map<number, number>>();
  get(a: number, b: number, compute: () => number): number {
    let row = this.rows.get(a);
    if (!row) this.rows.set(a, (row = new Map()));
    let v = row.get(b);
    if (v === undefined) row.set(b, (v = compute()));
    return v;
  }
}

export function scoresOf(idf: (w: string) => number): Scores {
  const byRoots = new WeakMap<Set<string>, WeakMap<Set<string>, number>>();
  const ids = new Map<string, number>();
  const profile = (c: Claim): number => {
    let inner = byRoots.get(c.roots);
    if (!inner) byRoots.set(c.roots, (inner = new WeakMap()));
    let id = inner.get(c.entities);
    if (id === undefined) {
      const text = `${[...c.roots].join(' ')}|${[...c.entities].join(' ')}`;
      id = ids.get(text);
      if (id === undefined) ids.set(text, (id = ids.size));
      inner.set(c.entities, id);
    }
    return id;
  };
  const sims = new PairMemo();
  let asked = 0;
  return {
    profile,
    similarity: (a, b) => {
      asked++;
      return sims.get(profile(a), profile(b), () => similarity(a, b, idf));
    },
    get asked() {
      return asked;
    },
  };
}

/** A group's claims by wording, in first-seen order, with how often each wording occurs. */
export interface Wordings {
  claims: Claim[];
  counts: number[];
  /** How often each claim (by key) occurs, for pairs of a claim with itself. */
  keys: Map<string, { claim: Claim; n: number }>;
}

export function wordingsOf(group: Claim[], scores: Scores): Wordings {
  const at = new Map<number, number>();
  const out: Wordings = { claims: [], counts: [], keys: new Map() };
  for (const c of group) {
    const id = scores.profile(c);
    const i = at.get(id);
    if (i === undefined) {
      at.set(id, out.claims.length);
      out.claims.push(c);
      out.counts.push(1);
    } else out.counts[i]!++;
    const seen = out.keys.get(c.key);
    if (seen) seen.n++;
    else out.keys.set(c.key, { claim: c, n: 1 });
  }
  return out;
}

/**
 * Summed pair scores between two groups, a claim met in both counting 1: each pair of wordings
 * is scored once and weighted by how often each occurs, so a group of a thousand copies of a few
 * sentences costs a few scores rather than a million. Sums run in another order than a pair by
 * pair scan, so they may differ from it in the last bits only.
 */
export function pairSum(a: Wordings, b: Wordings, scores: Scores): number {
  let sum = 0;
  for (let i = 0; i < a.claims.length; i++) {
    for (let j = 0; j < b.claims.length; j++) sum += a.counts[i]! * b.counts[j]! * scores.similarity(a.claims[i]!, b.claims[j]!);
  }
  const [few, many] = a.keys.size <= b.keys.size ? [a, b] : [b, a];
  for (const [key, { claim, n }] of few.keys) {
    const other = many.keys.get(key);
    // the same sentence on both sides counts 1 a pair, not its score with itself
    if (other) sum += n * other.n * (1 - scores.similarity(claim, other.claim));
  }
  return sum;
}

