import type { Claim } from './claims';
import { dice } from './words';

/**
 * Each set's roots that a near copy (Dice at `atLeast` or more) must share one of, rarest first:
 * two sets that close share a root within the first |set| - ceil(J * |set|) + 1 roots of each
 * (prefix filtering, J the Jaccard equal to that Dice), all sets ranked by one order.
 */
export function prefixRoots(sets: Set<string>[], atLeast: number): string[][] {
  const jaccard = atLeast / (2 - atLeast) - 1e-9;
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  return sets.map((set) => {
    const ranked = [...set].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    return ranked.slice(0, ranked.length - Math.ceil(jaccard * ranked.length) + 1);
  });
}

/**
 * Claims that are near copies of one another (Dice of roots at `atLeast` or more) on another
 * date: only the roots of prefixRoots are indexed, and no near copy is missed. Each root's claims
 * are kept by their current date, and there by wording (one set of roots): copies on one date
 * need no reconciling, and a long article repeating one dated paragraph a thousand times then
 * offers no pairs, where listing every pair of copies would grow with the square of its length;
 * and two wordings are compared once, so a story of many near-identical reports reads each
 * claim's wordings rather than every claim sharing a root with it.
 */
export class NearCopyIndex {
  private readonly prefixes: string[][];
  /** Each claim's wording: equal ids, equal sets of roots. */
  private readonly wordingOf: number[];
  private readonly byRoot = new Map<string, Map<string, Map<number, Set<number>>>>();
  private readonly near = new Map<number, Map<number, boolean>>();
  private readonly stamp: Int32Array;
  /** How many candidates were handed out: the work done. */
  offered = 0;
  /** How many pairs of wordings were compared. */
  compared = 0;

  constructor(private readonly claims: Claim[], private readonly atLeast: number) {
    this.prefixes = prefixRoots(claims.map((c) => c.roots), atLeast);
    const ids = new Map<string, number>();
    this.wordingOf = claims.map((c) => {
      const text = [...c.roots].sort().join(' ');
      return ids.get(text) ?? ids.set(text, ids.size).get(text)!;
    });
    this.prefixes.forEach((prefix, i) => {
      for (const w of prefix) this.bucket(w, claims[i]!.date, this.wordingOf[i]!).add(i);
    });
    this.stamp = new Int32Array(claims.length).fill(-1);
  }

  private bucket(root: string, date: string, wording: number): Set<number> {
    const dates = this.byRoot.get(root) ?? this.byRoot.set(root, new Map()).get(root)!;
    const wordings = dates.get(date) ?? dates.set(date, new Map()).get(date)!;
    return wordings.get(wording) ?? wordings.set(wording, new Set()).get(wording)!;
  }

  /** Whether claim i's wording and claim j's are near copies (Dice of roots at `atLeast` or more). */
  private nearCopies(i: number, j: number): boolean {
    const [a, b] = [this.wordingOf[i]!, this.wordingOf[j]!];
    const row = this.near.get(a) ?? this.near.set(a, new Map()).get(a)!;
    let v = row.get(b);
    if (v === undefined) {
      this.compared++;
      row.set(b, (v = dice(this.claims[i]!.roots, this.claims[j]!.roots) >= this.atLeast));
    }
    return v;
  }

  /** Near copies of claim i after `after` in list order sharing an indexed root with it, on a date other than i's. */
  candidates(i: number, after = -1): number[] {
    const own = this.claims[i]!.date;
    const out: number[] = [];
    for (const w of this.prefixes[i]!) {
      for (const [date, wordings] of this.byRoot.get(w)!) {
        if (date === own) continue;
        for (const members of wordings.values()) {
          const first = members.values().next();
          if (first.done || !this.nearCopies(i, first.value)) continue;
          for (const j of members) {
            if (j <= after || this.stamp[j] === i) continue;
            this.stamp[j] = i;
            out.push(j);
          }
        }
      }
    }
    // a later call for the same claim starts afresh
    for (const j of out) this.stamp[j] = -1;
    this.offered += out.length;
    return out.sort((a, b) => a - b);
  }

  /** Claim i now sits on another date (its `date` already changed from `from`). */
  moved(i: number, from: string): void {
    for (const w of this.prefixes[i]!) {
      this.byRoot.get(w)!.get(from)!.get(this.wordingOf[i]!)!.delete(i);
      this.bucket(w, this.claims[i]!.date, this.wordingOf[i]!).add(i);
    }
  }
}
