import { article, timexOf } from './helpers';

const PUB = '2021-03-10'; // a Wednesday

describe('narrative anchoring', () => {
  it('counts "kemudian" and "keesokan harinya" from the last day the text gave', () => {
    const doc = article('Ia ditangkap pada 2 Februari 2021. Sehari kemudian ia diperiksa. Keesokan harinya ia dibebaskan. Dua hari kemudian ia kembali bekerja.', PUB);
    expect(timexOf(doc)).toEqual([
      '2 Februari 2021 → 2021-02-02',
      'Sehari kemudian → 2021-02-03',
      'Keesokan harinya → 2021-02-04',
      'Dua hari kemudian → 2021-02-06',
    ]);
  });

  it('counts months and days before as well', () => {
    expect(timexOf(article('Proyek dimulai 4 Januari 2021. Sebulan kemudian proyek dihentikan.', PUB))).toContain('Sebulan kemudian → 2021-02');
    expect(timexOf(article('Ia dilantik 1 Maret 2021. Sehari sebelumnya ia menggelar syukuran.', PUB))).toContain('Sehari sebelumnya → 2021-02-28');
  });

  it('puts a clock time on the narrative day, not always the paper day', () => {
    const doc = article('Laga berlangsung Minggu (7/3). Gol pertama tercipta pukul 20.15 WIB.', PUB);
    expect(timexOf(doc)).toEqual(['Minggu (7/3) → 2021-03-07', 'pukul 20.15 WIB → 2021-03-07T20:15']);
  });

  it('puts a clock time with "tadi" on the paper day: earlier today, whatever day the narrative is at', () => {
    const doc = article('Longsor terjadi Senin (8/3) malam. Hingga pukul 05.00 WIB tadi, dua korban belum ditemukan.', PUB);
    expect(timexOf(doc)).toEqual(['Senin (8/3) malam → 2021-03-08TNI', 'pukul 05.00 WIB tadi → 2021-03-10T05:00']);
  });

  it('puts a clock time on the paper day when the text gave no day before it', () => {
    expect(timexOf(article('Rapat dimulai sekitar pukul 09.00 WIB.', PUB))).toEqual(['sekitar pukul 09.00 WIB → 2021-03-10T09:00']);
  });

  it('reads "hari itu" and "saat itu" as the narrative day', () => {
    expect(timexOf(article('Ia datang pada 3 Maret 2021. Hari itu hujan deras.', PUB))).toContain('Hari itu → 2021-03-03');
    expect(timexOf(article('Ia ditahan pada 2015. Saat itu ia menolak bicara.', PUB))).toContain('Saat itu → 2015');
  });

  it('leaves "saat itu" vague when nothing was dated before it', () => {
    expect(timexOf(article('Saat itu ia menolak bicara.', PUB))).toEqual(['Saat itu → PAST_REF']);
  });

  it('gives a bare weekday the narrative day it falls on', () => {
    // the paper is Tuesday 9 March; "besok, Rabu (10/3)" sets the narrative to Wednesday
    const doc = article('Ia besok, Rabu (10/3) akan dilantik. Ia kini bersiap untuk pelantikan pada hari Rabu.', '2021-03-09');
    expect(timexOf(doc)).toEqual(expect.arrayContaining(['Rabu (10/3) → 2021-03-10', 'hari Rabu → 2021-03-10']));
  });

  it('keeps "hari ini" and "kemarin" on the paper day whatever the narrative says', () => {
    const doc = article('Kasus itu bermula pada 2 Februari 2021. Polisi kemarin memeriksa saksi dan hari ini memanggil tersangka.', PUB);
    expect(timexOf(doc)).toEqual(expect.arrayContaining(['kemarin → 2021-03-09', 'hari ini → 2021-03-10']));
  });

  it('keeps the paper\'s year for a day whose written weekday is a slip, rather than a year when it fits', () => {
    // 12 March 2021 is a Friday; "Kamis (12/3)" would fit 2020, a year before the paper
    const doc = article('Banjir merendam dua desa pada Kamis (12/3) malam.', '2021-03-13');
    expect(timexOf(doc)).toEqual(['Kamis (12/3) malam → 2021-03-12TNI']);
  });
});

describe('expressions written against a bracketed date, and ranges of length', () => {
  it('reads a weekday with its part of the day before the bracket as one day and part', () => {
    expect(timexOf(article('Banjir melanda kampung itu sejak Sabtu malam (6/3/2021).', PUB))).toEqual(['Sabtu malam (6/3/2021) → 2021-03-06TNI']);
  });

  it('reads a deictic day against its bracketed date, with no comma between, as one expression', () => {
    expect(timexOf(article('Bupati kemarin (9/3) meninjau lokasi banjir.', PUB))).toEqual(['kemarin (9/3) → 2021-03-09']);
    // with a comma they stand apart, as two expressions of one day
    expect(timexOf(article('Bupati akan dilantik besok, Kamis (11/3).', PUB))).toEqual(['besok → 2021-03-11', 'Kamis (11/3) → 2021-03-11']);
  });

  it('reads a range of lengths with its unit written once as one length, the shorter', () => {
    expect(timexOf(article('Air diperkirakan surut dalam tiga hingga empat hari.', PUB))).toEqual(['tiga hingga empat hari → P3D']);
    expect(timexOf(article('Perjalanan itu makan waktu 2-3 jam.', PUB))).toEqual(['2-3 jam → PT2H']);
  });
});
