import { foldLetters, siteSuffix, slugOf, withoutSiteSuffix } from '../language/id';
import { remembered } from '../remembered';

/** Whether a name is written as a site address ("aljazeera.com"). */
export const isSiteAddress = (s: string) => siteSuffix.test(s);

/** Case, accents, hyphens, spaces, dots and a site suffix folded away: "Kim Jong-un" -> "kimjongun". */
const foldOnce = (s: string) => foldLetters(withoutSiteSuffix(s));

// names repeat throughout a story and are folded again at every pass: remember recent ones
// (bounded, so a long run does not keep every string it has seen)
const NAMES_REMEMBERED = 50_000;
export const fold = remembered(foldOnce, NAMES_REMEMBERED);
/** `fold` of a word inside a longer name: no site suffix is taken off (only a name's end has one). */
export const foldInner = remembered(foldLetters, NAMES_REMEMBERED);

/**
 * `fold` of words joined by single spaces, made from the words' own folds: a space keeps apart
 * what decomposition and case mapping see on either side, and only the last word can end in a
 * site suffix, so a name of several words is folded without folding its joined text again.
 */
export function foldWords(texts: readonly string[]): string {
  let out = '';
  for (let k = 0; k < texts.length - 1; k++) out += foldInner(texts[k]!);
  return texts.length ? out + fold(texts[texts.length - 1]!) : fold('');
}

/** A stable id from a display name: "Kim Jong-un" -> "kim-jong-un". */
export const slug = (s: string) => slugOf(withoutSiteSuffix(s)) || 'entity';
