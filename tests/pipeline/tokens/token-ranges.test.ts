import { describe, expect, it } from 'vitest';
import { clauseBefore, firstTokenEndingAfter, firstTokenFrom, tokenAfter, tokenBefore, tokensIn, wordAfter, wordBefore } from '../../../src/pipeline/tokens';
import { textStages } from '../stages/helpers';

const texts = (tokens: readonly { text: string }[]) => tokens.map((t) => t.text);
const CLAUSE = { breaks: new Set(['.', '!', '?', ';']) };

describe('token ranges', () => {
  const text = 'Menteri Sari tiba di Medan, Rabu (3/5). Ia akan bertemu 1.200 petani; lalu pulang.';
  const doc = textStages(text);
  const at = (s: string) => text.indexOf(s);

  it('finds tokens by offset with binary search, at edges and in gaps', () => {
    expect(firstTokenFrom(doc.tokens, 0)).toBe(0);
    expect(firstTokenFrom(doc.tokens, at('Sari') + 1)).toBe(2); // inside "Sari": the next token
    expect(firstTokenEndingAfter(doc.tokens, at('Sari') + 1)).toBe(1); // the token holding it
    expect(firstTokenFrom(doc.tokens, text.length)).toBe(doc.tokens.length);
    expect(firstTokenEndingAfter(doc.tokens, text.length)).toBe(doc.tokens.length);
    expect(firstTokenFrom(doc.tokens, -5)).toBe(0);
  });

  it('gives the tokens wholly inside a range, never half a word', () => {
    expect(texts(tokensIn(doc.tokens, at('tiba'), at(', Rabu')))).toEqual(['tiba', 'di', 'Medan']);
    // the range cuts "tiba" and "Medan": both left out
    expect(texts(tokensIn(doc.tokens, at('tiba') + 1, at('Medan') + 2))).toEqual(['di']);
    expect(tokensIn(doc.tokens, at('tiba') + 1, at('tiba') + 3)).toEqual([]);
    expect(tokensIn(doc.tokens, 10, 5)).toEqual([]);
  });

  it('keeps the marks inside a number', () => {
    expect(texts(tokensIn(doc.tokens, at('1.200'), at(' petani')))).toEqual(['1.200']);
  });

  it('gives the word before and after an offset, and nothing when a mark stands there', () => {
    expect(wordBefore(doc.tokens, at('Medan'))?.text).toBe('di');
    expect(wordAfter(doc.tokens, at('Medan') + 'Medan'.length)).toBeUndefined(); // the comma
    expect(tokenAfter(doc.tokens, at('Medan') + 'Medan'.length)?.text).toBe(',');
    expect(wordBefore(doc.tokens, at('3/5'))).toBeUndefined(); // "("
    expect(tokenBefore(doc.tokens, 0)).toBeUndefined();
    expect(wordAfter(doc.tokens, 0)?.text).toBe('Menteri');
    expect(tokenAfter(doc.tokens, text.length)).toBeUndefined();
  });

  it('cuts the clause before an offset at sentence and clause marks, and at the reach', () => {
    expect(texts(clauseBefore(text, doc.tokens, at('petani'), CLAUSE))).toEqual(['Ia', 'akan', 'bertemu', '1.200']);
    expect(texts(clauseBefore(text, doc.tokens, at('pulang'), CLAUSE))).toEqual(['lalu']);
    expect(texts(clauseBefore(text, doc.tokens, at('Ia'), CLAUSE))).toEqual([]);
    expect(texts(clauseBefore(text, doc.tokens, at('petani'), { ...CLAUSE, reach: 14 }))).toEqual(['bertemu', '1.200']);
  });

  it('answers for an empty layer and an empty range', () => {
    expect(tokensIn([], 0, 10)).toEqual([]);
    expect(clauseBefore('', [], 0, CLAUSE)).toEqual([]);
    expect(wordBefore([], 3)).toBeUndefined();
    expect(tokensIn(doc.tokens, at('tiba'), at('tiba'))).toEqual([]);
  });

  it('ends a clause at a paragraph break', () => {
    const two = 'Warga akan mengungsi\nSenin pagi air surut.';
    const d = textStages(two);
    expect(texts(clauseBefore(two, d.tokens, two.indexOf('Senin'), CLAUSE))).toEqual([]);
    expect(texts(clauseBefore(two, d.tokens, two.indexOf('pagi'), CLAUSE))).toEqual(['Senin']);
    expect(texts(clauseBefore(two, d.tokens, two.indexOf('Senin') - 1, CLAUSE))).toEqual(['Warga', 'akan', 'mengungsi']);
  });

  it('reads glued words as the two words the tokenizer split them into', () => {
    const glued = 'Tim Bandung menang. Pelatih BandungKarya memuji tim Bandung.';
    const d = textStages(glued);
    const from = glued.indexOf('BandungKarya');
    expect(texts(tokensIn(d.tokens, from, from + 'BandungKarya'.length))).toEqual(['Bandung', 'Karya']);
    expect(wordBefore(d.tokens, from + 'Bandung'.length)?.text).toBe('Bandung');
    expect(wordAfter(d.tokens, from + 'Bandung'.length)?.text).toBe('Karya');
  });
});
