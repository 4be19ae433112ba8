import type { Span, Token } from '../types';

/** A quoted passage: the marks at `open` and `close` (both inside one body line), and their tokens. */
export interface QuotedSpan {
  open: number;
  close: number;
  openToken: number;
  closeToken: number;
}

/**
 * The marks that may close each opening one. Typed and typographic marks get mixed in one quote
 * ('"Kami siap,” kata X' after an editor's pass), so a straight mark and a right curly one close
 * each other's quotes.
 */
const CLOSING: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['"', new Set(['"', '”'])],
  ['“', new Set(['”', '"'])],
  ['„', new Set(['“', '”', '"'])],
]);

/** Every mark that opens or closes a quote: the readers of attributions count and skip these. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set([...CLOSING.keys(), ...[...CLOSING.values()].flatMap((s) => [...s])]);

/**
 * Quote mark pairs inside each body line, read from the tokens (a mark is always a token of its
 * own). Reporters close a quote in the paragraph that opens it (a quote running over paragraphs
 * reopens its marks), so an unclosed mark is left alone, and so is the rest of its line.
 */
export function quotedSpans(tokens: readonly Token[], lines: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let from = 0;
  for (const line of lines) {
    while (from < tokens.length && tokens[from]!.start < line.start) from++;
    let to = from;
    while (to < tokens.length && tokens[to]!.start < line.end) to++;
    for (let i = from; i < to; i++) {
      const closers = CLOSING.get(tokens[i]!.text);
      if (!closers) continue;
      // the closing mark is looked for in this line only: a search to the end of a long text per line would not scale
      let c = i + 1;
      while (c < to && !closers.has(tokens[c]!.text)) c++;
      if (c >= to) break;
      // marks side by side quote nothing
      if (tokens[c]!.start > tokens[i]!.start + 1) out.push({ open: tokens[i]!.start, close: tokens[c]!.start, openToken: i, closeToken: c });
      i = c;
    }
    from = to;
  }
  return out;
}
