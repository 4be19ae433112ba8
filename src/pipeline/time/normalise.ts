import type { ParsedResult } from 'chrono-node/id';
import type { Timex } from '../../shared/digest/schema';
import { daysBetween, isoDay, isoMonth, isValidDay, weekdayNear, weekdayOf, yearsWithWeekday, type Ymd } from './calendar';
import { alternation, words } from './lexicon';
import { readMark } from './mark';
import type { Tense } from './tense';

/** A temporal expression found in the text, before it becomes a digest Timex. */
export interface Found extends Timex {
  /** The value leans on the reference date (publication or narrative). */
  relative: boolean;
  /** The written weekday disagrees with the written day, month and year. */
  weekdayConflict: boolean;
}

export interface Anchor {
  /** The reference day, or null when the article gives none. */
  ref: Ymd | null;
  /** The latest year the article states outright: a year-less date is not older than it. */
  yearHint: number | null;
}

const SHIFT_WORD = new RegExp(String.raw`\s(?:${alternation([...words.pastShift, ...words.futureShift, ...words.thisShift])})$`, 'i');

const certain = (r: ParsedResult, c: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute') =>
  r.start.isCertain(c) ? r.start.get(c) : null;

/** Masks the year of a value the article cannot anchor: "XXXX-02". */
const unanchored = (value: string) => value.replace(/^\d{4}/, 'XXXX');

/** Chosen year for a day and month without one: weekday agreement first, then nearness to the reference in the tense's direction. */
function yearFor(day: number, month: number, weekday: number | null, anchor: Anchor, tense: Tense): number | null {
  const { ref, yearHint } = anchor;
  if (!ref) {
    if (weekday === null || yearHint === null) return yearHint;
    return yearsWithWeekday(day, month, weekday, yearHint).filter((y) => y >= yearHint).sort((a, b) => a - b)[0] ?? null;
  }
  const score = (y: number) => {
    const d = { year: y, month, day };
    if (!isValidDay(d)) return Infinity;
    const gap = daysBetween(ref, d);
    const wrongSide = tense === 'past' ? gap > 1 : gap < -1;
    const weekdayMiss = weekday !== null && weekdayOf(d) !== weekday;
    return Math.abs(gap) + (wrongSide ? 400 : 0) + (weekdayMiss ? 1000 : 0);
  };
  return [ref.year - 1, ref.year, ref.year + 1].sort((a, b) => score(a) - score(b))[0]!;
}

interface DayReading {
  date: Ymd;
  conflict: boolean;
}

/**
 * Day and month as written, with the weekday as a check. When they disagree and the weekday,
 * taken near the reference, lands on the same day of the month, the month was the slip
 * ("Kamis (25/2)" two days before Thursday 25 April); otherwise the numbers stand.
 */
function readDay(day: number, month: number, year: number | null, weekday: number | null, anchor: Anchor, tense: Tense): DayReading | null {
  const y = year ?? yearFor(day, month, weekday, anchor, tense);
  if (y === null) return null;
  const date = { year: y, month, day };
  if (!isValidDay(date)) return null;
  if (weekday === null || weekdayOf(date) === weekday) return { date, conflict: false };
  if (anchor.ref) {
    const near = weekdayNear(anchor.ref, weekday, tense);
    if (near.day === day) return { date: near, conflict: true };
  }
  return { date, conflict: true };
}

const hhmm = (h: number, m: number | null) => `T${String(h).padStart(2, '0')}:${String(m ?? 0).padStart(2, '0')}`;

/** Turns one chrono result into a timex value, or null when it carries no usable time. */
export function normalise(r: ParsedResult, anchor: Anchor, tense: Tense): Omit<Found, 'start' | 'end' | 'text'> | null {
  const m = readMark(r.start);
  if (m) {
    const value = m.relative && !anchor.ref ? unanchored(m.value) : m.value;
    return { type: m.type, value, relative: Boolean(m.relative), weekdayConflict: false };
  }
  const tags = [...r.tags()];
  const chronoRelative = tags.some((t) => t.startsWith('result/relative') || t.startsWith('casualReference'));
  const year = certain(r, 'year');
  const month = certain(r, 'month');
  const day = certain(r, 'day');
  const weekday = certain(r, 'weekday');
  const hour = certain(r, 'hour');
  let value: string | null = null;
  let relative = chronoRelative || year === null;
  // values chrono (or a rule) took from the stand-in reference mean nothing without an anchor
  let mask = relative && !anchor.ref;
  let conflict = false;
  if (chronoRelative && (day !== null || month !== null || year !== null)) {
    value = day !== null ? isoDay({ year: year!, month: month!, day }) : month !== null ? isoMonth(year!, month) : String(year);
  } else if (day !== null && month !== null) {
    const reading = readDay(day, month, year, weekday, anchor, tense);
    mask = false;
    if (reading) {
      value = isoDay(reading.date);
      conflict = reading.conflict;
    } else if (year === null) value = `XXXX-${isoMonth(2000, month).slice(5)}-${String(day).padStart(2, '0')}`;
  } else if (weekday !== null) {
    relative = true;
    if (anchor.ref) {
      // "Kamis lalu/depan/ini": chrono already moved by the written modifier
      const moved = SHIFT_WORD.test(r.text);
      const date = moved ? { year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! } : weekdayNear(anchor.ref, weekday, tense);
      value = isoDay(date);
    } else value = `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
  } else if (month !== null) {
    value = isoMonth(year ?? r.start.get('year')!, month);
  } else if (year !== null) {
    value = String(year);
    relative = false;
    mask = false;
  } else if (hour !== null && anchor.ref) {
    value = isoDay(anchor.ref);
  }
  if (value === null) return null;
  if (mask) value = unanchored(value);
  const type = hour !== null ? 'TIME' : 'DATE';
  if (hour !== null && /^\d{4}-\d{2}-\d{2}$/.test(value)) value += hhmm(hour, certain(r, 'minute'));
  return { type, value, relative, weekdayConflict: conflict };
}
