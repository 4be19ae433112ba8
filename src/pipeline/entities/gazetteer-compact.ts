// The gazetteer's name lists in the form its look-ups read: every entry lower-cased, merged with
// the same entry of another list, and sorted, so a look-up is a binary search and nothing is
// built into maps at start-up.
import type { EntityType } from '../../shared/digest/schema';

/** The types an entry can have, in the order their lists are read; a key's types are a bit mask over it. */
export const GAZETTEER_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];

/** Strings only, so it can be written into a bundle as it is. */
export interface CompactGazetteer {
  /** Distinct lower-case entries (words joined by one space), sorted by code unit, one a line. */
  keys: string;
  /** One digit per key: the bit mask of its types over GAZETTEER_TYPES. */
  types: string;
  /** First / last words of multi-word person entries, lower-case, distinct, sorted, one a line. */
  personFirst: string;
  personLast: string;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedLines = (words: Iterable<string>) => [...new Set(words)].sort(byCodeUnit).join('\n');

/** Lists by type (in GAZETTEER_TYPES order) to their compact form. */
export function compactGazetteer(lists: ReadonlyArray<readonly [EntityType, readonly string[]]>): CompactGazetteer {
  const masks = new Map<string, number>();
  const first: string[] = [];
  const last: string[] = [];
  for (const [type, list] of lists) {
    const bit = 1 << GAZETTEER_TYPES.indexOf(type);
    for (const raw of list) {
      const key = raw.toLowerCase();
      masks.set(key, (masks.get(key) ?? 0) | bit);
      if (type !== 'PER') continue;
      const words = key.split(' ');
      if (words.length < 2) continue;
      first.push(words[0]!);
      last.push(words[words.length - 1]!);
    }
  }
  const keys = [...masks.keys()].sort(byCodeUnit);
  return { keys: keys.join('\n'), types: keys.map((k) => masks.get(k)!.toString()).join(''), personFirst: sortedLines(first), personLast: sortedLines(last) };
}
