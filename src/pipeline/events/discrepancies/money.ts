import money from '../../../../data/lexicon/money.json';
import { tokenizeRange } from '../../stages/tokenize';
import type { Token, TokenRange } from '../../types';

// Money is read from the token layer, the words every stage shares: a currency sign or name is the
// tokens it is written with ("US$" is "US" and "$" side by side), a figure is a number token, and
// only the white space between tokens is measured ("Rp5", "Rp 5", not "Rp  5").

/** An amount with its tokens: [tokenStart, tokenEnd) and its characters (it may end before a suffix, "juta-an"). */
export interface Amount extends TokenRange {
  amount: number;
  unit: string;
  start: number;
  end: number;
  text: string;
}

/** A text and its tokens: an article, or a test's sentence. */
export interface TokenText {
  text: string;
  tokens: readonly Token[];
}

/**
 * A phrase of the lexicon as the tokens it is written with, lower case, and what stands between
 * them: "US$" is "us" and "$" written together, "dolar AS" is "dolar" and "as" with a space.
 */
interface Phrase {
  words: string[];
  gaps: string[];
}

function phraseOf(written: string): Phrase {
  const tokens = tokenizeRange(written, 0, written.length);
  return { words: tokens.map((t) => t.text.toLowerCase()), gaps: tokens.slice(1).map((t, i) => written.slice(tokens[i]!.end, t.start)) };
}

interface Entry {
  w: string;
  phrase: Phrase;
  /** Its place in the lexicon's order. */
  rank: number;
}

/**
 * Phrases by their first word, each list in the lexicon's order: a token is tried only against
 * the phrases it can begin, not against every currency the lexicon knows.
 */
interface Phrases {
  byFirst: Map<string, Entry[]>;
  /** The phrases of one word, by it: a word that ends an amount may carry a suffix ("AS-nya"). */
  singleByWord: Map<string, Entry[]>;
  /** The first characters of the phrases' first words: most tokens begin none, and are passed over without lowering their case. */
  firstChars: Set<number>;
}

const pushTo = (m: Map<string, Entry[]>, k: string, e: Entry) => (m.get(k) ?? m.set(k, []).get(k)!).push(e);

/** The longest first, so that "US$" is read before "$" and "dolar Amerika Serikat" before "dolar Amerika". */
function phrasesOf(xs: readonly string[]): Phrases {
  const all = [...xs].sort((a, b) => b.length - a.length).map((w, rank) => ({ w, phrase: phraseOf(w), rank }));
  const byFirst = new Map<string, Entry[]>();
  const singleByWord = new Map<string, Entry[]>();
  const firstChars = new Set<number>();
  for (const e of all) {
    firstChars.add(e.phrase.words[0]!.charCodeAt(0));
    pushTo(byFirst, e.phrase.words[0]!, e);
    if (e.phrase.words.length === 1) pushTo(singleByWord, e.phrase.words[0]!, e);
  }
  return { byFirst, singleByWord, firstChars };
}

const NONE: Entry[] = [];

/**
 * The phrases that may be written at tokens[i], in the lexicon's order: those it begins, and when
 * the phrase ends an amount, those of one word it begins before a suffix (the only way phraseAt
 * matches a token other than by its whole lower-case text).
 */
function phrasesAt(doc: TokenText, i: number, phrases: Phrases, endsAmount = false): Entry[] {
  const t = doc.tokens[i];
  if (t === undefined) return NONE;
  // an ASCII first character lowers alone, and a suffix leaves it in place
  const c = t.text.charCodeAt(0);
  if (c < 128 && !phrases.firstChars.has(c >= 65 && c <= 90 ? c + 32 : c)) return NONE;
  const lower = t.text.toLowerCase();
  const begun = phrases.byFirst.get(lower) ?? NONE;
  if (!endsAmount || t.kind !== 'word') return begun;
  const lead = leadOf(lower);
  const suffixed = lead === lower ? undefined : phrases.singleByWord.get(lead);
  if (suffixed === undefined) return begun;
  return [...begun, ...suffixed].sort((a, b) => a.rank - b.rank);
}

