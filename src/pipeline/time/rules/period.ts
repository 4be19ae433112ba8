import { addDays, isoMonth, isoWeek, type Ymd } from '../calendar';
import { alternation, months, partNumbers, seasons, words, yearParts } from '../lexicon';
import { mark } from '../mark';
import { components, END, refOf, type Rule } from './rule';

const EDGE = alternation(Object.keys(words.periodEdges));
const PAST = alternation(words.pastShift);
const FUTURE = alternation(words.futureShift);
const MONTH = alternation(Object.keys(months).filter((m) => m.length > 3 || m === 'mei'));

type Shift = -1 | 0 | 1;
const shiftOf = (word: string | undefined): Shift => {
  if (!word) return 0;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (words.pastShift.includes(w)) return -1;
  if (words.futureShift.includes(w)) return 1;
  return 0;
};

function unitValue(unit: string, ref: Ymd, shift: Shift): string {
  if (unit === 'tahun') return String(ref.year + shift);
  if (unit === 'bulan') {
    const m = ref.month + shift;
    return m < 1 ? isoMonth(ref.year - 1, 12) : m > 12 ? isoMonth(ref.year + 1, 1) : isoMonth(ref.year, m);
  }
  return isoWeek(addDays(ref, 7 * shift));
}

/**
 * "akhir tahun", "awal bulan depan", "pertengahan pekan ini": the edge of a calendar unit keeps
 * that unit's value (the mod is not part of the value). "akhir pekan" is the weekend.
 */
export const periodEdge: Rule = {
  name: 'period-edge',
  pattern: new RegExp(String.raw`(${EDGE})\s+(tahun|bulan|pekan|minggu)(?:\s+(ini|${PAST}|${FUTURE}))?${END}(?!\s+\d)`, 'iu'),
  extract(match, context) {
    const [, edge, unitText, shiftText] = match;
    const unit = unitText!.toLowerCase() === 'minggu' ? 'pekan' : unitText!.toLowerCase();
    const base = unitValue(unit, refOf(context), shiftOf(shiftText));
    const weekend = unit === 'pekan' && edge!.toLowerCase() === 'akhir';
    return mark(components(context), { type: 'DATE', value: weekend ? `${base}-WE` : base, relative: true });
  },
};

/** "awal Maret", "akhir April 2019", "awal April lalu": the edge of a named month is that month. */
export const monthEdge: Rule = {
  name: 'month-edge',
  pattern: new RegExp(String.raw`(${EDGE})\s+(?:bulan\s+)?(${MONTH})(?:\s+((?:19|20)\d{2})|\s+(${PAST}|${FUTURE}))?${END}`, 'iu'),
  extract(match, context) {
    const [, , monthText, yearText, shiftText] = match;
    const month = months[monthText!.toLowerCase()]!;
    const c = components(context).assign('month', month);
    if (yearText) c.assign('year', Number(yearText));
    if (!shiftText) return c;
    const year = shiftedMonthYear(month, refOf(context), shiftOf(shiftText));
    return mark(c.assign('year', year), { type: 'DATE', value: isoMonth(year, month), relative: true });
  },
};

/** The year of the nearest such month before (after) the reference, never the reference month. */
export function shiftedMonthYear(month: number, ref: Ymd, shift: Shift): number {
  if (shift < 0) return month >= ref.month ? ref.year - 1 : ref.year;
  if (shift > 0) return month <= ref.month ? ref.year + 1 : ref.year;
  return ref.year;
}

const SEASON = alternation(Object.keys(seasons));
/** Northern seasons by their months, as the foreign news that uses them counts them. */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** "musim panas ini", "musim dingin lalu", "musim semi 2020" → YYYY-SU etc. */
export const season: Rule = {
  name: 'season',
  pattern: new RegExp(String.raw`musim\s+(${SEASON})(?:\s+(?:(ini|tahun\s+ini|${PAST}|${FUTURE})|(?:tahun\s+)?((?:19|20)\d{2})))?${END}`, 'iu'),
  extract(match, context) {
    const [, name, shiftText, yearText] = match;
    const code = seasons[name!.toLowerCase()]!;
    const c = components(context);
    if (yearText) return mark(c.assign('year', Number(yearText)), { type: 'DATE', value: `${yearText}-${code}` });
    const ref = refOf(context);
    const [from, to] = SEASON_MONTHS[code]!;
    const shift = shiftOf(shiftText);
    let year = ref.year;
    if (shift < 0 && ref.month <= to) year -= 1;
    if (shift > 0 && ref.month >= from) year += 1;
    return mark(c, { type: 'DATE', value: `${year}-${code}`, relative: true });
  },
};

/** "tahun lalu", "bulan depan", "pekan ini": the calendar unit next to the reference one. */
export const unitShift: Rule = {
  name: 'unit-shift',
  pattern: new RegExp(String.raw`(tahun|bulan|pekan|minggu)\s+(ini|${PAST}|${FUTURE})${END}`, 'iu'),
  extract(match, context) {
    const [, unitText, shiftText] = match;
    const unit = unitText!.toLowerCase() === 'minggu' ? 'pekan' : unitText!.toLowerCase();
    return mark(components(context), { type: 'DATE', value: unitValue(unit, refOf(context), shiftOf(shiftText)), relative: true });
  },
};

/**
 * "musim ini", "musim lalu" with no season name: a competition season, valued by its year
 * ("Persib musim ini" in a 2017 paper is 2017).
 */
export const competitionSeason: Rule = {
  name: 'competition-season',
  pattern: new RegExp(String.raw`musim\s+(ini|${PAST}|${FUTURE})${END}`, 'iu'),
  extract(match, context) {
    const year = refOf(context).year + shiftOf(match[1]);
    return mark(components(context), { type: 'DATE', value: String(year), relative: true });
  },
};

const YEAR_PART = alternation(Object.keys(yearParts));
const PART_NUMBER = alternation(Object.keys(partNumbers));
/** Halves count to two, quarters to four. */
const PARTS_IN_YEAR: Readonly<Record<string, number>> = { Q: 4, H: 2 };

/**
 * "kuartal I-2024", "triwulan kedua 2023", "semester I tahun ini", "kuartal III tahun lalu": a part of a (financial) year
 * (TIMEX 2024-Q1, 2023-H1). Without a year it is the reference's year; a bare digit count
 * ("semester 3" of a student) needs the year written to be one.
 */
export const yearPart: Rule = {
  name: 'year-part',
  pattern: new RegExp(String.raw`(${YEAR_PART})\s+(${PART_NUMBER})(?:(?:\s*[-–]\s*|\s+(?:tahun\s+)?)((?:19|20)\d{2})|\s+tahun\s+(ini|${PAST}|${FUTURE}))?${END}`, 'iu'),
  extract(match, context) {
    const [, partText, numberText, yearText, shiftText] = match;
    const letter = yearParts[partText!.toLowerCase()]!;
    const n = partNumbers[numberText!.toLowerCase()]!;
    if (n > PARTS_IN_YEAR[letter]! || (/^\d$/.test(numberText!) && !yearText)) return null;
    // "triwulan III tahun lalu" is that quarter of the year before the reference
    const year = yearText ? Number(yearText) : refOf(context).year + shiftOf(shiftText);
    return mark(components(context), { type: 'DATE', value: `${year}-${letter}${n}`, relative: !yearText });
  },
};
