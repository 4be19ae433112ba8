import type { Claim } from './claims';
import { MERGE_AT } from './cluster';
import type { Scores } from './scores';
import { shareDoing, type DoingsOf } from './doings';
import { weightedOverlap } from './words';

/** Similarity with one member of an earlier event at which an undated sentence is taken to report it. */
export const ATTACH_AT = 0.3;
/** Share of the (rarity-weighted) entities two sentences must have in common for such a move. */
export const ENTITIES_AT = 0.5;

/**
 * Whether a happening on `earlier` can be what a sentence placed on `later` by inheritance
 * reports: the inherited day only bounds it from above, so any earlier or coarser date that
 * precedes or contains that day fits ("2009" or "2019-04-23" for a sentence on 2019-04-25).
 */
export function fitsBefore(earlier: string, later: string): boolean {
  if (!/^\d{3,4}/.test(earlier) || earlier === later) return false;
  return earlier < later || later.startsWith(earlier);
}

/** Entity weights over the story: a name in most sentences (the story's protagonists) says little. */
export function entityIdfOf(claims: Iterable<Claim>): (e: string) => number {
  const df = new Map<string, number>();
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    for (const e of c.entities) df.set(e, (df.get(e) ?? 0) + 1);
  }
  const n = seen.size;
  return (e) => Math.log((n + 1) / ((df.get(e) ?? 0) + 0.5));
}

/** Sentences apart within which an article's own dated sentence may date an undated one telling the same. */
const OWN_REACH = 4;

/**
 * An article names a happening's day once: a sentence a few lines from an undated one that tells
 * the same (same doing, same people: "Polisi menahan A dan B" … "A dan B ditahan polisi sejak
 * Senin") dates it, as another outlet's report would; the same people doing something else
 * ("A dan B memperagakan 15 adegan") are not dated by it.
 */
const nearAnchor = (c: Claim, m: Claim, doingsOf: DoingsOf) =>
  m.article === c.article && m.key !== c.key && !m.inherited && !m.reported && Math.abs(m.sentence - c.sentence) <= OWN_REACH && shareDoing(c.key, m.key, doingsOf);

interface Placement {
  date: string;
  cluster: number;
}

/**
 * A sentence without a written date was put on its paragraph's or article's day, which is only a
 * guess. When it has no close match from another outlet on that day, but another outlet reports
 * the same happening with an earlier written date (the best matching member of that event is
 * close in wording and names mostly the same, rarer entities), the sentence moves there.
 * Candidates come from an entity index, so only events naming the same entities are compared;
 * all moves are decided on the clustering as it stands, so their order does not matter.
 */
