import { article, timexOf } from './helpers';

const PUB = '2019-04-25'; // a Thursday

describe('tagTimex: dates', () => {
  it.each([
    ['Putin tiba pada Kamis (25/4/2019).', 'Kamis (25/4/2019) → 2019-04-25'],
    ['Foto dirilis pada Senin (22/4) pagi.', 'Senin (22/4) pagi → 2019-04-22TMO'],
    ['Ia tiba pada Rabu, 24 April 2019, di Rusia.', 'Rabu, 24 April 2019 → 2019-04-24'],
    ['Kesepakatan diteken pada 25 April lalu.', '25 April lalu → 2019-04-25'],
    ['Pertemuan itu digelar pada Februari lalu.', 'Februari lalu → 2019-02'],
    ['Sejak Maret 2018, Kim bertemu empat pemimpin.', 'Maret 2018 → 2018-03'],
    ['KTT terakhir digelar pada tahun 2002.', 'tahun 2002 → 2002'],
    ['Perundingan terakhir dilaksanakan pada 2009.', '2009 → 2009'],
    ['Bulan lalu, Moskow mengirim gandum.', 'Bulan lalu → 2019-03'],
    ['Kim memulai tawaran diplomatik tahun lalu.', 'tahun lalu → 2018'],
    ['Pemilu digelar tahun depan.', 'tahun depan → 2020'],
    ['Mereka harus pergi pada akhir tahun.', 'akhir tahun → 2019'],
    ['Kekurangan pangan terjadi pada musim panas ini.', 'musim panas ini → 2019-SU'],
    ['Ia datang kemarin.', 'kemarin → 2019-04-24'],
    ['Ia berangkat besok.', 'besok → 2019-04-26'],
    ['Korea Utara saat ini ingin sanksi dilonggarkan.', 'saat ini → PRESENT_REF'],
    ['Sebelumnya jumlah buruh mencapai 50 ribu orang.', 'Sebelumnya → PAST_REF'],
    ['Pada era 1990-an negara itu dilanda kelaparan.', '1990-an → 199'],
  ])('%s', (body, expected) => {
    expect(timexOf(article(body, PUB))).toContain(expected);
  });

  it('resolves a bare weekday to the latest such day on or before publication', () => {
    expect(timexOf(article('Kantor berita itu pada Selasa mengatakan kunjungan akan segera dilaksanakan.', PUB))).toEqual(['Selasa → 2019-04-23']);
    expect(timexOf(article('Ajudan Kim berada di Vladivostok pada Minggu.', PUB))).toEqual(['Minggu → 2019-04-21']);
    expect(timexOf(article('Keduanya bertemu pada hari Kamis.', PUB))).toEqual(['hari Kamis → 2019-04-25']);
  });

  it('looks ahead for a weekday after "akan"', () => {
    expect(timexOf(article('Kedua pemimpin akan bertemu pada Kamis di Vladivostok.', '2019-04-23'))).toEqual(['Kamis → 2019-04-25']);
  });

  it('gives a time of day with "pukul"', () => {
    expect(timexOf(article('Pertemuan dimulai Kamis (25/4/2019) pukul 10.00 WIB.', PUB))[0]).toMatch(/^Kamis \(25\/4\/2019\) pukul 10\.00 WIB → 2019-04-25T10:00/);
  });
});

describe('tagTimex: durations and sets', () => {
  it.each([
    ['Pertemuan berlangsung selama dua jam.', 'dua jam → PT2H'],
    ['Sesi itu dijadwalkan 50 menit.', '50 menit → PT50M'],
    ['Putin tiba sekitar setengah jam sebelum Kim.', 'sekitar setengah jam → PT30M'],
    ['Perjalanan dilakukan sekitar dua bulan setelah KTT.', 'sekitar dua bulan → P2M'],
    ['Pertikaian itu telah berlangsung puluhan tahun.', 'puluhan tahun → PXDE'],
    ['Selama bertahun-tahun Rusia terlibat.', 'bertahun-tahun → PXY'],
    ['Dalam beberapa bulan terakhir situasi stabil.', 'beberapa bulan terakhir → PXM'],
    ['Mereka mengadakan pembicaraan sehari.', 'sehari → P1D'],
    ['Devisa mengalir tiap tahunnya.', 'tiap tahunnya → P1Y'],
    ['Ia ditahan dua puluh lima hari.', 'dua puluh lima hari → P25D'],
    ['Serangan terjadi dua hari lalu.', 'dua hari lalu → 2019-04-23'],
  ])('%s', (body, expected) => {
    expect(timexOf(article(body, PUB))).toContain(expected);
  });
});

describe('tagTimex: what is not a time', () => {
  it.each([
    'Sekitar 10.000 buruh masih bekerja dan 2.000 ton gandum dikirim.',
    'Pyongyang menerima lebih dari US$500 juta.',
    'Kedua pemimpin menghadiri jamuan makan malam.',
    'Skor akhir 2/3 untuk tuan rumah.',
    'Kebutuhan hidup sehari-hari makin mahal.',
    'Resolusi 2397 dijatuhkan PBB.',
    'Ia membeli jam tangan baru.',
  ])('%s', (body) => {
    expect(timexOf(article(body, PUB))).toEqual([]);
  });

  it('leaves the preposition out of the span and maps spans to the source', () => {
    const doc = article('Kim tiba pada Rabu (24/4/2019) sejak pagi.', PUB);
    for (const t of doc.timex) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.timex[0]!.text).toBe('Rabu (24/4/2019)');
  });

  it('ignores dates in image links', () => {
    expect(timexOf(article('![](https://statik.tempo.co/data/2019/04/25/id_1/1_720.jpg)\nPutin bertemu Kim.', PUB))).toEqual([]);
  });
});

describe('tagTimex: calendar check', () => {
  it('keeps the numbers when the weekday does not match them', () => {
    expect(timexOf(article('Ushakov berbicara pada Rabu (23/4/2019) malam.', PUB))).toEqual(['Rabu (23/4/2019) malam → 2019-04-23TNI']);
  });

  it('reads a month slip when the weekday lands on the written day of another month', () => {
    // 25/2/2019 was a Monday; the coming Thursday after 23 April is 25 April
    expect(timexOf(article('Mereka akan bertemu pada Kamis (25/2) di Vladivostok.', '2019-04-23'))).toEqual(['Kamis (25/2) → 2019-04-25']);
  });

  it('takes a missing year from the weekday when nothing else dates the article', () => {
    expect(timexOf(article('Sejak Maret 2018 ia bertemu banyak pemimpin. Hal itu dilansir Kamis (25/4).'))).toContain('Kamis (25/4) → 2019-04-25');
  });

  it('masks what cannot be anchored', () => {
    expect(timexOf(article('Mereka bertemu pada Kamis.'))).toEqual(['Kamis → XXXX-WXX-4']);
  });
});
