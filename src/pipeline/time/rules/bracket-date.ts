import { alternation, dayParts, weekdays, words } from '../lexicon';
import { components, END, type Rule } from './rule';

const WEEKDAY = alternation(Object.keys(weekdays));
const DAY_PART = alternation(Object.keys(dayParts));
/** "Senin (22/1) lalu", "Minggu (11/6) mendatang": the tense word belongs to the date. */
const TENSE_AFTER = alternation([...words.pastShift, ...words.futureAfter]);
/** "kemarin (12/3)", "hari ini (13/3)": a deictic day written against its date, no comma between, is one expression. */
const DEICTIC = alternation(Object.keys(words.deicticDays).filter((k) => k !== 'about'));

/**
 * Indonesian news dates a day as "Kamis (25/4/2019)" or "Senin (22/4)": weekday, then day/month
 * (and year) in brackets, sometimes followed by the part of the day ("malam", "sore ini") and a
 * tense word ("lalu", "mendatang"); the part may also stand before the bracket ("Sabtu malam
 * (10/3/2018)"), and a deictic day may stand for the weekday ("kemarin (12/3)").
 * The weekday is kept as written; normalise.ts checks it against the numbers.
 */
export const bracketDate: Rule = {
  name: 'bracket-date',
  pattern: new RegExp(
    String.raw`(?:(?:hari\s+)?(${WEEKDAY})(?:\s+(?:${DAY_PART})\s*|\s*,?\s*)|(?<![\p{L}])(?:${DEICTIC})\s*)?\(\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?\s*\)(?:\s+(?:${DAY_PART})(?:\s+ini)?${END})?(?:\s+(?:${TENSE_AFTER})${END})?`,
    'iu',
  ),
  extract(match, context) {
    const [, weekday, day, month, year] = match;
    const d = Number(day);
    const m = Number(month);
    if (d < 1 || d > 31 || m < 1 || m > 12) return null;
    const c = components(context).assign('day', d).assign('month', m);
    if (year) c.assign('year', year.length === 2 ? 2000 + Number(year) : Number(year));
    if (weekday) c.assign('weekday', weekdays[weekday.toLowerCase()]!);
    return c;
  },
};

/**
 * "Minggu" is also the word for week, so chrono reads it as Sunday only after "hari". A capital
 * M after a preposition ("pada Minggu") or before a part of the day ("Minggu pagi") is the day
 * name too.
 */
export const capitalSunday: Rule = {
  name: 'capital-sunday',
  pattern: new RegExp(
    String.raw`(?:(?<=(?:pada|sejak|hingga|sampai|Sejak|Pada)\s+)Minggu(?!\s+(?:ini|lalu|depan|kemarin|mendatang|pertama|kedua|terakhir)${END})|Minggu(?=\s+(?:${DAY_PART})${END}))${END}`,
    'u',
  ),
  extract(_match, context) {
    return components(context).assign('weekday', 0);
  },
};

/**
 * "Sabtu-Minggu (16-17/3)", "Jumat–Minggu (29-31/3/2024)": two weekdays and the range of their
 * days in one bracket are a range, one date per end point (chrono alone reads "16-17/3" as a
 * clock time). A first day above the last is in the month before ("(30-2/5)").
 */
export const bracketDayRange: Rule = {
  name: 'bracket-day-range',
  pattern: new RegExp(
    String.raw`(${WEEKDAY})\s*[-–]\s*(${WEEKDAY})\s*,?\s*\(\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?\s*\)`,
    'iu',
  ),
  extract(match, context) {
    const [whole, firstDay, lastDay, from, to, month, year] = match;
    const [d1, d2, m] = [Number(from), Number(to), Number(month)];
    if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || m < 1 || m > 12 || d1 === d2) return null;
    const startMonth = d1 > d2 ? (m === 1 ? 12 : m - 1) : m;
    const start = components(context).assign('day', d1).assign('month', startMonth).assign('weekday', weekdays[firstDay!.toLowerCase()]!);
    const end = components(context).assign('day', d2).assign('month', m).assign('weekday', weekdays[lastDay!.toLowerCase()]!);
    if (year) {
      end.assign('year', Number(year));
      start.assign('year', startMonth > m ? Number(year) - 1 : Number(year));
    }
    return context.createParsingResult(match.index ?? 0, whole!, start, end);
  },
};