const scales = money.scales as Record<string, number>;
const codeOf = new Map<string, string>();
for (const c of money.currencies) for (const w of [...c.before, ...c.after]) codeOf.set(w.toLowerCase(), c.code);
const BEFORE = phrasesOf(money.currencies.flatMap((c) => c.before));
const AFTER = phrasesOf(money.currencies.flatMap((c) => c.after));
const EQUIVALENCE = phrasesOf(money.equivalence);

/** A figure as written: digits, grouped or with a decimal part by points and commas. */
/** A figure as written: digits with point or comma groups. */
export const FIGURE = /^\d+(?:[.,]\d+)*$/;
/** An amount does not begin inside a word or a figure ("XRp5", "12.000" read from its "2"). */
const GLUED_BEFORE = /[\p{L}\d]$/u;

/**
 * The part of a word before a hyphen or an apostrophe: "juta-an" is "juta" with a suffix, "AS-nya"
 * "AS" with an enclitic, and an amount ends where its last word does.
 */
const leadOf = (word: string) => word.split(/['’-]/, 1)[0]!;

/**
 * Where `phrase` written at tokens[i] ends: the index after it and its end in the text, or null.
 * A phrase that ends an amount may end inside its last word, before a suffix ("dolar AS-nya").
 */
function phraseAt(doc: TokenText, i: number, to: number, phrase: Phrase, endsAmount = false): { next: number; end: number } | null {
  const { words, gaps } = phrase;
  if (i + words.length > to) return null;
  for (let k = 0; k < words.length; k++) {
    const t = doc.tokens[i + k]!;
    const lower = t.text.toLowerCase();
    const suffixed = endsAmount && k === words.length - 1 && t.kind === 'word' && leadOf(lower) === words[k];
    if (lower !== words[k] && !suffixed) return null;
    if (k > 0 && doc.text.slice(doc.tokens[i + k - 1]!.end, t.start) !== gaps[k - 1]) return null;
  }
  return { next: i + words.length, end: doc.tokens[i + words.length - 1]!.start + words[words.length - 1]!.length };
}

/** The first of `phrases` that ends an amount at tokens[i], as the lexicon writes it, with where it ends. */
function firstPhraseAt(doc: TokenText, i: number, to: number, phrases: Phrases): { w: string; next: number; end: number } | null {
  for (const { w, phrase } of phrasesAt(doc, i, phrases, true)) {
    const found = phraseAt(doc, i, to, phrase, true);
    if (found) return { w, ...found };
  }
  return null;
}

/** How many characters of white space lie between two tokens (tokens leave nothing else out). */
const spaceBetween = (a: Token, b: Token) => b.start - a.end;

/** An amount read at a token: its value, the currency as the lexicon writes it, the index after it and its end. */
interface Reading {
  value: number;
  currency: string;
  next: number;
  end: number;
}

/**
 * The scale word after the figure at tokens[i] ("juta", "miliar"), with or without a space
 * ("5juta"), or before a suffix ("juta-an"); `whole` when nothing of its word follows.
 */
function scaleAfter(doc: TokenText, i: number, to: number): { scale: number; next: number; end: number; whole: boolean } | null {
  const t = doc.tokens[i + 1];
  if (i + 1 >= to || t!.kind !== 'word') return null;
  const lead = leadOf(t!.text.toLowerCase());
  const scale = scales[lead];
  if (scale === undefined) return null;
  const whole = lead.length === t!.text.length;
  // a word character after the scale ("juta_") makes it part of something else
  if (whole && doc.text[t!.end] === '_') return null;
  return { scale, next: i + 2, end: t!.start + lead.length, whole };
}

const figureAt = (doc: TokenText, i: number, to: number) => i < to && doc.tokens[i]!.kind === 'number' && FIGURE.test(doc.tokens[i]!.text);

/** An amount whose currency comes first ("Rp 2,3 triliun", "US$5 juta"). */
function currencyFirst(doc: TokenText, i: number, to: number): Reading | null {
  for (const { w, phrase } of phrasesAt(doc, i, BEFORE)) {
    const n = phraseAt(doc, i, to, phrase)?.next ?? -1;
    // one space at most between the sign and the figure
    if (n < 0 || !figureAt(doc, n, to) || spaceBetween(doc.tokens[n - 1]!, doc.tokens[n]!) > 1) continue;
    const figure = doc.tokens[n]!;
    const scale = scaleAfter(doc, n, to);
    const value = parseNumber(figure.text) * (scale?.scale ?? 1);
    return { value, currency: w, next: scale?.next ?? n + 1, end: scale?.end ?? figure.end };
  }
  return null;
}

/** An amount whose currency comes last ("7,3 juta dolar AS", "500 ribu rupiah"). */
function currencyLast(doc: TokenText, i: number, to: number): Reading | null {
  if (!figureAt(doc, i, to)) return null;
  const scale = scaleAfter(doc, i, to);
  // a suffixed scale ("5 juta-an rupiah") leaves no room for the currency after it
  if (scale && !scale.whole) return null;
  const c = scale?.next ?? i + 1;
  if (c >= to || spaceBetween(doc.tokens[c - 1]!, doc.tokens[c]!) === 0) return null;
  const currency = firstPhraseAt(doc, c, to, AFTER);
  return currency ? { value: parseNumber(doc.tokens[i]!.text) * (scale?.scale ?? 1), currency: currency.w, next: currency.next, end: currency.end } : null;
}

/**
 * An Indonesian figure: the comma is the decimal mark and the point groups thousands ("2,3",
 * "1.250.000"); a point before other than three digits is read as a decimal mark.
 */
export function parseNumber(text: string): number {
  if (text.includes(',')) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ''));
  return Number(text);
}

