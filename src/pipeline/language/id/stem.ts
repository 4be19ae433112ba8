import { affixes } from './affixes';
import { commonWords } from './words';

const VOWEL = /[aeiou]/;
const vowels = (w: string) => w.replace(/[^aeiou]/g, '').length;
const MIN_ROOT = 4;

interface Reading {
  root: string;
  /** The outermost prefix taken off ('' for none): it decides which suffixes may follow. */
  prefix: string;
  prefixCount: number;
}

function withoutEnding(word: string, endings: readonly string[]): string {
  for (const e of endings) if (word.endsWith(e) && word.length - e.length >= MIN_ROOT) return word.slice(0, -e.length);
  return word;
}

/** meN-/peN- with the sound they swallowed given back (memukul → pukul), plain prefixes as they are. */
function outerPrefixes(word: string): Reading[] {
  const out: Reading[] = [];
  for (const [prefix, restorations] of affixes.nasalPrefixes) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    for (const r of restorations) if (r === '' || VOWEL.test(rest[0] ?? '')) out.push({ root: r + rest, prefix, prefixCount: 1 });
  }
  for (const prefix of affixes.plainPrefixes) if (word.startsWith(prefix)) out.push({ root: word.slice(prefix.length), prefix, prefixCount: 1 });
  return out;
}

function prefixReadings(word: string): Reading[] {
  const out: Reading[] = [{ root: word, prefix: '', prefixCount: 0 }];
  for (const outer of outerPrefixes(word)) {
    out.push(outer);
    const restored = outer.root !== word.slice(outer.prefix.length);
    if (restored || !affixes.innerPrefixesAfter.has(outer.prefix)) continue;
    for (const inner of affixes.innerPrefixes) if (outer.root.startsWith(inner)) out.push({ ...outer, root: outer.root.slice(inner.length), prefixCount: 2 });
  }
  return out.filter((r) => r.root.length >= 3);
}

/** The root left after the suffix the prefix goes with (pe-/ke- nouns take -an, meN-/di- verbs -kan or -i). */
function withoutSuffix(r: Reading): string {
  const suffixes = r.prefix === '' ? affixes.bareSuffixes : affixes.nounPrefixes.has(r.prefix) ? affixes.nounSuffixes : affixes.verbSuffixes;
  for (const s of suffixes) {
    const root = r.root.slice(0, -s.length);
    if (r.root.endsWith(s) && root.length >= MIN_ROOT && vowels(root) >= 2) return root;
  }
  return r.root;
}

/**
 * An Indonesian stemmer without a full dictionary. Of the readings of a word as prefixes + root,
 * it takes the one with most prefixes whose root is a known word (pertemuan → temu, menyatakan →
 * nyata, memukul → pukul); with no known root, the one with most prefixes that still leaves two
 * syllables, so that the forms of one unknown root (penggeledahan, menggeledah, digeledah) meet.
 * A known inflected form does not stop the stripping: every form of a root must end up alike.
 */
export function createStemmer(known: ReadonlySet<string>): (word: string) => string {
  const cache = new Map<string, string>();
  return (raw: string) => {
    const cached = cache.get(raw);
    if (cached !== undefined) return cached;
    let word = raw.toLowerCase();
    const halves = word.split('-');
    if (halves.length === 2 && halves[0] === halves[1]) word = halves[0]!;
    let stem = word;
    if (word.length > MIN_ROOT && !word.includes('-')) {
      const base = withoutEnding(withoutEnding(word, affixes.particles), affixes.possessives);
      let best: { root: string; prefixCount: number } | undefined;
      let fallback: { root: string; prefixCount: number } | undefined;
      for (const reading of prefixReadings(base)) {
        if (vowels(reading.root) < 2) continue;
        const root = withoutSuffix(reading);
        const isKnown = reading.prefixCount > 0 && (known.has(root) || known.has(reading.root));
        if (isKnown && (!best || reading.prefixCount > best.prefixCount)) best = { root, prefixCount: reading.prefixCount };
        if (!fallback || reading.prefixCount > fallback.prefixCount) fallback = { root, prefixCount: reading.prefixCount };
      }
      stem = (best ?? fallback)?.root ?? base;
    }
    cache.set(raw, stem);
    return stem;
  };
}

/**
 * The root of a word with the common news vocabulary as its known roots: outlets paraphrase with
 * other affixes of one root ("menetapkan", "penetapan", "ditetapkan"), so comparing roots finds
 * the shared wording.
 */
export const stem: (word: string) => string = createStemmer(commonWords);
