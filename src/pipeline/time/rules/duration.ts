import { addDays, isoDay, isoMonth, isoWeek, type Ymd } from '../calendar';
import { alternation, numberPattern, numbers, readNumber, unitBySingle, units, unitWords, words, type Unit } from '../lexicon';
import type { ParsingComponents } from 'chrono-node/id';
import { mark } from '../mark';
import { components, END, refOf, type Rule } from './rule';

const UNIT = alternation(Object.keys(units));
const SINGLE = alternation([...unitBySingle.keys()]);
const VAGUE = alternation(Object.keys(numbers.vague));
const APPROX = alternation(unitWords.approx);
const LIMIT = alternation(unitWords.limits);
const RECENT = alternation(unitWords.recentSuffix);
const AGO = alternation(unitWords.agoSuffix);
const LATER = alternation(unitWords.laterSuffix);
const AHEAD = alternation(unitWords.aheadSuffix);
const THEN = alternation(unitWords.thenSuffix);
const BEFORE = alternation(unitWords.beforeSuffix);
/** What may follow a counted unit: recent (a duration), ago, later, ahead (a duration), then, before. */
const SUFFIX = String.raw`(?:\s+(?:(${RECENT})|(${AGO})|(${LATER})|(${AHEAD})|(${THEN})|(${BEFORE}))${END})?`;
const vagueScale = numbers.vagueScale as Record<string, string>;

/** Smaller unit for a fraction, keyed by clock flag and code: 1,5 jam is 90 minutes, 1,5 hari 36 hours. */
const FINER: Record<string, [string, number, boolean]> = {
  TH: ['M', 60, true],
  TM: ['S', 60, true],
  D: ['H', 24, true],
  W: ['D', 7, false],
  M: ['D', 30, false],
  Y: ['M', 12, false],
};

export function durationValue(amount: number | 'X', unit: Unit, vagueWord?: string, unitWord?: string): string {
  if (amount === 'X') {
    const scaled = vagueWord && unitWord ? vagueScale[`${vagueWord} ${unitWord}`] : undefined;
    return scaled ? `PX${scaled}` : `P${unit.clock ? 'T' : ''}X${unit.code}`;
  }
  let n = amount;
  let { code, clock } = unit;
  const finer = FINER[`${clock ? 'T' : ''}${code}`];
  if (!Number.isInteger(n) && finer) {
    n = Math.round(n * finer[1]);
    [code, , clock] = finer;
  }
  return `P${clock ? 'T' : ''}${n}${code}`;
}

const DATE_ORDER = ['CE', 'DE', 'Y', 'M', 'W', 'D'];
const CLOCK_ORDER = ['H', 'M', 'S'];

/** "lima tahun enam bulan" → P5Y6M, "1 jam 12 menit" → PT1H12M; null unless whole and largest first. */
export function compoundValue(parts: readonly { n: number; unit: Unit }[]): string | null {
  const rank = (u: Unit) => (u.clock ? DATE_ORDER.length + CLOCK_ORDER.indexOf(u.code) : DATE_ORDER.indexOf(u.code));
  for (let i = 0; i < parts.length; i++) {
    if (!Number.isInteger(parts[i]!.n) || (i > 0 && rank(parts[i]!.unit) <= rank(parts[i - 1]!.unit))) return null;
  }
  const date = parts.filter((p) => !p.unit.clock).map((p) => `${p.n}${p.unit.code}`).join('');
  const clock = parts.filter((p) => p.unit.clock).map((p) => `${p.n}${p.unit.code}`).join('');
  return `P${date}${clock ? `T${clock}` : ''}`;
}

