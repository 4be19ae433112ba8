import type { ParsingComponents } from 'chrono-node/id';
import type { Timex } from '../../shared/digest/schema';

/**
 * What a project rule already knows about its match. Chrono carries only calendar fields, so a
 * rule that yields a duration, a set or a vague reference leaves its value here, in a tag.
 */
export interface Mark {
  type: Timex['type'];
  value: string;
  /** The value was computed from the reference date (it means nothing without an anchor). */
  relative?: boolean;
  /** The value counts from the day the narrative last named (filled in by narrative.ts). */
  narrative?: NarrativeShift;
}

/**
 * A shift from the narrative's current day, TempEval style: "sehari kemudian" is one day after
 * the last day the text gave, "pukul 12.00" is a time on that day.
 */
export interface NarrativeShift {
  /** ISO unit letter of the shift (D, W, M, Y). */
  unit: string;
  n: number;
  /** A time of day to append: "T12:00", "TNI". */
  time?: string;
  /** A day of the month landed on ("tanggal 24 bulan sebelumnya"), for a shift in months. */
  day?: number;
  /** Take the narrative's last dated value whatever its precision ("saat itu" after "pada 2015"). */
  same?: boolean;
}

const PREFIX = 'timex:';

export function mark(components: ParsingComponents, m: Mark): ParsingComponents {
  return components.addTag(PREFIX + JSON.stringify(m));
}

/** Whether a rule left its value on these components: the refiners only ask, so nothing is parsed. */
export function hasMark(components: { tags(): Set<string> }): boolean {
  for (const tag of components.tags()) if (tag.startsWith(PREFIX)) return true;
  return false;
}

export function readMark(components: { tags(): Set<string> }): Mark | null {
  for (const tag of components.tags()) if (tag.startsWith(PREFIX)) return JSON.parse(tag.slice(PREFIX.length)) as Mark;
  return null;
}
