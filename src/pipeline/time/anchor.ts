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

/** Timex read with no reference at all: only what the text states outright keeps a year. */
export function absoluteReading(doc: ArticleDoc): { found: Found[]; yearHint: number | null } {
  const regions = regionsOf(doc);
  const bare = findTimex(doc.text, regions, { ref: null, yearHint: null });
  const years = bare.filter((f) => !f.relative && /^\d{4}/.test(f.value)).map((f) => Number(f.value.slice(0, 4)));
  const yearHint = years.length ? Math.max(...years) : null;
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
