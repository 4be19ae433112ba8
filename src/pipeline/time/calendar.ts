/** Plain calendar arithmetic on ISO dates, always in UTC so no machine clock or zone leaks in. */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

export const isoDay = ({ year, month, day }: Ymd) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
export const isoMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;

export function parseIso(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
}

const toUtc = ({ year, month, day }: Ymd) => Date.UTC(year, month - 1, day);
const fromUtc = (ms: number): Ymd => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** 0 = Sunday … 6 = Saturday, as Indonesian weekday names are numbered in the lexicon. */
export const weekdayOf = (d: Ymd) => new Date(toUtc(d)).getUTCDay();

export const addDays = (d: Ymd, n: number) => fromUtc(toUtc(d) + n * 86_400_000);

export const isValidDay = (d: Ymd) => {
  const back = fromUtc(toUtc(d));
  return back.year === d.year && back.month === d.month && back.day === d.day;
};

export const daysBetween = (a: Ymd, b: Ymd) => Math.round((toUtc(b) - toUtc(a)) / 86_400_000);

/**
 * The day with this weekday nearest to `ref` in the given direction; `inclusive` lets the
 * reference day itself count ("pada Kamis" in a Thursday paper is that Thursday).
 */
export function weekdayNear(ref: Ymd, weekday: number, direction: 'past' | 'future', inclusive = true): Ymd {
  const diff = weekday - weekdayOf(ref);
  if (direction === 'past') {
    let back = (7 - diff) % 7;
    if (back === 0 && !inclusive) back = 7;
    return addDays(ref, -back);
  }
  let ahead = (diff + 7) % 7;
  if (ahead === 0 && !inclusive) ahead = 7;
  return addDays(ref, ahead);
}

/** ISO week number value (YYYY-Www) of a day. */
export function isoWeek(d: Ymd): string {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const week = 1 + Math.floor(daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday) / 7);
  return `${thursday.year}-W${pad(week)}`;
}

/** Years near `around` in which day/month falls on `weekday`, nearest first (later wins ties). */
export function yearsWithWeekday(day: number, month: number, weekday: number, around: number, span = 12): number[] {
  const out: number[] = [];
  for (let k = 0; k <= span; k++) {
    for (const y of k === 0 ? [around] : [around + k, around - k]) {
      const d = { year: y, month, day };
      if (isValidDay(d) && weekdayOf(d) === weekday) out.push(y);
    }
  }
  return out;
}
