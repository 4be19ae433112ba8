import type { Span } from '../types';

/** A quoted passage: the marks at `open` and `close` (both inside one body line). */
export interface QuotedSpan {
  open: number;
  close: number;
}

const OPENING = new Set(['"', '“', '„']);
/**
 * The marks that may close each opening one. Typed and typographic marks get mixed in one quote
 * ('"Kami siap,” kata X' after an editor's pass), so a straight mark and a right curly one close
 * each other's quotes.
 */
const CLOSING: Record<string, string> = { '"': '"”', '“': '”"', '„': '“”"' };

/** Every mark that opens or closes a quote: the readers of attributions count and skip these. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set([...OPENING, ...Object.values(CLOSING).join('')]);

function indexInLine(text: string, marks: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (marks.includes(text[i]!)) return i;
  return -1;
}

/**
 * Quote mark pairs inside each body line. Reporters close a quote in the paragraph that opens
 * it (a quote running over paragraphs reopens its marks), so an unclosed mark is left alone.
 */
export function quotedSpans(text: string, lines: Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const line of lines) {
    let i = line.start;
    while (i < line.end) {
      const mark = text[i]!;
      if (!OPENING.has(mark)) {
        i++;
        continue;
      }
      // the closing mark is looked for in this line only: a search to the end of a long text per line would not scale
      const close = indexInLine(text, CLOSING[mark]!, i + 1, line.end);
      if (close < 0) break;
      if (close > i + 1) out.push({ open: i, close });
      i = close + 1;
    }
  }
  return out;
}
