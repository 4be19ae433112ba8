import type { Precision } from '../../shared/digest/schema';
import { withoutDiacritics } from '../language/id';
import type { ArticleDoc } from '../types';
import type { Claim } from './claims';
import { partsOf, type Parts } from './parts';
import { datelineLength } from './words';

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

/** The sentence's own words, shortened at a word: for a sentence whose parts cannot be read. */
function shortened(articles: ArticleDoc[], pick: Claim): string {
  const sentence = articles[pick.article]!.text.slice(pick.start, pick.end);
  // "tirto.id - ", "Vladivostok, Gatra.com - ": the dateline is not part of what happened
  let text = sentence.slice(datelineLength(sentence)).replace(/\s+/g, ' ').trim();
  text = text.replace(/^["“'‘]+/, '');
  if (text.length <= MAX_LABEL) return text;
  const cut = text.slice(0, MAX_LABEL);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:]$/, '')}…`;
}

/**
 * The event's label, made of its parts (who, what, whom or where: "Putin tiba di Vladivostok")
 * as the sentence that dates it best tells them: a written date before an inherited one, a
 * statement's attribution before its quotation, the earliest article first.
 */
export function labelOf(cluster: Claim[], articles: ArticleDoc[]): string {
  const partsAt = (c: Claim) => partsOf(articles[c.article]!, articles[c.article]!.sentences[c.sentence]!);
  const text = (parts: Parts) => {
    const label = [parts.subject, parts.predicate, parts.rest].filter(Boolean).join(' ').replace(/\s+/g, ' ');
    return label.charAt(0).toUpperCase() + label.slice(1);
  };
  // a statement is labelled by its saying: "Siti Nadia mengatakan vaksinasi ulang dimulai"
  const statement = cluster.filter((c) => c.unit !== undefined).sort((a, b) => a.article - b.article || a.start - b.start);
  for (const c of statement) {
    const parts = partsAt(c);
    if (parts?.subject && parts.saying) return text(parts);
  }
  const ranked = [...cluster].sort((a, b) => Number(a.inherited) - Number(b.inherited) || Number(a.reported) - Number(b.reported) || a.article - b.article || a.start - b.start);
  for (const c of ranked.slice(0, 3)) {
    const parts = partsAt(c);
    if (parts?.subject) return text(parts);
  }
  return shortened(articles, ranked[0]!);
}

/** A readable id that does not move when other events appear: date and the label's first roots. */
export function idOf(date: string, label: string, taken: Set<string>): string {
  const slug = withoutDiacritics(label)
    .toLowerCase()
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
