import { describe, expect, it } from 'vitest';
import { amountsIn, badConversions } from '../../../src/pipeline/events/discrepancies/money';
import { tokenizeRange } from '../../../src/pipeline/stages/tokenize';

// Currency phrases are looked up by the word a token begins: these cases are the ones where a
// token matches other than by its whole lower-case text, or begins with a sign outside ASCII.
const tokenText = (text: string) => ({ text, tokens: tokenizeRange(text, 0, text.length) });
const read = (text: string) => amountsIn(tokenText(text)).map((a) => [a.text, a.unit, a.amount]);

describe('currency phrases found by the word they begin', () => {
  it('reads a currency in capitals, before and after the figure', () => {
    expect(read('Pajaknya RP 4 juta.')).toEqual([['RP 4 juta', 'IDR', 4e6]]);
    expect(read('Nilainya 3 juta DOLAR AS.')).toEqual([['3 juta DOLAR AS', 'USD', 3e6]]);
  });

  it('reads a one-word currency before a suffix, and ends the amount before it', () => {
    expect(read('Cicilan 6 juta USD-nya lunas.')).toEqual([['6 juta USD', 'USD', 6e6]]);
    expect(read('Sisa 250 ribu rupiah-nya dikembalikan.')).toEqual([['250 ribu rupiah', 'IDR', 2.5e5]]);
  });

  it('does not read a suffix on the first word of a longer currency as that currency', () => {
    expect(read('Ada 8 juta dolar-nya Singapura.')).toEqual([]);
  });

  it('reads signs written outside ASCII', () => {
    expect(read('Dendanya €15 ribu dan ¥2 juta.')).toEqual([['€15 ribu', 'EUR', 1.5e4], ['¥2 juta', 'JPY', 2e6]]);
  });

  it('does not begin an amount right after a letter, accented or not, or a digit', () => {
    expect(read('Kode éRp5 dan 7Rp9 dan bRp3 tercetak.')).toEqual([]);
    expect(read('Kode é Rp5 tercetak.')).toEqual([['Rp5', 'IDR', 5]]);
  });

  it('finds a phrase of equivalence by its first word', () => {
    const sentence = 'Kontraknya US$1 juta, atau setara dengan Rp 900 juta.';
    expect(badConversions(tokenText(sentence)).map(([a, b]) => [a.text, b.text])).toEqual([['US$1 juta', 'Rp 900 juta']]);
  });
});
