import type { Claim } from './claims';
import { pairSum, wordingsOf, type Scores } from './scores';
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
 * Summed similarities between groups are kept and added up on each merge, so every step costs
 * one scan over the pairs of groups rather than over the pairs of sentences.
 */
export function clusterDay(start: Claim[][], scores: Scores): Claim[][] {
  const groups = start.map((g) => [...g]);
  const n = groups.length;
  const alive = groups.map(() => true);
  const wordings = groups.map((g) => wordingsOf(g, scores));
  const sums = wordings.map((a, i) => wordings.map((b, j) => (i < j ? pairSum(a, b, scores) : 0)));
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) sums[i]![j] = sums[j]![i]!;
  // what two different people said are two sayings, however alike the words, and a statement
  // is not the happening it tells (its dated sentences also take part as echoes for that)
  const speakers = groups.map((g) => new Set(g.flatMap((c) => (c.speaker === undefined ? [] : [c.speaker]))));
  const addressees = groups.map((g) => new Set(g.flatMap((c) => (c.addressee === undefined ? [] : [c.addressee]))));
  const apart = (i: number, j: number) => {
    const [a, b] = [speakers[i]!, speakers[j]!];
    // an interview given to one named outlet is not the one given to another
    if (addressees[i]!.size && addressees[j]!.size && [...addressees[j]!].some((x) => !addressees[i]!.has(x))) return true;
    if (!a.size || !b.size) return a.size !== b.size;
    for (const x of b) if (!a.has(x)) return true;
    return a.size !== b.size;
  };
  const avg = (i: number, j: number) => (apart(i, j) ? -1 : sums[i]![j]! / (groups[i]!.length * groups[j]!.length));
  // each group's closest later group (the first one on ties), refreshed only where a merge touched it
  const best: number[] = [];
  const arg: number[] = [];
  const refresh = (i: number) => {
    best[i] = -1;
    arg[i] = -1;
    for (let j = i + 1; j < n; j++) {
      if (!alive[j]) continue;
      const v = avg(i, j);
      if (v > best[i]!) [best[i], arg[i]] = [v, j];
    }
  };
  for (let i = 0; i < n; i++) refresh(i);
  for (;;) {
    let bi = -1;
    for (let i = 0; i < n; i++) if (alive[i] && arg[i]! >= 0 && (bi < 0 || best[i]! > best[bi]!)) bi = i;
    if (bi < 0 || best[bi]! < MERGE_AT) break;
    const bj = arg[bi]!;
    groups[bi] = [...groups[bi]!, ...groups[bj]!];
    for (const x of speakers[bj]!) speakers[bi]!.add(x);
    for (const x of addressees[bj]!) addressees[bi]!.add(x);
    alive[bj] = false;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi) continue;
      sums[bi]![k]! += sums[bj]![k]!;
      sums[k]![bi] = sums[bi]![k]!;
    }
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      if (i === bi || arg[i] === bj || (i < bi && arg[i] === bi)) refresh(i);
      else if (i < bi) {
        const v = avg(i, bi);
        if (v > best[i]! || (v === best[i] && bi < arg[i]!)) [best[i], arg[i]] = [v, bi];
      }
    }
  }
  return groups.filter((_, i) => alive[i]);
}
