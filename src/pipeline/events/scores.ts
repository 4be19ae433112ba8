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
  return {
    profile,
    similarity: (a, b) => sims.get(profile(a), profile(b), () => similarity(a, b, idf)),
  };
}
