import { addDays, isoDay } from '../calendar';
import { alternation, dayParts, words } from '../lexicon';
import { mark } from '../mark';
import { components, END, refOf, type Rule } from './rule';

const PART = alternation(Object.keys(dayParts));
const AFTER = alternation(words.todayParts.after);
const BEFORE = alternation(words.todayParts.before);
const partCode = (w: string) => dayParts[w.toLowerCase().replace(/\s+/g, ' ')]!;

/** "sore ini", "pagi ini", "tadi siang": a part of the reference day (TIME YYYY-MM-DDTAF). */
export const todayPart: Rule = {
  name: 'today-part',
  pattern: new RegExp(String.raw`(?:(${BEFORE})\s+(${PART})|(${PART})\s+(?:${AFTER}))${END}`, 'iu'),
  extract(match, context) {
    const [, tadi, partAfterTadi, part] = match;
    const code = partCode(tadi ? partAfterTadi! : part!);
    // "tadi malam" is last night, seen from the next day's paper: too unsure to place
    if (tadi && code === 'NI') return null;
    return mark(components(context), { type: 'TIME', value: `${isoDay(refOf(context))}T${code}`, relative: true });
  },
};

const DAYS = words.narrativeDays as unknown as Record<string, number>;
const DAY_WORDS = alternation(Object.keys(DAYS).filter((k) => k !== 'about'));
const MOMENTS = alternation(words.narrativeMoments);

/**
 * "hari itu", "keesokan harinya", "saat itu": anaphora to the day the narrative is at, so the
 * value is left to narrative.ts; "saat itu" takes whatever the narrative last dated.
 */
export const narrativeDay: Rule = {
  name: 'narrative-day',
  pattern: new RegExp(String.raw`(?:(${DAY_WORDS})|(${MOMENTS}))${END}`, 'iu'),
  extract(match, context) {
    const [, day, moment] = match;
    const c = components(context);
    if (moment) return mark(c, { type: 'DATE', value: 'PAST_REF', narrative: { unit: 'D', n: 0, same: true } });
    const n = DAYS[day!.toLowerCase().replace(/\s+/g, ' ')]!;
    return mark(c, { type: 'DATE', value: isoDay(addDays(refOf(context), n)), narrative: { unit: 'D', n } });
  },
};

/**
 * "sore harinya", "malam itu": a part of the day the narrative is at (the quake's afternoon, not
 * the paper's), so the day is left to narrative.ts and the part kept (TIME YYYY-MM-DDTAF).
 */
export const narrativePart: Rule = {
  name: 'narrative-part',
  // "makan malam itu" is a meal, not a time
  pattern: new RegExp(String.raw`(?<!(?:${alternation(words.mealWords.words)})\s+)(${PART})\s+(?:harinya|itu)${END}`, 'iu'),
  extract(match, context) {
    const time = `T${partCode(match[1]!)}`;
    return mark(components(context), { type: 'TIME', value: `${isoDay(refOf(context))}${time}`, narrative: { unit: 'D', n: 0, time } });
  },
};
