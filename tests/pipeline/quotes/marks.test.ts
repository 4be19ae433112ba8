import { describe, expect, it } from 'vitest';
import { quotedSpans } from '../../../src/pipeline/quotes/marks';

const linesOf = (text: string) => {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
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
    expect(quotedSpans(text, linesOf(text))).toEqual([{ open: 0, close: 5 }]);
  });
});

describe('quotedSpans with mixed marks', () => {
  it('closes a straight mark with a curly one and a curly one with a straight one', () => {
    const text = '"Kami siap,” kata Ani. “Besok libur," ujar Budi. "Satu" dan "dua"';
    const spans = quotedSpans(text, linesOf(text)).map((q) => text.slice(q.open, q.close + 1));
    expect(spans).toEqual(['"Kami siap,”', '“Besok libur,"', '"Satu"', '"dua"']);
  });
});
