import predicatesJson from '../../../data/lexicon/passage-predicates.json';
import timeNumbersJson from '../../../data/lexicon/time-numbers.json';
import { verbPrefixOf } from '../language/id/verb-shape';

/**
 * The happening a sentence reports is its predicate: "ditangkap" and "dibebaskan" of one man are
 * two happenings, "ditangkap" and "penangkapan" one. A word names a happening when its affixes
 * make it a verb (me-, di-, ber-, ter-, by the shared reading of verb shapes) or the noun of a
 * doing (pe-...-an, ke-...-an: penangkapan, kekalahan; not the places, bodies and qualities the
 * circumfix also names: kecamatan, perusahaan, keamanan), or when it is a verb used bare (mundur,
 * tiba). An agent noun (pe- without -an: pelatih, pemain) names who. Saying and light verbs frame
 * or carry another happening and name none of their own.
 */
const bareVerbs: ReadonlySet<string> = new Set(predicatesJson.bareVerbs.words);
const notHappenings: ReadonlySet<string> = new Set(predicatesJson.notHappenings.words);
const happeningForms: ReadonlySet<string> = new Set(predicatesJson.notHappenings.happeningForms);
const namingNouns: ReadonlySet<string> = new Set(predicatesJson.namingNouns.words);
/** Number words: ke- before one makes an ordinal (kesembilan, kedelapan), whatever the stemmer makes of it. */
const numberRoots: ReadonlySet<string> = new Set([...Object.keys(timeNumbersJson.digits), ...Object.keys(timeNumbersJson.whole)]);

/** Adjective roots on which ter- is the superlative ("tertinggi", "terbesar"), not a verb. */
const superlativeRoots: ReadonlySet<string> = new Set(predicatesJson.superlatives.words);
const SUPERLATIVE_PREFIX = 'ter';

const NOUN_OF_DOING = /^(?:pe|ke).*an(?:nya)?$/;
const AGENT_NOUN = /^pe/;
const HAVING_PREFIX = 'ber';

/**
 * The pe(N)- noun a word (lower case) with its root is, without its possessive, or undefined: pe(N)- without
 * -an names who does ("penyidik", "pengungsi", "pelaku"), as a title does, or what comes of the doing
 * ("pendapat"), not the doing of its root ("penyidikan", "mengungsi", "mendapat"). A word whose root it opens
 * with has no prefix pe- at all ("pesan", "pesawat").
 */
export function agentNoun(lower: string, root: string): string | undefined {
  const unowned = lower.endsWith('nya') ? lower.slice(0, -3) : lower;
  // ber- on such a noun makes a verb of having it, and it keeps the noun's sense: berpendapat (pendapat), berpenduduk
  const bare = unowned.startsWith(HAVING_PREFIX) && AGENT_NOUN.test(unowned.slice(HAVING_PREFIX.length)) ? unowned.slice(HAVING_PREFIX.length) : unowned;
  if (!AGENT_NOUN.test(bare) || NOUN_OF_DOING.test(bare) || root.length >= bare.length || bare.startsWith(root)) return undefined;
  return bare;
}

/** Whether a word (lower case) with its root names a happening. */
export function namesHappening(lower: string, root: string): boolean {
  if (notHappenings.has(root)) return happeningForms.has(lower);
  // kecamatan, perusahaan, keamanan: the circumfix on a noun or an adjective names a place, a body or a quality
  const bare = lower.endsWith('nya') ? lower.slice(0, -3) : lower;
  // "bersatu", "penyatuan" are doings on a number root; only the ordinal is not
  if (namingNouns.has(bare) || (bare.startsWith('ke') && numberRoots.has(bare.slice(2)))) return false;
  // "tarif tertinggi": the highest rate, which one is meant
  if (bare.startsWith(SUPERLATIVE_PREFIX) && superlativeRoots.has(root)) return false;
  if (root === lower || root.length >= lower.length) return bareVerbs.has(root);
  // pemohon, pemenang: who asks, who wins, even of a verb used bare (mohon, menang)
  if (AGENT_NOUN.test(lower) && !NOUN_OF_DOING.test(lower)) return false;
  if (bareVerbs.has(root)) return true;
  return verbPrefixOf(lower) !== null || NOUN_OF_DOING.test(lower);
}

const placeHeads: ReadonlySet<string> = new Set(predicatesJson.placeHeads.words);

