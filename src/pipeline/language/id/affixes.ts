import affixesJson from '../../../../data/lexicon/affixes.json';

const { suffixes, prefixes } = affixesJson;

/** Indonesian affixes as the stemmer takes them off (see data/lexicon/affixes.json). */
export const affixes = {
  particles: affixesJson.particles,
  possessives: affixesJson.possessives,
  plainPrefixes: prefixes.plain,
  /** Nasal prefix → the initial sounds it may have replaced ("" = none): mem+ukul ← pukul. */
  nasalPrefixes: Object.entries(prefixes.nasal).sort((a, b) => b[0].length - a[0].length),
  innerPrefixes: prefixes.inner.prefixes,
  innerPrefixesAfter: new Set(prefixes.inner.after),
  nounPrefixes: new Set(suffixes.nounPrefixes),
  /** Suffixes to try, in order of likelihood, after a noun-making, a verb-making or no prefix. */
  nounSuffixes: suffixes.noun,
  verbSuffixes: suffixes.verb,
  bareSuffixes: suffixes.bare,
};

/** Particles and possessives written onto a word ("-nya", "-lah", "-ku"), lower-case. */
export const enclitics: ReadonlySet<string> = new Set(affixesJson.enclitics.words);
