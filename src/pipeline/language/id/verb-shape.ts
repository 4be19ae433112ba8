// Indonesian verbs wear their voice as a prefix: me- (active: "menggeledah", "memberi"), di-
// (passive: "dilantik"), ber- (middle: "bertemu"), ter- (stative or accidental: "tertangkap").
// The shape alone is a guess: nouns and function words of the same shape ("mereka", "berita",
// "tersangka") are each caller's own lists.

export type VerbPrefix = 'me' | 'di' | 'ber' | 'ter';

/** A prefix and at least three more letters (a hyphen allowed: "memukul-mukul"). */
const VERB_SHAPE = /^(me|di|ber|ter)[a-z-]{3,}$/;

/** The voice prefix of a lower-case word shaped like a prefixed verb, or null. */
export function verbPrefixOf(lower: string): VerbPrefix | null {
  return (VERB_SHAPE.exec(lower)?.[1] as VerbPrefix | undefined) ?? null;
}

/** Whether a lower-case word is shaped like an active verb ("membujuk", "memberi"). */
export const hasActiveVerbShape = (lower: string) => verbPrefixOf(lower) === 'me';
