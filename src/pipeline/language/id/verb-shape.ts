import verbShapes from '../../../../data/lexicon/verb-shapes.json';

// Indonesian verbs wear their voice as a prefix: me- (active: "menggeledah", "memberi"), di-
// (passive: "dilantik"), ber- (middle: "bertemu"), ter- (stative or accidental: "tertangkap").
// The shape is a guess: the function words of that shape are listed here, and the nouns
// ("berita", "tersangka") in the lists of those who read predicates.

export type VerbPrefix = 'me' | 'di' | 'ber' | 'ter';

/**
 * A prefix and a stem of at least three letters. A hyphen may follow the prefix ("di-PHK",
 * "me-reshuffle") or me-'s nasal ("mem-posting", "meng-upload"), and join the halves of a doubled
 * stem ("memukul-mukul"); "diam-diam" has no stem after "di".
 */
const VERB_SHAPE = new RegExp(`^(${verbShapes.prefixes.join('|')})(?:-|(?<=^me)(?:${verbShapes.nasals.join('|')})-)?[a-z]{3,}(?:-[a-z]+)*$`);
const reducedOf: Readonly<Record<string, VerbPrefix>> = verbShapes.reduced as Record<string, VerbPrefix>;
/**
 * ber- and ter- without their r, before a stem whose first syllable ends in -er ("bekerja",
 * "beternak", "tepercaya"). Without that stem be- and te- are letters of plain words ("belum",
 * "betul-betul", "tekanan").
 */
const REDUCED_SHAPE = new RegExp(`^(${Object.keys(reducedOf).join('|')})(?=[b-df-hj-np-tv-z]er)[a-z]{3,}(?:-[a-z]+)*$`);
const notVerbs: ReadonlySet<string> = new Set(verbShapes.notVerbs);

/**
 * The prefix a lower-case word is shaped with, by its letters alone: the listed function words
 * too ("merupakan", "mereka"). For a reader that asks whether a clause has a predicate word of
 * that shape at all, where the copula "merupakan" is one.
 */
export function prefixShapeOf(lower: string): VerbPrefix | null {
  const full = VERB_SHAPE.exec(lower)?.[1] as VerbPrefix | undefined;
  if (full) return full;
  // a listed function word of the reduced shape ("beberapa", "beserta") is no predicate word either
  const reduced = notVerbs.has(lower) ? undefined : REDUCED_SHAPE.exec(lower)?.[1];
  return reduced === undefined ? null : reducedOf[reduced]!;
}

/** The voice prefix of a lower-case word shaped like a prefixed verb and not a listed function word, or null. */
export function verbPrefixOf(lower: string): VerbPrefix | null {
  return notVerbs.has(lower) ? null : prefixShapeOf(lower);
}

/** Whether a lower-case word is shaped like an active verb ("membujuk", "memberi"). */
export const hasActiveVerbShape = (lower: string) => verbPrefixOf(lower) === 'me';
