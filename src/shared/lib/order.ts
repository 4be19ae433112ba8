// One collator for every text order the reader shows. `a.localeCompare(b)` orders exactly as
// `new Intl.Collator().compare(a, b)` does, but may build its collator again on each call: the
// sort of a large story's events took 35-50 ms on first use.
let collator: Intl.Collator | undefined;

// Texts of lower-case ASCII letters, digits, spaces and hyphens only (date values, most labels)
// order the same by code unit: the collation puts the space before the hyphen, the hyphen before
// the digits and the digits before the letters, each in its order, and a shorter prefix first.
// Making the collator is the costly part (the locale's data loads on first use).
const PLAIN = /^[a-z\d -]*$/;

/** Compares two texts as `localeCompare` does (the default locale, default options). */
export function compareText(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  collator ??= new Intl.Collator();
  return collator.compare(a, b);
}

/**
 * The items sorted by their keys, compared in order with `compareText` (a stable sort; each
 * item's keys are computed once, not once per comparison).
 */
export function sortByTexts<T>(items: readonly T[], keys: (item: T) => readonly string[]): T[] {
  const keyed = items.map((item) => ({ item, keys: keys(item) }));
  keyed.sort((x, y) => {
    for (let i = 0; i < x.keys.length; i++) {
      const order = compareText(x.keys[i]!, y.keys[i] ?? '');
      if (order !== 0) return order;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}
