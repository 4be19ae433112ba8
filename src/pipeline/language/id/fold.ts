// Folding for lookup and ids: every stage compares words and names through these, so that
// "Sénat" and "Senat", "Kim Jong-un" and "kim jong un" meet the same way everywhere.

/** Accents taken off letters: "Sénat" → "Senat" (decomposed, combining marks dropped). */
export const withoutDiacritics = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Case, accents, hyphens, spaces and punctuation folded away: "Kim Jong-un" → "kimjongun". */
export const foldLetters = (s: string): string => withoutDiacritics(s).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Lower-case ASCII letters and digits joined by single hyphens: "Kim Jong-un" → "kim-jong-un". */
export const slugOf = (s: string): string =>
  withoutDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A word list as a set of lower-case forms, for looking up a lower-cased word. */
export const lowerSet = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
