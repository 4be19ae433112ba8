import { foldLetters, slugOf } from '../language/id';

const DOMAIN_SUFFIX = /\.(?:com|co\.id|co\.kr|co\.uk|co|id|net|org|news|tv|info|kp|ru)$/iu;

/** Whether a name is written as a site address ("aljazeera.com"). */
export const isSiteAddress = (s: string) => DOMAIN_SUFFIX.test(s);

/** Case, accents, hyphens, spaces, dots and a site suffix folded away: "Kim Jong-un" -> "kimjongun". */
const foldOnce = (s: string) => foldLetters(s.replace(DOMAIN_SUFFIX, ''));
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
export const slug = (s: string) => slugOf(s.replace(DOMAIN_SUFFIX, '')) || 'entity';