const AGE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(unitWords.ageCues)})(?:\s+[\p{L}]+){0,2}\s+$`, 'iu');
/** "Karsono (56 tahun)": a bracketed count of years right after a name. */
const NAME_BRACKET_BEFORE = /\p{Lu}[\p{L}'.-]*\s*\(\s*$/u;

/**
 * "berusia sembilan tahun", "usia mereka masih 19 tahun", "Karsono (56 tahun)": an age is a
 * property of a person, not a span of time the story measures (gold leaves ages out).
 */
export function isAge(text: string, start: number, end: number, unit: Unit): boolean {
  if (AGE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  return unit.code === 'Y' && !unit.clock && NAME_BRACKET_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && /^\s*\)/.test(text.slice(end, end + 3));
}

/** The date a duration before or after the reference points at, at the unit's precision. */
export function shifted(ref: Ymd, n: number, unit: Unit, sign: 1 | -1): string | null {
  switch (unit.code) {
    case 'D':
      return isoDay(addDays(ref, sign * n));
    case 'W':
      return isoWeek(addDays(ref, sign * 7 * n));
    case 'M': {
      if (unit.clock) return null;
      const total = ref.year * 12 + ref.month - 1 + sign * n;
      return isoMonth(Math.floor(total / 12), (total % 12) + 1);
    }
    case 'Y':
      return String(ref.year + sign * n);
    case 'DE':
      return String(ref.year + sign * 10 * n).slice(0, 3);
    default:
      return null;
  }
}

/**
 * "sehari kemudian", "dua pekan sebelumnya": counted from the day the narrative last named, which
 * only the whole article knows; the value is filled in by narrative.ts.
 */
function narrativeShift(c: ParsingComponents, n: number, unit: Unit, sign: 1 | -1): ParsingComponents | null {
  if (unit.clock || !Number.isInteger(n)) return null;
  return mark(c, { type: 'DATE', value: 'PAST_REF', narrative: { unit: unit.code, n: sign * n } });
}

/**
 * "dua jam", "50 menit", "sekitar setengah jam", "beberapa bulan terakhir", "puluhan tahun",
 * "lima tahun enam bulan". Followed by "lalu/silam" it is a date that long ago; by
 * "lagi/mendatang" a date ahead; by "kemudian/sebelumnya" a date from the narrative's day,
 * unless a limit ("kurang dari enam bulan kemudian") makes it the length of the wait.
 */
export const duration: Rule = {
  name: 'duration',
  pattern: new RegExp(
    String.raw`(?<![\d.,])(?:(?:(${APPROX})|(${LIMIT}))\s+)?(?:(${VAGUE})|(${numberPattern()}))\s+(${UNIT})${END}(?:\s+(${numberPattern()})\s+(${UNIT})${END})?${SUFFIX}`,
    'iu',
  ),
  extract(match, context) {
    const [whole, , limit, vagueWord, amountText, unitText, secondText, secondUnit, , ago, later, , then, before] = match;
    const unitWord = unitText!.toLowerCase();
    const unit = units[unitWord]!;
    const amount = vagueWord ? 'X' : readNumber(amountText!);
    if (amount === null || amount === 0) return null;
    const start = match.index ?? 0;
    if (isAge(context.text, start, start + whole!.length, unit)) return null;
    const c = components(context);
    if ((then || before) && !limit) {
      if (amount === 'X') return mark(c, { type: 'DATE', value: then ? 'FUTURE_REF' : 'PAST_REF' });
      return narrativeShift(c, amount, unit, then ? 1 : -1);
    }
    if ((ago || later) && !secondText) {
      if (amount === 'X') return mark(c, { type: 'DATE', value: ago ? 'PAST_REF' : 'FUTURE_REF' });
      const value = shifted(refOf(context), amount, unit, ago ? -1 : 1);
      return value ? mark(c, { type: 'DATE', value, relative: true }) : null;
    }
    if (secondText && amount !== 'X') {
      const second = readNumber(secondText);
      const value = second ? compoundValue([{ n: amount, unit }, { n: second, unit: units[secondUnit!.toLowerCase()]! }]) : null;
      // "tiga hari 2 tahun" is no compound: not a span this rule can value
      return value ? mark(c, { type: 'DURATION', value }) : null;
    }
    return mark(c, { type: 'DURATION', value: durationValue(amount, unit, vagueWord?.toLowerCase(), unitWord) });
  },
};

const RANGE_JOIN = alternation(words.editionYears.rangeJoins.filter((j) => j !== ','));

/**
 * "tiga hingga empat hari", "3-4 hari": a span of time given as a range is one expression, its
 * unit written once; ISO 8601 has no range of lengths, so the value is the shorter one, the length
 * the text at least states.
 */
export const durationRange: Rule = {
  name: 'duration-range',
  pattern: new RegExp(String.raw`(?<![\d.,])(${numberPattern()})\s*(?:${RANGE_JOIN})\s*(${numberPattern()})\s+(${UNIT})${END}`, 'iu'),
  extract(match, context) {
    const [whole, lowText, highText, unitText] = match;
    const [low, high] = [readNumber(lowText!), readNumber(highText!)];
    if (low === null || high === null || low <= 0 || high <= low) return null;
    const unit = units[unitText!.toLowerCase()]!;
    const start = match.index ?? 0;
    if (isAge(context.text, start, start + whole!.length, unit)) return null;
    return mark(components(context), { type: 'DURATION', value: durationValue(low, unit) });
  },
};

/** "sehari", "sejam", "setahun": one unit; "sehari-hari" (everyday) is not a time. */
export const singleUnit: Rule = {
  name: 'single-unit',
  pattern: new RegExp(String.raw`(?:(${APPROX})\s+)?(${SINGLE})${END}(?!-)${SUFFIX}`, 'iu'),
  extract(match, context) {
    const [, , word, , ago, later, , then, before] = match;
    const unit = unitBySingle.get(word!.toLowerCase())!;
    const start = match.index ?? 0;
    if (isAge(context.text, start, start + match[0].length, unit)) return null;
    const c = components(context);
    if (then || before) return narrativeShift(c, 1, unit, then ? 1 : -1);
    if (ago || later) {
      const value = shifted(refOf(context), 1, unit, ago ? -1 : 1);
      return value ? mark(c, { type: 'DATE', value, relative: true }) : null;
    }
    return mark(c, { type: 'DURATION', value: durationValue(1, unit) });
  },
};

/** "bertahun-tahun", "berbulan-bulan", "berjam-jam": an unstated number of units. */
export const reduplicated: Rule = {
  name: 'reduplicated-unit',
  pattern: new RegExp(String.raw`ber(${UNIT})-(${UNIT})${END}`, 'iu'),
  extract(match, context) {
    const [, a, b] = match;
    if (a!.toLowerCase() !== b!.toLowerCase()) return null;
    return mark(components(context), { type: 'DURATION', value: durationValue('X', units[a!.toLowerCase()]!) });
  },
};

/**
 * "2 x 24 jam", "1×24 jam": the legal and police way of writing a time limit (KUHAP counts
 * detention in days of 24 hours) is the product of the two numbers in the unit.
 */
export const multipliedUnit: Rule = {
  name: 'multiplied-unit',
  pattern: new RegExp(String.raw`(\d{1,2})\s*[x×]\s*(\d{1,3})\s+(${UNIT})${END}`, 'iu'),
  extract(match, context) {
    const [, times, each, unitText] = match;
    const n = Number(times) * Number(each);
    if (n === 0) return null;
    return mark(components(context), { type: 'DURATION', value: durationValue(n, units[unitText!.toLowerCase()]!) });
  },
};
