import type { Published } from '../../shared/digest/schema';
import type { ArticleDoc, ArticleStage } from '../types';
import { absoluteReading } from './anchor';
import { addDays, daysBetween, isValidDay, isoDay, parseIso, weekdayNear } from './calendar';
import { findTimex } from './extract';
import { alternation, words } from './lexicon';
import type { Found } from './normalise';
import { tenseAt } from './tense';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** A deadline ("hingga 31 Desember") looks ahead of the paper's own day. */
const DEADLINE_BEFORE = /(?:hingga|sampai|paling\s+lambat|batas|sebelum|jelang|menjelang)\s+(?:hari\s+|tanggal\s+)?$/i;
/** "Minggu (11/6) mendatang", "17 Agustus nanti": announced, so not yet reported. */
const FUTURE_END = new RegExp(String.raw`\s(?:${alternation(words.futureAfter)})$`, 'i');
/** Outlets file images under the upload day: /data/2019/04/25/, /2019/04/25/. */
const IMAGE_PATH = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//g;

const DEICTIC = Object.fromEntries(Object.entries(words.deicticDays).filter(([k]) => k !== 'about')) as Record<string, number>;
const DEICTIC_WORDS = alternation(Object.keys(DEICTIC));
/** "besok, Rabu (13/9)", "kemarin, Senin (5/6)", "hari ini, Kamis (14/12)". */
const DEICTIC_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${DEICTIC_WORDS})\s*,?\s*(?:(?:yakni|yaitu|tepatnya|pada)\s+)?(?:hari\s+)?$`, 'iu');
/** "Senin (5/6) kemarin", "Rabu (13/9), besok". */
const DEICTIC_AFTER = new RegExp(String.raw`^\s*,?\s*(${DEICTIC_WORDS})(?![\p{L}])`, 'iu');
const DEICTIC_END = new RegExp(String.raw`\s(${DEICTIC_WORDS})$`, 'iu');
/** "kemarin (12/3)": the deictic day read in one expression with its date. */
const DEICTIC_START = new RegExp(String.raw`^(${DEICTIC_WORDS})\s*\(`, 'iu');

const dayOf = (word: string) => DEICTIC[word.toLowerCase().replace(/\s+/g, ' ')]!;

const cues = words.publicationCues;
const PROSPECTIVE = alternation(cues.prospective);
/** "berlaku mulai 1 November", "mulai berlaku efektif pada 1 Desember": a day the rule takes effect. */
const PROSPECTIVE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${PROSPECTIVE})(?:\s+(?:${PROSPECTIVE}|pada|tanggal|hari))*\s+$`, 'iu');
/** "ditahan sejak 23 April 2019": where a state began, well before the paper's day. */
const BACKGROUND_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(cues.background)})\s+(?:hari\s+|tanggal\s+)?$`, 'iu');
/** "kata Irwan di Jakarta, Kamis, 11 Oktober 2018": a reporting word, then the date in the same clause. */
const REPORTING_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${alternation(cues.reporting)})(?![\p{L}])([^"“”!?\n]*)$`, 'iu');
const CONTENT_OPENERS: ReadonlySet<string> = new Set(cues.contentOpeners.words);
/** "mengatakan, pihaknya menerima laporan pada ...", "menyatakan bahwa ...": the gap is what was said. */
const REPORTED_CLAUSE = /^\s*(?:,|bahwa(?![\p{L}]))[^\p{L}]*\p{L}/iu;
/** "Jakarta, Kamis (11/10) - ": the date inside the dateline, before its dash. */
const DATELINE_AFTER = /^\s*(?:[-–—]{1,2}|\))\s/;
/** A background date alone still bounds the paper's day, but says little about it. */
const BACKGROUND_CONFIDENCE = 0.5;

function fromFrontMatter(doc: ArticleDoc): Published | null {
  const raw = doc.frontMatter.published?.trim();
  if (!raw) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso && isValidDay({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! })) return { date: iso[0], confidence: 1, source: 'front-matter', evidence: null };
  const written = findTimex(raw, [{ start: 0, end: raw.length }], { ref: null, yearHint: null }).find((f) => DAY_VALUE.test(f.value.slice(0, 10)) && !f.relative);
  return written ? { date: written.value.slice(0, 10), confidence: 1, source: 'front-matter', evidence: null } : null;
}