export function attachUndated(byDate: Map<string, Claim[][]>, scores: Scores, doingsOf: DoingsOf = () => undefined): void {
  const dates = [...byDate.keys()].sort();
  const entityIdf = entityIdfOf([...byDate.values()].flat(2));
  const byEntity = new Map<string, Placement[]>();
  for (const date of dates) {
    byDate.get(date)!.forEach((cluster, index) => {
      const named = new Set(cluster.filter((c) => !c.inherited && !c.reported).flatMap((c) => [...c.entities]));
      for (const e of named) (byEntity.get(e) ?? byEntity.set(e, []).get(e)!).push({ date, cluster: index });
    });
  }
  // an event's members by wording, with the articles that word it so (and those that do so with a
  // written date): a sentence's closest member is read once per wording, not once per member
  const summaries = new Map<Claim[], Map<number, { member: Claim; articles: Set<number>; anchors: Set<number> }>>();
  const summaryOf = (cluster: Claim[]) => {
    let summary = summaries.get(cluster);
    if (summary) return summary;
    summaries.set(cluster, (summary = new Map()));
    for (const m of cluster) {
      const id = scores.profile(m);
      const entry = summary.get(id) ?? summary.set(id, { member: m, articles: new Set(), anchors: new Set() }).get(id)!;
      entry.articles.add(m.article);
      if (!m.inherited && !m.reported) entry.anchors.add(m.article);
    }
    return summary;
  };
  // two sentences sharing most of their rarer names, two of them at least
  const namesAlike = (c: Claim, m: Claim) => {
    let shared = 0;
    for (const e of c.entities) if (m.entities.has(e)) shared++;
    return shared >= 2 && weightedOverlap(c.entities, m.entities, entityIdf) >= ENTITIES_AT;
  };
  const elsewhere = (articles: Set<number>, article: number) => articles.size > 1 || (articles.size === 1 && !articles.has(article));
  const closeness = (c: Claim, cluster: Claim[], anchorsOnly: boolean) => {
    let best = 0;
    for (const { member: m, articles, anchors } of summaryOf(cluster).values()) {
      if (!elsewhere(anchorsOnly ? anchors : articles, c.article)) continue;
      if (anchorsOnly) {
        let shared = 0;
        for (const e of c.entities) if (m.entities.has(e)) shared++;
        if (shared < 2 || weightedOverlap(c.entities, m.entities, entityIdf) < ENTITIES_AT) continue;
      }
      best = Math.max(best, scores.similarity(c, m));
    }
    if (anchorsOnly) for (const m of cluster) if (nearAnchor(c, m, doingsOf) && namesAlike(c, m)) best = Math.max(best, scores.similarity(c, m));
    return best;
  };
  // Prefix filtering: half the weighted entities in common (Dice) means sharing at least a third
  // of the sentence's own entity weight, so one shared entity lies before the common tail that
  // weighs under a third; only the rarer entities ahead of that tail are looked up.
  const probes = (c: Claim) => {
    const ranked = [...c.entities].sort((a, b) => entityIdf(b) - entityIdf(a) || (a < b ? -1 : 1));
    const total = ranked.reduce((sum, e) => sum + entityIdf(e), 0);
    let rest = total;
    const out: string[] = [];
    for (const e of ranked) {
      if (rest < total / 3) break;
      out.push(e);
      rest -= entityIdf(e);
    }
    return out;
  };
  // a sentence whose date describes someone it names ("pelatih yang membawa … juara 2014 itu") shares
  // words with that earlier happening because it names it, not because it reports it
  const described = new Map<string, Set<string>>();
  for (const c of [...byDate.values()].flat(2)) if (c.describing) (described.get(c.key) ?? described.set(c.key, new Set()).get(c.key)!).add(c.date);
  const moves: { claim: Claim; from: Placement; to: Placement }[] = [];
  for (const date of dates) {
    byDate.get(date)!.forEach((cluster, index) => {
      for (const c of cluster) {
        if (!c.inherited || closeness(c, cluster, false) >= MERGE_AT) continue;
        const seen = new Set<string>();
        let best: Placement | null = null;
        let bestScore = ATTACH_AT;
        for (const e of probes(c)) {
          for (const p of byEntity.get(e) ?? []) {
            const id = `${p.date}|${p.cluster}`;
            if (seen.has(id) || !fitsBefore(p.date, c.date) || described.get(c.key)?.has(p.date)) continue;
            seen.add(id);
            const score = closeness(c, byDate.get(p.date)![p.cluster]!, true);
            if (score >= bestScore && (!best || score > bestScore)) [best, bestScore] = [p, score];
          }
        }
        if (best) moves.push({ claim: c, from: { date, cluster: index }, to: best });
      }
    });
  }
  for (const { claim, from, to } of moves) {
    const source = byDate.get(from.date)![from.cluster]!;
    source.splice(source.indexOf(claim), 1);
    byDate.get(to.date)![to.cluster]!.push({ ...claim, date: to.date });
  }
  for (const [date, clusters] of byDate) {
    const kept = clusters.filter((cluster) => cluster.length > 0);
    if (kept.length) byDate.set(date, kept);
    else byDate.delete(date);
  }
}
