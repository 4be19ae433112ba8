import type { ArticleDoc } from '../types';
import { calendarDate, timexIn, type Claim } from './claims';
import type { Scores } from './scores';
import { clausePart, namingClauses, type TimeClause } from './subordinate';
import { sentenceEntities, sentenceRoots } from './words';

/** Average similarity to an event at which a time clause is taken to name it. */
export const CLAUSE_AT = 0.25;
/** Days an undated time clause reaches from its sentence's day: "usai" tells what just happened. */
const REACH_DAYS = 7;


/** A clause claim: the sentence read for its time clause alone, with the order it gives. */
export interface ClauseClaim {
  claim: Claim;
  order: TimeClause['order'];
  /** Dates written inside the clause: they date its happening. */
  dates: string[];
}

/** The time clauses of every claimed sentence, as claims of their own wording. */
export function clauseClaimsOf(story: { articles: ArticleDoc[] }, claims: Claim[]): ClauseClaim[] {
  const out: ClauseClaim[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    const doc = story.articles[c.article]!;
    const s = doc.sentences[c.sentence]!;
    for (const clause of namingClauses(doc, s)) {
      const part = clausePart(doc, s, clause);
      const roots = sentenceRoots(doc, part);
      const dates = timexIn(doc, s)
        .filter((t) => calendarDate(t) && t.start >= part.start && t.end <= part.end)
        .map((t) => t.value.slice(0, 10));
      out.push({ claim: { ...c, roots, entities: sentenceEntities(doc, part), echo: true, unit: undefined, speaker: undefined }, order: clause.order, dates });
    }
  }
  return out;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/**
 * Whether an event dated `other` can be the clause's happening: on a date the clause writes, else
 * a day from the sentence's own day back (for "usai") or on (for "sebelum") a few days; a clause
 * naming a happening long before would give its date.
 */
function fits(other: string, clause: ClauseClaim, own: string[]): boolean {
  if (clause.dates.length) return clause.dates.some((d) => d === other || d.startsWith(other) || other.startsWith(d));
  if (!DAY.test(other)) return false;
  return own.some((d) => {
    if (!DAY.test(d)) return false;
    const gap = clause.order === 'earlier' ? daysBetween(other, d) : daysBetween(d, other);
    return gap >= 0 && gap <= REACH_DAYS;
  });
}

/** Rarest roots of a clause looked up in the index: a clause shares its rare words with its event. */
const PROBES = 3;
/** Members compared with each clause, those sharing the most rare weight first. */
const TOP_K = 24;

/** The members of one event worded alike (one roots-and-entities profile), in list order. */
interface Wording {
  cluster: Claim[];
  date: string;
  roots: Set<string>;
  keys: string[];
  ats: number[];
}

/**
 * A time clause reports another happening the story tells: its sentence also mentions the event
 * closest on average to the clause's wording among those its order allows (on or before the
 * sentence's day for "usai", on or after for "sebelum"), if close enough. A clause that matches
 * no event adds none: a happening named only in passing is not a timeline entry. Members are
 * found through an index of their roots, by the clause's rarest roots, and only the few that
 * share most propose their events, so only a few events are scored for each clause. The index
 * holds each event's members by wording, under each root and date: members worded alike share
 * as much with a clause, so at most TOP_K of each wording can be among the first TOP_K, and the
 * dates the clause cannot reach and its own events are passed over whole; a story of many copies
 * of one report then costs its wordings, not its copies, for every clause.
 */
export function attachClauses(byDate: Map<string, Claim[][]>, clauses: ClauseClaim[], scores: Scores, idf: (w: string) => number): void {
  const datesOf = new Map<string, string[]>();
  const eventsOf = new Map<string, Set<Claim[]>>();
  const byRoot = new Map<string, Map<string, Wording[]>>();
  let at = 0;
  for (const [date, clusters] of byDate) {
    for (const cluster of clusters) {
      const wordings = new Map<number, Wording>();
      for (const c of cluster) {
        (datesOf.get(c.key) ?? datesOf.set(c.key, []).get(c.key)!).push(date);
        (eventsOf.get(c.key) ?? eventsOf.set(c.key, new Set()).get(c.key)!).add(cluster);
        const id = scores.profile(c);
        let wording = wordings.get(id);
        if (!wording) {
          wordings.set(id, (wording = { cluster, date, roots: c.roots, keys: [], ats: [] }));
          for (const w of c.roots) {
            const dates = byRoot.get(w) ?? byRoot.set(w, new Map()).get(w)!;
            (dates.get(date) ?? dates.set(date, []).get(date)!).push(wording);
          }
        }
        wording.keys.push(c.key);
        wording.ats.push(at++);
      }
    }
  }
  // an event's mean similarity to a wording: the same for every clause worded alike
  const means = new Map<Claim[], Map<number, number>>();
  const meanOf = (cluster: Claim[], claim: Claim) => {
    const row = means.get(cluster) ?? means.set(cluster, new Map()).get(cluster)!;
    const id = scores.profile(claim);
    let v = row.get(id);
    if (v === undefined) {
      let sum = 0;
      for (const c of cluster) sum += scores.similarity(claim, c);
      row.set(id, (v = sum / cluster.length));
    }
    return v;
  };
  const moves: { cluster: Claim[]; claim: Claim }[] = [];
  for (const clause of clauses) {
    const { claim } = clause;
    const own = datesOf.get(claim.key) ?? [];
    const mine = eventsOf.get(claim.key) ?? new Set();
    const probes = [...claim.roots].sort((a, b) => idf(b) - idf(a) || (a < b ? -1 : 1)).slice(0, PROBES);
    // the wordings that may propose an event: on a date the clause reaches, in an event not its own
    const reaches = new Map<string, boolean>();
    const open = new Set<Wording>();
    for (const w of probes) {
      for (const [date, wordings] of byRoot.get(w) ?? []) {
        let fit = reaches.get(date);
        if (fit === undefined) reaches.set(date, (fit = fits(date, clause, own)));
        if (fit) for (const wording of wordings) if (!mine.has(wording.cluster)) open.add(wording);
      }
    }
    // rare weight shared, summed in probe order as a member's probes are met; the first members
    // of each wording, as many as can be compared, ranked by weight, then by list order
    const ranked: { at: number; weight: number; wording: Wording }[] = [];
    for (const wording of open) {
      let weight = 0;
      for (const w of probes) if (wording.roots.has(w)) weight += idf(w);
      let taken = 0;
      for (let k = 0; k < wording.ats.length && taken < TOP_K; k++) {
        if (wording.keys[k] === claim.key) continue;
        ranked.push({ at: wording.ats[k]!, weight, wording });
        taken++;
      }
    }
    ranked.sort((a, b) => b.weight - a.weight || a.at - b.at);
    // the events of the members sharing most, each scored by its mean similarity to the clause
    const events = new Map<Claim[], string>();
    for (const { wording } of ranked.slice(0, TOP_K)) if (!events.has(wording.cluster)) events.set(wording.cluster, wording.date);
    let best: { cluster: Claim[]; date: string; v: number } | null = null;
    for (const [cluster, date] of events) {
      const v = meanOf(cluster, claim);
      if (v >= CLAUSE_AT && (!best || v > best.v)) best = { cluster, date, v };
    }
    if (best) moves.push({ cluster: best.cluster, claim: { ...claim, date: best.date } });
  }
  // decided on the clustering as it stands, so one clause never pulls in another
  for (const { cluster, claim } of moves) cluster.push(claim);
}