/** Outlets that stamp the day into the article's address: /read/2019/04/25/, /20190425104537-. */
const URL_DAY = [/\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//, /\/((?:19|20)\d{2})(\d{2})(\d{2})\d{6}-/];

function fromUrl(doc: ArticleDoc): Published | null {
  const url = doc.frontMatter.url;
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of URL_DAY) {
    const m = pattern.exec(path);
    const day = m && { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    if (day && isValidDay(day)) return { date: isoDay(day), confidence: 0.9, source: 'url', evidence: null };
  }
  return null;
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

const isCalendarDay = (f: Found) => DAY_VALUE.test(f.value.slice(0, 10)) && !f.value.startsWith('X');

const before = (doc: ArticleDoc, f: Found, n: number) => doc.text.slice(Math.max(0, f.start - n), f.start);

/** Dated references that report the past: the paper appeared on or after each of them. */
function pastDays(doc: ArticleDoc, found: readonly Found[]): Found[] {
  return found.filter((f) => {
    if (!isCalendarDay(f)) return false;
    if (FUTURE_END.test(f.text) || tenseAt(doc.text, f.start, doc.tokens) === 'future') return false;
    if (PROSPECTIVE_BEFORE.test(before(doc, f, 40))) return false;
    return !DEADLINE_BEFORE.test(before(doc, f, 30));
  });
}

const isBackground = (doc: ArticleDoc, f: Found) => BACKGROUND_BEFORE.test(before(doc, f, 30));

/** The date a statement is attributed to, or the dateline's own date. */
function isReportingDay(doc: ArticleDoc, f: Found): boolean {
  const reporting = REPORTING_BEFORE.exec(before(doc, f, 90));
  const gap = reporting?.[2];
  const content = reporting && gap !== undefined && (/(?:^|[^\p{L}])bahwa(?![\p{L}])/iu.test(gap) || (CONTENT_OPENERS.has(reporting[1]!.toLowerCase()) && REPORTED_CLAUSE.test(gap)));
  if (gap !== undefined && !content && !/[.]\s/.test(gap)) return true;
  const lineStart = doc.text.lastIndexOf('\n', f.start - 1) + 1;
  return f.start - lineStart < 60 && !/[.!?]\s/.test(doc.text.slice(lineStart, f.start)) && DATELINE_AFTER.test(doc.text.slice(f.end, f.end + 5));
}

/**
 * The days that can be the paper's: a statement's day outranks the other past days, and a
 * day a state began ("sejak") counts only when nothing else is dated.
 */
function candidateDays(doc: ArticleDoc, days: Found[]): { pool: Found[]; background: boolean } {
  const reporting = days.filter((f) => isReportingDay(doc, f) && !isBackground(doc, f));
  if (reporting.length) return { pool: reporting, background: false };
  const foreground = days.filter((f) => !isBackground(doc, f));
  return foreground.length ? { pool: foreground, background: false } : { pool: days, background: true };
}

/** How many days the paper's day is from an explicit date a deictic word sits beside, if one does. */
function deicticOffset(doc: ArticleDoc, f: Found): number | null {
  if (f.relative && !/\d/.test(f.text)) return null;
  const end = DEICTIC_END.exec(f.text) ?? DEICTIC_START.exec(f.text);
  if (end) return dayOf(end[1]!);
  const before = DEICTIC_BEFORE.exec(doc.text.slice(Math.max(0, f.start - 30), f.start));
  if (before) return dayOf(before[1]!);
  const after = DEICTIC_AFTER.exec(doc.text.slice(f.end, f.end + 20));
  return after ? dayOf(after[1]!) : null;
}

/**
 * A deictic word beside an explicit date says where the paper's day is: "besok, Rabu (13/9)"
 * was written on the 12th, "kemarin, Senin (5/6)" on the 6th. The first such pair decides.
 */
function deicticEvidence(doc: ArticleDoc, found: readonly Found[]): { date: string; evidence: Found } | null {
  for (const f of found) {
    if (!isCalendarDay(f)) continue;
    const offset = deicticOffset(doc, f);
    if (offset === null) continue;
    return { date: isoDay(addDays(parseIso(f.value)!, -offset)), evidence: f };
  }
  return null;
}

const BARE_WEEKDAY = /^XXXX-WXX-([1-7])$/;
/** A statement is reported within days: the weekday it is dated by lies this close after the news it reports. */
const STATEMENT_LAG_DAYS = 3;

/**
 * "kata Bupati di Sukabumi, Jumat.": a statement dated by its weekday alone was made in the
 * paper's own week, on or after the latest day the article reports, so that weekday, counted
 * from there, is the paper's day.
 */
export function reportingWeekday(doc: ArticleDoc, found: readonly Found[], latest: string): { date: string; evidence: Found } | null {
  const from = parseIso(latest)!;
  for (const f of found) {
    const weekday = BARE_WEEKDAY.exec(f.value)?.[1];
    if (!weekday || !isReportingDay(doc, f) || tenseAt(doc.text, f.start, doc.tokens) === 'future') continue;
    const day = weekdayNear(from, Number(weekday) % 7, 'future');
    if (daysBetween(from, day) <= STATEMENT_LAG_DAYS) return { date: isoDay(day), evidence: f };
  }
  return null;
}

const PAST_DEICTIC = Object.entries(DEICTIC).filter(([, offset]) => offset < 0);
const LEAD_DEICTIC = new RegExp(String.raw`(?:^|[^\p{L}])(${alternation(PAST_DEICTIC.map(([w]) => w))})(?![\p{L}])`, 'iu');

/**
 * "Tim kuasa hukum membawa 46 bukti ke sidang di MK kemarin.": a lead that puts its news on
 * "kemarin" without a date beside it was written the day after the news, and the latest day
 * the body dates is that news.
 */
function leadDeicticOffset(doc: ArticleDoc): number | null {
  const lead = doc.sentences[0];
  if (!lead) return null;
  const word = LEAD_DEICTIC.exec(doc.text.slice(lead.start, lead.end))?.[1];
  return word ? dayOf(word) : null;
}

function evidenceOf(f: Found) {
  return { start: f.start, end: f.end, text: f.text };
}

/**
 * News reports the days it covers, so the latest past day the article dates (the latest day a
 * statement is attributed to, when there is one) is its day of publication, unless a
 * "besok"/"kemarin"/"hari ini" beside a date places the paper outright.
 * The evidence is worth more in the dateline than further down, less when the year had to come
 * from the weekday or the story, and image upload paths back it up or stand in for it.
 */
export function inferFromText(doc: ArticleDoc, storyYear: number | null = null): Published | null {
  return readOwnDay(doc, storyYear)?.published ?? null;
}

/** The article's own reading of its day; `boundOnly` when only a "sejak" date gave it. */
export function readOwnDay(doc: ArticleDoc, storyYear: number | null = null, found: readonly Found[] = absoluteReading(doc, storyYear).found): { published: Published; boundOnly: boolean } | null {
  const first = doc.sentences[0];
  const inDatelineAt = (f: Found) => (first ? f.start < first.end : f.start - doc.bodyStart < 200);
  const deictic = deicticEvidence(doc, found);
  if (deictic) {
    const source = inDatelineAt(deictic.evidence) ? 'dateline' : 'text';
    return { published: { date: deictic.date, confidence: 0.9, source, evidence: evidenceOf(deictic.evidence) }, boundOnly: false };
  }
  const days = pastDays(doc, found);
  const images = imagePathDates(doc);
  if (!days.length) {
    const image = images[0];
    return image ? { published: { date: image, confidence: 0.8, source: 'image-path', evidence: null }, boundOnly: false } : null;
  }
  const { pool, background } = candidateDays(doc, days);
  const latest = pool.reduce((best, f) => (f.value.slice(0, 10) > best.value.slice(0, 10) ? f : best));
  const latestDay = latest.value.slice(0, 10);
  const stated = reportingWeekday(doc, found, latestDay);
  if (stated && stated.date !== latestDay) {
    const source = inDatelineAt(stated.evidence) ? 'dateline' : 'text';
    return { published: { date: stated.date, confidence: storyYear === null ? 0.8 : 0.7, source, evidence: evidenceOf(stated.evidence) }, boundOnly: false };
  }
  const leadOffset = background ? null : leadDeicticOffset(doc);
  const date = leadOffset === null ? latestDay : isoDay(addDays(parseIso(latestDay)!, -leadOffset));
  const sameDay = pool.filter((f) => f.value.slice(0, 10) === latestDay);
  // the same day written with its year elsewhere is the better witness of it
  const withYear = days.filter((f) => f.value.slice(0, 10) === latestDay && /\d{4}/.test(f.text));
  const evidence = withYear.find(inDatelineAt) ?? withYear[0] ?? sameDay[0]!;
  const inDateline = inDatelineAt(evidence);
  let confidence = inDateline ? 0.9 : 0.8;
  if (!/\d{4}/.test(evidence.text)) confidence -= 0.05;
  if (storyYear !== null) confidence -= 0.1;
  if (evidence.weekdayConflict) confidence -= 0.3;
  if (leadOffset !== null) confidence -= 0.05;
  if (images.includes(date)) confidence = Math.min(0.95, confidence + 0.05);
  if (background) confidence = Math.min(confidence, BACKGROUND_CONFIDENCE);
  const published: Published = {
    date,
    confidence: Math.round(confidence * 100) / 100,
    source: inDateline ? 'dateline' : 'text',
    evidence: evidenceOf(evidence),
  };
  return { published, boundOnly: background };
}

/** Infers the publication date from datelines and dated references when front matter is silent. */
export const inferPublished: ArticleStage = {
  name: 'published',
  run: (doc) => ({ ...doc, published: fromFrontMatter(doc) ?? fromUrl(doc) ?? inferFromText(doc) }),
};
