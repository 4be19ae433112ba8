import { addDays, daysBetween, isoDay, isoMonth, isoWeek, parseIso, weekdayOf, type Ymd } from './calendar';
import type { NarrativeShift } from './mark';
import type { Found } from './normalise';

const DAY = /^\d{4}-\d{2}-\d{2}/;
const DATED = /^\d{4}/;
/** A bare weekday keeps to the paper's week; the narrative's day counts only within it. */
const SAME_WEEK = 7;

/** "besok, Rabu (13/9) ... pada hari Rabu": a bare weekday the narrative's day falls on is that day. */
function weekdayOfNarrative(f: Found, current: Ymd | null, ref: Ymd | null): string | null {
  if (f.weekdayOnly === undefined || !current || !ref) return null;
  if (weekdayOf(current) !== f.weekdayOnly || Math.abs(daysBetween(ref, current)) > SAME_WEEK) return null;
  return isoDay(current) + f.value.slice(10);
}

/** The date a narrative shift lands on, at the shift's own precision. */
function land(from: Ymd, { unit, n, time, day }: NarrativeShift): string {
  switch (unit) {
    case 'W':
      return isoWeek(addDays(from, 7 * n));
    case 'M': {
      const total = from.year * 12 + from.month - 1 + n;
      const month = isoMonth(Math.floor(total / 12), (total % 12) + 1);
      return day === undefined ? month : `${month}-${String(day).padStart(2, '0')}`;
    }
    case 'Y':
      return String(from.year + n);
    default:
      return isoDay(addDays(from, n)) + (time ?? '');
  }
}

/**
 * TempEval's narrative anchoring: "sehari kemudian", "keesokan harinya", "hari itu" or a bare
 * "pukul 12.00" count from the last day the text gave before them (an explicit date, or one a
 * deictic word put on the calendar), else from the reference day. Each resolved day moves the
 * narrative on, so "Sehari kemudian ... dua hari kemudian" chains.
 */
export function resolveNarrative(found: readonly Found[], ref: Ymd | null): Found[] {
  let current: Ymd | null = ref;
  let last: string | null = null;
  const out: Found[] = [];
  for (const f of found) {
    if (!f.narrative) {
      const value = weekdayOfNarrative(f, current, ref) ?? f.value;
      if (DAY.test(value)) current = parseIso(value);
      if (DATED.test(value)) last = value;
      out.push(value === f.value ? f : { ...f, value });
      continue;
    }
    const { narrative, ...rest } = f;
    if (narrative.same) {
      out.push({ ...rest, value: last ? last.replace(/T.*$/, '') : 'PAST_REF' });
      continue;
    }
    if (!current) {
      out.push({ ...rest, value: narrative.n === 0 && !narrative.time ? 'PAST_REF' : rest.value });
      continue;
    }
    const value = land(current, narrative);
    last = value;
    if (DAY.test(value)) current = parseIso(value);
    out.push({ ...rest, value });
  }
  return out;
}
