import type { StoryEvent } from '../../shared/digest/schema';
import type { StoryDoc, StoryStage } from '../types';
import { attachUndated } from './attach';
import { attachClauses, clauseClaimsOf } from './clauses';
import { claimsOf, type Claim } from './claims';
import { continueBackReferences } from './continuing';
import { clusterDay, MERGE_AT } from './cluster';
import { doersOf } from './doers';
import { doingsByClaim, type DoingsOf } from './doings';
import type { Doing } from './doing-veto';
import { mainPredicatesOf, senseOf } from './main-predicate';
import { foldCoarse, foldNextDay } from './fold';
import { idOf, labelOf, precisionOf } from './label';
import { idfOf } from './similarity';
import { scoresOf, type Scores } from './scores';
import { addFollowers, dropLoneEchoes, joinNeighbours } from './placing';
import { IndexList } from './index-list';
import { NearCopyIndex } from './near-copies';
import { attachReported } from './reported';
import { unitsOf } from './units';
import { dice } from './words';
import { spansWithin } from './within';

/** Wording this close is one passage printed twice (or copied), whatever date each copy gives. */
export const NEAR_COPY = 0.75;

/** Claims of a date that a near copy's support is read from, those sharing its rarest words. */
const SUPPORT_CANDIDATES = 64;

/**
 * When near-identical sentences carry different dates, the date that other sentences of the
 * story support most is kept; the other is remembered as a conflicting date. Pairs are visited
 * in list order; candidates come from a root index, and a date's support is read from the
 * claims there sharing a root or an entity, in list order, so sums and decisions are those of
 * comparing every pair while a date holds fewer than SUPPORT_CANDIDATES sentences alike; past
 * that only those sharing the rarest words are read, so each decision costs a bounded amount.
 */
export function reconcileCopies(claims: Claim[], scores: Scores): Map<string, string> {
  const written = new Map<string, string>();
  const dated = claims.filter((c) => !c.inherited && c.roots.size > 0);
  const anchors = claims.filter((c) => !c.inherited);
  const anchorAt = new Map<Claim, number>(anchors.map((c, i) => [c, i]));
  // anchors by date and word (root or entity), each list in list order: a sentence's support from
  // a date is summed only over the anchors there that share a word with it (the others add an
  // exact zero), in the order a full scan would add them. Dates and words are numbered once, and
  // each anchor's words listed once: a decision then reads its lists without building a key.
  const dateIds = new Map<string, number>();
  const dateIdOf = (date: string) => dateIds.get(date) ?? dateIds.set(date, dateIds.size).get(date)!;
  const wordsAt = numberedWords(anchors);
  const anchorDate = anchors.map((c) => dateIdOf(c.date));
  const byWord: Map<number, IndexList>[] = [];
  const listsOf = (date: number) => byWord[date] ?? (byWord[date] = new Map());
  const listOf = (date: number, word: number) => {
    const lists = listsOf(date);
    return lists.get(word) ?? lists.set(word, new IndexList()).get(word)!;
  };
  anchors.forEach((_, i) => {
    for (const w of wordsAt[i]!) listOf(anchorDate[i]!, w).append(i);
  });
  const move = (c: Claim, date: string) => {
    const i = anchorAt.get(c)!;
    const to = dateIdOf(date);
    for (const w of wordsAt[i]!) {
      listOf(anchorDate[i]!, w).delete(i);
      listOf(to, w).add(i);
    }
    anchorDate[i] = to;
    c.date = date;
  };
  // read afresh by every decision, kept to spare building them each time
  const lists: IndexList[] = [];
  const near: number[] = [];
  const marks = new Int32Array(anchors.length);
  let mark = 0;
  const support = (date: string, c: Claim) => {
    const there = byWord[dateIdOf(date)];
    lists.length = 0;
    const words = wordsAt[anchorAt.get(c)!]!;
    for (let k = 0; k < words.length; k++) {
      const list = there?.get(words[k]!);
      if (list !== undefined && list.size > 0) lists.push(list);
    }
    sortInPlace(lists, bySize);
    // rarest words first, up to SUPPORT_CANDIDATES claims: all of them in a story of ordinary
    // size, the closest few where hundreds of near-identical reports share a date
    near.length = 0;
    mark++;
    for (let k = 0; k < lists.length; k++) lists[k]!.addTo(near, marks, mark, SUPPORT_CANDIDATES);
    sortInPlace(near, ascending);
    let sum = 0;
    for (let k = 0; k < near.length; k++) {
      const o = anchors[near[k]!]!;
      if (o.key !== c.key) sum += scores.similarity(o, c);
    }
    return sum;
  };
  // candidates are those on another date, in list order, as a scan of every pair meets them; a
  // claim that moves is offered afresh those on its new date's others, from where it stood
  const index = new NearCopyIndex(dated, NEAR_COPY);
  dated.forEach((a, i) => {
    let candidates = index.candidates(i);
    for (let k = 0; k < candidates.length; k++) {
      const j = candidates[k]!;
      const b = dated[j]!;
      if (a.key >= b.key || a.date === b.date) continue;
      if (dice(a.roots, b.roots) < NEAR_COPY) continue;
      const [keep, lose] = support(a.date, b) + support(a.date, a) >= support(b.date, a) + support(b.date, b) ? [a, b] : [b, a];
      written.set(lose.key, lose.date);
      const from = lose.date;
      move(lose, keep.date);
      index.moved(lose === a ? i : j, from);
      if (lose === a) [candidates, k] = [index.candidates(i, j), -1];
    }
  });
  return written;
}

