import { storyOf } from '../helpers';
import type { StoryDoc } from '../../../src/pipeline/types';
import { textOf, eventsWith } from './reading';

const together = (s: StoryDoc, a: string, b: string) => eventsWith(s, a).some((e) => e.mentions.some((m) => textOf(s, m).includes(b)));

describe('undated paragraphs of one article', () => {
  // an article tells its happenings one stretch after another; the same names recur in each
  const A = [
    '---',
    'published: 2023-03-06',
    '---',
    'Pelatih Persikas Cimahi Andi Wirawan tidak memimpin latihan tim di Stadion Sangkuriang.',
    '',
    'Latihan itu dipimpin asisten pelatih Budi Harsono.',
    '',
    'Rapat direksi klub digelar tertutup di kantor klub.',
    '',
    'Suporter Persikas Cimahi memasang spanduk di depan stadion yang menuntut pelatih Andi Wirawan mundur.',
  ].join('\n');

  it('far apart, tell two happenings though they name the same people', () => {
    const s = storyOf(A);
    expect(together(s, 'tidak memimpin latihan', 'memasang spanduk')).toBe(false);
  });

  it('next to each other, go on telling one', () => {
    const s = storyOf(A);
    expect(together(s, 'tidak memimpin latihan', 'dipimpin asisten')).toBe(true);
  });

  it('far apart, are still one happening where another outlet tells both together', () => {
    const B = [
      '---',
      'published: 2023-03-06',
      '---',
      'Andi Wirawan tidak memimpin latihan Persikas Cimahi, sementara suporter memasang spanduk yang menuntut pelatih Andi Wirawan mundur di Stadion Sangkuriang.',
    ].join('\n');
    const s = storyOf(A, B);
    expect(together(s, 'tidak memimpin latihan', 'memasang spanduk di depan')).toBe(true);
  });
});

describe('a lone sentence that names its speaker', () => {
  const lines = (extra: string) =>
    [
      'Surabaya, kabarsatu.id - Kapal motor Sinar Bahari tenggelam di perairan Masalembu pada Senin (6/3/2023) malam.',
      'Tim SAR gabungan menyisir perairan itu dengan dua kapal.',
      extra,
    ].join('\n');

  it('opens that speaker\'s statement rather than going on with the narration', () => {
    const s = storyOf(lines('Kementerian Perhubungan mengatakan cuaca buruk melanda laut Jawa sepanjang pekan.'));
    expect(together(s, 'tenggelam di perairan', 'Kementerian Perhubungan mengatakan')).toBe(false);
  });

  it('in a quotation attributed at its end may still explain what was just told', () => {
    const s = storyOf(lines('"Penyisiran kami lanjutkan sampai seluruh penumpang ditemukan," kata Kepala Basarnas Surabaya Hadi Prasetyo.'));
    expect(together(s, 'tenggelam di perairan', 'Penyisiran kami lanjutkan')).toBe(true);
  });
});
