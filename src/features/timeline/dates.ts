import type { Precision } from '../../shared/digest/schema';
import type { Lang } from '../../shared/i18n';
import { sortByTexts } from '../../shared/lib/order';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** A normalised date value (YYYY[-MM[-DD]], YYYY-SU…) written at its precision. */
export function formatDate(value: string, precision: Precision, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1), 12));
  const fmt = (o: Intl.DateTimeFormatOptions) => date.toLocaleDateString(locale(lang), { timeZone: 'UTC', ...o });
  if (precision === 'day' && d) return fmt({ day: 'numeric', month: 'long', year: 'numeric' });
  if ((precision === 'day' || precision === 'month') && mo) return fmt({ month: 'long', year: 'numeric' });
  if (precision === 'decade') return `${y?.slice(0, 3)}0s`;
  return y ?? value;
}

/** Sort key of a date value: unknown dates last. */
export function dateKey(value: string): string {
  return /^\d{4}/.test(value) ? value : `9999${value}`;
}

/** Events sorted by date, unknown dates last. */
export function sortEvents<T extends { date: string; label: string }>(events: readonly T[]): T[] {
  return sortByTexts(events, (e) => [dateKey(e.date), e.label]);
}
