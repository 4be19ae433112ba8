import calendarJson from '../../../data/lexicon/time-calendar.json';
import numbersJson from '../../../data/lexicon/time-numbers.json';
import unitsJson from '../../../data/lexicon/time-units.json';
import wordsJson from '../../../data/lexicon/time-words.json';

export interface Unit {
  code: string;
  clock: boolean;
  single: string;
}

export const months: Readonly<Record<string, number>> = calendarJson.months;
export const weekdays: Readonly<Record<string, number>> = calendarJson.weekdays;
export const seasons: Readonly<Record<string, string>> = calendarJson.seasons;
export const dayParts: Readonly<Record<string, string>> = calendarJson.dayParts;
export const yearParts: Readonly<Record<string, string>> = calendarJson.yearParts;
export const partNumbers: Readonly<Record<string, number>> = calendarJson.partNumbers;

export const units: Readonly<Record<string, Unit>> = unitsJson.units;
export const unitBySingle: ReadonlyMap<string, Unit> = new Map(Object.values(unitsJson.units).map((u) => [u.single, u]));
export const unitWords = unitsJson;

export const numbers = numbersJson;
export const words = wordsJson;

/** Longest alternatives first so a regex prefers "yang lalu" over "lalu". */
export function alternation(list: Iterable<string>): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Reads a number written in Indonesian words or digits; null when it is none. */
export function readNumber(raw: string): number | null {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  const half = numbers.half as Record<string, number>;
  if (half[text] !== undefined) return half[text]!;
  const parts = text.split(' ');
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i]!;
    const digit = (numbers.digits as Record<string, number>)[w];
    const whole = (numbers.whole as Record<string, number>)[w];
    const next = parts[i + 1];
    if (digit !== undefined && (next === numbers.teenSuffix || next === numbers.tensSuffix)) {
      total += next === numbers.teenSuffix ? 10 + digit : 10 * digit;
      i++;
    } else if (digit !== undefined) total += digit;
    else if (whole !== undefined) total += whole;
    else if (half[w] !== undefined) total += half[w]!;
    else return null;
  }
  return parts.length ? total : null;
}

/** Regex source for a number in words or digits (no thousands separators: 10.000 is a count). */
export function numberPattern(): string {
  const d = alternation(Object.keys(numbers.digits).filter((w) => w !== 'se'));
  const whole = alternation(Object.keys(numbers.whole));
  const half = alternation(Object.keys(numbers.half));
  const word = `(?:(?:${d})\\s+(?:${numbers.tensSuffix})(?:\\s+(?:${d}))?|(?:${d})\\s+${numbers.teenSuffix}|${whole}|${d})`;
  return `(?:\\d{1,3}(?:,\\d+)?|${word}(?:\\s+(?:${half}))?|${half})`;
}
