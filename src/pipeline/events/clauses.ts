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

/**
 * A time clause reports another happening the story tells: its sentence also mentions the event
 * closest to the clause's wording among those its order allows (on or before the sentence's day
 * for "usai", on or after for "sebelum"), if close enough to merge. A clause that matches no
 * event adds none: a happening named only in passing is not a timeline entry.
 */
export function attachClauses(byDate: Map<string, Claim[][]>, clauses: ClauseClaim[], scores: Scores): void {
  const datesOf = new Map<string, string[]>();
  for (const [date, clusters] of byDate) for (const cluster of clusters) for (const c of cluster) (datesOf.get(c.key) ?? datesOf.set(c.key, []).get(c.key)!).push(date);
  const moves: { cluster: Claim[]; claim: Claim }[] = [];
  for (const clause of clauses) {
    const { claim } = clause;
    const own = datesOf.get(claim.key) ?? [];
    let best: { cluster: Claim[]; date: string; v: number } | null = null;
    for (const [date, clusters] of byDate) {
      if (!fits(date, clause, own)) continue;
      for (const cluster of clusters) {
        if (cluster.some((c) => c.key === claim.key)) continue;
        let sum = 0;
        for (const c of cluster) sum += scores.similarity(claim, c);
        const v = sum / cluster.length;
        if (v >= CLAUSE_AT && (!best || v > best.v)) best = { cluster, date, v };
      }
    }
    if (best) moves.push({ cluster: best.cluster, claim: { ...claim, date: best.date } });
  }
  // decided on the clustering as it stands, so one clause never pulls in another
  for (const { cluster, claim } of moves) cluster.push(claim);
}
