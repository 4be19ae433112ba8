import { abbreviations } from '../lexicon';
import type { ArticleDoc, ArticleStage, Sentence, Token } from '../types';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENING = new Set(['"', '“', '‘', "'", '(', '[', '«', '…']);

const startsUpper = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);

/** A period after an abbreviation or a single initial ("A. Yani") is not a sentence end. */
function isAbbreviation(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const dot = tokens[i]!;
  if (dot.text !== '.' || !prev || prev.end !== dot.start) return false;
  if (prev.kind === 'word' && (abbreviations.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text))) return true;
  return false;
}

/** A straight quote closes only when it touches the word before it; curly ones say which they are. */
function isClosing(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!CLOSING.has(t.text)) return false;
  if (t.text !== '"' && t.text !== "'") return true;
  return tokens[i - 1]!.end === t.start;
}

function hasWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind !== 'punct') return true;
  return false;
}

/** Whether a sentence may start at token j (after optional opening quotes). */
function canStart(tokens: Token[], j: number): boolean {
  let k = j;
  while (k < tokens.length && OPENING.has(tokens[k]!.text)) k++;
  const t = tokens[k];
  return t !== undefined && (startsUpper(t) || k > j);
}

/**
 * Stage 5: sentences. A line is a paragraph and always ends one; inside a line a sentence ends
 * after . ! ? (with closing quotes) before an upper-case word or an opening quote.
 */
export const sentences: ArticleStage = {
  name: 'sentences',
  run(doc: ArticleDoc): ArticleDoc {
    const { tokens } = doc;
    const result: Sentence[] = [];
    let li = 0;
    let first = 0;
    const push = (from: number, to: number) => {
      if (to <= from) return;
      while (li < doc.lines.length - 1 && doc.lines[li]!.end <= tokens[from]!.start) li++;
      result.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, tokenStart: from, tokenEnd: to, paragraph: li });
    };
    let lineIndex = 0;
    const lineOf = (t: Token) => {
      while (lineIndex < doc.lines.length - 1 && doc.lines[lineIndex]!.end <= t.start) lineIndex++;
      return lineIndex;
    };
    for (let i = 0; i < tokens.length; i++) {
      const line = lineOf(tokens[i]!);
      const next = tokens[i + 1];
      const nextLine = next ? (next.start >= doc.lines[line]!.end ? line + 1 : line) : -1;
      if (!next || nextLine !== line) {
        push(first, i + 1);
        first = i + 1;
        continue;
      }
      if (!TERMINAL.has(tokens[i]!.text) || isAbbreviation(tokens, i)) continue;
      if (!hasWord(tokens, first, i)) continue;
      let end = i + 1;
      while (end < tokens.length && isClosing(tokens, end) && tokens[end]!.start < doc.lines[line]!.end) end++;
      if (end >= tokens.length || tokens[end]!.start >= doc.lines[line]!.end) continue;
      if (canStart(tokens, end)) {
        push(first, end);
        first = end;
        i = end - 1;
      }
    }
    return { ...doc, sentences: result };
  },
};
