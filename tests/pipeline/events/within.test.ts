import { describe, expect, it } from 'vitest';
import { lowerBound, spansWithin } from '../../../src/pipeline/events/within';

const span = (start: number, end: number, name: string) => ({ start, end, name });

// out of text order on purpose: the answer must keep the array's own order, as a filter does
const spans = [span(30, 36, 'c'), span(0, 5, 'a'), span(10, 20, 'b'), span(12, 15, 'b2'), span(40, 44, 'd'), span(10, 12, 'b1')];
const filtered = (from: number, to: number) => spans.filter((x) => x.start >= from && x.end <= to);

describe('spansWithin', () => {
  it('returns the spans lying wholly in the range, in array order', () => {
    expect(spansWithin(spans, 10, 20).map((x) => x.name)).toEqual(['b', 'b2', 'b1']);
    expect(spansWithin(spans, 0, 36).map((x) => x.name)).toEqual(['c', 'a', 'b', 'b2', 'b1']);
  });

  it('leaves out spans that start inside but end past the range', () => {
    expect(spansWithin(spans, 10, 14).map((x) => x.name)).toEqual(['b1']);
    expect(spansWithin(spans, 37, 43)).toEqual([]);
  });

  it('agrees with a filter over every range of a small text', () => {
    for (let from = -1; from <= 46; from++) for (let to = from; to <= 46; to++) expect(spansWithin(spans, from, to)).toEqual(filtered(from, to));
  });

  it('sees spans added to the array after a first query', () => {
    const grown = [span(0, 3, 'x')];
    expect(spansWithin(grown, 0, 10)).toHaveLength(1);
    grown.push(span(4, 8, 'y'));
    expect(spansWithin(grown, 0, 10).map((x) => x.name)).toEqual(['x', 'y']);
  });

  it('falls back to a filter when a span ends before it starts', () => {
    const odd = [span(20, 5, 'odd'), span(2, 4, 'ok')];
    expect(spansWithin(odd, 0, 10).map((x) => x.name)).toEqual(['odd', 'ok']);
  });
});

describe('lowerBound', () => {
  it('finds the first value not below the one sought', () => {
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 7], 4)).toBe(3);
    expect(lowerBound([1, 3, 3, 7], 8)).toBe(4);
    expect(lowerBound([], 0)).toBe(0);
  });
});
