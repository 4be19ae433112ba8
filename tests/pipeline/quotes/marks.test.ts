import { describe, expect, it } from 'vitest';
import { quotedSpans as quotedSpansOf } from '../../../src/pipeline/quotes/marks';
import { tokenizeRange } from '../../../src/pipeline/stages/tokenize';

const linesOf = (text: string) => {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
};

/** The quote pairs of a text, read from its tokens line by line as the tokenize stage makes them. */
const quotedSpans = (text: string, lines: { start: number; end: number }[]) => {
  const tokens = lines.flatMap((l) => tokenizeRange(text, l.start, l.end));
  return quotedSpansOf(tokens, lines);
};

describe('quotedSpans', () => {
  it('pairs the marks of each line', () => {
    const text = 'Ia berkata, "Kami siap." Lalu "Besok kami datang."\nWarga bilang “aman” saja.';
    const spans = quotedSpans(text, linesOf(text)).map((q) => text.slice(q.open, q.close + 1));
    expect(spans).toEqual(['"Kami siap."', '"Besok kami datang."', '“aman”']);
  });

  it('leaves a mark unclosed in its line alone, though a later line holds a closing mark', () => {
    const text = 'Ketua RT berkata, "Jalan ditutup sejak pagi.\nPetugas menjawab, "Nanti dibuka lagi."';
    const spans = quotedSpans(text, linesOf(text)).map((q) => text.slice(q.open, q.close + 1));
    expect(spans).toEqual(['"Nanti dibuka lagi."']);
  });

  it('stops at the first unclosed mark of a line', () => {
    const text = '"Satu" lalu "dua tanpa penutup dan seterusnya';
    expect(quotedSpans(text, linesOf(text))).toEqual([{ open: 0, close: 5, openToken: 0, closeToken: 2 }]);
  });
});

describe('quotedSpans with mixed marks', () => {
  it('closes a straight mark with a curly one and a curly one with a straight one', () => {
    const text = '"Kami siap,” kata Ani. “Besok libur," ujar Budi. "Satu" dan "dua"';
    const spans = quotedSpans(text, linesOf(text)).map((q) => text.slice(q.open, q.close + 1));
    expect(spans).toEqual(['"Kami siap,”', '“Besok libur,"', '"Satu"', '"dua"']);
  });
});

describe('quotedSpans on the token layer', () => {
  it('gives the tokens of both marks beside their offsets', () => {
    const text = 'Kata lurah, "Air surut pagi ini," lalu pergi.';
    const lines = linesOf(text);
    const tokens = lines.flatMap((l) => tokenizeRange(text, l.start, l.end));
    const [q] = quotedSpansOf(tokens, lines);
    expect(tokens[q!.openToken]!.start).toBe(q!.open);
    expect(tokens[q!.closeToken]!.start).toBe(q!.close);
    expect(tokens.slice(q!.openToken + 1, q!.closeToken).map((t) => t.text)).toEqual(['Air', 'surut', 'pagi', 'ini', ',']);
  });

  it('pairs marks with anything between them, a space too, but not marks side by side; a word is no mark', () => {
    const text = 'Ia menulis "" lalu " " dan kata constructor "ya".';
    expect(quotedSpans(text, linesOf(text)).map((q) => text.slice(q.open, q.close + 1))).toEqual(['" "', '"ya"']);
  });
});
