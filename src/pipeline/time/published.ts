import type { Published } from '../../shared/digest/schema';
import type { ArticleDoc, ArticleStage } from '../types';
import { absoluteReading } from './anchor';
import { isValidDay, isoDay } from './calendar';
import { findTimex } from './extract';
import type { Found } from './normalise';
import { tenseAt } from './tense';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** A deadline ("hingga 31 Desember") looks ahead of the paper's own day. */
const DEADLINE_BEFORE = /(?:hingga|sampai|paling\s+lambat|batas|sebelum|jelang|menjelang)\s+(?:hari\s+|tanggal\s+)?$/i;
/** Outlets file images under the upload day: /data/2019/04/25/, /2019/04/25/. */
const IMAGE_PATH = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//g;

function fromFrontMatter(doc: ArticleDoc): Published | null {
  const raw = doc.frontMatter.published?.trim();
  if (!raw) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso && isValidDay({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! })) return { date: iso[0], confidence: 1, source: 'front-matter', evidence: null };
  const written = findTimex(raw, [{ start: 0, end: raw.length }], { ref: null, yearHint: null }).find((f) => DAY_VALUE.test(f.value.slice(0, 10)) && !f.relative);
  return written ? { date: written.value.slice(0, 10), confidence: 1, source: 'front-matter', evidence: null } : null;
}

function imagePathDates(doc: ArticleDoc): string[] {
  const out: string[] = [];
  const body = doc.text.slice(doc.bodyStart);
  for (const m of body.matchAll(IMAGE_PATH)) {
    const day = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    if (isValidDay(day)) out.push(isoDay(day));
  }
  return out;
}

/** Dated references that report the past: the paper appeared on or after each of them. */
function pastDays(doc: ArticleDoc, found: Found[]): Found[] {
  return found.filter((f) => {
    if (!DAY_VALUE.test(f.value.slice(0, 10)) || f.value.startsWith('X')) return false;
    if (tenseAt(doc.text, f.start) === 'future') return false;
    return !DEADLINE_BEFORE.test(doc.text.slice(Math.max(0, f.start - 30), f.start));
  });
}

/**
 * News reports the days it covers, so the latest past day the article dates is its day of
 * publication; the evidence is worth more in the dateline than further down, less when the
 * year had to come from the weekday, and image upload paths back it up or stand in for it.
 */
export function inferFromText(doc: ArticleDoc): Published | null {
  const { found } = absoluteReading(doc);
  const days = pastDays(doc, found);
  const images = imagePathDates(doc);
  if (!days.length) {
    const image = images[0];
    return image ? { date: image, confidence: 0.8, source: 'image-path', evidence: null } : null;
  }
  const latest = days.reduce((best, f) => (f.value.slice(0, 10) > best.value.slice(0, 10) ? f : best));
  const date = latest.value.slice(0, 10);
  const evidence = days.find((f) => f.value.slice(0, 10) === date)!;
  const first = doc.sentences[0];
  const inDateline = first ? evidence.start < first.end : evidence.start - doc.bodyStart < 200;
  let confidence = inDateline ? 0.9 : 0.8;
  if (!/\d{4}/.test(evidence.text)) confidence -= 0.05;
  if (evidence.weekdayConflict) confidence -= 0.3;
  if (images.includes(date)) confidence = Math.min(0.95, confidence + 0.05);
  return {
    date,
    confidence: Math.round(confidence * 100) / 100,
    source: inDateline ? 'dateline' : 'text',
    evidence: { start: evidence.start, end: evidence.end, text: evidence.text },
  };
}

/** Infers the publication date from datelines and dated references when front matter is silent. */
export const inferPublished: ArticleStage = {
  name: 'published',
  run: (doc) => ({ ...doc, published: fromFrontMatter(doc) ?? inferFromText(doc) }),
};
