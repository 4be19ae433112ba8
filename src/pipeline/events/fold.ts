import type { Claim } from './claims';
import { pairSum, wordingsOf, type Scores } from './scores';

// After clustering day by day: one happening split over compatible dates joins up again.

/**
 * Mean similarity at which a year or month event is the same happening as one on a day inside
 * it: above same-day merging, for a story's background told by year names the same protagonists.
 */
export const COARSE_AT = 0.35;
/** Mean similarity at which events one day apart are taken for one happening dated two ways. */
export const NEXT_DAY_AT = 0.4;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COARSE = /^\d{4}(?:-\d{2})?$/;

function meanSimilarity(a: Claim[], b: Claim[], scores: Scores): number {
  return pairSum(wordingsOf(a, scores), wordingsOf(b, scores), scores) / (a.length * b.length);
}

/** What two different people said are two sayings: events told by different speakers stay apart. */
function sameVoices(a: Claim[], b: Claim[]): boolean {
  const voices = (g: Claim[]) => [...new Set(g.flatMap((c) => (c.speaker === undefined ? [] : [c.speaker])))].sort().join('|');
  const [va, vb] = [voices(a), voices(b)];
  return !va || !vb || va === vb;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Written (not inherited) dates behind an event: the better-attested date of two is kept. */
const written = (g: Claim[]) => g.filter((c) => !c.inherited).length;

function move(byDate: Map<string, Claim[][]>, from: string, index: number, to: string, target: Claim[]): void {
  const source = byDate.get(from)![index]!;
  for (const c of source) target.push({ ...c, date: to });
  source.length = 0;
}

/**
 * A year or a month holds every day inside it: an event dated only "2019" or "2019-04" that
 * tells what an event on a day of that period tells (one outlet gave the day, another only the
 * year) is that event. Day events are compared only with the coarse dates that contain them.
 */
export function foldCoarse(byDate: Map<string, Claim[][]>, scores: Scores): void {
  const days = [...byDate.keys()].filter((d) => DAY.test(d)).sort();
  for (const coarse of [...byDate.keys()].filter((d) => COARSE.test(d)).sort()) {
    const inside = days.filter((d) => d.startsWith(coarse));
    if (!inside.length) continue;
    byDate.get(coarse)!.forEach((cluster, index) => {
      let best: { day: string; target: Claim[]; score: number } | null = null;
      for (const day of inside) {
        for (const target of byDate.get(day)!) {
          if (!target.length || !sameVoices(cluster, target)) continue;
          const score = meanSimilarity(cluster, target, scores);
          if (score >= COARSE_AT && (!best || score > best.score)) best = { day, target, score };
        }
      }
      if (best) move(byDate, coarse, index, best.day, best.target);
    });
  }
  prune(byDate);
}

/**
 * Two outlets may date one happening a day apart (a night's event told the next morning, a
 * report dated by its writing). Events on consecutive days from different articles that agree
 * strongly in wording and names are one, on the day more sentences write; unrelated happenings
 * of consecutive days stay apart, for they seldom share that much.
 */
export function foldNextDay(byDate: Map<string, Claim[][]>, scores: Scores): void {
  for (const day of [...byDate.keys()].filter((d) => DAY.test(d)).sort()) {
    const next = nextDay(day);
    if (!byDate.has(next)) continue;
    byDate.get(day)!.forEach((cluster, index) => {
      if (!cluster.length) return;
      const articles = new Set(cluster.map((c) => c.article));
      let best: { target: Claim[]; score: number } | null = null;
      for (const target of byDate.get(next)!) {
        if (!target.length || target.some((c) => articles.has(c.article)) || !sameVoices(cluster, target)) continue;
        const score = meanSimilarity(cluster, target, scores);
        if (score >= NEXT_DAY_AT && (!best || score > best.score)) best = { target, score };
      }
      if (!best) return;
      if (written(best.target) >= written(cluster)) move(byDate, day, index, next, best.target);
      else move(byDate, next, byDate.get(next)!.indexOf(best.target), day, cluster);
    });
  }
  prune(byDate);
}

function prune(byDate: Map<string, Claim[][]>): void {
  for (const [date, clusters] of byDate) {
    const kept = clusters.filter((cluster) => cluster.length > 0);
    if (kept.length) byDate.set(date, kept);
    else byDate.delete(date);
  }
}
