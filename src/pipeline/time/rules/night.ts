import { addDays, isoDay } from '../calendar';
import { alternation, numberPattern, readNumber, unitWords } from '../lexicon';
import { mark } from '../mark';
import { components, END, refOf, type Rule } from './rule';

/** "menginap semalam", "selama semalam": one night spent, not last night. */
const STAY_BEFORE = /(?:^|[^\p{L}])(?:menginap|bermalam|selama|hanya|cuma)\s+$/iu;
const NOT_NIGHT_AFTER = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(unitWords.notNightAfter)})\s+$`, 'iu');

/**
 * "tadi malam", "semalam", "kemarin malam": the night before the reference day (TimeML TNI of
 * the previous day); "semalam sebelumnya" is the night before the day the narrative is at.
 */
export const lastNight: Rule = {
  name: 'last-night',
  pattern: new RegExp(String.raw`(?:tadi\s+malam|semalam|kemarin\s+malam)${END}(\s+sebelumnya${END})?`, 'iu'),
  extract(match, context) {
    const c = components(context);
    if (match[1]) return mark(c, { type: 'TIME', value: 'PAST_REF', narrative: { unit: 'D', n: -1, time: 'TNI' } });
    const before = context.text.slice(Math.max(0, (match.index ?? 0) - 20), match.index ?? 0);
    if (/^semalam/i.test(match[0]) && STAY_BEFORE.test(before)) return mark(c, { type: 'DURATION', value: 'P1D' });
    return mark(c, { type: 'TIME', value: `${isoDay(addDays(refOf(context), -1))}TNI`, relative: true });
  },
};

/** "tiga malam di tenda": nights spent count as days (P3D); "pukul 7 malam" is a clock time. */
export const nights: Rule = {
  name: 'nights',
  pattern: new RegExp(String.raw`(?<![\d.,])(${numberPattern()})\s+(?:${alternation(unitWords.nightWords)})${END}`, 'iu'),
  extract(match, context) {
    const n = readNumber(match[1]!);
    if (!n || !Number.isInteger(n)) return null;
    if (NOT_NIGHT_AFTER.test(context.text.slice(Math.max(0, (match.index ?? 0) - 20), match.index ?? 0))) return null;
    return mark(components(context), { type: 'DURATION', value: `P${n}D` });
  },
};
