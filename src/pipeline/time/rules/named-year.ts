import { alternation, words } from '../lexicon';
import { components, END, type Rule } from './rule';

const YEAR = String.raw`(?:1[89]|20)\d{2}`;
const lexicon = words.editionYears;
const PHRASE = alternation(lexicon.yearPhrases);
const RANGE = alternation(lexicon.rangeJoins);
const LIST = alternation(lexicon.listJoins);
const CUE = alternation(words.yearCues);
const numbering = new Set(lexicon.numberingWords);
const counted = new Set(lexicon.countedNouns);

/** The year and the joining word just before `index`: "2014 dan |2016", "1965-|1970". */
const JOINED_BEFORE = new RegExp(String.raw`(?<![\d.,])(${YEAR})\s*(?:(${RANGE})|(${LIST}))\s*$`, 'iu');
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:${RANGE})\s*(${YEAR})${END}`, 'iu');
const CUED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${CUE})\s+$`, 'iu');
const WORD_BEFORE = /(\S+)\s+$/u;
const NEXT_WORD = /^\s+([\p{L}]+)/u;

/** The previous word names something ("Piala AFF", "Liga 1", "RAPBD"), not counts or numbers it. */
function afterName(text: string, index: number): boolean {
  let before = text.slice(Math.max(0, index - 80), index);
  let word = WORD_BEFORE.exec(before)?.[1];
  // "Liga 1 2017": the league's number sits between its name and the year
  if (word && /^\d{1,2}$/.test(word)) {
    before = before.slice(0, before.length - WORD_BEFORE.exec(before)![0].length);
    word = WORD_BEFORE.exec(before)?.[1];
  }
  if (!word || !/^\p{Lu}/u.test(word) || numbering.has(word.toLowerCase().replace(/[.,:]$/, ''))) return false;
  if (/[^\p{L}\p{N}-]$/u.test(word)) return false;
  const acronym = /^[\p{Lu}\d-]{2,}$/u.test(word);
  // a capital that only opens the sentence says nothing about the year ("Sebanyak 2000 ...")
  const opener = /(?:^|[.!?\n"“(]\s*)$/u.test(before.slice(0, before.length - WORD_BEFORE.exec(before)![0].length));
  return acronym || !opener;
}

/** "2000 orang": a counted noun after makes the number a count. */
export function isCountedAfter(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
  return Boolean(next && counted.has(next));
}

/** Whether the year at `index` is one by its context alone (depth bounds the walk back a list). */
function yearByContext(text: string, index: number, end: number, depth = 0): boolean {
  if (isCountedAfter(text, end) || /^[.,]\d/.test(text.slice(end, end + 2))) return false;
  const before = text.slice(Math.max(0, index - 40), index);
  const joined = JOINED_BEFORE.exec(before);
  if (joined && depth < 6) {
    const firstAt = index - before.length + joined.index;
    const first = Number(joined[1]);
    if (joined[2] && first <= Number(text.slice(index, end))) return true;
    if (CUED_BEFORE.test(text.slice(Math.max(0, firstAt - 30), firstAt)) || yearByContext(text, firstAt, firstAt + 4, depth + 1)) return true;
  }
  const range = RANGE_AFTER.exec(text.slice(end, end + 20));
  if (range && Number(range[1]) >= Number(text.slice(index, end))) return !isCountedAfter(text, end + range[0].length);
  return afterName(text, index);
}

/**
 * Years the words around make years: an edition or budget year after a name ("Piala AFF 2014",
 * "Liga 1 2017", "Tahun Anggaran 2018", "RAPBD 2018"), both ends of a range ("2011 – 2017",
 * "1965-1970") and the rest of a list ("2014 dan 2016"). Numbering words ("Pasal 2010"), a
 * counted noun after ("2000 orang") and sentence-opening capitals keep counts out.
 */
export const namedYear: Rule = {
  name: 'named-year',
  pattern: new RegExp(String.raw`(?<![\d.,/])(?:(${PHRASE})\s+)?(${YEAR})${END}`, 'iu'),
  extract(match, context) {
    const [whole, phrase, year] = match;
    const index = (match.index ?? 0) + whole!.length - year!.length;
    const end = index + year!.length;
    if (!phrase && !yearByContext(context.text, index, end)) return null;
    if (phrase && isCountedAfter(context.text, end)) return null;
    return components(context).assign('year', Number(year));
  },
};
