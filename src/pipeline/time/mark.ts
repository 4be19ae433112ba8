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
}

const PREFIX = 'timex:';

export function mark(components: ParsingComponents, m: Mark): ParsingComponents {
  return components.addTag(PREFIX + JSON.stringify(m));
}

export function readMark(components: { tags(): Set<string> }): Mark | null {
  for (const tag of components.tags()) if (tag.startsWith(PREFIX)) return JSON.parse(tag.slice(PREFIX.length)) as Mark;
  return null;
}
