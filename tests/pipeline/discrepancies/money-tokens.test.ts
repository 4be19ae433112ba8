import { describe, expect, it } from 'vitest';
import { amountsIn, badConversions } from '../../../src/pipeline/events/discrepancies/money';
import { tokenizeRange } from '../../../src/pipeline/stages/tokenize';

const tokenText = (text: string) => ({ text, tokens: tokenizeRange(text, 0, text.length) });
const read = (text: string) => amountsIn(tokenText(text)).map((a) => [a.text, a.unit, a.amount]);

describe('amounts of money read from the tokens', () => {
  it('reads a sign of letters and marks before the figure, with or without a space', () => {
    expect(read('Denda US$ 12 ribu dan S$40 dibayar kontan.')).toEqual([['US$ 12 ribu', 'USD', 12e3], ['S$40', 'SGD', 40]]);
    expect(read('Tiketnya Rp. 75.000 per orang.')).toEqual([['Rp. 75.000', 'IDR', 75e3]]);
    expect(read('Anggaran naik menjadi rp 3,25 triliun.')).toEqual([['rp 3,25 triliun', 'IDR', 3.25e12]]);
  });

  it('reads a currency of several words after the figure, the longest first', () => {
    expect(read('Kerugian ditaksir 1,2 juta dolar Amerika Serikat.')).toEqual([['1,2 juta dolar Amerika Serikat', 'USD', 1.2e6]]);
    expect(read('Hadiahnya 900 ribu rupiah saja.')).toEqual([['900 ribu rupiah', 'IDR', 9e5]]);
  });

  it('reads a scale glued to the figure, or before a suffix, and ends the amount there', () => {
    expect(read('Modalnya Rp5juta.')).toEqual([['Rp5juta', 'IDR', 5e6]]);
    expect(read('Gajinya Rp 8 juta-an sebulan.')).toEqual([['Rp 8 juta', 'IDR', 8e6]]);
    expect(read('Utang 40 juta dolar AS-nya belum dibayar.')).toEqual([['40 juta dolar AS', 'USD', 4e7]]);
  });

  it('does not read a figure with no currency, a sign inside a word, or a figure two spaces from its sign', () => {
    expect(read('Sebanyak 300 juta warga ikut memilih.')).toEqual([]);
    expect(read('Kode XRp7 tercetak di struk.')).toEqual([]);
    expect(read('Harga Rp  9.000 tertera.')).toEqual([]);
    expect(read('Ia menabung 5 jutaan rupiah.')).toEqual([]);
    expect(read('Tim 5 rupiahnya kalah.')).toEqual([]);
  });

  it('reads only the tokens of the range it is given, with offsets into the whole text', () => {
    const doc = tokenText('Rp 4 miliar dicairkan. Sisanya Rp 1 miliar.');
    const from = doc.tokens.findIndex((t) => t.text === 'Sisanya');
    const got = amountsIn(doc, from, doc.tokens.length);
    expect(got.map((a) => [a.text, a.start, a.end])).toEqual([['Rp 1 miliar', 31, 42]]);
  });

  it('gives each amount its tokens beside its characters, ending before a suffix inside the last one', () => {
    const doc = tokenText('Gajinya Rp 8 juta-an, bonusnya 2 ribu dolar AS.');
    const got = amountsIn(doc).map((a) => [a.text, doc.tokens.slice(a.tokenStart, a.tokenEnd).map((t) => t.text)]);
    expect(got).toEqual([
      ['Rp 8 juta', ['Rp', '8', 'juta-an']],
      ['2 ribu dolar AS', ['2', 'ribu', 'dolar', 'AS']],
    ]);
  });

  it('does not begin an amount against a figure before it, unless the range opens there', () => {
    const doc = tokenText('Nomor seri 12Rp5 juta tercetak.');
    const rp = doc.tokens.findIndex((t) => t.text === 'Rp');
    expect(doc.tokens[rp - 1]!.text).toBe('12');
    expect(amountsIn(doc).map((a) => a.text)).toEqual([]);
    expect(amountsIn(doc, rp, doc.tokens.length).map((a) => a.text)).toEqual(['Rp5 juta']);
  });
});

describe('a conversion read from the tokens between two amounts', () => {
  const bad = (text: string) => badConversions(tokenText(text)).length;

  it('takes commas, brackets and one phrase of equivalence between them', () => {
    expect(bad('Nilainya 2 juta dolar AS (setara dengan Rp 900 miliar).')).toBe(1);
    expect(bad('Nilainya 2 juta dolar AS, atau sekitar Rp 900 miliar.')).toBe(1);
    expect(bad('Nilainya 2 juta dolar AS (Rp 900 miliar).')).toBe(1);
  });

  it('passes a plausible rate', () => {
    expect(bad('Nilainya 2 juta dolar AS atau setara Rp 30 miliar.')).toBe(0);
  });

  it('does not take other words between them, or a phrase twice', () => {
    expect(bad('Nilainya 2 juta dolar AS lalu naik Rp 900 miliar.')).toBe(0);
    expect(bad('Nilainya 2 juta dolar AS atau setara atau setara Rp 900 miliar.')).toBe(0);
  });
});
