import type { ParsingResult, Refiner } from 'chrono-node/id';
import { alternation, dayParts, months, weekdays, words } from '../lexicon';
import { mark, readMark } from '../mark';
import { components, END, type Rule } from './rule';

const SETS = words.calendarSets;
const PREFIX = alternation(SETS.prefixes);
const WEEKDAY = alternation(Object.keys(weekdays));
const DAY_PART = alternation(Object.keys(dayParts));
const MONTH = alternation(Object.keys(months).filter((m) => m.length > 3 || m === 'mei'));
const EDGE = alternation(Object.keys(words.periodEdges));
const JOIN = alternation(SETS.listJoins);

/** ISO 8601 numbers weekdays from Monday (1) to Sunday (7); the lexicon counts Sunday as 0. */
const isoWeekday = (name: string) => weekdays[name.toLowerCase()]! || 7;
const partCode = (part: string | undefined) => (part ? `T${dayParts[part.toLowerCase().replace(/\s+/g, ' ')]!}` : '');

/**
 * "minggu" is also the week: "setiap minggu" recurs weekly (the recurring rule's P1W); the day is
 * "setiap hari Minggu" or a capital "setiap Minggu".
 */
const isWeekNotSunday = (hari: string | undefined, name: string) => !hari && name.toLowerCase() === 'minggu' && name[0] !== 'M';

const weekdayValue = (name: string, part: string | undefined) => `XXXX-WXX-${isoWeekday(name)}${partCode(part)}`;

/**
 * "setiap Jumat", "tiap hari Minggu pagi", "setiap Agustus", "setiap tanggal 17", "tiap malam",
 * "setiap akhir pekan", "setiap akhir bulan": a time that recurs by the calendar (TimeML SET),
 * valued by what recurs with the larger units open; an edge of a month or year recurs with the
 * month or year (P1M, P1Y).
 */
export const calendarSet: Rule = {
  name: 'calendar-set',
  pattern: new RegExp(
    String.raw`(?:${PREFIX})\s+(?:(akhir\s+(?:pekan|minggu))|(?:${EDGE})\s+(bulan|tahun)|(hari\s+)?(${WEEKDAY})(?:\s+(${DAY_PART}))?|(?:bulan\s+)?(${MONTH})|tanggal\s+(\d{1,2})(?:\s+(${MONTH}))?|(${DAY_PART}))${END}`,
    'iu',
  ),
  extract(match, context) {
    const [, weekend, edgeUnit, hari, weekday, weekdayPart, month, day, dayMonth, part] = match;
    let value: string;
    if (weekend) value = 'XXXX-WXX-WE';
    else if (edgeUnit) value = edgeUnit.toLowerCase() === 'bulan' ? 'P1M' : 'P1Y';
    else if (weekday) {
      if (isWeekNotSunday(hari, weekday)) return null;
      value = weekdayValue(weekday, weekdayPart);
    } else if (month) value = `XXXX-${String(months[month.toLowerCase()]).padStart(2, '0')}`;
    else if (day) {
      const d = Number(day);
      if (d < 1 || d > 31) return null;
      const m = dayMonth ? String(months[dayMonth.toLowerCase()]).padStart(2, '0') : 'XX';
      value = `XXXX-${m}-${String(d).padStart(2, '0')}`;
    } else value = `XXXX-XX-XX${partCode(part)}`;
    return mark(components(context), { type: 'SET', value });
  },
};

const NEXT_WEEKDAY = new RegExp(String.raw`^(\s*(?:${JOIN})\s*)((hari\s+)?(${WEEKDAY})(?:\s+(${DAY_PART}))?)${END}`, 'iu');
const isWeekdaySet = (r: ParsingResult) => readMark(r.start)?.type === 'SET' && /^XXXX-WXX-\d/.test(readMark(r.start)!.value);

/**
 * "setiap Senin dan Kamis", "tiap Selasa, Rabu, dan Jumat": the prefix governs the whole list, so
 * each weekday joined to a recurring weekday recurs too (chrono alone reads them as dates).
 */
export const weekdayListSet: Refiner = {
  refine(context, results) {
    const out = [...(results as ParsingResult[])];
    const heads = out.filter(isWeekdaySet);
    for (const head of heads) {
      if (!out.includes(head)) continue;
      let last = head;
      for (;;) {
        const end = last.index + last.text.length;
        const next = NEXT_WEEKDAY.exec(context.text.slice(end));
        if (!next || isWeekNotSunday(next[3], next[4]!)) break;
        const index = end + next[1]!.length;
        const made = context.createParsingResult(index, next[2]!);
        made.start = mark(components(context), { type: 'SET', value: weekdayValue(next[4]!, next[5]) });
        made.addTag(`rule:${calendarSet.name}`);
        // what chrono read inside the weekday ("Kamis" as a date) gives way to the recurring one
        for (let j = out.length - 1; j >= 0; j--) {
          const r = out[j]!;
          if (r.index < index + next[2]!.length && r.index + r.text.length > index) out.splice(j, 1);
        }
        out.push(made);
        last = made;
      }
    }
    return out.sort((a, b) => a.index - b.index);
  },
};
