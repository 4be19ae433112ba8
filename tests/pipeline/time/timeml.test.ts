import { article, timexOf } from './helpers';

const PUB = '2021-03-10'; // a Wednesday

describe('TimeML values: durations', () => {
  it.each([
    ['Rapat berlangsung tiga jam.', 'tiga jam → PT3H'],
    ['Pencarian korban dilakukan selama 36 jam.', '36 jam → PT36H'],
    ['Mesin mati sekitar 1,5 jam.', 'sekitar 1,5 jam → PT90M'],
    ['Banjir merendam kampung itu 1,5 hari.', '1,5 hari → PT36H'],
    ['Larangan itu berlaku dua pekan ke depan.', 'dua pekan ke depan → P2W'],
    ['Izin dibekukan untuk enam bulan ke depan.', 'enam bulan ke depan → P6M'],
    ['Cuaca buruk diperkirakan terjadi dalam beberapa hari ke depan.', 'beberapa hari ke depan → PXD'],
    ['Ia perempuan pertama dalam 52 tahun terakhir yang memimpin partai.', '52 tahun terakhir → P52Y'],
    ['Ia menjadi wali kota pertama dalam 30 tahun yang berasal dari desa.', '30 tahun → P30Y'],
  ])('%s', (body, expected) => {
    expect(timexOf(article(body, PUB))).toContain(expected);
  });

  it('keeps a date for a count of units ago or ahead', () => {
    expect(timexOf(article('Gempa terjadi tiga hari lalu.', PUB))).toEqual(['tiga hari lalu → 2021-03-07']);
    expect(timexOf(article('Hasilnya keluar dua bulan lagi.', PUB))).toEqual(['dua bulan lagi → 2021-05']);
  });
});

describe('TimeML values: parts of the day', () => {
  it.each([
    ['Para pemain berlatih sore ini di lapangan.', 'sore ini → 2021-03-10TAF'],
    ['Tim SAR tiba pagi ini.', 'pagi ini → 2021-03-10TMO'],
    ['Warga berkumpul Senin (8/3) malam.', 'Senin (8/3) malam → 2021-03-08TNI'],
    ['Laga digelar pada Selasa malam.', 'Selasa malam → 2021-03-09TNI'],
    ['Sidang dibuka Rabu (10/3/2021) siang ini.', 'Rabu (10/3/2021) siang ini → 2021-03-10TMI'],
  ])('%s', (body, expected) => {
    expect(timexOf(article(body, PUB))).toContain(expected);
  });

  it('leaves a meal and a bare part of the day alone', () => {
    expect(timexOf(article('Mereka makan malam bersama keluarga.', PUB))).toEqual([]);
  });
});

describe('TimeML values: ranges and years that names carry', () => {
  it.each([
    ['Festival akan digelar 10-12 Mei di alun-alun.', ['10 → 2021-05-10', '12 Mei → 2021-05-12']],
    ['Pameran dibuka 28 Desember hingga 2 Januari 2021.', ['28 Desember → 2020-12-28', '2 Januari 2021 → 2021-01-02']],
    ['Ia menjabat bupati pada periode 2010-2015.', ['2010 → 2010', '2015 → 2015']],
    ['Ia menjadi rektor dari 2004 – 2012.', ['2004 → 2004', '2012 → 2012']],
    ['Warga mengungsi sejak kemarin hingga hari ini.', ['kemarin → 2021-03-09', 'hari ini → 2021-03-10']],
    ['Tim itu juara Piala Presiden 2018 dan 2019.', ['2018 → 2018', '2019 → 2019']],
    ['Ia tampil di Liga 2 2020 bersama klub asalnya.', ['2020 → 2020']],
    ['Dana itu masuk APBD Tahun Anggaran 2021.', ['Tahun Anggaran 2021 → 2021']],
    ['Pembahasan RAPBN 2022 dimulai.', ['2022 → 2022']],
  ])('%s', (body, expected) => {
    expect(timexOf(article(body, PUB))).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    'Sebanyak 2000 orang datang ke lokasi.',
    'Ia dijerat Pasal 2010 ayat 3.',
    'Harga tiket Rp 2500 per orang.',
    'Antara 1900 hingga 2000 warga terdampak.',
    'Skor akhir 2-1 untuk tim tamu.',
    'Ia finis dengan catatan 01.45.10 di nomor maraton.',
    'Ia ingin beristirahat terlebih dahulu bersama keluarga.',
    'Tim lebih dahulu mencetak gol.',
  ])('is no time: %s', (body) => {
    expect(timexOf(article(body, PUB))).toEqual([]);
  });
});

describe('TimeML values: tense words that belong to a date', () => {
  it.each([
    ['Laga ditunda ke Minggu (14/3) mendatang.', 'Minggu (14/3) mendatang → 2021-03-14'],
    ['Ia diperiksa pada Senin (1/3) lalu.', 'Senin (1/3) lalu → 2021-03-01'],
    ['Aturan itu diuji pada 2019 lalu.', '2019 lalu → 2019'],
    ['Ia mundur pada awal Januari lalu.', 'awal Januari lalu → 2021-01'],
    ['Upacara digelar 17 Agustus nanti.', '17 Agustus nanti → 2021-08-17'],
    ['Klub itu tampil buruk musim ini.', 'musim ini → 2021'],
  ])('%s', (body, expected) => {
    expect(timexOf(article(body, PUB))).toContain(expected);
  });

  it('puts a date marked as coming after the paper even when it is early in the year', () => {
    expect(timexOf(article('Rapat digelar pada 5 Maret nanti.', '2021-03-10'))).toEqual(['5 Maret nanti → 2022-03-05']);
  });
});

describe('TimeML values: cross-references to other articles', () => {
  it('reads no times in a bracketed "Baca:" headline line', () => {
    expect(timexOf(article('Sidang dilanjutkan.\n(Baca: Hakim Skors Sidang 30 Menit)\nHakim membacakan putusan.', PUB))).toEqual([]);
  });
});
