import { foldLetters, siteSuffix, slugOf, withoutSiteSuffix } from '../language/id';

/** Whether a name is written as a site address ("aljazeera.com"). */
export const isSiteAddress = (s: string) => siteSuffix.test(s);

/** Case, accents, hyphens, spaces, dots and a site suffix folded away: "Kim Jong-un" -> "kimjongun". */
const foldOnce = (s: string) => foldLetters(withoutSiteSuffix(s));
// names repeat throughout a story and are folded again at every pass: remember recent ones
// (bounded, so a long run does not keep every string it has seen)
const folded = new Map<string, string>();
export const fold = (s: string): string => {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= 50_000) folded.clear();
    folded.set(s, (f = foldOnce(s)));
  }
  return f;
};

/** A stable id from a display name: "Kim Jong-un" -> "kim-jong-un". */
export const slug = (s: string) => slugOf(withoutSiteSuffix(s)) || 'entity';
