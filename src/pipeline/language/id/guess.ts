import { affixes, prefixFamily } from './affixes';
import { cutsLoanword, MIN_ROOT, prefixReadings, suffixesAfter, vowels, type Reading } from './readings';

// The root of a word the vocabulary attests no root of: affixes off by the rules of their shape alone.

/** meng-/peng- + on-/om- + consonant with nothing attested: the k-root (mengonsumsi → konsumsi). */
function dropsK(base: string, reading: Reading): boolean {
  if (!affixes.kRestoredPrefixes.has(reading.prefix) || reading.root !== base.slice(reading.prefix.length)) return false;
  // mengoreksi, pengorbanan: a loanword in k the language writes with it
  if (affixes.kLoanwordRoots.has(`k${reading.root}`) || affixes.kLoanwordRoots.has(`k${withoutSuffix(reading)}`)) return true;
  return affixes.kRestoredOpenings.some((o) => reading.root.startsWith(o) && /^[^aeiou]/.test(reading.root.slice(o.length)));
}

/** The root left after the suffix the prefix goes with, when nothing confirms a reading. */
function withoutSuffix(r: Reading): string {
  for (const s of suffixesAfter(r.prefix)) {
    const root = r.root.slice(0, -s.length);
    if (r.root.endsWith(s) && root.length >= MIN_ROOT && vowels(root) >= 2 && !cutsLoanword(root, s)) return root;
  }
  return r.root;
}

function withoutEnding(word: string, endings: readonly string[]): string {
  for (const e of endings) if (word.endsWith(e) && word.length - e.length >= MIN_ROOT) return word.slice(0, -e.length);
  return word;
}

/** A prefix with less than two syllables after it is no word (mengo, bersa): the lah of mengolah is the root's. */
const prefixAndSyllable = (w: string) => affixes.particleOnRootPrefixes.some((p) => w.startsWith(p) && vowels(w.slice(p.length)) < 2);

/** A particle follows a word, and no word of one syllable takes one in news text: langkah is no lang + -kah. */
const oneSyllable = (w: string) => vowels(w) < 2;

function withoutParticle(word: string): string {
  const rest = withoutEnding(word, affixes.sureParticles);
  return prefixAndSyllable(rest) || oneSyllable(rest) ? word : rest;
}

/** The particles and possessives that come off a word by rule (ditulisnya → ditulis). */
export const endingsOff = (word: string) => withoutEnding(withoutParticle(word), affixes.surePossessives);

/** An unknown word: the reading with most prefixes that still leaves two syllables, so its forms meet. */
export function guessedRoot(word: string): { root: string; family: string } {
  const base = endingsOff(word);
  const readings = prefixReadings(base);
  // keberanian, menerima: a reading that reaches a root that looks prefixed stops there
  for (const reading of readings) {
    const root = withoutSuffix(reading);
    if (affixes.rootsLookingPrefixed.has(reading.root) || affixes.rootsLookingPrefixed.has(root)) return { root: affixes.rootsLookingPrefixed.has(reading.root) ? reading.root : root, family: prefixFamily(reading.prefix) };
  }
  let guess: { root: string; prefixCount: number; family: string } | undefined;
  for (const reading of readings) {
    if (vowels(reading.root) < 2 || affixes.oneSyllablePrefixes.has(reading.prefix) || affixes.neverGuessed.has(reading.prefix) || dropsK(base, reading)) continue;
    const root = withoutSuffix(reading);
    // memperagakan: per- inside mem- would leave a root too short to lose the -kan it ends in (aga); the per is the root's (peraga)
    if (reading.prefixCount > 1 && root === reading.root && suffixesAfter(reading.prefix).some((s) => root.endsWith(s))) continue;
    // nor is its r the root's (mem- + pe- + raga) when nothing attests either root: the guess keeps per- with the root, as it keeps peraga whole
    if (reading.prefixCount > 1 && reading.root.startsWith('r') && base.slice(0, -reading.root.length).endsWith('pe')) continue;
    // pe- before r is per- with its r given to the root: perintah is no pe- + rintah either
    const prefix = reading.prefix === 'pe' && reading.root.startsWith('r') ? 'per' : reading.prefix;
    if (root === reading.root && affixes.guessedWithSuffixOnly.has(prefix)) continue;
    if (!guess || reading.prefixCount > guess.prefixCount) guess = { root, prefixCount: reading.prefixCount, family: prefixFamily(reading.prefix) };
  }
  return guess ?? { root: base, family: '' };
}