const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether token i is written against a token ending in a letter or a digit: decided on the character itself when it is ASCII, as most are. */
function gluedBefore(doc: TokenText, i: number): boolean {
  const prev = doc.tokens[i - 1];
  if (prev === undefined || prev.end !== doc.tokens[i]!.start) return false;
  const c = prev.text.charCodeAt(prev.text.length - 1);
  if (c < 128) return isAsciiWordChar(c);
  return GLUED_BEFORE.test(prev.text.slice(-2));
}

/** Amounts of money written in tokens [from, to), read from them. */
export function amountsIn(doc: TokenText, from = 0, to = doc.tokens.length): Amount[] {
  const out: Amount[] = [];
  for (let i = from; i < to; i++) {
    const first = doc.tokens[i]!;
    // the range's first token opens it: what stands before lies outside
    if (i > from && gluedBefore(doc, i)) continue;
    const found = currencyFirst(doc, i, to) ?? currencyLast(doc, i, to);
    if (!found) continue;
    const code = codeOf.get(found.currency.toLowerCase());
    if (!code || !Number.isFinite(found.value)) continue;
    out.push({ amount: found.value, unit: code, start: first.start, end: found.end, tokenStart: i, tokenEnd: found.next, text: doc.text.slice(first.start, found.end) });
    i = found.next - 1;
  }
  return out;
}

const MARKS = new Set([',', '(']);

/** Between two amounts only commas, brackets and one phrase of equivalence ("atau setara dengan"). */
function givenAsEqual(doc: TokenText, a: Amount, b: Amount): boolean {
  const to = b.tokenStart;
  const pastMarks = (k: number) => {
    while (k < to && MARKS.has(doc.tokens[k]!.text)) k++;
    return k;
  };
  const i = pastMarks(a.tokenEnd);
  if (i === to) return true;
  return phrasesAt(doc, i, EQUIVALENCE).some(({ phrase }) => {
    const found = phraseAt(doc, i, to, phrase);
    return found !== null && pastMarks(found.next) === to;
  });
}

/**
 * A foreign amount given "atau setara dengan" a rupiah amount whose rate lies outside what the
 * currency has ever been worth: one of the two figures is wrong.
 */
export function badConversions(doc: TokenText, from = 0, to = doc.tokens.length): [Amount, Amount][] {
  const amounts = amountsIn(doc, from, to);
  const out: [Amount, Amount][] = [];
  for (let i = 0; i + 1 < amounts.length; i++) {
    const a = amounts[i]!;
    const b = amounts[i + 1]!;
    const range = (money.idrPerUnit as Record<string, number[]>)[a.unit];
    if (!range || b.unit !== 'IDR' || !givenAsEqual(doc, a, b)) continue;
    const rate = b.amount / a.amount;
    if (rate < range[0]! || rate > range[1]!) out.push([a, b]);
  }
  return out;
}
