import type { ArticleDoc, Span } from '../types';
import { parseIso } from './calendar';
import { findTimex } from './extract';
import type { Anchor, Found } from './normalise';

/** The body lines left after boilerplate; the whole body when the line stage has not run. */
export function regionsOf(doc: ArticleDoc): Span[] {
  if (doc.lines.length) return doc.lines;
  return doc.text.length > doc.bodyStart ? [{ start: doc.bodyStart, end: doc.text.length }] : [];
}

const isDay = (f: Found) => /^\d{4}-\d{2}-\d{2}/.test(f.value);

/**
 * The latest year the text states with a month or day ("25 Januari 2018"), else the latest bare
 * year: a bare year may name a term's end or a coming edition ("periode 2016-2021").
 */
function latestStatedYear(found: readonly Found[]): number | null {
  const stated = found.filter((f) => !f.relative && /^\d{4}/.test(f.value));
  const dated = stated.filter((f) => /^\d{4}-\d{2}/.test(f.value));
  const years = (dated.length ? dated : stated).map((f) => Number(f.value.slice(0, 4)));
  return years.length ? Math.max(...years) : null;
}

/**
 * Timex read with no reference at all: only what the text states outright keeps a year. The
 * year hint is the latest year the text states, or the one the story's other articles give.
 */
export function absoluteReading(doc: ArticleDoc, storyYear: number | null = null): { found: readonly Found[]; yearHint: number | null } {
  const regions = regionsOf(doc);
  const bare = findTimex(doc.text, regions, { ref: null, yearHint: null });
  const yearHint = storyYear ?? latestStatedYear(bare);
  const found = yearHint === null ? bare : findTimex(doc.text, regions, { ref: null, yearHint });
  return { found, yearHint };
}

/**
 * The day relative expressions count from: the publication date, else the first day the
 * narrative states with its year.
 */
export function anchorOf(doc: ArticleDoc): Anchor {
  const { found, yearHint } = absoluteReading(doc);
  const published = doc.published ? parseIso(doc.published.date) : null;
  if (published) return { ref: published, yearHint };
  const first = found.find((f) => isDay(f) && !f.relative);
  return { ref: first ? parseIso(first.value) : null, yearHint };
}
