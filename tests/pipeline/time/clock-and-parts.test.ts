import { article, timexOf } from './helpers';

const PUB = '2023-03-10';

describe('clock ranges, weekday parts before a date and parts of the narrative day', () => {
  it('keeps the written 24-hour clock at the end of a range', () => {
    const doc = article('Jalan ditutup setiap malam pukul 22.00-04.00 WIB selama perbaikan.', PUB);
    expect(doc.timex.map((t) => t.value)).toContain('2023-03-10T04:00');
    expect(doc.timex.map((t) => t.value)).not.toContain('2023-03-10T16:00');
  });

  it('still reads a range with a part of the day after its end in that part', () => {
    expect(timexOf(article('Toko buka pukul 1.00-5.00 sore.', PUB))).toContain('5.00 sore → 2023-03-10T17:00');
    expect(timexOf(article('Layanan dibuka pukul 08.00-20.00 WIB.', PUB))).toEqual(['pukul 08.00 → 2023-03-10T08:00', '20.00 WIB → 2023-03-10T20:00']);
  });

  it('reads a weekday with its part of the day, a comma and the date as one time', () => {
    const doc = article('Rekaman itu dibuat pada Rabu malam, 1 Maret 2023, di sebuah rumah.', PUB);
    expect(timexOf(doc)).toEqual(['Rabu malam, 1 Maret 2023 → 2023-03-01TNI']);
  });

  it('does not join a weekday to a date a word apart from it', () => {
    const doc = article('Rapat digelar Rabu malam, lalu pada 1 Maret 2023 ditunda.', PUB);
    expect(doc.timex.map((t) => t.text)).not.toContain('Rabu malam, lalu pada 1 Maret 2023');
  });

  it('puts "sore harinya" and "malam itu" on the day the narrative is at', () => {
    const doc = article('Banjir melanda desa itu pada Senin (6/3/2023). Bupati datang sore harinya. Malam itu warga mengungsi.', PUB);
    expect(timexOf(doc)).toEqual(['Senin (6/3/2023) → 2023-03-06', 'sore harinya → 2023-03-06TAF', 'Malam itu → 2023-03-06TNI']);
  });

  it('reads no time in a meal', () => {
    expect(article('Acara makan malam itu dihadiri menteri.', PUB).timex).toEqual([]);
  });
});

describe('parts of a financial year', () => {
  it.each([
    ['Laba bersih kuartal II-2022 turun tipis.', 'kuartal II-2022 → 2022-Q2'],
    ['Penjualan triwulan ketiga 2021 melonjak.', 'triwulan ketiga 2021 → 2021-Q3'],
    ['Target semester I tahun ini belum tercapai.', 'semester I tahun ini → 2023-H1'],
    ['Ekspor kuartal pertama naik.', 'kuartal pertama → 2023-Q1'],
  ])('%s', (text, expected) => {
    expect(timexOf(article(text, PUB))).toContain(expected);
  });

  it('reads no date in a student\'s term or a part the year does not have', () => {
    expect(article('Ia mahasiswa semester 5 di kampus itu.', PUB).timex).toEqual([]);
    expect(article('Laporan semester III disusun ulang.', PUB).timex).toEqual([]);
  });
});
