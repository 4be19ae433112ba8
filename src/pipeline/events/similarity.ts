import type { Claim } from './claims';
import { dice, weightedOverlap } from './words';

/** Root weights over the story: a root in every sentence says little about which happening. */
export function idfOf(claims: Claim[]): (w: string) => number {
  const df = new Map<string, number>();
  const seen = new Set<string>();
  let n = 0;
  for (const c of claims) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    n++;
    for (const w of c.roots) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  return (w) => {
    let v = weights.get(w);
    if (v === undefined) weights.set(w, (v = Math.log((n + 1) / ((df.get(w) ?? 0) + 0.5))));
    return v;
  };
}

/** Wording and the entities named together; both must agree for two sentences to be one happening. */
export function similarity(a: Claim, b: Claim, idf: (w: string) => number): number {
  return 0.7 * weightedOverlap(a.roots, b.roots, idf) + 0.3 * dice(a.entities, b.entities);
}
