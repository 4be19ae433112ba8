import type { ParsingResult, Refiner } from 'chrono-node/id';
import { alternation, dayParts, unitWords, words } from './lexicon';
import { hasMark } from './mark';

const LEADING = new RegExp(String.raw`^(?:${alternation(words.leadingPrepositions.filter((w) => w !== 'tanggal'))})\s+`, 'i');

/** Spans leave out the preposition before a time ("pada Kamis" → "Kamis"), as TimeML does. */
export const trimPreposition: Refiner = {
  refine(_context, results) {
    for (const r of results as ParsingResult[]) {
      const lead = LEADING.exec(r.text);
      if (!lead || lead[0].length >= r.text.length) continue;
      r.index += lead[0].length;
      r.text = r.text.slice(lead[0].length);
    }
    // trimmed results move right; equal spans then go to the project's rule (chrono keeps the first)
    const ours = (r: ParsingResult) => ([...r.tags()].some((t) => t.startsWith('rule:')) ? 0 : 1);
    return [...(results as ParsingResult[])].sort((a, b) => a.index - b.index || ours(a) - ours(b));
  },
};

const DAY_PART = new RegExp(String.raw`^\s+(?:${alternation(Object.keys(dayParts))})(?![\p{L}\p{N}])`, 'iu');
/** "17 Maret 2021 nanti", "8 Maret lalu": the tense word belongs to the date (and marks it). */
const TENSE_AFTER = new RegExp(String.raw`^\s+(?:${alternation([...words.pastShift, ...words.futureAfter])})(?![\p{L}\p{N}])`, 'iu');
const BARE_DAY_PART = new RegExp(String.raw`^(?:${alternation(Object.keys(dayParts))})$`, 'i');

/**
 * "Rabu (23/4/2019) malam", "Kamis malam": the part of the day belongs to the date before it,
 * and so does a tense word after an explicit date.
 */
export const attachDayPart: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results as ParsingResult[]) {
      const prev = out[out.length - 1];
      if (prev && r.index < prev.index + prev.text.length) continue;
      const datelike = !hasMark(r.start) && (r.start.isCertain('day') || r.start.isCertain('weekday'));
      const tail = datelike ? DAY_PART.exec(context.text.slice(r.index + r.text.length)) : null;
      if (tail) r.text += tail[0];
      const dated = !hasMark(r.start) && r.start.isCertain('day') && r.start.isCertain('month');
      const tense = dated ? TENSE_AFTER.exec(context.text.slice(r.index + r.text.length)) : null;
      if (tense) r.text += tense[0];
      out.push(r);
    }
    return out;
  },
};

/** "Jumat malam" alone: a weekday and the part of the day, nothing more. */
const WEEKDAY_AND_PART = new RegExp(String.raw`^\p{L}+(?:'\p{L}+)?\s+(?:${alternation(Object.keys(dayParts))})$`, 'iu');

/**
 * "Jumat malam, 22 November 2024": a weekday with its part of the day, then the date it names
 * after a comma, are one time (the date's day, the weekday checked against it, the part kept).
 * Chrono joins "Rabu, 8 Januari 2025" itself; the part of the day in between keeps it apart.
 */
export const weekdayPartBeforeDate: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results as ParsingResult[]) {
      const prev = out[out.length - 1];
      const between = prev ? context.text.slice(prev.index + prev.text.length, r.index) : '';
      const joins =
        prev && !hasMark(prev.start) && !hasMark(r.start) && /^\s*,\s*$/.test(between) && WEEKDAY_AND_PART.test(prev.text) &&
        prev.start.isCertain('weekday') && !prev.start.isCertain('day') && r.start.isCertain('day') && r.start.isCertain('month') && !r.start.isCertain('weekday');
      if (!joins) {
        out.push(r);
        continue;
      }
      r.start.assign('weekday', prev.start.get('weekday')!);
      r.text = prev.text + between + r.text;
      r.index = prev.index;
      out[out.length - 1] = r;
    }
    return out;
  },
};

