import { affixes, prefixFamily } from './affixes';
import { opensLikeRoot, vowels } from './readings';

const VOWEL = /[aeiou]/;
const suffixes = ['', ...new Set([...affixes.bareSuffixes, ...affixes.nounSuffixes, ...affixes.verbSuffixes, ...affixes.anPrefixSuffixes, ...affixes.surePossessives])];

/**
 * Every root a written form may carry with its prefix's family, the inverse of prefixing a root:
 * ditulis → tulis (di), menulis → tulis (meN), penulis → tulis (peN); the form itself → ('').
 */
function rootsOfForm(form: string, emit: (root: string, family: string) => void): void {
  // pendiri is pe- + diri, never pe- + ndiri: no root opens with a nasal before a consonant
  const found = (root: string, family: string) => {
    if (opensLikeRoot(root)) emit(root, family);
  };
  found(form, '');
  for (const p of affixes.plainPrefixes) if (form.startsWith(p)) found(form.slice(p.length), prefixFamily(p));
  // bel-/pel- of belajar, pelajaran: ajar is attested by either
  for (const [p, roots] of affixes.rootOnlyPrefixes) if (form.startsWith(p) && [...roots].some((r) => form.startsWith(r, p.length))) found(form.slice(p.length), prefixFamily(p));
  for (const [p, restorations] of affixes.nasalPrefixes) {
    if (!form.startsWith(p)) continue;
    const rest = form.slice(p.length);
    for (const r of restorations) {
      // the nasal swallowed the root's first sound only before a vowel: menulis ← tulis
      // menge-/penge- stand only before one syllable: mengenai is no menge- + nai
      if (affixes.oneSyllablePrefixes.has(p) && vowels(r + rest) !== 1) continue;
      if (r === '') found(rest, prefixFamily(p));
      else if (VOWEL.test(rest[0] ?? '')) found(r + rest, prefixFamily(p));
    }
  }
}

/** A form a root was read out of: its prefix's family and the suffix it carried. */
interface Source {
  family: string;
  suffix: string;
}

/**
 * Whether a root is attested by the vocabulary: written on its own, or with an affix of another
 * family than the reading that found it. "tulis" read out of "menulis" is attested by "ditulis"
 * or "penulisan"; "luarga" read out of "keluarga" only by "keluarganya", of the same ke-, so no.
 * The sources of every root are read off the vocabulary once (each word with each suffix and
 * prefix it may carry taken off), not looked up form by form for each root asked about.
 */
export interface Attestation {
  (root: string, family: string): boolean;
  /**
   * Whether a form with another suffix than `suffix` (or none) attests the root too: every
   * X-kan also reads as Xk + -an, so "lakuk" is attested by "dilakukan" alone, while "desak" of
   * "desakan" is attested by "mendesak" as well.
   */
  evidenced(root: string, family: string, suffix: string): boolean;
  /**
   * How many prefix families other than `family` derive the root in the vocabulary: a root
   * other verbs and nouns are built on (mohon: dimohon, permohonan) is more surely the root of
   * an ambiguous form (memohon: me- + mohon or meN- + pohon) than a word only seen bare.
   */
  derivations(root: string, family: string): number;
}

export function createAttestation(known: ReadonlySet<string>): Attestation {
  let sources: Map<string, Source[]> | undefined;
  const sourcesOf = (root: string): readonly Source[] => {
    if (!sources) {
      const byRoot = new Map<string, Source[]>();
      for (const word of known) {
        for (const s of suffixes) {
          if (!word.endsWith(s)) continue;
          rootsOfForm(word.slice(0, word.length - s.length), (r, family) => {
            // a bare root attests nothing by itself; with a suffix it does (tulisan → tulis)
            if (family === '' && s === '') return;
            const list = byRoot.get(r) ?? byRoot.set(r, []).get(r)!;
            if (!list.some((x) => x.family === family && x.suffix === s)) list.push({ family, suffix: s });
          });
        }
      }
      sources = byRoot;
    }
    return sources.get(root) ?? [];
  };
  const attested = (root: string, family: string) => known.has(root) || sourcesOf(root).some((x) => x.family !== family);
  const evidenced = (root: string, family: string, suffix: string) => known.has(root) || sourcesOf(root).some((x) => x.family !== family && x.suffix !== suffix);
  const derivations = (root: string, family: string) => new Set(sourcesOf(root).filter((x) => x.family !== '' && x.family !== family).map((x) => x.family)).size;
  return Object.assign(attested, { evidenced, derivations });
}
