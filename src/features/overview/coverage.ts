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

// Making an Intl.DateTimeFormat costs far more than formatting with one, and a large story asks
// for the same few days hundreds of times: one formatter per language and form, one text per day.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: 'UTC' })));
  return f;
};
const days = new Map<string, string>();
const DAYS_KEPT = 5000;

/** A day, month or year value (YYYY[-MM[-DD]]) as the reader's language writes it; other values as they are. */
export function formatDay(value: string, lang: Lang, month: 'long' | 'short' = 'long'): string {
  const key = `${lang} ${month} ${value}`;
  const known = days.get(key);
  if (known !== undefined) return known;
  const text = formatDayOnce(value, lang, month);
  if (days.size >= DAYS_KEPT) days.clear();
  days.set(key, text);
  return text;
}

function formatDayOnce(value: string, lang: Lang, month: 'long' | 'short'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  if (!m[2]) return m[1]!;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  return formatter(lang, { ...(m[3] ? { day: 'numeric' } : {}), month, year: 'numeric' }).format(date);
}

/** "23 – 25 April 2019", or one day when the range has one. */
export function formatRange(range: { from: string; to: string }, lang: Lang): string {
  if (range.from === range.to) return formatDay(range.from, lang);
  const from = /^\d{4}-\d{2}-\d{2}$/.test(range.from) ? new Date(`${range.from}T00:00:00Z`) : null;
  const to = /^\d{4}-\d{2}-\d{2}$/.test(range.to) ? new Date(`${range.to}T00:00:00Z`) : null;
  if (!from || !to) return `${formatDay(range.from, lang)} – ${formatDay(range.to, lang)}`;
  return formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(from, to);
}
