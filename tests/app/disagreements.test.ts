import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../src/shared/digest/schema';
import { describeDisagreement, type Labels } from '../../src/shared/i18n/disagreements';

const labels: Labels = { article: (id) => ({ a: 'Harian Satu', b: 'Warta Dua' })[id] ?? id, entity: (id) => ({ 'budi-santosa': 'Budi Santosa' })[id] ?? id };
const at = (articleId: string, start = 0) => ({ articleId, start, end: start + 4 });

describe('describeDisagreement', () => {
  it('names the spellings and which outlet writes which, in both languages', () => {
    const d: Discrepancy = {
      id: 'x',
      tier: 'spelling',
      kind: 'name-spelling',
      params: { entityId: 'budi-santosa', variants: [{ text: 'Budi Santosa', spans: [at('a')] }, { text: 'Budi Santoso', spans: [at('b')] }] },
      spans: [at('a'), at('b')],
    };
    expect(describeDisagreement(d, 'en', labels)).toBe('The name is spelled “Budi Santosa” (Harian Satu) and “Budi Santoso” (Warta Dua).');
    expect(describeDisagreement(d, 'id', labels)).toBe('Nama ini dieja “Budi Santosa” (Harian Satu) dan “Budi Santoso” (Warta Dua).');
  });

  it('names the titles one person is given and by whom', () => {
    const d: Discrepancy = {
      id: 'r',
      tier: 'fact',
      kind: 'role-or-title',
      params: { entityId: 'budi-santosa', variants: [{ text: 'pelatih tim nasional', spans: [at('a')] }, { text: 'mantan pelatih tim nasional', spans: [at('b')] }] },
      spans: [at('a'), at('b')],
    };
    expect(describeDisagreement(d, 'en', labels)).toBe('The same person is described as “pelatih tim nasional” (Harian Satu) and “mantan pelatih tim nasional” (Warta Dua).');
    expect(describeDisagreement(d, 'id', labels)).toBe('Orang yang sama disebut “pelatih tim nasional” (Harian Satu) dan “mantan pelatih tim nasional” (Warta Dua).');
  });

  it('writes numbers and units in the reader’s own way', () => {
    const d: Discrepancy = {
      id: 'x',
      tier: 'fact',
      kind: 'number',
      params: {
        relation: 'same-fact',
        values: [
          { amount: 1.5, unit: 'hour', text: 'satu setengah jam', spans: [at('a')] },
          { amount: 2, unit: 'hour', text: 'dua jam', spans: [at('b')] },
        ],
      },
      spans: [at('a'), at('b')],
    };
    expect(describeDisagreement(d, 'en', labels)).toBe('Different figures for the same thing: 1.5 hours (Harian Satu) and 2 hours (Warta Dua).');
    expect(describeDisagreement(d, 'id', labels)).toBe('Angka berbeda untuk hal yang sama: 1,5 jam (Harian Satu) dan 2 jam (Warta Dua).');
  });

  it('writes a quake\'s magnitude before its figure and a share against it', () => {
    const of = (unit: string, a: number, b: number): Discrepancy => ({
      id: 'x',
      tier: 'fact',
      kind: 'number',
      params: { relation: 'same-fact', values: [{ amount: a, unit, text: String(a), spans: [at('a')] }, { amount: b, unit, text: String(b), spans: [at('b')] }] },
      spans: [at('a'), at('b')],
    });
    expect(describeDisagreement(of('magnitude', 5.8, 6), 'en', labels)).toBe('Different figures for the same thing: magnitude 5.8 (Harian Satu) and magnitude 6 (Warta Dua).');
    expect(describeDisagreement(of('magnitude', 5.8, 6), 'id', labels)).toBe('Angka berbeda untuk hal yang sama: magnitudo 5,8 (Harian Satu) dan magnitudo 6 (Warta Dua).');
    expect(describeDisagreement(of('%', 12.5, 15), 'en', labels)).toBe('Different figures for the same thing: 12.5% (Harian Satu) and 15% (Warta Dua).');
    expect(describeDisagreement(of('km', 24, 42), 'id', labels)).toBe('Angka berbeda untuk hal yang sama: 24 km (Harian Satu) dan 42 km (Warta Dua).');
  });

  it('names the true weekday of a wrongly dated day, and the date meant', () => {
    const d: Discrepancy = {
      id: 'x',
      tier: 'calendar',
      kind: 'weekday-date',
      params: { text: 'Jumat (3/3/2021)', written: '2021-03-03', writtenWeekday: 5, actualWeekday: 3, readAs: '2021-04-03' },
      spans: [at('a')],
    };
    expect(describeDisagreement(d, 'en', labels)).toBe('“Jumat (3/3/2021)”: 3 March 2021 was a Wednesday, not a Friday. Other dates suggest 3 April 2021 is meant.');
    expect(describeDisagreement(d, 'id', labels)).toMatch(/^“Jumat \(3\/3\/2021\)”: 3 Maret 2021 jatuh pada hari Rabu, bukan Jumat\. Tanggal lain menunjukkan yang dimaksud 3 April 2021\.$/);
  });

  it('says which outlets affirm a claim and which deny it', () => {
    const d: Discrepancy = {
      id: 'x',
      tier: 'fact',
      kind: 'claim-negation',
      params: { entityId: 'budi-santosa', predicate: 'mundur', affirmed: [at('a')], negated: [at('b', 10)] },
      spans: [at('a'), at('b', 10)],
    };
    expect(describeDisagreement(d, 'en', labels)).toBe('Budi Santosa “mundur”: Harian Satu say so, Warta Dua say not.');
    expect(describeDisagreement(d, 'id', labels)).toBe('Budi Santosa “mundur”: menurut Harian Satu ya, menurut Warta Dua tidak.');
  });
});
