import type { StoryDoc } from '../types';
import { reportsAnything, type Claim } from './claims';
import { movesOn } from './words';

// After clustering: sentences that were not clustered themselves find the event they belong to.

/** Each statement's other sentences join the event that holds most of its heads. */
export function addFollowers(byDate: Map<string, Claim[][]>, followers: Map<number, Claim[]>): void {
  const best = new Map<number, { cluster: Claim[]; date: string; n: number }>();
  for (const [date, clusters] of byDate) {
    for (const cluster of clusters) {
      const counts = new Map<number, number>();
      for (const c of cluster) if (c.unit !== undefined) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
      for (const [unit, n] of counts) {
        const seen = best.get(unit);
        if (!seen || n > seen.n) best.set(unit, { cluster, date, n });
      }
    }
  }
  for (const [unit, { cluster, date }] of best) for (const c of followers.get(unit) ?? []) cluster.push({ ...c, date });
}

/**
 * A lone undated sentence that no other sentence reports alike goes on telling the happening
 * of the sentence before it (else after it) in its paragraph, else of the paragraph before:
 * narration runs on.
 */
export function joinNeighbours(byDate: Map<string, Claim[][]>, story: StoryDoc): void {
  const at = new Map<string, Claim[]>();
  const lone: Claim[] = [];
  for (const clusters of byDate.values()) {
    for (const cluster of clusters) {
      for (const c of cluster) if (!at.has(c.key)) at.set(c.key, cluster);
      const c = cluster[0]!;
      if (cluster.length === 1 && c.inherited && c.unit === undefined && c.date !== 'PAST_REF') lone.push(c);
    }
  }
  // in reading order, so a run of such sentences follows the happening before it
  lone.sort((a, b) => a.article - b.article || a.sentence - b.sentence);
  const loneSet = new Set(lone);
  for (const c of lone) {
    const doc = story.articles[c.article]!;
    if (movesOn(doc, doc.sentences[c.sentence]!)) continue;
    const step = (i: number, by: number) => {
      while (doc.sentences[i] && !reportsAnything(doc, doc.sentences[i]!)) i += by;
      return i;
    };
    const [before, after] = [step(c.sentence - 1, -1), step(c.sentence + 1, 1)];
    const paragraph = doc.sentences[c.sentence]!.paragraph;
    const order = [before, after].filter((i) => doc.sentences[i]?.paragraph === paragraph);
    const from = at.get(c.key)!;
    const to = [...order, before]
      .map((i) => at.get(`${doc.id}#${i}`))
      .find((cluster) => cluster && cluster !== from && !(cluster.length === 1 && loneSet.has(cluster[0]!)));
    if (!to) continue;
    from.splice(from.indexOf(c), 1);
    to.push({ ...c, date: to[0]!.date });
    at.set(c.key, to);
  }
  for (const [date, clusters] of byDate) byDate.set(date, clusters.filter((cluster) => cluster.length > 0));
}

/** An echo stays only beside another outlet's report of its happening; alone it says nothing new. */
export function dropLoneEchoes(byDate: Map<string, Claim[][]>): void {
  for (const [date, clusters] of byDate) {
    const kept = clusters
      .map((cluster) => {
        const echoed = new Set(cluster.filter((c) => c.echo).map((c) => c.article));
        if (!echoed.size) return cluster;
        const told = new Set(cluster.filter((c) => !c.echo).map((c) => c.article));
        const backed = told.size > 1 || (told.size === 1 && (echoed.size > 1 || !echoed.has([...told][0]!)));
        return backed ? cluster : cluster.filter((c) => !c.echo);
      })
      .filter((cluster) => cluster.length > 0);
    byDate.set(date, kept);
  }
}
