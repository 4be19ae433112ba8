import { isoDay, isoMonth } from '../calendar';
import { alternation, months, words } from '../lexicon';
import { mark } from '../mark';
import { components, END, refOf, type Rule } from './rule';

const MONTH = alternation(Object.keys(months).filter((m) => m.length > 3 || m === 'mei'));
const PAST = alternation(words.pastShift);
const FUTURE = alternation(words.futureShift);

/**
 * "Februari lalu", "25 April lalu", "Maret mendatang": a month (and day) shifted by a tense word
 * is the nearest such month before (or after) the reference, never the reference month itself.
 */
export const monthShift: Rule = {
  name: 'month-shift',
  pattern: new RegExp(String.raw`(?:(\d{1,2})\s+)?(?:bulan\s+)?(${MONTH})\s+(?:(${PAST})|(${FUTURE}))${END}`, 'iu'),
  extract(match, context) {
    const [, dayText, monthText, past] = match;
    const ref = refOf(context);
    const month = months[monthText!.toLowerCase()]!;
    const day = dayText ? Number(dayText) : null;
    if (day !== null && (day < 1 || day > 31)) return null;
    // compare (month, day) with the reference; a bare month is "before" only when its month is over
    const key = month * 100 + (day ?? 0);
    const refKey = ref.month * 100 + (day === null ? 0 : ref.day);
    let year = ref.year;
    if (past && key >= refKey && !(day !== null && key === refKey)) year -= 1;
    if (!past && key <= refKey) year += 1;
    const c = components(context).assign('month', month).assign('year', year);
    if (day !== null) c.assign('day', day);
    const value = day === null ? isoMonth(year, month) : isoDay({ year, month, day });
    return mark(c, { type: 'DATE', value, relative: true });
  },
};

const NARRATIVE_MONTH: Record<string, number> = { sebelumnya: -1, berikutnya: 1 };

/**
 * "tanggal 24 bulan sebelumnya", "tanggal 5 bulan depan": a day of the month before or after,
 * never "24 months before". "sebelumnya"/"berikutnya" count from the narrative's month.
 */
export const dayOfShiftedMonth: Rule = {
  name: 'day-of-shifted-month',
  pattern: new RegExp(String.raw`tanggal\s+(\d{1,2})\s+bulan\s+(?:(sebelumnya|berikutnya)|(${PAST})|(${FUTURE})|ini)${END}`, 'iu'),
  extract(match, context) {
    const [, dayText, narrative, past, future] = match;
    const day = Number(dayText);
    if (day < 1 || day > 31) return null;
    const c = components(context);
    if (narrative) return mark(c, { type: 'DATE', value: 'PAST_REF', narrative: { unit: 'M', n: NARRATIVE_MONTH[narrative.toLowerCase()]!, day } });
    const ref = refOf(context);
    const total = ref.year * 12 + ref.month - 1 + (past ? -1 : future ? 1 : 0);
    const value = isoDay({ year: Math.floor(total / 12), month: (total % 12) + 1, day });
    return mark(c, { type: 'DATE', value, relative: true });
  },
};
