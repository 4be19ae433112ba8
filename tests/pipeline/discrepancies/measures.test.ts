import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../../src/shared/digest/schema';
import { measuresIn } from '../../../src/pipeline/events/discrepancies/measures';
import { storyOf } from '../helpers';

const numbers = (ds: Discrepancy[]) => ds.filter((d): d is Extract<Discrepancy, { kind: 'number' }> => d.kind === 'number');
const valuesOf = (d: Extract<Discrepancy, { kind: 'number' }>) => d.params.values.map((v) => [v.amount, v.unit]);

describe('measures in a sentence', () => {
  const read = (text: string) => {
    const doc = storyOf(text).articles[0]!;
    return measuresIn(doc).map((m) => [m.text, m.dimension, m.base]);
  };

  it('reads a figure and its unit, in the unit\'s base, and a magnitude named before its figure', () => {
    expect(read('Gempa bermagnitudo 5,4 berpusat 12 kilometer dari pantai pada kedalaman 800 meter.')).toEqual([
      ['bermagnitudo 5,4', 'magnitude', 5.4],
      ['12 kilometer', 'length', 12000],
      ['800 meter', 'length', 800],
    ]);
    expect(read('Banjir merendam 1.250 hektare sawah, naik 15 persen.')).toEqual([
      ['1.250 hektare', 'area', 12500000],
      ['15 persen', 'share', 15],
    ]);
  });

  it('leaves out a figure told before it was revised', () => {
    expect(read('BMKG semula mencatat magnitudo 6,1 lalu memperbaruinya menjadi magnitudo 5,9.')).toEqual([['magnitudo 5,9', 'magnitude', 5.9]]);
  });

  it('reads no count of people or houses as a measure', () => {
    expect(read('Sebanyak 12 orang luka dan 40 rumah rusak.')).toEqual([]);
  });
});

describe('outlets giving different measures of one fact', () => {
  const lead = (outlet: string, km: string) =>
    `Malang, ${outlet} - Gempa magnitudo 5,2 mengguncang Kabupaten Malang, Jawa Timur, Senin (4/3/2024) pukul 10.15 WIB. Pusat gempa berada di laut pada jarak ${km} barat daya Kabupaten Malang dengan kedalaman 10 km, kata Kepala BMKG setempat.`;

  it('reports the distance they disagree on, not the depth they agree on', () => {
    const s = storyOf(lead('kabarjatim.id', '35 km'), lead('wartajatim.com', '53 kilometer'));
    const found = numbers(s.discrepancies);
    expect(found).toHaveLength(1);
    expect(found[0]!.tier).toBe('fact');
    expect(valuesOf(found[0]!)).toEqual([
      [35, 'km'],
      [53, 'km'],
    ]);
  });

  it('reports nothing when they give the same distance in other units', () => {
    const s = storyOf(lead('kabarjatim.id', '35 km'), lead('wartajatim.com', '35.000 meter'));
    expect(numbers(s.discrepancies)).toEqual([]);
  });
});
