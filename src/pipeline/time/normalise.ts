import type { ParsedResult } from 'chrono-node/id';
import type { Timex } from '../../shared/digest/schema';
import { daysBetween, isoDay, isoMonth, isValidDay, weekdayNear, weekdayOf, yearsWithWeekday, type Ymd } from './calendar';
import { alternation, dayParts, words } from './lexicon';
import { readMark, type NarrativeShift } from './mark';
import type { Tense } from './tense';

/** A temporal expression found in the text, before it becomes a digest Timex. */
export interface Found extends Timex {
  /** The value leans on the reference date (publication or narrative). */
  relative: boolean;
  /** The written weekday disagrees with the written day, month and year. */
  weekdayConflict: boolean;
  /** The value still has to be counted from the narrative's current day (narrative.ts). */
  narrative?: NarrativeShift;
  /** A bare weekday (0 = Sunday): the narrative's own day when it falls on it. */
  weekdayOnly?: number;
}

export interface Anchor {
  /** The reference day, or null when the article gives none. */
  ref: Ymd | null;
  /** The latest year the article states outright: a year-less date is not older than it. */
  yearHint: number | null;
}

const SHIFT_WORD = new RegExp(String.raw`\s(?:${alternation([...words.pastShift, ...words.futureShift, ...words.thisShift])})$`, 'i');

/** A date followed by "mendatang", "nanti", "depan" lies ahead whatever the verb says. */
const FUTURE_END = new RegExp(String.raw`\s(?:${alternation(words.futureAfter)})$`, 'i');

/** "tadi" in a clock time's text: earlier on the reference day, whatever day the narrative is at. */
const EARLIER_TODAY = new RegExp(String.raw`(?:^|\s)(?:${alternation(words.todayParts.before)})(?:\s|$)`, 'i');

const certain = (r: ParsedResult, c: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute') =>
  r.start.isCertain(c) ? r.start.get(c) : null;

/** Masks the year of a value the article cannot anchor: "XXXX-02". */
const unanchored = (value: string) => value.replace(/^\d{4}/, 'XXXX');

/**
 * What a written weekday that disagrees with a year weighs, in days from the reference: a writer
 * slips on a weekday more often than a report tells a day a year away without saying the year,
 * so the weekday settles the year only for a day near the turn of the year.
 */
const WEEKDAY_SLIP_DAYS = 120;

/** Chosen year for a day and month without one: weekday agreement first, then nearness to the reference in the tense's direction. */
function yearFor(day: number, month: number, weekday: number | null, anchor: Anchor, tense: Tense): number | null {
  const { ref, yearHint } = anchor;
  if (!ref) {
    if (weekday === null || yearHint === null) return yearHint;
    // the hint may be a coming edition ("Piala Dunia 2018"), so the weekday's nearest year wins
    // and on a tie the earlier year, as the hint is the latest year the text states
    const fits = yearsWithWeekday(day, month, weekday, yearHint);
    return fits.sort((a, b) => Math.abs(a - yearHint) - Math.abs(b - yearHint) || a - b)[0] ?? null;
  }
  const score = (y: number) => {
    const d = { year: y, month, day };
    if (!isValidDay(d)) return Infinity;
    const gap = daysBetween(ref, d);
    const wrongSide = tense === 'past' ? gap > 1 : gap < -1;
    const weekdayMiss = weekday !== null && weekdayOf(d) !== weekday;
    return Math.abs(gap) + (wrongSide ? 400 : 0) + (weekdayMiss ? WEEKDAY_SLIP_DAYS : 0);
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

const DAY_PART_END = new RegExp(String.raw`(?:^|\s)(${alternation(Object.keys(dayParts))})(?:\s+ini)?$`, 'i');
const DAY_PART_BEFORE_DATE = new RegExp(String.raw`^\p{L}+(?:'\p{L}+)?\s+(${alternation(Object.keys(dayParts))})(?:,\s+|\s*\(\s*)\d`, 'iu');

/** "Selasa (6/6) sore", "Kamis malam": the TimeML part of the day (TAF, TNI) of a day's value. */
export function dayPartOf(text: string): string | null {
  // "Jumat malam, 22 November 2024", "Sabtu malam (10/3/2018)": the part may also close the weekday before the date
  const m = DAY_PART_END.exec(text) ?? DAY_PART_BEFORE_DATE.exec(text);
  return m ? `T${dayParts[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!}` : null;
}

const hhmm = (h: number, m: number | null) => `T${String(h).padStart(2, '0')}:${String(m ?? 0).padStart(2, '0')}`;

/** Turns one chrono result into a timex value, or null when it carries no usable time. */
export function normalise(r: ParsedResult, anchor: Anchor, written: Tense): Omit<Found, 'start' | 'end' | 'text'> | null {
  const tense: Tense = FUTURE_END.test(r.text) ? 'future' : written;
  const m = readMark(r.start);
  if (m) {
    const value = m.relative && !anchor.ref ? unanchored(m.value) : m.value;
    const found = { type: m.type, value, relative: Boolean(m.relative), weekdayConflict: false };
    return m.narrative ? { ...found, relative: true, narrative: m.narrative } : found;
  }
  const tags = [...r.tags()];
  // a year is written in digits, so one chrono is sure of in a text without any ("tadi malam") is the reference's
  const chronoRelative = tags.some((t) => t.startsWith('result/relative') || t.startsWith('casualReference')) || (!/\d/.test(r.text) && r.start.isCertain('year'));
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
  let weekdayOnly: number | undefined;
  // a range's end piece carries the start's relative tags ("hari ini hingga Selasa (16/4)"), but
  // without a year of its own it is a written date, read like any other
  if (chronoRelative && year !== null) {
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
      if (!moved) weekdayOnly = weekday;
    } else value = `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
  } else if (month !== null) {
    value = isoMonth(year ?? r.start.get('year')!, month);
  } else if (year !== null) {
    value = String(year);
    relative = false;
    mask = false;
  } else if (hour !== null) {
    // a clock time alone is a time on the day the narrative is at, not always the paper's day;
    // with "tadi" ("pukul 02.00 tadi") it is earlier on the day of telling itself
    const time = hhmm(hour, certain(r, 'minute'));
    if (anchor.ref && EARLIER_TODAY.test(r.text)) return { type: 'TIME', value: `${isoDay(anchor.ref)}${time}`, relative: true, weekdayConflict: false };
    return { type: 'TIME', value: `XXXX-XX-XX${time}`, relative: true, weekdayConflict: false, narrative: { unit: 'D', n: 0, time } };
  }
  if (value === null) return null;
  if (mask) value = unanchored(value);
  const isDay = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$|^XXXX-WXX-\d$/.test(value);
  // chrono gives "Senin siang" the hour 12; with no clock written TimeML keeps the part (TMI)
  const clockWritten = hour !== null && /\d/.test(r.text.replace(/\([^)]*\)/g, ''));
  const part = isDay && !clockWritten ? dayPartOf(r.text) : null;
  if (clockWritten && isDay) value += hhmm(hour, certain(r, 'minute'));
  else if (part) value += part;
  const type: Timex['type'] = (clockWritten || part) && isDay ? 'TIME' : 'DATE';
  const found = { type, value, relative, weekdayConflict: conflict };
  return weekdayOnly === undefined ? found : { ...found, weekdayOnly };
}
