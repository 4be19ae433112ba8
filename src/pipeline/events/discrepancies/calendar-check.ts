import type { Timex } from '../../../shared/digest/schema';
import { isValidDay, weekdayOf, type Ymd } from '../../time/calendar';
import { alternation, months, weekdays } from '../../time/lexicon';

const WEEKDAY = alternation(Object.keys(weekdays));
const MONTH = alternation(Object.keys(months));
const NUMERIC = new RegExp(String.raw`(${WEEKDAY})\W+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`, 'i');
const WORDED = new RegExp(String.raw`(${WEEKDAY})\W+(\d{1,2})\s+(${MONTH})(?:\s+(\d{4}))?`, 'i');

export interface Mismatch {
  written: Ymd;
  writtenWeekday: number;
  actualWeekday: number;
}

/**
 * Whether a timex names a weekday that its own day and month (and year, written or as
 * normalised) do not fall on: "Rabu (23/4/2019)" when 23 April 2019 was a Tuesday.
 */
export function weekdayMismatch(t: Timex): Mismatch | null {
  const numeric = NUMERIC.exec(t.text);
  const worded = numeric ? null : WORDED.exec(t.text);
  const m = numeric ?? worded;
  if (!m) return null;
  const yearOfValue = /^\d{4}/.test(t.value) ? Number(t.value.slice(0, 4)) : null;
  const year = m[4] ? Number(m[4]) : yearOfValue;
  const month = numeric ? Number(m[3]) : months[m[3]!.toLowerCase()]!;
  if (year === null) return null;
  const written = { year, month, day: Number(m[2]) };
  if (!isValidDay(written)) return null;
  const writtenWeekday = weekdays[m[1]!.toLowerCase()]!;
  const actualWeekday = weekdayOf(written);
  return actualWeekday === writtenWeekday ? null : { written, writtenWeekday, actualWeekday };
}
