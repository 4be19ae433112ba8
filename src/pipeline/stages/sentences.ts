import { abbreviations } from '../language/id';
import type { ArticleDoc, ArticleStage, Sentence, Token } from '../types';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENING = new Set(['"', '“', '‘', "'", '(', '[', '«', '…']);

const startsUpper = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);
const ALNUM_END = /[\p{L}\p{N}]$/u;
const ALNUM_START = /^[\p{L}\p{N}]/u;

/**
 * A period with a letter or digit touching it on both sides sits inside a token, never at a
 * sentence end: a site ("TEMPO.CO"), a figure ("9.500"), initials ("S.H.", "M.Si").
 */
function isInnerPeriod(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const dot = tokens[i]!;
  return dot.text === '.' && !!prev && !!next && prev.end === dot.start && next.start === dot.end && ALNUM_END.test(prev.text) && ALNUM_START.test(next.text);
}

/** The letters and periods run together before token i ("M.Si" before the final period), lower-case. */
function dottedRun(tokens: Token[], i: number): string {
  let k = i - 1;
  // initials run at most a few pieces; the cap keeps a long glued run from being rescanned
  while (k > 0 && i - k < 8 && tokens[k - 1]!.end === tokens[k]!.start && (tokens[k - 1]!.text === '.' || tokens[k]!.text === '.')) k--;
  return tokens
    .slice(k, i)
    .map((t) => t.text)
    .join('')
    .toLowerCase();
}

/** A period after an abbreviation or a single initial ("A. Yani", "Budi, M.Si.") is not a sentence end. */
function isAbbreviation(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const dot = tokens[i]!;
  if (dot.text !== '.' || !prev || prev.end !== dot.start || prev.kind !== 'word') return false;
  return abbreviations.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text) || abbreviations.has(dottedRun(tokens, i));
}

/** A straight quote closes only when it touches the word before it; curly ones say which they are. */
function isClosing(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!CLOSING.has(t.text)) return false;
  if (t.text !== '"' && t.text !== "'") return true;
  return tokens[i - 1]!.end === t.start;
}

/**
 * Stage 5: sentences. A body line is a paragraph and always ends one; inside a line a sentence
 * ends after . ! ? (with closing quotes) before an upper-case word or an opening quote. One pass:
 * each token is looked at a bounded number of times, whatever the punctuation.
 */
export const sentences: ArticleStage = {
  name: 'sentences',
  run(doc: ArticleDoc): ArticleDoc {
    const { tokens, lines } = doc;
    const result: Sentence[] = [];
    let line = 0;
    let first = 0;
    let sawWord = false;
    // where the run of opening marks starting at or after a token ends (cached: runs are skipped once)
    let openFrom = -1;
    let openTo = -1;
    const afterOpenings = (j: number) => {
      if (j < openFrom || j > openTo) {
        openFrom = j;
        openTo = j;
        while (openTo < tokens.length && OPENING.has(tokens[openTo]!.text)) openTo++;
      }
      return openTo;
    };
    /** Whether a sentence may start at token j (after optional opening quotes). */
    const canStart = (j: number) => {
      const k = afterOpenings(j);
      const t = tokens[k];
      return t !== undefined && (startsUpper(t) || k > j);
    };
    const push = (to: number) => {
      if (to > first) {
        const l = lines[line]!;
        result.push({ start: tokens[first]!.start, end: tokens[to - 1]!.end, tokenStart: first, tokenEnd: to, paragraph: l.paragraph ?? line });
      }
      first = to;
      sawWord = false;
    };
    for (let i = 0; i < tokens.length; i++) {
      while (line < lines.length - 1 && lines[line]!.end <= tokens[i]!.start) line++;
      const lineEnd = lines[line]!.end;
      const next = tokens[i + 1];
      if (!next || next.start >= lineEnd) {
        push(i + 1);
        continue;
      }
      const t = tokens[i]!;
      if (!TERMINAL.has(t.text)) {
        if (t.kind !== 'punct') sawWord = true;
        continue;
      }
      if (!sawWord || isAbbreviation(tokens, i) || isInnerPeriod(tokens, i)) continue;
      let end = i + 1;
      while (end < tokens.length && tokens[end]!.start < lineEnd && isClosing(tokens, end)) end++;
      if (end >= tokens.length || tokens[end]!.start >= lineEnd) continue;
      if (canStart(end)) {
        push(end);
        i = end - 1;
      }
    }
    return { ...doc, sentences: result };
  },
};
