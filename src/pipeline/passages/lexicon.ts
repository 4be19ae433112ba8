import passageWordsJson from '../../../data/lexicon/passage-words.json';
import claimsJson from '../../../data/lexicon/claims.json';
import synonymsJson from '../../../data/lexicon/passage-synonyms.json';
import stopwordsJson from '../../../data/lexicon/stopwords.json';

const { suffixes } = passageWordsJson;

export const affixes = {
  particles: passageWordsJson.particles,
  possessives: passageWordsJson.possessives,
  plainPrefixes: passageWordsJson.prefixes.plain,
  /** Nasal prefix → the initial sounds it may have replaced ("" = none): mem+ukul ← pukul. */
  nasalPrefixes: Object.entries(passageWordsJson.prefixes.nasal).sort((a, b) => b[0].length - a[0].length),
  innerPrefixes: passageWordsJson.prefixes.inner.prefixes,
  innerPrefixesAfter: new Set(passageWordsJson.prefixes.inner.after),
  nounPrefixes: new Set(suffixes.nounPrefixes),
  /** Suffixes to try, in order of likelihood, after a noun-making, a verb-making or no prefix. */
  nounSuffixes: suffixes.noun,
  verbSuffixes: suffixes.verb,
  bareSuffixes: suffixes.bare,
};

/** Words (surface or root) that never make two sentences one statement. */
export const unsaidWords: ReadonlySet<string> = new Set([...stopwordsJson.words, ...passageWordsJson.unsaid]);

/** Roots in `unsaidWords` that state something once affixed ("ditetapkan" against "tetap"). */
export const saidWhenAffixed: ReadonlySet<string> = new Set(passageWordsJson.saidWhenAffixed.words);

/** Words between a figure and what it counts ("dua kali kalah", "tiga orang warga"). */
export const classifiers: ReadonlySet<string> = new Set(passageWordsJson.classifiers.words);

/** Words before a bare year that make it the time of the happening ("pada 2013"). */
export const timeOfHappening: readonly string[] = passageWordsJson.timeOfHappening.words;

/** Each word of a group of words outlets use for one another → the group's first word. */
export const sameSense: ReadonlyMap<string, string> = new Map(synonymsJson.groups.flatMap((g) => g.map((w) => [w, g[0]!] as const)));

/** Words that deny what follows them ("tidak", "belum", "bukan"). */
export const negators: ReadonlySet<string> = new Set(claimsJson.negators);

/** Words a denial passes over on its way to the predicate ("tidak pernah menang"). */
export const deniedPassOver: ReadonlySet<string> = new Set(passageWordsJson.deniedPassOver.words);
