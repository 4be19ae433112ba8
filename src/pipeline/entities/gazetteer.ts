import type { EntityType as GazetteerType } from '../../shared/digest/schema';
import { GAZETTEER_TYPES, type CompactGazetteer } from './gazetteer-compact';
import { gazetteerData } from './gazetteer-data';
import { remembered } from '../remembered';

const MAX_WORDS = 4;

export interface GazetteerIndex {
  /** Lower-case entry (words joined by one space) -> types that list it. */
  entries: { get(key: string): readonly GazetteerType[] | undefined; has(key: string): boolean };
  /** Lower-case first / last words of multi-word person names (given names, family names). */
  personFirst: { has(word: string): boolean };
  personLast: { has(word: string): boolean };
  /** Every entry's beginnings that end before one of its spaces: a longer match must extend one. */
  prefixes: { has(beginning: string): boolean };
}

/** The first index whose line is not below `key` (code-unit order, as the lines are sorted). */
function lowerBound(lines: readonly string[], key: string): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Look-ups remembered up to here, then forgotten and started again (a long run meets many words). */
const REMEMBERED = 100_000;
/** `find` remembered per key: news repeats its words, and a map answers faster than a search. */
const remember = <T,>(find: (key: string) => T) => remembered(find, REMEMBERED);


/** The lines of a compact list ("" is a list of none). */
const linesOf = (text: string): string[] => (text === '' ? [] : text.split('\n'));

const sortedSet = (lines: readonly string[]) => ({
  has: remember((word) => {
    const i = lowerBound(lines, word);
    return i < lines.length && lines[i] === word;
  }),
});

/** The types of each bit mask over GAZETTEER_TYPES, in list order (as the lists are read). */
const TYPES_OF_MASK: ReadonlyArray<readonly GazetteerType[]> = Array.from({ length: 1 << GAZETTEER_TYPES.length }, (_, mask) =>
  GAZETTEER_TYPES.filter((_, bit) => mask & (1 << bit)),
);

/** Look-ups over the compact lists: binary searches, so no map of a hundred thousand names is built. */
export function gazetteerIndex(data: CompactGazetteer): GazetteerIndex {
  const keys = linesOf(data.keys);
  const indexOf = remember((key) => {
    const i = lowerBound(keys, key);
    return i < keys.length && keys[i] === key ? i : -1;
  });
  return {
    entries: {
      get(key) {
        const i = indexOf(key);
        return i < 0 ? undefined : TYPES_OF_MASK[data.types.charCodeAt(i) - 48];
      },
      has: (key) => indexOf(key) >= 0,
    },
    personFirst: sortedSet(linesOf(data.personFirst)),
    personLast: sortedSet(linesOf(data.personLast)),
    // a beginning of an entry before one of its spaces: the entries that extend it sort together
    prefixes: {
      has: remember((beginning) => {
        const extended = `${beginning} `;
        const i = lowerBound(keys, extended);
        return i < keys.length && keys[i]!.startsWith(extended);
      }),
    },
  };
}

let index: GazetteerIndex | null = null;
/** Built once, on first use (the lists are large). */
export function gazetteer(): GazetteerIndex {
  index ??= gazetteerIndex(gazetteerData());
  return index;
}

const startsUpper = (w: string) => /^\p{Lu}/u.test(w);
const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * For each word, the gazetteer matches covering it: "T:B" for the first word of the longest
 * entry of type T starting there, "T:I" for the words inside it. Only capitalised starts match,
 * so lower-case common words never look like names.
 */
export function gazetteerTags(words: readonly string[], lower: readonly string[] = words.map((w) => w.toLowerCase())): (readonly string[])[] {
  // most words match nothing: they share one empty list, and a word gets its own list when tagged
  const tags: (readonly string[])[] = new Array<readonly string[]>(words.length).fill(NO_TAGS);
  const tag = (j: number, t: string) => {
    if (tags[j] === NO_TAGS) tags[j] = [t];
    else (tags[j] as string[]).push(t);
  };
  // a sentence without a capitalised word matches nothing: the lists need not even be built
  if (!words.some(startsUpper)) return tags;
  const { entries, prefixes } = gazetteer();
  for (let i = 0; i < words.length; i++) {
    if (!startsUpper(words[i]!)) continue;
    // most capitalised words start no entry at all: nothing to gather for them
    if (!entries.has(lower[i]!) && !prefixes.has(lower[i]!)) continue;
    const seen = new Set<GazetteerType>();
    let key = '';
    const found: Array<[GazetteerType, number]> = [];
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      key = n === 1 ? lower[i]! : `${key} ${lower[i + n - 1]}`;
      for (const t of entries.get(key) ?? []) found.push([t, n]);
      if (!prefixes.has(key)) break;
    }
    // longest first, so each type keeps its longest entry
    for (let k = found.length - 1; k >= 0; k--) {
      const [t, n] = found[k]!;
      if (seen.has(t)) continue;
      seen.add(t);
      tag(i, `${t}:B${n > 1 ? 'm' : '1'}`);
      for (let j = i + 1; j < i + n; j++) tag(j, `${t}:I`);
    }
  }
  return tags;
}
