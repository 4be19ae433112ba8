import { describe, expect, it } from 'vitest';
import { spansEndingWithToken, spansInTokens, tokenRangeOf, wholeTokensOf } from '../../../src/pipeline/tokens';
import { textStages } from '../stages/helpers';

describe('spans found by their token ranges', () => {
  const text = 'Wali Kota Rini Handayani meninjau Kim-Putin Park di Surabaya, Senin.';
  const doc = textStages(text);
  const span = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, ...tokenRangeOf(doc.tokens, start, start + s.length), text: s };
  };
  const tokenOf = (s: string) => doc.tokens.findIndex((t) => t.text === s);
  // in text order, as mentions are made; "Kim" ends inside the token "Kim-Putin"
  const spans = [span('Wali Kota'), span('Rini Handayani'), span('Kim'), span('Kim-Putin Park'), span('Surabaya')];

  it('gives the spans lying within a token stretch, in their order', () => {
    expect(spansInTokens(spans, tokenOf('Rini'), tokenOf('meninjau')).map((s) => s.text)).toEqual(['Rini Handayani']);
    expect(spansInTokens(spans, tokenOf('Kim-Putin'), tokenOf('Kim-Putin') + 1).map((s) => s.text)).toEqual(['Kim']);
    expect(spansInTokens(spans, tokenOf('Kim-Putin'), tokenOf('di')).map((s) => s.text)).toEqual(['Kim', 'Kim-Putin Park']);
    expect(spansInTokens(spans, 0, doc.tokens.length)).toHaveLength(5);
    expect(spansInTokens(spans, tokenOf('di'), tokenOf('di'))).toEqual([]);
    // a span running past the stretch is left out
    expect(spansInTokens(spans, 0, tokenOf('Handayani'))).toEqual([spans[0]]);
  });

  it('reads spans out of order too, as the whole array filtered', () => {
    const shuffled = [spans[3]!, spans[0]!, spans[4]!, spans[1]!];
    expect(spansInTokens(shuffled, 0, tokenOf('Surabaya') + 1).map((s) => s.text)).toEqual(['Kim-Putin Park', 'Wali Kota', 'Surabaya', 'Rini Handayani']);
    expect(spansInTokens(shuffled, tokenOf('Kim-Putin'), doc.tokens.length).map((s) => s.text)).toEqual(['Kim-Putin Park', 'Surabaya']);
  });

  it('gives the spans ending where a token ends, not those ending inside it', () => {
    expect(spansEndingWithToken(spans, doc.tokens, tokenOf('Handayani')).map((s) => s.text)).toEqual(['Rini Handayani']);
    expect(spansEndingWithToken(spans, doc.tokens, tokenOf('Kim-Putin'))).toEqual([]);
    expect(spansEndingWithToken(spans, doc.tokens, tokenOf('Park')).map((s) => s.text)).toEqual(['Kim-Putin Park']);
    expect(spansEndingWithToken(spans, doc.tokens, tokenOf('meninjau'))).toEqual([]);
    expect(spansEndingWithToken(spans, doc.tokens, doc.tokens.length)).toEqual([]);
  });

  it('leaves out of a span\'s whole tokens the one it cuts through', () => {
    const kim = spans[2]!;
    expect(wholeTokensOf(doc.tokens, kim)).toEqual({ from: kim.tokenStart, to: kim.tokenStart });
    const rini = spans[1]!;
    expect(wholeTokensOf(doc.tokens, rini)).toEqual({ from: rini.tokenStart, to: rini.tokenEnd });
    const putin = span('Putin Park');
    expect(wholeTokensOf(doc.tokens, putin)).toEqual({ from: tokenOf('Park'), to: tokenOf('Park') + 1 });
  });
});
