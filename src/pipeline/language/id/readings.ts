import { affixes } from './affixes';

// The ways a word may be read as prefixes + root + suffix, for the stemmer to choose from.

const VOWEL = /[aeiou]/;
export const vowels = (w: string) => w.replace(/[^aeiou]/g, '').length;
/** Shortest root an ending or suffix may leave when nothing confirms it. */
export const MIN_ROOT = 4;

export interface Reading {
  root: string;
  /** The outermost prefix taken off ('' for none): it decides which suffixes may follow. */
  prefix: string;
  prefixCount: number;
}

/** be- without its r stands before an r (berenang) or a first syllable in -er (bekerja, beternak). */
const BE_ROOT = /^(?:r|[^aeiou]er)/;
function fits(prefix: string, root: string): boolean {
  if (prefix === 'be') return BE_ROOT.test(root);
  const initials = affixes.plainInitials.get(prefix);
  // a root after me-/pe- opens with one consonant, then a vowel: merdeka is no me- + rdeka
  if (prefix === 'pe' || initials) return !VOWEL.test(root[0] ?? 'a') && VOWEL.test(root[1] ?? '') && (!initials || initials.has(root[0]!));
  return true;
}

/** meN-/peN- with the sound they swallowed given back (memukul → pukul), plain prefixes as they are. */
function outerPrefixes(word: string): Reading[] {
  const out: Reading[] = [];
  for (const [prefix, restorations] of affixes.nasalPrefixes) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    const vowelNext = VOWEL.test(rest[0] ?? '');
    for (const r of restorations) {
      // before a vowel, mem-/men- have swallowed a sound; only meng-/peng- stand there as they are
      const fitting = r === '' ? !vowelNext || affixes.vowelRootPrefixes.has(prefix) : vowelNext;
      if (fitting) out.push({ root: r + rest, prefix, prefixCount: 1 });
    }
  }
  for (const prefix of affixes.plainPrefixes) if (word.startsWith(prefix) && fits(prefix, word.slice(prefix.length))) out.push({ root: word.slice(prefix.length), prefix, prefixCount: 1 });
  return out;
}

/** The word itself, with one prefix off, and with a second prefix inside the first (memper-, diper-). */
export function prefixReadings(word: string): Reading[] {
  const out: Reading[] = [{ root: word, prefix: '', prefixCount: 0 }];
  for (const outer of outerPrefixes(word)) {
    out.push(outer);
    const restored = outer.root !== word.slice(outer.prefix.length);
    if (restored || !affixes.innerPrefixesAfter.has(outer.prefix)) continue;
    for (const inner of affixes.innerPrefixes) if (outer.root.startsWith(inner) && fits(inner, outer.root.slice(inner.length))) out.push({ ...outer, root: outer.root.slice(inner.length), prefixCount: 2 });
  }
  return out.filter((r) => r.root.length >= 3);
}

/** The prefix forms that go with one root only: belajar, pelajaran (ber-/per- + ajar). */
export function rootOnlyReadings(word: string): Reading[] {
  const out: Reading[] = [];
  for (const [prefix, roots] of affixes.rootOnlyPrefixes) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    for (const root of roots) if (rest.startsWith(root)) out.push({ root: rest, prefix, prefixCount: 1 });
  }
  return out;
}

/** Suffixes the prefix goes with (pe-/ke- nouns take -an, meN-/di- verbs -kan or -i), in order of likelihood. */
export function suffixesAfter(prefix: string): readonly string[] {
  if (prefix === '') return affixes.bareSuffixes;
  if (affixes.noSuffixAfter.has(prefix)) return [];
  if (affixes.anPrefixes.has(prefix)) return affixes.anPrefixSuffixes;
  return affixes.nounPrefixes.has(prefix) ? affixes.nounSuffixes : affixes.verbSuffixes;
}

/** A nasal before a consonant opens no root (ndiri, mbuat): it is the tail of a prefix (sendiri, pendiri). */
const NASAL_CLUSTER = /^(?:m[^aeiouy]|n[^aeiouyg]|ng[^aeiou])/;
export const opensLikeRoot = (root: string): boolean => !NASAL_CLUSTER.test(root);

/** Whether a root has the shape of one: two syllables or more, or one after menge-/penge- (mengebom). */
/** Whether taking `suffix` off leaves a loanword cut short (dikonfirmasi → konfirmas): the i is the word's own. */
export function cutsLoanword(root: string, suffix: string): boolean {
  const tail = affixes.loanwordTail;
  if (suffix !== tail.suffix || !root.endsWith(tail.before)) return false;
  // koreksi, korupsi, transaksi: no native root ends in two consonants
  const clustered = tail.clusterBefore && root.length > tail.before.length && !VOWEL.test(root[root.length - tail.before.length - 1]!);
  return clustered || vowels(root) >= tail.minSyllables;
}

export function rootShaped(root: string, prefix: string): boolean {
  if (root.length < 3 || !opensLikeRoot(root)) return false;
  if (affixes.anySyllablesPrefixes.has(prefix)) return vowels(root) >= 1;
  return affixes.oneSyllablePrefixes.has(prefix) ? vowels(root) === 1 : vowels(root) >= 2;
}

/** A word with each particle and possessive it may end in taken off (bukunyalah → bukunya, buku). */
export function endingReadings(word: string, particles: readonly string[], possessives: readonly string[]): string[] {
  const cut = (w: string, endings: readonly string[]) => endings.filter((e) => w.endsWith(e) && w.length - e.length >= 3).map((e) => w.slice(0, -e.length));
  const bases = [word, ...cut(word, particles)];
  return [...new Set([...bases, ...bases.flatMap((b) => cut(b, possessives))])];
}
