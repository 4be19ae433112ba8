import type { StoryEvent } from '../../shared/digest/schema';
import type { StoryDoc, StoryStage } from '../types';
import { attachUndated } from './attach';
import { claimsOf, type Claim } from './claims';
import { clusterDay } from './cluster';
import { idOf, labelOf, precisionOf } from './label';
import { idfOf, similarity } from './similarity';
import { dice } from './words';

/** Wording this close is one passage printed twice (or copied), whatever date each copy gives. */
export const NEAR_COPY = 0.75;

/**
 * When near-identical sentences carry different dates, the date that other sentences of the
 * story support most is kept; the other is remembered as a conflicting date.
 */
export function reconcileCopies(claims: Claim[], idf: (w: string) => number): Map<string, string> {
  const written = new Map<string, string>();
  const support = (date: string, c: Claim) =>
    claims.filter((o) => o.date === date && o.key !== c.key && !o.inherited).reduce((sum, o) => sum + similarity(o, c, idf), 0);
  for (const a of claims) {
    for (const b of claims) {
      if (a.key >= b.key || a.date === b.date || a.inherited || b.inherited) continue;
      if (dice(a.roots, b.roots) < NEAR_COPY) continue;
      const [keep, lose] = support(a.date, b) + support(a.date, a) >= support(b.date, a) + support(b.date, b) ? [a, b] : [b, a];
      written.set(lose.key, lose.date);
      lose.date = keep.date;
    }
  }
  return written;
}

const groupBy = <T>(xs: T[], key: (x: T) => string) => {
  const out = new Map<string, T[]>();
  for (const x of xs) (out.get(key(x)) ?? out.set(key(x), []).get(key(x))!).push(x);
  return out;
};

/**
 * Claims cluster day by day; undated sentences sit on their paragraph's or article's day unless
 * another outlet dates the same happening earlier.
 */
function groupByDay(claims: Claim[], idf: (w: string) => number): Map<string, Claim[][]> {
  const byDate = new Map<string, Claim[][]>();
  for (const [date, group] of groupBy(claims, (c) => c.date)) byDate.set(date, clusterDay(group.map((c) => [c]), idf));
  attachUndated(byDate, idf);
  return byDate;
}

export function eventsOf(story: StoryDoc): StoryEvent[] {
  const claims = claimsOf(story);
  const idf = idfOf(claims);
  const written = reconcileCopies(claims, idf);
  const taken = new Set<string>();
  const events: StoryEvent[] = [];
  for (const [date, clusters] of [...groupByDay(claims, idf)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const cluster of clusters) {
      const label = labelOf(cluster, story.articles);
      const mentions = [...new Map(cluster.map((c) => [c.key, c])).values()]
        .sort((a, b) => a.article - b.article || a.start - b.start)
        .map((c) => ({ articleId: c.articleId, start: c.start, end: c.end }));
      const conflictingDates = [...new Set(cluster.map((c) => written.get(c.key)).filter((d): d is string => d !== undefined && d !== date))].sort();
      events.push({ id: idOf(date, label, taken), label, date, precision: precisionOf(date), conflictingDates, mentions });
    }
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** Sentences reporting a dated happening, merged across outlets into timeline events. */
export const buildEvents: StoryStage = { name: 'events', run: (story) => ({ ...story, events: eventsOf(story) }) };
