import { addDays, isoDay, isoMonth, isoWeek, type Ymd } from '../calendar';
import { alternation, numberPattern, numbers, readNumber, unitBySingle, units, unitWords, type Unit } from '../lexicon';
import type { ParsingComponents } from 'chrono-node/id';
import { mark } from '../mark';
import { components, END, refOf, type Rule } from './rule';

const UNIT = alternation(Object.keys(units));
const SINGLE = alternation([...unitBySingle.keys()]);
const VAGUE = alternation(Object.keys(numbers.vague));
const APPROX = alternation(unitWords.approx);
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
 * "dua jam", "50 menit", "sekitar setengah jam", "beberapa bulan terakhir", "puluhan tahun".
 * Followed by "lalu/silam" it is a date that long ago; by "lagi/mendatang" a date ahead.
 */
export const duration: Rule = {
  name: 'duration',
  pattern: new RegExp(
    String.raw`(?<![\d.,])(?:(${APPROX})\s+)?(?:(${VAGUE})|(${numberPattern()}))\s+(${UNIT})${END}${SUFFIX}`,
    'iu',
  ),
  extract(match, context) {
    const [, , vagueWord, amountText, unitText, , ago, later, , then, before] = match;
    const unitWord = unitText!.toLowerCase();
    const unit = units[unitWord]!;
    const amount = vagueWord ? 'X' : readNumber(amountText!);
    if (amount === null || amount === 0) return null;
    const c = components(context);
    if (then || before) {
      if (amount === 'X') return mark(c, { type: 'DATE', value: then ? 'FUTURE_REF' : 'PAST_REF' });
      return narrativeShift(c, amount, unit, then ? 1 : -1);
    }
    if (ago || later) {
      if (amount === 'X') return mark(c, { type: 'DATE', value: ago ? 'PAST_REF' : 'FUTURE_REF' });
      const value = shifted(refOf(context), amount, unit, ago ? -1 : 1);
      return value ? mark(c, { type: 'DATE', value, relative: true }) : null;
    }
    return mark(c, { type: 'DURATION', value: durationValue(amount, unit, vagueWord?.toLowerCase(), unitWord) });
  },
};

/** "sehari", "sejam", "setahun": one unit; "sehari-hari" (everyday) is not a time. */
export const singleUnit: Rule = {
  name: 'single-unit',
  pattern: new RegExp(String.raw`(?:(${APPROX})\s+)?(${SINGLE})${END}(?!-)${SUFFIX}`, 'iu'),
  extract(match, context) {
    const [, , word, , ago, later, , then, before] = match;
    const unit = unitBySingle.get(word!.toLowerCase())!;
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
