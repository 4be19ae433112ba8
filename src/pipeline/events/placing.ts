import type { StoryDoc } from '../types';
import { reportsAnything, type Claim } from './claims';
import { attributionOf } from './speakers';
import { opensResponse } from './pointing';
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
 * "Kementerian X mengatakan …": a sentence that names its speaker outside a quotation opens that
 * speaker's statement, a saying of its own, rather than going on with the narration before it. A
 * quotation attributed at its end ('"…," kata X') may still explain what was just told.
 */
function opensStatement(story: StoryDoc, doc: StoryDoc['articles'][number], c: Claim): boolean {
  if (/^\s*["“”']/.test(doc.text.slice(c.start, c.end))) return false;
  return attributionOf(doc, story.quotes, c.sentence)?.kind === 'named';
}

/** Sentences telling no happening that narration may run on across. */
const EVENTLESS_REACH = 2;

/** Whether a sentence names none, or one of the entities an event names. */
const namesAny = (c: Claim, cluster: Claim[]) => !c.entities.size || cluster.some((o) => [...o.entities].some((e) => c.entities.has(e)));

/**
 * A lone sentence that no other sentence reports alike goes on telling the happening of the
 * sentence before it (else after it) in its paragraph, else of the paragraph before: narration
 * runs on. One with a written date does so only into a happening of that date. One that opens
 * as a response to what was told ("Atas putusan tersebut, …") tells a happening of its own.
 */
export function joinNeighbours(byDate: Map<string, Claim[][]>, story: StoryDoc): void {
  // every event a sentence takes part in (a sentence with two dates takes part in two)
  const at = new Map<string, Claim[][]>();
  const home = new Map<Claim, Claim[]>();
  for (const clusters of byDate.values()) {
    for (const cluster of clusters) {
      for (const c of cluster) (at.get(c.key) ?? at.set(c.key, []).get(c.key)!).push(cluster);
      const c = cluster[0]!;
      if (cluster.length === 1 && c.unit === undefined && c.date !== 'PAST_REF') home.set(c, cluster);
    }
  }
  // in reading order, so a run of such sentences follows the happening before it
  const lone = [...home.keys()].sort((a, b) => a.article - b.article || a.sentence - b.sentence);
  // an undated sentence still waiting for its place is no anchor; a dated one is
  const stillLone = (cluster: Claim[]) => cluster.length === 1 && cluster[0]!.inherited && home.get(cluster[0]!) === cluster;
  for (const c of lone) {
    const doc = story.articles[c.article]!;
    if (movesOn(doc, doc.sentences[c.sentence]!)) continue;
    if (opensStatement(story, doc, c) || opensResponse(doc, doc.sentences[c.sentence]!)) continue;
    const step = (i: number, by: number) => {
      while (doc.sentences[i] && !reportsAnything(doc, doc.sentences[i]!)) i += by;
      return i;
    };
    // a sentence that tells no happening (a rule, a condition) between is passed over: the
    // narration runs on from the last one told
    let before = step(c.sentence - 1, -1);
    for (let passed = 0; passed < EVENTLESS_REACH && doc.sentences[before] && !at.get(`${doc.id}#${before}`)?.length; passed++) before = step(before - 1, -1);
    const after = step(c.sentence + 1, 1);
    const paragraph = doc.sentences[c.sentence]!.paragraph;
    const order = [before, after].filter((i) => doc.sentences[i]?.paragraph === paragraph);
    const from = home.get(c)!;
    // the neighbour's own happening, not the one a date describing someone it names belongs to
    const told = (i: number) => (at.get(`${doc.id}#${i}`) ?? []).filter((cluster) => !cluster.some((o) => o.key === `${doc.id}#${i}` && o.describing));
    const to = [...order, before]
      .flatMap(told)
      // a sentence with a day of its own goes on telling only a happening of that day, and only
      // one it names someone or something of: a new name with a new date opens a new happening
      .find((cluster) => cluster !== from && cluster.length > 0 && !stillLone(cluster) && (c.inherited || (cluster[0]!.date === c.date && namesAny(c, cluster))));
    if (!to) continue;
    from.splice(from.indexOf(c), 1);
    to.push({ ...c, date: to[0]!.date });
    home.delete(c);
    const mine = at.get(c.key)!;
    mine.splice(mine.indexOf(from), 1, to);
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
