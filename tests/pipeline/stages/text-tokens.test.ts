import { describe, expect, it } from 'vitest';
import { SCAN_BACK_LIMIT, textTokensBetween, tokenizeRange } from '../../../src/pipeline/stages/tokenize';

// written for this test: domains, amounts, hyphenated names, marks, tabs and line breaks
const TEXT = [
  'JAKARTA, kabarwarta.co.id — Harga cabai naik menjadi Rp45.000 per kilogram, kata Siti Nur-aini.',
  "Pedagang di pasar Jum'at (3/5)\tmengeluh; 2,5 ton stok\u00a0habis sebelum pukul 10.00 WIB.",
  '',
  '“Kami akan menambah pasokan pekan depan,” ujarnya. Café di ujung jalan tutup (foto: x.com/abc).',
].join('\n');

const whole = tokenizeRange(TEXT, 0, TEXT.length);
const plain = (tokens: readonly { start: number; end: number; text: string; kind: string }[]) => tokens.map(({ start, end, text, kind }) => ({ start, end, text, kind }));

describe('the whole text\'s tokens near an offset', () => {
  it('are the tokens a scan of the whole text gives there, from every offset', () => {
    for (let from = -3; from <= TEXT.length; from++) {
      for (const width of [1, 7, 40, 81]) {
        const expected = whole.filter((t) => t.start >= from && t.start < from + width);
        expect(plain(textTokensBetween(TEXT, from, from + width)!)).toEqual(plain(expected));
      }
    }
  });

  it('gives nothing when no space lies within reach before the offset, so the caller reads the whole text', () => {
    const run = `${'x'.repeat(SCAN_BACK_LIMIT + 10)} akan datang Senin`;
    expect(textTokensBetween(run, SCAN_BACK_LIMIT + 5, run.length)).toBeNull();
    expect(textTokensBetween(run, SCAN_BACK_LIMIT + 11, run.length)!.map((t) => t.text)).toEqual(['akan', 'datang', 'Senin']);
  });
});
