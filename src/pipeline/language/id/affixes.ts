import affixesJson from '../../../../data/lexicon/affixes.json';

const { suffixes, prefixes } = affixesJson;
const unsure = new Set(affixesJson.unsureEndings.words);

/** Indonesian affixes as the stemmer takes them off (see data/lexicon/affixes.json). */
export const affixes = {
  particles: affixesJson.particles,
  possessives: affixesJson.possessives,
  /** Prefixes that, with one syllable after them, leave no word when a particle comes off (mengo of mengolah). */
  particleOnRootPrefixes: affixesJson.particleOnRoot.prefixes,
  /** Endings taken off even when what is left is no known word. */
  sureParticles: affixesJson.particles.filter((e) => !unsure.has(e)),
  surePossessives: affixesJson.possessives.filter((e) => !unsure.has(e)),
  plainPrefixes: prefixes.plain,
  /** Nasal prefix → the initial sounds it may have replaced ("" = none): mem+ukul ← pukul. */
  nasalPrefixes: Object.entries(prefixes.nasal).sort((a, b) => b[0].length - a[0].length),
  innerPrefixes: prefixes.inner.prefixes,
  innerPrefixesAfter: new Set(prefixes.inner.after),
  /** meng-/peng-: the nasal forms that may stand before a vowel-initial root unchanged. */
  vowelRootPrefixes: new Set(prefixes.vowelRoots.prefixes),
  /** me-/pe- without a nasal → the initial letters of the roots they stand before. */
  plainInitials: new Map(Object.entries(prefixes.plainInitials.initials).map(([p, initials]) => [p, new Set(initials)] as const)),
  /** Prefixes never taken off by rule alone, and those taken off by rule only with their suffix. */
  neverGuessed: new Set(prefixes.guessed.never),
  guessedWithSuffixOnly: new Set(prefixes.guessed.withSuffixOnly),
  /** menge-/penge-: only before a root of one syllable. */
  oneSyllablePrefixes: new Set(prefixes.oneSyllableRoots.prefixes),
  /** di-: before a root of one syllable as well as before longer ones (dibom, ditulis). */
  anySyllablesPrefixes: new Set(prefixes.oneSyllableRoots.alsoBefore.prefixes),
  /** Prefix forms found with a few roots only (bel- + ajar). */
  rootOnlyPrefixes: Object.entries(prefixes.rootOnly.forms).map(([prefix, roots]) => [prefix, new Set(roots)] as const),
  nounPrefixes: new Set(suffixes.nounPrefixes),
  noSuffixAfter: new Set(suffixes.noneAfter.prefixes),
  /** Suffixes to try, in order of likelihood, after a noun-making, a verb-making or no prefix. */
  nounSuffixes: suffixes.noun,
  verbSuffixes: suffixes.verb,
  /** ber-, which takes -an besides (berdatangan), and its suffixes in order. */
  anPrefixes: new Set(suffixes.withAn.prefixes),
  anPrefixSuffixes: suffixes.withAn.suffixes,
  /** -kkan written -kan (meletakan): the written root in k + this suffix. */
  kanAfterK: suffixes.kanAfterK,
  bareSuffixes: suffixes.bare,
  /** The suffixes of a word with no prefix, in order, when the vocabulary attests more than one root. */
  bareAttestedSuffixes: suffixes.bareAttested.order,
  /** Suffixes a word written on its own keeps unless a form without them attests the shorter root. */
  keptOnWrittenWords: new Set(suffixes.keptOnWrittenWords.suffixes),
  /** The end of a shorter root that must be seen apart from -i before -i comes off it (capa of mencapai is not). */
  aiRootEnding: suffixes.keptOnWrittenWords.rootsInAi.shorterRootEnding,
  /** The -si of a loanword (konfirmasi): its i stays on a long root ending in s. */
  loanwordTail: suffixes.loanwordTails,
  /** Prefix family → the families it may stand inside (none listed: only outermost or alone). */
  innermost: new Map(Object.entries(prefixes.innermost.prefixes).map(([p, outer]) => [p, new Set(outer)] as const)),
  /** Prefixes that are part of the root when other prefixes build on the whole word (setuju, menyetujui). */
  rootWhenDerived: new Set(prefixes.innermost.rootWhenDerived.prefixes),
  /** meng-/peng- and the openings after them that, with nothing attested, read as a k-root. */
  kRestoredPrefixes: new Set(prefixes.kRestoredBefore.prefixes),
  kRestoredOpenings: prefixes.kRestoredBefore.openings,
  /** Loanwords in k that meng-/peng- swallow before other openings (koreksi). */
  kLoanwordRoots: new Set(prefixes.kRestoredBefore.roots.words),
  /** Roots that look prefixed (terima, menteri, kemudian): never cut. */
  rootsLookingPrefixed: new Set(affixesJson.rootsLookingPrefixed.words),
};

/**
 * The prefix a form of a prefix belongs to: the forms of meN- and peN- are one, for they
 * swallow the same sounds (memukul, pemukul: neither attests "ukul"); be- is ber-, te- ter-.
 */
export function prefixFamily(prefix: string): string {
  if ((prefix.startsWith('me') || prefix.startsWith('pe')) && prefix !== 'per') return 'N';
  if (prefix === 'be' || prefix === 'bel') return 'ber';
  if (prefix === 'te') return 'ter';
  if (prefix === 'pel') return 'per';
  return prefix;
}

/** Particles and possessives written onto a word ("-nya", "-lah", "-ku"), lower-case. */
export const enclitics: ReadonlySet<string> = new Set(affixesJson.enclitics.words);
