import type { Claim } from './claims';
import { similarity } from './similarity';

/** Average similarity at which two groups of same-day sentences report one happening. */
export const MERGE_AT = 0.2;

/** Mean pairwise similarity of two groups, with pair scores remembered. */
export function linkage(idf: (w: string) => number): (a: Claim[], b: Claim[]) => number {
  const sim = new Map<string, number>();
  const pair = (a: Claim, b: Claim) => {
    const k = a.key < b.key ? `${a.key}|${b.key}` : `${b.key}|${a.key}`;
    let v = sim.get(k);
    if (v === undefined) sim.set(k, (v = a.key === b.key ? 1 : similarity(a, b, idf)));
    return v;
  };
  return (ga, gb) => {
    let total = 0;
    for (const a of ga) for (const b of gb) total += pair(a, b);
    return total / (ga.length * gb.length);
  };
}

/**
 * Average-link clustering of the claims of one date: the closest pair of groups merges while
 * their mean pairwise similarity stays above MERGE_AT. Ties break on position, so the result is
 * the same on every run. Two sentences of one article merge only when they share wording.
 */
export function clusterDay(start: Claim[][], idf: (w: string) => number): Claim[][] {
  const groups = start.map((g) => [...g]);
  const link = linkage(idf);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const avg = link(groups[i]!, groups[j]!);
        if (avg > best) [best, bi, bj] = [avg, i, j];
      }
    }
    if (best < MERGE_AT || bi < 0) break;
    groups[bi] = [...groups[bi]!, ...groups[bj]!];
    groups.splice(bj, 1);
  }
  return groups;
}