const ascending = (a: number, b: number) => a - b;
const bySize = (x: IndexList, y: IndexList) => x.size - y.size;

/**
 * A stable sort of a short list in place, by insertion: it keeps the order of equals as
 * Array.prototype.sort does, without the copy that sort makes of each list.
 */
function sortInPlace<T>(xs: T[], compare: (x: T, y: T) => number): void {
  for (let k = 1; k < xs.length; k++) {
    const x = xs[k]!;
    let at = k;
    while (at > 0 && compare(xs[at - 1]!, x) > 0) {
      xs[at] = xs[at - 1]!;
      at--;
    }
    xs[at] = x;
  }
}

/**
 * Each claim's words as numbers, its roots and then its entities (a root and an entity spelt
 * alike are two words), in the order of its sets.
 */
function numberedWords(claims: readonly Claim[]): number[][] {
  const roots = new Map<string, number>();
  const entities = new Map<string, number>();
  let next = 0;
  const idOf = (ids: Map<string, number>, w: string) => ids.get(w) ?? ids.set(w, next++).get(w)!;
  return claims.map((c) => {
    const out: number[] = [];
    for (const w of c.roots) out.push(idOf(roots, w));
    for (const e of c.entities) out.push(idOf(entities, e));
    return out;
  });
}

const groupBy = <T>(xs: T[], key: (x: T) => string) => {
  const out = new Map<string, T[]>();
  for (const x of xs) (out.get(key(x)) ?? out.set(key(x), []).get(key(x))!).push(x);
  return out;
};

/**
 * Same-day claims worded alike (equal roots and entities) that are close enough to merge start
 * as one group: average linkage would join them anyway, and a story of many near-identical
 * reports then clusters a few groups instead of every sentence.
 */
function sameWording(group: Claim[], scores: Scores): Claim[][] {
  const out: Claim[][] = [];
  const byProfile = new Map<number, Claim[]>();
  const byUnit = new Map<number, Claim[]>();
  for (const c of group) {
    if (c.unit !== undefined) {
      const joined = byUnit.get(c.unit);
      if (joined) joined.push(c);
      else out.push(byUnit.set(c.unit, [c]).get(c.unit)!);
      continue;
    }
    const id = scores.profile(c);
    const joined = byProfile.get(id);
    if (joined) joined.push(c);
    else if (scores.similarity(c, c) >= MERGE_AT) {
      const fresh = [c];
      byProfile.set(id, fresh);
      out.push(fresh);
    } else out.push([c]);
  }
  return out;
}

/**
 * Claims cluster day by day; undated sentences sit on their paragraph's or article's day unless
 * another outlet dates the same happening earlier.
 */
export function groupByDay(
  claims: Claim[],
  scores: Scores,
  doersOf: (c: Claim) => ReadonlySet<string> | undefined = () => undefined,
  doingsOf: DoingsOf = () => undefined,
  doingOf: (c: Claim) => Doing | undefined = () => undefined,
): Map<string, Claim[][]> {
  const byDate = new Map<string, Claim[][]>();
  for (const [date, group] of groupBy(claims, (c) => c.date)) byDate.set(date, clusterDay(sameWording(group, scores), scores, doersOf, doingOf));
  attachUndated(byDate, scores, doingsOf);
  foldCoarse(byDate, scores);
  foldNextDay(byDate, scores);
  return byDate;
}

const NO_ONE: ReadonlySet<string> = new Set();

/** The people each sentence names, by entity id, keyed as claims are (`articleId#sentence`). */
function peopleBySentence(story: StoryDoc): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const doc of story.articles) {
    doc.sentences.forEach((s, i) => {
      const people = spansWithin(doc.mentions, s.start, s.end).flatMap((m) => (m.type === 'PER' && m.entityId ? [m.entityId] : []));
      if (people.length) out.set(`${doc.id}#${i}`, new Set(people));
    });
  }
  return out;
}

export function eventsOf(story: StoryDoc): StoryEvent[] {
  const claims = claimsOf(story);
  const idf = idfOf(claims);
  const scores = scoresOf(idf);
  const written = reconcileCopies(claims, scores);
  const { heads, followers } = unitsOf(story, claims);
  const doers = doersOf(story);
  const doings = doingsByClaim(story);
  const mains = mainPredicatesOf(story.articles);
  const people = peopleBySentence(story);
  const doingOf = (c: Claim): Doing | undefined => {
    const main = mains.get(c.key);
    return main && { main, words: new Set([...(doings(c.key) ?? [])].map(senseOf)), people: people.get(c.key) ?? NO_ONE };
  };
  const byDate = groupByDay(heads, scores, (c) => doers.get(c.key), doings, doingOf);
  addFollowers(byDate, followers);
  joinNeighbours(byDate, story);
  continueBackReferences(byDate, story, (c) => doers.get(c.key));
  dropLoneEchoes(byDate);
  attachClauses(byDate, clauseClaimsOf(story, claims), scores, idf);
  attachReported(byDate, story, scores, doingOf);
  const taken = new Set<string>();
  const events: StoryEvent[] = [];
  for (const [date, clusters] of [...byDate].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
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
