import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../../src/shared/digest/schema';
import { storyOf } from '../helpers';

// Terms are read from the word tokens of each sentence: inside a hyphenated word, and never
// from a token glued to the one before it.

const slips = (...texts: string[]) =>
  storyOf(...texts)
    .discrepancies.filter((d): d is Extract<Discrepancy, { kind: 'name-spelling' }> => d.kind === 'name-spelling')
    .map((d) => d.params.variants.map((v) => v.text));

describe('terms read from tokens', () => {
  it('finds a term that leads a hyphenated word', () => {
    expect(
      slips(
        'Surabaya, Harian Kota -- Pemohon KTP-el baru antre sejak pagi, Selasa (4/6/2024). Blangko KTP-el habis siang harinya.',
        'Surabaya, Warta Dua -- Blangko KPT-el di kecamatan itu habis, Selasa (4/6/2024).',
      ),
    ).toEqual([['KTP', 'KPT']]);
  });

  it('takes no term after a prefix longer than the short ones ("non-")', () => {
    expect(
      slips(
        'Surabaya, Harian Kota -- Warga antre membuat e-KTP, Selasa (4/6/2024). Blangko e-KTP habis siang harinya.',
        'Surabaya, Warta Dua -- Layanan non-KPT dibuka di kecamatan itu, Selasa (4/6/2024).',
      ),
    ).toEqual([]);
  });

  it('takes no term from a word glued to a number before it', () => {
    expect(
      slips(
        'Surabaya, Harian Kota -- Warga antre membuat KTP baru, Selasa (4/6/2024). Blangko KTP habis siang harinya.',
        'Surabaya, Warta Dua -- Nomor antrean 12KPT dibagikan di kecamatan itu, Selasa (4/6/2024).',
      ),
    ).toEqual([]);
  });
});
