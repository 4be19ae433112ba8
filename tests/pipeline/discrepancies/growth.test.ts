import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../src/shared/digest/schema';
import { copyCandidates } from '../../../src/pipeline/events/discrepancies/calendar';

// A long article that prints one dated passage many times offers pairs only where the dates differ.

const date = (value: string) => ({ value, text: value, type: 'DATE', start: 0, end: 0 }) as unknown as Timex;
const sentence = (roots: string[], ...values: string[]) => ({ roots: new Set(roots), dates: values.map(date) });
const roots = ['bupati', 'buka', 'posko', 'ungsi', 'balai', 'desa'];

describe('repeated passages', () => {
  it('offer no pair among copies giving the same dates', () => {
    const copies = Array.from({ length: 200 }, () => sentence(roots, '2024-03-14'));
    expect(copyCandidates(copies).flat()).toHaveLength(0);
  });

  it('offer each copy the later copies that give another date, and the count grows with the copies', () => {
    const offered = (n: number) => {
      const copies = Array.from({ length: n }, () => sentence(roots, '2024-03-14'));
      copies.push(sentence(roots, '2024-03-15'));
      return copyCandidates(copies);
    };
    const small = offered(50);
    expect(small[0]).toEqual([50]);
    expect(small[50]).toEqual([]);
    expect(offered(100).flat().length).toBe(2 * small.flat().length);
  });

  it('skip sentences sharing none of the rarest roots, and keep those that might be copies', () => {
    const candidates = copyCandidates([
      sentence(roots, '2024-03-14'),
      sentence(['ternak', 'hilang', 'sapi', 'kandang'], '2024-03-15'),
      sentence([...roots.slice(0, 5), 'kecamatan'], '2024-03-16'),
    ]);
    expect(candidates[0]).toEqual([2]);
    expect(candidates[1]).toEqual([]);
  });
});
