import { alternation, words } from '../lexicon';
import { mark } from '../mark';
import { isCountedAfter } from './named-year';
import { components, END, type Rule } from './rule';

const EDGE = Object.keys(words.periodEdges).join('|');
/** "2015 lalu": the tense word belongs to the year. */
const AGO = alternation(words.pastShift);
const CUE = words.yearCues.filter((w) => w !== 'tahun' && !(w in words.periodEdges)).join('|');

/**
 * A bare year counts only when the language marks it as one: "tahun 2012", "pada 2009",
 * "sejak 2002", "akhir 2018", "1990-an". A lone four-digit number may be anything else.
 * The preposition stays outside the span; "tahun" and the edge word stay inside.
 */
export const cuedYear: Rule = {
  name: 'cued-year',
  pattern: new RegExp(
    String.raw`(?:(?<=(?:${CUE})\s+)|(?=(?:${EDGE}|tahun)\s))(?:(${EDGE})\s+)?(tahun\s+)?((?:1[89]|20)\d{2})(-an)?${END}(?![.,]\d)(?:\s+(?:${AGO})${END})?`,
    'iu',
  ),
  extract(match, context) {
    const [whole, , , year, decade] = match;
    const yearEnd = (match.index ?? 0) + whole!.indexOf(year!) + year!.length;
    if (!decade && isCountedAfter(context.text, yearEnd)) return null;
    const c = components(context).assign('year', Number(year));
    if (decade) mark(c, { type: 'DATE', value: year!.slice(0, 3) });
    return c;
  },
};

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
/** "XXI" → 21; null for what is not a roman numeral of a century. */
function romanValue(text: string): number | null {
  if (!/^[IVX]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * "abad ke-19", "abad ke 21", "abad XX": a century is its first two digits in TimeML (the 19th
 * century, 1801-1900, is "18"). "seabad" and "dua abad" are durations (duration.ts).
 */
export const century: Rule = {
  name: 'century',
  pattern: new RegExp(String.raw`abad\s+(?:ke-?\s*(\d{1,2})|([IVX]{1,5}))${END}`, 'iu'),
  extract(match, context) {
    const [, digits, roman] = match;
    const n = digits ? Number(digits) : romanValue(roman!);
    if (!n || n > 21) return null;
    return mark(components(context), { type: 'DATE', value: String(n - 1).padStart(2, '0') });
  },
};
