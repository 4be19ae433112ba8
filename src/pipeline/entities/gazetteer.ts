import type { EntityType as GazetteerType } from '../../shared/digest/schema';
import { gazetteerLists } from './lexicon';

const MAX_WORDS = 4;

export interface GazetteerIndex {
  /** Lower-case entry (words joined by one space) -> types that list it. */
  entries: Map<string, GazetteerType[]>;
  /** Lower-case first / last words of multi-word person names (given names, family names). */
  personFirst: Set<string>;
  personLast: Set<string>;
  /** Every entry's beginnings that end before one of its spaces: a longer match must extend one. */
  prefixes: Set<string>;
}

function build(): GazetteerIndex {
  const entries = new Map<string, GazetteerType[]>();
  const personFirst = new Set<string>();
  const personLast = new Set<string>();
  for (const [type, list] of gazetteerLists) {
    for (const raw of list) {
      const key = raw.toLowerCase();
      const types = entries.get(key);
      if (!types) entries.set(key, [type]);
      else if (!types.includes(type)) types.push(type);
      if (type === 'PER') {
        const words = key.split(' ');
        if (words.length > 1) {
          personFirst.add(words[0]!);
          personLast.add(words[words.length - 1]!);
        }
      }
    }
  }
  const prefixes = new Set<string>();
  for (const key of entries.keys()) for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) prefixes.add(key.slice(0, k));
  return { entries, personFirst, personLast, prefixes };
}

let index: GazetteerIndex | null = null;
/** Built once, on first use (the lists are large). */
export function gazetteer(): GazetteerIndex {
  index ??= build();
  return index;
}

const startsUpper = (w: string) => /^\p{Lu}/u.test(w);

/**
 * For each word, the gazetteer matches covering it: "T:B" for the first word of the longest
 * entry of type T starting there, "T:I" for the words inside it. Only capitalised starts match,
 * so lower-case common words never look like names.
 */
export function gazetteerTags(words: readonly string[], lower: readonly string[] = words.map((w) => w.toLowerCase())): string[][] {
  const tags: string[][] = words.map(() => []);
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
      tags[i]!.push(`${t}:B${n > 1 ? 'm' : '1'}`);
      for (let j = i + 1; j < i + n; j++) tags[j]!.push(`${t}:I`);
    }
  }
  return tags;
}
