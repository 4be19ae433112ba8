import type { Span, Token, TokenRange } from './types';

// The token layer is the one reading of words that every stage shares: tokenize makes it (words
// glued by removed links already split, domains and amounts whole), and entities, time and events
// ask it for the words of a span instead of splitting the text again with rules of their own.
// Tokens are in text order and never overlap, so every question is a binary search.

/** Index of the first token that starts at or after `offset` (tokens.length when none does). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that ends after `offset` (tokens.length when none does). */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tokens lying wholly inside text[start, end). A token the range cuts through is left out:
 * half a word is no word.
 */
export function tokensIn(tokens: readonly Token[], start: number, end: number): readonly Token[] {
  const from = firstTokenFrom(tokens, start);
  const to = firstTokenEndingAfter(tokens, end);
  return to > from ? tokens.slice(from, to) : [];
}

/**
 * The token range of text[start, end): the tokens it touches (see TokenRange). Made once, where a
 * span is found by its offsets alone (a date read from the text); its readers then take the range.
 */
export function tokenRangeOf(tokens: readonly Token[], start: number, end: number): TokenRange {
  return { tokenStart: firstTokenEndingAfter(tokens, start), tokenEnd: firstTokenFrom(tokens, end) };
}

/** Whether a span starts and ends on the edges of its range's tokens (no token is cut through). */
export function alignsWithTokens(tokens: readonly Token[], span: Span & TokenRange): boolean {
  return span.tokenEnd > span.tokenStart && tokens[span.tokenStart]!.start === span.start && tokens[span.tokenEnd - 1]!.end === span.end;
}

/**
 * The tokens of a span's range lying wholly inside it, as indexes [from, to): a token the span
 * cuts through at either edge is left out, as in `tokensIn`.
 */
export function wholeTokensOf(tokens: readonly Token[], span: Span & TokenRange): { from: number; to: number } {
  let from = span.tokenStart;
  let to = span.tokenEnd;
  if (from < to && tokens[from]!.start < span.start) from++;
  if (to > from && tokens[to - 1]!.end > span.end) to--;
  return { from, to };
}

/** The last token that ends at or before `offset`. */
export function tokenBefore(tokens: readonly Token[], offset: number): Token | undefined {
  return tokens[firstTokenEndingAfter(tokens, offset) - 1];
}

/** The first token that starts at or after `offset`. */
export function tokenAfter(tokens: readonly Token[], offset: number): Token | undefined {
  return tokens[firstTokenFrom(tokens, offset)];
}

/** The token right before `offset` when it is a word ("di" before "Vladivostok"), else nothing. */
export function wordBefore(tokens: readonly Token[], offset: number): Token | undefined {
  const t = tokenBefore(tokens, offset);
  return t?.kind === 'word' ? t : undefined;
}

/** The token right after `offset` when it is a word, else nothing. */
export function wordAfter(tokens: readonly Token[], offset: number): Token | undefined {
  const t = tokenAfter(tokens, offset);
  return t?.kind === 'word' ? t : undefined;
}

export interface ClauseCut {
  /** Punctuation tokens that end a clause ("." "!" "?" ";"). */
  breaks: ReadonlySet<string>;
  /** How far back from the offset, in characters, the clause may reach. */
  reach?: number;
}

/**
 * Whether a line break lies in text[from, to): a paragraph ends every clause. Only the gap is
 * read (a search for the next break would run on to the end of a long paragraph at every token).
 */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * The tokens of the clause that leads up to `offset`: those ending at or before it, back to the
 * last break (a punctuation token in `cut.breaks`, or a line break), within `cut.reach`
 * characters. "akan bertemu Senin" read from the offset of "Senin" gives "akan", "bertemu".
 */
export function clauseBefore(text: string, tokens: readonly Token[], offset: number, cut: ClauseCut): readonly Token[] {
  const end = firstTokenEndingAfter(tokens, offset);
  const low = cut.reach === undefined ? 0 : firstTokenFrom(tokens, offset - cut.reach);
  let from = end;
  while (from > low) {
    const prev = tokens[from - 1]!;
    if (prev.kind === 'punct' && cut.breaks.has(prev.text)) break;
    // the gap after the token: to the next one in the clause, or to the offset for the last
    if (lineBreakIn(text, prev.end, from < end ? tokens[from]!.start : Math.max(offset, prev.end))) break;
    from--;
  }
  return tokens.slice(from, end);
}

// Spans that carry their token range (mentions, temporal expressions) are found by token index:
// a reader at token j asks for the spans there, not for those at the offsets of token j.

/** Whether each span's range starts at or after the one before's (mentions and dates are made in text order). */
const orderedByRange = new WeakMap<readonly TokenRange[], { length: number; ordered: boolean }>();

function inRangeOrder(spans: readonly TokenRange[]): boolean {
  const known = orderedByRange.get(spans);
  if (known && known.length === spans.length) return known.ordered;
  let ordered = true;
  for (let i = 1; i < spans.length && ordered; i++) ordered = spans[i - 1]!.tokenStart <= spans[i]!.tokenStart;
  orderedByRange.set(spans, { length: spans.length, ordered });
  return ordered;
}

/** The spans whose token ranges lie within tokens [from, to), in the array's own order. */
export function spansInTokens<T extends TokenRange>(spans: readonly T[], from: number, to: number): T[] {
  if (!inRangeOrder(spans)) return spans.filter((s) => s.tokenStart >= from && s.tokenEnd <= to);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.tokenStart < from) lo = mid + 1;
    else hi = mid;
  }
  const found: T[] = [];
  for (let i = lo; i < spans.length && spans[i]!.tokenStart < to; i++) if (spans[i]!.tokenEnd <= to) found.push(spans[i]!);
  return found;
}

/**
 * The spans of an array by the last token of their range: span indexes in order of that token
 * (and of index among equals), beside those tokens. Two typed arrays per span list rather than a
 * map of small arrays: the lists live as long as their documents, to the end of a story.
 */
interface LastTokenIndex {
  length: number;
  lastToken: Int32Array;
  span: Int32Array;
}

const byLastToken = new WeakMap<readonly TokenRange[], LastTokenIndex>();

function lastTokenIndex(spans: readonly TokenRange[]): LastTokenIndex {
  const known = byLastToken.get(spans);
  if (known && known.length === spans.length) return known;
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.tokenEnd - spans[b]!.tokenEnd || a - b);
  const index = { length: spans.length, lastToken: Int32Array.from(order, (i) => spans[i]!.tokenEnd - 1), span: Int32Array.from(order) };
  byLastToken.set(spans, index);
  return index;
}

/**
 * The spans that end where token `j` ends (their range's last token is j and no part of the token
 * is left after them), in the array's own order.
 */
export function spansEndingWithToken<T extends Span & TokenRange>(spans: readonly T[], tokens: readonly Token[], j: number): T[] {
  const { lastToken, span } = lastTokenIndex(spans);
  let lo = 0;
  let hi = lastToken.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lastToken[mid]! < j) lo = mid + 1;
    else hi = mid;
  }
  const end = tokens[j]?.end;
  const found: T[] = [];
  for (let k = lo; k < lastToken.length && lastToken[k] === j; k++) {
    const s = spans[span[k]!]!;
    if (s.end === end) found.push(s);
  }
  return found;
}

/**
 * The index of the last span whose token range starts at or before token `j` (-1 when none does),
 * the spans in range order (sentences): the token-layer twin of a search by start offset.
 */
export function lastStartingAtOrBeforeToken(spans: readonly TokenRange[], j: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.tokenStart <= j) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
