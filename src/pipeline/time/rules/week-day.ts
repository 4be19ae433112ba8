import { addDays, isoDay, weekdayOf } from '../calendar';
import { alternation, weekdays, words } from '../lexicon';
import { mark } from '../mark';
import { components, END, refOf, type Rule } from './rule';

const WEEKDAY = alternation(Object.keys(weekdays));
const PAST = alternation(words.pastShift);
const FUTURE = alternation(words.futureShift);

/**
 * "Rabu pekan lalu", "Jumat minggu depan", "Senin pekan ini": that weekday in the calendar week
 * (Monday to Sunday) before, after or of the reference, not merely the nearest such day.
 */
export const weekdayOfWeek: Rule = {
  name: 'weekday-of-week',
  pattern: new RegExp(String.raw`(?:hari\s+)?(${WEEKDAY})\s+(?:pekan|minggu)\s+(?:(${PAST})|(${FUTURE})|ini)${END}`, 'iu'),
  extract(match, context) {
    const [, day, past, future] = match;
    const ref = refOf(context);
    const shift = past ? -1 : future ? 1 : 0;
    const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7));
    const target = addDays(monday, 7 * shift + ((weekdays[day!.toLowerCase()]! + 6) % 7));
    return mark(components(context), { type: 'DATE', value: isoDay(target), relative: true });
  },
};
