import type { Digest } from './schema';

/** One outlet of a story: its name (null when no article says it), articles and their publication dates. */
export interface OutletSummary {
  name: string | null;
  articles: number;
  /** ISO publication dates of its articles, sorted, each once. */
  dates: string[];
}

export interface StorySummary {
  /** First and last day of the story: the publication dates, else the events dated to the day. */
  dates: { from: string; to: string } | null;
  /** Outlets in the order their first article appears. */
  outlets: OutletSummary[];
}

const range = (days: string[]) => {
  const sorted = [...days].sort();
  return sorted.length ? { from: sorted[0]!, to: sorted[sorted.length - 1]! } : null;
};

/** What the story overview and the story list say about a story, from its digest alone. */
export function summarizeStory(digest: Pick<Digest, 'articles' | 'events'>): StorySummary {
  const byName = new Map<string | null, OutletSummary>();
  for (const a of digest.articles) {
    const name = a.outlet?.name ?? null;
    const entry = byName.get(name) ?? { name, articles: 0, dates: [] };
    entry.articles += 1;
    if (a.published && !entry.dates.includes(a.published.date)) entry.dates = [...entry.dates, a.published.date].sort();
    byName.set(name, entry);
  }
  const published = digest.articles.flatMap((a) => (a.published ? [a.published.date] : []));
  // background events reach back years; they date the story only when no article is dated
  const dated = digest.events.filter((e) => e.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(e.date)).map((e) => e.date);
  return { dates: range(published) ?? range(dated), outlets: [...byName.values()] };
}
