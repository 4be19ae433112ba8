import passageWordsJson from '../../../data/lexicon/passage-words.json';
import claimsJson from '../../../data/lexicon/claims.json';
import phrasesJson from '../../../data/lexicon/passage-phrases.json';
import synonymsJson from '../../../data/lexicon/passage-synonyms.json';
import { stopwords } from '../language/id';

/** Words (surface or root) that never make two sentences one statement. */
export const unsaidWords: ReadonlySet<string> = new Set([...stopwords, ...passageWordsJson.unsaid]);

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

/** Words opening a relative clause inside an attribution, whose words still count. */
export const relativeMarkers: ReadonlySet<string> = new Set(passageWordsJson.relativeMarkers.words);

/** Set phrases by their two roots ("letak jabat" for "meletakkan jabatan") → the roots they mean ("mundur jabat"). */
export const phrases: ReadonlyMap<string, readonly string[]> = new Map(phrasesJson.phrases.map((p) => [p.words.join(' '), p.means] as const));
