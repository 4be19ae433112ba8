import { affixes, prefixFamily } from './affixes';
import { createAttestation } from './attest';
import { endingReadings, MIN_ROOT, prefixReadings, rootOnlyReadings, rootShaped, suffixesAfter, vowels, type Reading } from './readings';
import { commonWords } from './words';

/** Nested prefixes an attested root may still carry (memberlakukan → berlaku → laku). */
const MAX_DEPTH = 3;

interface Candidate {
  root: string;
  prefixCount: number;
  /** The outer prefix's family: a root must be attested by a form of another one. */
  family: string;
}

/** Every reading of a word as prefixes + root + suffix, endings off or on; not the word itself. */
function candidates(word: string): Candidate[] {
  const out: Candidate[] = [];
  for (const base of endingReadings(word, affixes.particles, affixes.possessives)) {
    for (const r of [...prefixReadings(base), ...rootOnlyReadings(base)]) {
      for (const root of [r.root, ...suffixesAfter(r.prefix).filter((s) => r.root.endsWith(s)).map((s) => r.root.slice(0, -s.length))]) {
        if (root !== word && rootShaped(root, r.prefix)) out.push({ root, prefixCount: r.prefixCount, family: prefixFamily(r.prefix) });
      }
    }
  }
  return out;
}

/** The root left after the suffix the prefix goes with, when nothing confirms a reading. */
function withoutSuffix(r: Reading): string {
  for (const s of suffixesAfter(r.prefix)) {
    const root = r.root.slice(0, -s.length);
    if (r.root.endsWith(s) && root.length >= MIN_ROOT && vowels(root) >= 2) return root;
  }
  return r.root;
}

function withoutEnding(word: string, endings: readonly string[]): string {
  for (const e of endings) if (word.endsWith(e) && word.length - e.length >= MIN_ROOT) return word.slice(0, -e.length);
  return word;
}

/** An unknown word: the reading with most prefixes that still leaves two syllables, so its forms meet. */
function guessedRoot(word: string): string {
  const base = withoutEnding(withoutEnding(word, affixes.sureParticles), affixes.surePossessives);
  let guess: { root: string; prefixCount: number } | undefined;
  for (const reading of prefixReadings(base)) {
    if (vowels(reading.root) < 2 || affixes.oneSyllablePrefixes.has(reading.prefix) || affixes.neverGuessed.has(reading.prefix)) continue;
    const root = withoutSuffix(reading);
    // pe- before r is per- with its r given to the root: perintah is no pe- + rintah either
    const prefix = reading.prefix === 'pe' && reading.root.startsWith('r') ? 'per' : reading.prefix;
    if (root === reading.root && affixes.guessedWithSuffixOnly.has(prefix)) continue;
    if (!guess || reading.prefixCount > guess.prefixCount) guess = { root, prefixCount: reading.prefixCount };
  }
  return guess?.root ?? base;
}

/**
 * An Indonesian stemmer after the Nazief–Adriani rules, with the vocabulary as its dictionary.
 * Particles (-lah, -kah, -tah, -pun), possessives (-ku, -mu, -nya), the suffix a prefix goes with
 * (-i, -kan, -an) and up to two prefixes (di-, ke-, se-, be(r)-, te(r)-, me(N)-, pe(N)-, pe(r)-, the
 * nasal's swallowed sound given back) come off when the vocabulary attests the root left: of
 * those readings, the one with fewest prefixes and the shortest root, itself stemmed again
 * (memberikan → memberi → beri, not mem-ber-ikan). With no attested root, affixes come off by
 * the rules of their shape alone, so that the forms of one unknown root (penggeledahan,
 * menggeledah, digeledah) still meet; those rules leave se- words (sekitar), ke-/per- without
 * their suffix (keluarga, perkara) and impossible nasal forms (merdeka, media) whole. The
 * vocabulary holds written forms, not roots, so a known word alone does not stop the stripping
 * (dilansir → lansir).
 */
export function createStemmer(known: ReadonlySet<string>): (word: string) => string {
  const attested = createAttestation(known);
  const cache = new Map<string, string>();

  const attestedRoot = (word: string, depth: number): string | null => {
    let best: Candidate | undefined;
    for (const c of candidates(word)) {
      // a root of one syllable (mengebom → bom) must be written on its own somewhere
      if (vowels(c.root) < 2 ? !known.has(c.root) : !attested(c.root, c.family)) continue;
      if (!best || c.prefixCount < best.prefixCount || (c.prefixCount === best.prefixCount && c.root.length < best.root.length)) best = c;
    }
    if (!best) return null;
    return (depth < MAX_DEPTH && best.root.length > MIN_ROOT && attestedRoot(best.root, depth + 1)) || best.root;
  };

  return (raw: string) => {
    const cached = cache.get(raw);
    if (cached !== undefined) return cached;
    let word = raw.toLowerCase();
    const halves = word.split('-');
    if (halves.length === 2 && halves[0] === halves[1]) word = halves[0]!;
    let stem = word;
    if (word.length > MIN_ROOT && !word.includes('-')) {
      const guess = () => {
        const root = guessedRoot(word);
        // a guess may still carry a prefix the vocabulary attests (diketahui → ketahu → tahu)
        return (root.length > MIN_ROOT && attestedRoot(root, 1)) || root;
      };
      stem = attestedRoot(word, 0) ?? guess();
    }
    cache.set(raw, stem);
    return stem;
  };
}

/**
 * The root of a word with the common news vocabulary as its dictionary: outlets paraphrase with
 * other affixes of one root ("menetapkan", "penetapan", "ditetapkan"), so comparing roots finds
 * the shared wording.
 */
export const stem: (word: string) => string = createStemmer(commonWords);
