import { alternation, numberPattern, readNumber, unitBySingle, units, unitWords, words } from '../lexicon';
import { mark } from '../mark';
import { durationValue } from './duration';
import { components, END, type Rule } from './rule';

const REFS: Record<string, string> = Object.fromEntries([
  ...words.presentRef.map((w) => [w, 'PRESENT_REF']),
  ...words.pastRef.map((w) => [w, 'PAST_REF']),
  ...words.futureRef.map((w) => [w, 'FUTURE_REF']),
]);

const NOT_TIME_AFTER = words.notTimeAfter as unknown as Record<string, string[]>;

/** "terlebih dahulu" (first of all): the word before turns the time word into something else. */
function idiomBefore(word: string, text: string, index: number): boolean {
  const before = NOT_TIME_AFTER[word];
  const previous = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, index - 30), index))?.[1]?.toLowerCase();
  return Boolean(before && previous && before.includes(previous));
}

/** "saat ini", "sekarang", "kini" → PRESENT_REF; "sebelumnya" → PAST_REF; "masa depan" → FUTURE_REF. */
export const vagueReference: Rule = {
  name: 'vague-reference',
  pattern: new RegExp(String.raw`(${alternation(Object.keys(REFS))})${END}`, 'iu'),
  extract(match, context) {
    const word = match[1]!.toLowerCase().replace(/\s+/g, ' ');
    const value = REFS[word];
    if (!value || idiomBefore(word, context.text, match.index ?? 0)) return null;
    return mark(components(context), { type: 'DATE', value });
  },
};

const SET = alternation(words.setPrefixes);
const UNIT = alternation(Object.keys(units));

/** "tiap tahunnya", "setiap hari", "per bulan": a recurring interval (SET). */
export const recurring: Rule = {
  name: 'recurring',
  pattern: new RegExp(String.raw`(${SET})\s+(${UNIT})(?:nya)?${END}`, 'iu'),
  extract(match, context) {
    const unit = units[match[2]!.toLowerCase()]!;
    return mark(components(context), { type: 'SET', value: durationValue(1, unit) });
  },
};

const SINGLE = alternation([...unitBySingle.keys()]);
const ONCE = alternation(unitWords.onceWords);
const TIMES = unitWords.timesWord;

/**
 * "sebulan sekali", "sekali sebulan", "dua kali sehari", "tiga kali seminggu": a frequency per
 * unit is a SET of that unit (TimeML keeps the count in freq, which the digest has no field for).
 */
export const frequency: Rule = {
  name: 'frequency',
  pattern: new RegExp(
    String.raw`(?:(${SINGLE})\s+(?:${ONCE})|(?:(?:${ONCE})|(${numberPattern()})\s+${TIMES})\s+(${SINGLE}))${END}`,
    'iu',
  ),
  extract(match, context) {
    const [, unitFirst, count, unitAfter] = match;
    if (count !== undefined && !readNumber(count)) return null;
    const unit = unitBySingle.get((unitFirst ?? unitAfter)!.toLowerCase())!;
    return mark(components(context), { type: 'SET', value: durationValue(1, unit) });
  },
};
