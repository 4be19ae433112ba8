import type { Article, StoryEvent } from '../../shared/digest/schema';
import type { Lang } from '../../shared/i18n';

/** Articles of one named outlet count once; an article with no outlet stands for itself. */
export const outletKey = (a: Pick<Article, 'id' | 'outlet'>) => a.outlet?.name ?? `article:${a.id}`;

export interface CoverageItem {
  event: StoryEvent;
  /** Outlets that report the event. */
  outlets: number;
}

/** Per event in date order, how many of the story's outlets report it. */
export function coverageOf(events: readonly StoryEvent[], articles: readonly Pick<Article, 'id' | 'outlet'>[]): { items: CoverageItem[]; total: number } {
  const key = new Map(articles.map((a) => [a.id, outletKey(a)]));
  const items = events
    .map((event) => ({ event, outlets: new Set(event.mentions.map((m) => key.get(m.articleId)).filter(Boolean)).size }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.event.id < b.event.id ? -1 : 1));
  return { items, total: new Set(key.values()).size };
}

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** A day, month or year value (YYYY[-MM[-DD]]) as the reader's language writes it; other values as they are. */
export function formatDay(value: string, lang: Lang, month: 'long' | 'short' = 'long'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  if (!m[2]) return m[1]!;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  return new Intl.DateTimeFormat(locale(lang), { ...(m[3] ? { day: 'numeric' } : {}), month, year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "23 – 25 April 2019", or one day when the range has one. */
export function formatRange(range: { from: string; to: string }, lang: Lang): string {
  if (range.from === range.to) return formatDay(range.from, lang);
  const from = /^\d{4}-\d{2}-\d{2}$/.test(range.from) ? new Date(`${range.from}T00:00:00Z`) : null;
  const to = /^\d{4}-\d{2}-\d{2}$/.test(range.to) ? new Date(`${range.to}T00:00:00Z`) : null;
  if (!from || !to) return `${formatDay(range.from, lang)} – ${formatDay(range.to, lang)}`;
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(from, to);
}
