import { describe, expect, it } from 'vitest';
import { lastStartingAtOrBeforeToken } from '../../../src/pipeline/tokens';

describe('lastStartingAtOrBeforeToken', () => {
  const sentences = [
    { tokenStart: 0, tokenEnd: 5 },
    { tokenStart: 5, tokenEnd: 9 },
    { tokenStart: 12, tokenEnd: 20 },
  ];

  it('finds the span a token lies in, or the last one before a gap', () => {
    expect([0, 4, 5, 8, 10, 12, 19, 40].map((j) => lastStartingAtOrBeforeToken(sentences, j))).toEqual([0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('is -1 before the first span and on no spans', () => {
    expect(lastStartingAtOrBeforeToken([{ tokenStart: 3, tokenEnd: 4 }], 2)).toBe(-1);
    expect(lastStartingAtOrBeforeToken([], 0)).toBe(-1);
  });
});
