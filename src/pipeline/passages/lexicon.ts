import clausesJson from '../../../data/lexicon/passage-clauses.json';
import passageWordsJson from '../../../data/lexicon/passage-words.json';
import claimsJson from '../../../data/lexicon/claims.json';
import phrasesJson from '../../../data/lexicon/passage-phrases.json';
import synonymsJson from '../../../data/lexicon/passage-synonyms.json';
import { stopwords } from '../language/id';

/** Words (surface or root) that never make two sentences one statement. */
export const unsaidWords: ReadonlySet<string> = new Set([...stopwords, ...passageWordsJson.unsaid]);

/**
 * Whether a word (lower case) says nothing, with or without the pronoun -nya on it: "menurutnya" ("according to
 * him") cites as "menurut" does, and is no form of "turut" that reports a happening.
 */
export const isUnsaid = (lower: string): boolean => unsaidWords.has(lower) || (lower.endsWith('nya') && unsaidWords.has(lower.slice(0, -3)));

/** Roots in `unsaidWords` that state something once affixed ("ditetapkan" against "tetap"). */
export const saidWhenAffixed: ReadonlySet<string> = new Set(passageWordsJson.saidWhenAffixed.words);

/** Affixed words that state a fact though their root says nothing in its other forms ("berlaku" against "melakukan"). */
export const saidForms: ReadonlySet<string> = new Set(passageWordsJson.saidWhenAffixed.forms);

/** Words between a figure and what it counts ("dua kali kalah", "tiga orang warga"). */
export const classifiers: ReadonlySet<string> = new Set(passageWordsJson.classifiers.words);

/** Modals of obligation and prohibition ("harus", "jangan"): what ought to be, not what is. */
export const obligingWords: ReadonlySet<string> = new Set(passageWordsJson.obliging.words);

/** Words before a bare year that make it the time of the happening ("pada 2013"). */
export const timeOfHappening: readonly string[] = passageWordsJson.timeOfHappening.words;

/** Each word of a group of words outlets use for one another → the group's first word. */
export const sameSense: ReadonlyMap<string, string> = new Map(synonymsJson.groups.flatMap((g) => g.map((w) => [w, g[0]!] as const)));

/** Words that deny what follows them ("tidak", "belum", "bukan"). */
export const negators: ReadonlySet<string> = new Set(claimsJson.negators);

/** Words a denial passes over on its way to the predicate ("tidak pernah menang"). */
export const deniedPassOver: ReadonlySet<string> = new Set(passageWordsJson.deniedPassOver.words);

/** Set phrases by their two roots ("letak jabat" for "meletakkan jabatan") → the roots they mean ("mundur jabat"). */
export const phrases: ReadonlyMap<string, readonly string[]> = new Map(phrasesJson.phrases.map((p) => [p.words.join(' '), p.means] as const));

const { relative, actor, openingTime } = clausesJson;
/** Conjunctions of time that open a sentence with a background clause ("Sebelum terpilih ..., ia"). */
export const openingTimeMarkers: ReadonlySet<string> = new Set(openingTime.markers);
/** Words that open a relative clause ("yang"). */
export const relativeMarkers: ReadonlySet<string> = new Set(relative.markers);
/** Demonstratives that close the noun phrase a relative clause is part of ("itu", "tersebut"). */
export const closingDemonstratives: ReadonlySet<string> = new Set(relative.closingDemonstratives);
/** Conjunctions that open another clause and so end a relative one ("untuk", "karena"). */
export const clauseOpeners: ReadonlySet<string> = new Set(relative.clauseOpeners);
/** Auxiliaries of aspect that open a main predicate once a relative clause has begun ("telah", "akan"). */
export const predicateAuxiliaries: ReadonlySet<string> = new Set(relative.predicateAuxiliaries);
/** Words after which a name is no subject (prepositions, "dan"). */
export const notActorAfter: ReadonlySet<string> = new Set(actor.notAfter);
/** Words before the one who acts in a passive clause ("oleh"). */
export const agentMarkers: ReadonlySet<string> = new Set(actor.agentMarkers);
/** Prefixes that make a verb passive: its subject is the one acted on (di-, ter-). */
export const passivePrefixes: readonly string[] = actor.passivePrefixes;
/** Adverbs, modals and negators that may stand between a subject and its predicate ("bahkan", "sudah", "akan"). */
export const predicateAdverbs: ReadonlySet<string> = new Set(actor.predicateAdverbs);
/** Words that open a complement clause with a subject of its own ("bahwa"). */
export const complementisers: ReadonlySet<string> = new Set(actor.complementisers);
/** Reflexives that name the speaker again at the head of what is said ("menyatakan dirinya mundur"). */
export const selfPronouns: ReadonlySet<string> = new Set(actor.selfPronouns);
/** Nouns for the members of a body before its name after a passive verb ("ditangkap petugas Polres Bogor"). */
export const agentHeads: ReadonlySet<string> = new Set(actor.agentHeads);

/** Negators of what has not happened yet ("belum") → the notion of waiting for it they also give ("tunggu"). */
export const pendingMarks: ReadonlyMap<string, readonly string[]> = new Map(passageWordsJson.pending.words.map((w) => [w, passageWordsJson.pending.means] as const));

/** The features of waiting that a pending matter gives ("w:tunggu"). */
export const awaitedFeatures: readonly string[] = passageWordsJson.pending.means.map((m) => `w:${m}`);

/** "satu" before a noun of occasion ("satu kesempatan"): the indefinite "some", no figure. */
export const indefiniteOnes: { readonly words: readonly string[]; readonly before: readonly string[] } = passageWordsJson.indefiniteOne;
