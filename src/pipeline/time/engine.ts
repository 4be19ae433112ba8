import { Chrono, createCasualConfiguration, type ParsedResult, type ParsingResult, type Refiner } from 'chrono-node/id';
import type { Ymd } from './calendar';
import { hasMark } from './mark';
import { attachApprox, attachDayPart, attachEarlierToday, dropUnlikely, trimForeignZone, trimPreposition, weekdayPartBeforeDate } from './refiners';
import { bracketDate, bracketDayRange, capitalSunday } from './rules/bracket-date';
import { narrativeDay, narrativePart, todayPart } from './rules/deictic';
import { holiday } from './rules/holiday';
import { duration, durationRange, multipliedUnit, reduplicated, singleUnit } from './rules/duration';
import { dayOfShiftedMonth, monthShift } from './rules/month-shift';
import { lastNight, nights } from './rules/night';
import { weekdayOfWeek } from './rules/week-day';
import { competitionSeason, monthEdge, periodEdge, season, unitShift, yearPart } from './rules/period';
import { frequency, recurring, vagueReference } from './rules/reference';
import { calendarSet, weekdayListSet } from './rules/calendar-set';
import { toParser, type Rule } from './rules/rule';
import { namedYear } from './rules/named-year';
import { century, cuedYear } from './rules/year';

/** The project's rules, tried before chrono's own Indonesian parsers (equal spans: ours win). */
export const rules: readonly Rule[] = [
  bracketDayRange,
  bracketDate,
  weekdayOfWeek,
  capitalSunday,
  dayOfShiftedMonth,
  monthShift,
  monthEdge,
  periodEdge,
  unitShift,
  season,
  competitionSeason,
  yearPart,
  cuedYear,
  century,
  namedYear,
  calendarSet,
  frequency,
  holiday,
  multipliedUnit,
  durationRange,
  duration,
  nights,
  singleUnit,
  reduplicated,
  lastNight,
  todayPart,
  narrativePart,
  narrativeDay,
  vagueReference,
  recurring,
];

const fromRule = (r: ParsingResult) => [...r.tags()].some((t) => t.startsWith('rule:'));

/**
 * Chrono's last filter drops all-digit matches ("2009"); a project rule only matches a bare year
 * after a word that makes it one, so its results bypass that filter.
 */
function sparingRules(filter: Refiner): Refiner {
  return {
    refine(context, results) {
      const kept = new Set(filter.refine(context, results.filter((r) => !fromRule(r))));
      return results.filter((r) => fromRule(r) || kept.has(r));
    },
  };
}

/**
 * Chrono merges neighbours ("Kamis (8/12)" + "pukul 10.00"); a duration or a narrative shift
 * the rules already valued ("Tiga hari sebelumnya, Kamis (8/12)") must stay apart.
 */
function sparingMarks(merge: Refiner): Refiner {
  return {
    refine(context, results) {
      const marked = results.filter((r) => hasMark(r.start));
      const merged = merge.refine(context, results.filter((r) => !hasMark(r.start)));
      return [...merged, ...marked].sort((a, b) => a.index - b.index);
    },
  };
}

type Configuration = ReturnType<typeof createCasualConfiguration>;

/**
 * What a chrono refiner is, told by the contract its base class gives it: a merging refiner
 * (MergingRefiner) decides with shouldMergeResults, a filter (Filter) with isValid. Method names
 * survive a minified build; class names ("UnlikelyFormatFilter") do not.
 */
export function refinerRole(refiner: Refiner): 'merge' | 'filter' | null {
  const r = refiner as Partial<Record<'shouldMergeResults' | 'mergeResults' | 'isValid', unknown>>;
  if (typeof r.shouldMergeResults === 'function' && typeof r.mergeResults === 'function') return 'merge';
  if (typeof r.isValid === 'function') return 'filter';
  return null;
}

/** Chrono's Indonesian configuration with the project's parsers and refiners in their places. */
export function configure(config: Configuration, roleOf: (r: Refiner) => ReturnType<typeof refinerRole> = refinerRole): Configuration {
  config.parsers.unshift(...rules.map(toParser));
  // trim first, so "pada Kamis" and "Kamis (25/4)" compete on the words that are the time
  config.refiners.unshift(trimPreposition);
  const lastOverlap = config.refiners.length - 3;
  const ours: Refiner[] = [trimForeignZone, attachDayPart, weekdayPartBeforeDate, weekdayListSet, dropUnlikely, attachApprox, attachEarlierToday];
  config.refiners.splice(lastOverlap, 0, ...ours);
  // chrono's own filter (the last, dropping all-digit matches) and merges; ours are plain objects
  config.refiners = config.refiners.map((r) => {
    if (ours.includes(r) || r === trimPreposition) return r;
    const role = roleOf(r);
    return role === 'filter' ? sparingRules(r) : role === 'merge' ? sparingMarks(r) : r;
  });
  return config;
}

let engine: Chrono | null = null;
/** Chrono with the project's configuration, made on first use (not when the module loads). */
const theEngine = () => (engine ??= new Chrono(configure(createCasualConfiguration(true))));

/** Year 2000 is a neutral stand-in when an article has no anchor; such values are masked later. */
export const NO_ANCHOR: Ymd = { year: 2000, month: 1, day: 1 };

/** Parses one stretch of text against a reference day (noon UTC, zone 0: no machine clock or zone). */
export function parseTimes(text: string, ref: Ymd): ParsedResult[] {
  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  return theEngine().parse(text, { instant, timezone: 0 });
}