const TIME_WORD = /\b(?:pukul|jam|WIB|WITA|WIT|GMT|UTC)\b/i;

/**
 * Drops readings chrono allows but Indonesian news does not mean: a bare part of the day (the
 * "malam" of "makan malam"), a counted unit read as a date, a slash pair like "2/3" outside brackets and without a year (a
 * fraction or a score), and clock times not introduced by "pukul"/"jam" or a zone.
 */
export const dropUnlikely: Refiner = {
  refine(context, results) {
    return (results as ParsingResult[]).filter((r) => {
      if (hasMark(r.start)) return true;
      // chrono's "dalam 3 hari" (in three days) is a span of time in news, read by the duration rule
      if (r.tags().has('result/relativeDate')) return false;
      if (BARE_DAY_PART.test(r.text.trim())) return false;
      const slash = /^\d{1,2}\s*\/\s*\d{1,2}$/.test(r.text);
      if (slash && context.text[r.index - 1] !== '(') return false;
      const clockOnly = r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday');
      if (clockOnly && !TIME_WORD.test(r.text)) return false;
      return true;
    });
  },
};

const APPROX_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:${alternation(unitWords.approx)})\s+)$`, 'iu');

/** "sekitar pukul 09.00 WIB": TimeML keeps the approximation (mod APPROX) inside the span. */
export const attachApprox: Refiner = {
  refine(context, results) {
    for (const r of results as ParsingResult[]) {
      if (hasMark(r.start)) continue;
      const approx = APPROX_BEFORE.exec(context.text.slice(Math.max(0, r.index - 20), r.index));
      if (!approx) continue;
      r.index -= approx[1]!.length;
      r.text = context.text.slice(r.index, r.index + approx[1]!.length) + r.text;
    }
    return results;
  },
};

// not before a part of the day: "tadi pagi" is an expression of its own
const EARLIER_TODAY_AFTER = new RegExp(String.raw`^\s+(${alternation(words.todayParts.before)})(?![\p{L}])(?!\s+(?:${alternation(Object.keys(dayParts))})(?![\p{L}]))`, 'iu');

/** "pukul 02.00 WIB tadi": "tadi" after a clock time puts it earlier on the day of telling, in its span. */
export const attachEarlierToday: Refiner = {
  refine(context, results) {
    for (const r of results as ParsingResult[]) {
      if (hasMark(r.start) || !r.start.isCertain('hour') || r.start.isCertain('day') || r.start.isCertain('weekday')) continue;
      const after = EARLIER_TODAY_AFTER.exec(context.text.slice(r.index + r.text.length, r.index + r.text.length + 12));
      if (after) r.text = context.text.slice(r.index, r.index + r.text.length + after[0].length);
    }
    return results;
  },
};

const ZONE_TAIL = /[\s,]+([A-Z]{2,5})$/;
const HOME_ZONES = new Set(['WIB', 'WITA', 'WIT', 'GMT', 'UTC']);
const ROMAN = /^[IVX]+$/;

/**
 * Chrono takes a capital pair after a date for a time zone ("Juli lalu, PT Pertamina" → Pacific
 * Time); a zone belongs to a clock time, and Indonesian news writes only its own zones.
 */
export const trimForeignZone: Refiner = {
  refine(_context, results) {
    for (const r of results as ParsingResult[]) {
      const tail = ZONE_TAIL.exec(r.text);
      // "kuartal III", "semester II": a roman numeral counts a part of the year, it is no zone
      if (!tail || HOME_ZONES.has(tail[1]!) || ROMAN.test(tail[1]!) || tail.index === 0) continue;
      if (r.start.isCertain('hour') && /\d/.test(r.text.slice(0, tail.index))) continue;
      r.text = r.text.slice(0, tail.index);
      r.start.delete('timezoneOffset');
    }
    return results;
  },
};
