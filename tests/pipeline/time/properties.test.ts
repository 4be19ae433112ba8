import fc from 'fast-check';
import { findTimex } from '../../../src/pipeline/time/extract';

const pieces = ['Kamis', '(25/4/2019)', 'pada', 'dua jam', 'tahun lalu', 'Februari', 'lalu', '10.000', 'sekitar', 'malam', '(', '/', '2019', 'sehari-hari', 'Minggu', ' ', '\n', ','];

describe('findTimex properties', () => {
  it('never throws and its spans slice to their text', () => {
    const text = fc.oneof(fc.string(), fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(' ')));
    fc.assert(
      fc.property(text, fc.boolean(), (t, anchored) => {
        const found = findTimex(t, [{ start: 0, end: t.length }], { ref: anchored ? { year: 2019, month: 4, day: 25 } : null, yearHint: null });
        let last = -1;
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
