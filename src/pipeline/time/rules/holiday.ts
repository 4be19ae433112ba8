import holidays from '../../../../data/lexicon/time-holidays.json';
import { daysBetween, isoDay, isValidDay } from '../calendar';
import { alternation, words } from '../lexicon';
import { mark } from '../mark';
import { components, END, refOf, type Rule } from './rule';

interface Holiday {
  month: number;
  day: number;
  countedFrom?: number;
  needsCue?: string[];
}

const byName = new Map<string, Holiday>();
for (const h of holidays.days) for (const n of h.names) byName.set(n.toLowerCase(), h);
const NAME = alternation(byName.keys());
const CUE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alternation(holidays.cues.words)})\s+$`, 'iu');
const PAST = alternation(words.pastShift);
const FUTURE = alternation([...words.futureShift, ...words.futureAfter]);

/**
 * A national day by name ("Hari Pahlawan", "HUT RI ke-78", "malam Natal lalu") is that day of
 * the calendar: in the year written, else the one an anniversary's count gives, else the one
 * nearest the reference day (before it after "lalu", after it after "mendatang"). A name that is
 * also something else ("Natal", a regency; "tahun baru") counts only after a cue ("libur Natal"),
 * which stays outside the expression.
 */
export const holiday: Rule = {
  name: 'holiday',
  pattern: new RegExp(
    String.raw`(?<name>${NAME})(?:\s+ke-?\s*(?<nth>\d{1,3}))?(?:\s+(?:tahun\s+)?(?<year>(?:19|20)\d{2}))?(?:\s+(?:(?<past>${PAST})|(?<future>${FUTURE})|ini)${END})?${END}`,
    'iu',
  ),
  extract(match, context) {
    const g = match.groups!;
    const h = byName.get(g.name!.toLowerCase().replace(/\s+/g, ' '))!;
    const at = match.index ?? 0;
    const cued = CUE_BEFORE.test(context.text.slice(Math.max(0, at - 20), at));
    if (h.needsCue?.some((n) => n.toLowerCase() === g.name!.toLowerCase().replace(/\s+/g, ' ')) && !cued) return null;
    const ref = refOf(context);
    let year = g.year ? Number(g.year) : g.nth && h.countedFrom ? h.countedFrom + Number(g.nth) : null;
    if (year === null) {
      const options = [ref.year - 1, ref.year, ref.year + 1].filter((y) => isValidDay({ year: y, month: h.month, day: h.day }));
      const gap = (y: number) => daysBetween(ref, { year: y, month: h.month, day: h.day });
      const side = options.filter((y) => (g.past ? gap(y) <= 0 : g.future ? gap(y) >= 0 : true));
      year = (side.length ? side : options).sort((a, b) => Math.abs(gap(a)) - Math.abs(gap(b)))[0]!;
    }
    const value = isoDay({ year, month: h.month, day: h.day });
    const c = components(context).assign('year', year).assign('month', h.month).assign('day', h.day);
    return mark(c, { type: 'DATE', value, relative: !g.year && !g.nth });
  },
};