/**
 * Whether a noun of doing (lower case) after the word before it (lower case) only says which place
 * is meant: "lokasi pengungsian", "posko pengungsian" name where, not that anyone fled.
 */
export function qualifiesPlace(lower: string, before: string | undefined): boolean {
  return before !== undefined && placeHeads.has(before) && NOUN_OF_DOING.test(lower);
}

/** Words after a verb that make the role they name the happening ("terpilih sebagai presiden"). */
export const roleMarkers: ReadonlySet<string> = new Set(predicatesJson.roleMarkers.words);

/** The verbs of appointing and holding a post (as roots) after which "sebagai" names the happening. */
export const appointingVerbs: ReadonlySet<string> = new Set(predicatesJson.roleMarkers.after.map((w) => `w:${w}`));

/**
 * Verbs whose complement is the happening: verbs of becoming ("menjadi tersangka") and light
 * verbs, whose object tells what took place ("menggelar razia", "melakukan sosialisasi").
 */
export const roleVerbs: ReadonlySet<string> = new Set([...predicatesJson.roleVerbs.words, ...predicatesJson.lightVerbs.words]);

/**
 * Copulas and verbs of amounting or setting ("adalah", "mencapai", "ditetapkan"): a figure right
 * after one is what the sentence states, so it joins the sentence's happenings.
 */
export const figureVerbs: ReadonlySet<string> = new Set(predicatesJson.figureVerbs.words);

const lightBeforeDoing: ReadonlySet<string> = new Set(predicatesJson.lightVerbs.beforeDoing.words);

/**
 * Whether a verb (lower case) hands its happening to the word after it: a light verb before a
 * noun of doing ("membuat laporan", "mengambil keputusan"), not before a person or a thing
 * ("membuat warga resah", "mengambil dokumen").
 */
export function passesToDoing(lower: string, nextOf: () => { lower: string; root: string } | undefined): boolean {
  if (!lightBeforeDoing.has(lower)) return false;
  const next = nextOf();
  return next !== undefined && next.root !== next.lower && NOUN_OF_DOING.test(next.lower) && namesHappening(next.lower, next.root);
}

const converseOf: ReadonlyMap<string, string> = new Map(predicatesJson.converses.groups.flatMap((g) => g.map((w) => [`w:${w}`, `w:${g[0]!}`] as const)));

/** One key for the verbs that tell one happening from either side ("menyetor" and "menerima"). */
export const happeningKey = (feature: string): string => converseOf.get(feature) ?? feature;

const titleParticiples: ReadonlySet<string> = new Set(predicatesJson.titleParticiples.words);
const predicateAfter: ReadonlySet<string> = new Set(predicatesJson.titleParticiples.predicateAfter);

/**
 * Whether a participle (lower case) qualifies the title before it instead of reporting a
 * happening: "presiden terpilih" is who (the president-elect), "presiden terpilih kembali" and
 * "terpilih sebagai presiden" what happened.
 */
export function qualifiesTitle(lower: string, before: string | undefined, after: string | undefined, isTitle: (word: string) => boolean): boolean {
  return titleParticiples.has(lower) && before !== undefined && isTitle(before) && (after === undefined || !predicateAfter.has(after));
}

const passivePronouns: ReadonlySet<string> = new Set(predicatesJson.pronounPassives.pronouns);
const beforePassivePronoun: ReadonlySet<string> = new Set(predicatesJson.pronounPassives.before);

/**
 * Whether the word after `pronoun` is the verb of a passive with a pronoun agent ("sudah kami
 * periksa", "yang saya terima"): an auxiliary or "yang", the pronoun, then the verb. Not "kami
 * warga desa" or "rumah kami", where the pronoun opens or closes a noun phrase.
 */
export function afterPassivePronoun(root: string, twoBefore: string | undefined, before: string | undefined): boolean {
  return !notHappenings.has(root) && before !== undefined && twoBefore !== undefined && passivePronouns.has(before) && beforePassivePronoun.has(twoBefore);
}

/**
 * Whether a word (lower case) with its root can open a predicate: a verb, not the noun of a
 * doing ("mundur", "diperiksa", not "pemeriksaan"), so the clause it opens has no subject of its own.
 */
export function opensPredicate(lower: string, root: string): boolean {
  return namesHappening(lower, root) && !NOUN_OF_DOING.test(lower);
}
