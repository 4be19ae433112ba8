import { commonWords, enclitics, siteLabels } from '../language/id';
import { currencyPrefixes } from '../lexicon';
import { remembered } from '../remembered';
import type { ArticleDoc, ArticleStage, Token, TokenKind } from '../types';

/** Site suffixes, written all lower-case or all capitals ("tempo.co", "TEMPO.CO", "REPUBLIKA.CO.ID"). */
const SUFFIX = [...siteLabels, ...siteLabels.map((x) => x.toUpperCase())].join('|');
/** A currency sign of letters is split off a number it touches: "Rp9.500" reads as "Rp 9.500". */
const CURRENCY = String.raw`(?:${currencyPrefixes.join('|')})(?=\p{N})`;

// Words keep inner hyphens and apostrophes ("Kim Jong-un", "Jum'at"); domains stay whole
// ("tirto.id"); numbers keep their thousand and decimal marks ("10.000", "2,5").
// Groups, in order: domain, currency, number, word, punctuation (numbered, not named: a match
// then carries no object of its groups, and a long text has a match per token).
const TOKEN = new RegExp(
  String.raw`([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:\.(?:${SUFFIX}))+(?![\p{L}\p{N}]))|(${CURRENCY})|(\p{N}+(?:[.,]\p{N}+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*)|(\S)`,
  'gu',
);
const NUMBER = 3;
const PUNCT = 5;

/** How many distinct token texts are shared before the table starts again (a story's vocabulary fits). */
export const SHARED_TEXTS_LIMIT = 200_000;
/**
 * One string per distinct token text: a match is a fresh copy of its characters, and a story
 * keeps every article's tokens to its end, so "yang" once rather than once per token.
 */
export const sharedText = remembered((s) => s, SHARED_TEXTS_LIMIT);

/** The tokens of text[start, end), added to `tokens`. */
export function tokenizeRange(text: string, start: number, end: number, tokens: Token[] = []): Token[] {
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const kind: TokenKind = m[NUMBER] ? 'number' : m[PUNCT] ? 'punct' : 'word';
    tokens.push({ start: start + m.index, end: start + m.index + m[0].length, text: sharedText(m[0]), kind });
  }
  return tokens;
}

/** How far back a whole-text scan may start before `from` (past it, the caller tokenizes the whole text). */
export const SCAN_BACK_LIMIT = 1_000;

/**
 * The tokens `tokenizeRange(text, 0, text.length)` gives that start in [from, to), without
 * tokenizing the text before: no token holds a space, so a scan from the space before `from`
 * meets the same tokens as one from the text's start. Null when no space lies within
 * SCAN_BACK_LIMIT characters before `from`.
 */
export function textTokensBetween(text: string, from: number, to: number): Token[] | null {
  let scan = Math.max(0, from);
  while (scan > 0 && !/\s/.test(text[scan - 1]!)) if (from - --scan > SCAN_BACK_LIMIT) return null;
  const tokens: Token[] = [];
  TOKEN.lastIndex = scan;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    if (m.index < from) continue;
    const kind: TokenKind = m[NUMBER] ? 'number' : m[PUNCT] ? 'punct' : 'word';
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind });
  }
  return tokens;
}

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

/**
 * Names the article also uses on their own: a capitalised word of at least four letters that is
 * not a common word. Glued link residue is always such a name followed by the next word.
 */
function standaloneNames(tokens: Token[]): Map<string, number> {
  const names = new Map<string, number>();
  for (const t of tokens) {
    if (t.kind === 'word' && t.text.length >= 4 && isUpper(t.text[0]!) && !t.text.includes('-') && !commonWords.has(t.text.toLowerCase())) {
      names.set(t.text, (names.get(t.text) ?? 0) + 1);
    }
  }
  return names;
}

/** For each name, how many different longer capitalised words start with it. */
function gluedForms(names: ReadonlyMap<string, number>): Map<string, number> {
  const forms = new Map<string, number>();
  for (const word of names.keys()) {
    for (let i = 4; i < word.length; i++) {
      const head = word.slice(0, i);
      if (names.has(head)) forms.set(head, (forms.get(head) ?? 0) + 1);
    }
  }
  return forms;
}

/**
 * Where a word glued to a name by a removed link splits, or -1 if it is one word. The head
 * must be a name the article also uses on its own, and the evidence that the rest is another
 * word must be plain: an upper-case step ("RusiaChina"), a common word after it, or several
 * different words glued to the same name ("Rusiakredensial", "Rusialagu", "Rusian").
 */
export function glueSplit(word: string, names: ReadonlyMap<string, number>, forms: ReadonlyMap<string, number>): number {
  if (word.length < 5 || !isUpper(word[0]!) || commonWords.has(word.toLowerCase())) return -1;
  const own = names.get(word) ?? 0;
  for (let i = 4; i < word.length - 1; i++) {
    if (isLower(word[i - 1]!) && isUpper(word[i]!) && names.has(word.slice(0, i))) return i;
  }
  for (let i = word.length - 1; i >= 4; i--) {
    const head = word.slice(0, i);
    if (!names.has(head) || !isLower(word[i]!)) continue;
    const tail = word.slice(i).toLowerCase();
    if (enclitics.has(tail)) return -1;
    const commonTail = tail.length >= 3 && commonWords.has(tail) && names.get(head)! > own;
    if (commonTail || (forms.get(head) ?? 0) >= 3) return i;
  }
  return -1;
}

/** Stage 3: tokens over the body lines, with glued words split for analysis (offsets kept). */
export const tokenize: ArticleStage = {
  name: 'tokenize',
  run(doc: ArticleDoc): ArticleDoc {
    const raw: Token[] = [];
    for (const line of doc.lines) tokenizeRange(doc.text, line.start, line.end, raw);
    const names = standaloneNames(raw);
    const forms = gluedForms(names);
    const tokens: Token[] = [];
    for (const t of raw) {
      const cut = t.kind === 'word' ? glueSplit(t.text, names, forms) : -1;
      if (cut < 0) {
        tokens.push(t);
        continue;
      }
      tokens.push({ start: t.start, end: t.start + cut, text: t.text.slice(0, cut), kind: 'word', glued: true });
      tokens.push({ start: t.start + cut, end: t.end, text: t.text.slice(cut), kind: 'word', glued: true });
    }
    return { ...doc, tokens };
  },
};
