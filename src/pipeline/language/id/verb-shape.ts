import verbShapes from '../../../../data/lexicon/verb-shapes.json';

// Indonesian verbs wear their voice as a prefix: me- (active: "menggeledah", "memberi"), di-
// (passive: "dilantik"), ber- (middle: "bertemu"), ter- (stative or accidental: "tertangkap").
// The shape is a guess: the function words of that shape are listed here, and the nouns
// ("berita", "tersangka") in the lists of those who read predicates.

export type VerbPrefix = 'me' | 'di' | 'ber' | 'ter';

/** A prefix and at least three more letters (a hyphen allowed: "memukul-mukul"). */
const VERB_SHAPE = new RegExp(`^(${verbShapes.prefixes.join('|')})[a-z-]{3,}$`);
const notVerbs: ReadonlySet<string> = new Set(verbShapes.notVerbs);

/** The voice prefix of a lower-case word shaped like a prefixed verb, or null. */
export function verbPrefixOf(lower: string): VerbPrefix | null {
  if (notVerbs.has(lower)) return null;
  return (VERB_SHAPE.exec(lower)?.[1] as VerbPrefix | undefined) ?? null;
}

/** Whether a lower-case word is shaped like an active verb ("membujuk", "memberi"). */
export const hasActiveVerbShape = (lower: string) => verbPrefixOf(lower) === 'me';
