import type { Precision } from '../../shared/digest/schema';
import type { ArticleDoc } from '../types';
import type { Claim } from './claims';

/** How exact a normalised value is: 2019-04-25 day, 2019-04 month, 2019-SU season, 201 decade. */
export function precisionOf(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  return 'vague';
}

const MAX_LABEL = 90;
/** "tirto.id - ", "Vladivostok, Gatra.com - ": the dateline is not part of what happened. */
const DATELINE = /^[^\n]{0,60}?\s[-–—]{1,2}\s/;

/** The event's words: its written-date sentence from the earliest article, shortened at a word. */
export function labelOf(cluster: Claim[], articles: ArticleDoc[]): string {
  const pick = [...cluster].sort((a, b) => Number(a.inherited) - Number(b.inherited) || a.article - b.article || a.start - b.start)[0]!;
  let text = articles[pick.article]!.text.slice(pick.start, pick.end).replace(DATELINE, '').replace(/\s+/g, ' ').trim();
  text = text.replace(/^["“'‘]+/, '');
  if (text.length <= MAX_LABEL) return text;
  const cut = text.slice(0, MAX_LABEL);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:]$/, '')}…`;
}

/** A readable id that does not move when other events appear: date and the label's first roots. */
export function idOf(date: string, label: string, taken: Set<string>): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2)
    .slice(0, 4)
    .join('-');
  const base = `ev-${date}-${slug || 'event'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
