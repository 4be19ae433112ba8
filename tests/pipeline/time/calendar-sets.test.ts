import { article, timexOf } from './helpers';

const PUB = '2024-03-14';
const read = (text: string) => timexOf(article(text, PUB));

describe('times that recur by the calendar (TimeML SET)', () => {
  it('values a weekday after "setiap"/"tiap" with the week open', () => {
    expect(read('Bazar buku digelar setiap Rabu di aula kampus.')).toEqual(['setiap Rabu → XXXX-WXX-3']);
    expect(read('Latihan paduan suara berlangsung tiap hari Minggu sore.')).toEqual(['tiap hari Minggu sore → XXXX-WXX-7TAF']);
  });

  it('lets the prefix govern a list of weekdays', () => {
    expect(read('Posyandu buka setiap Selasa, Kamis, dan Sabtu pagi.')).toEqual([
      'setiap Selasa → XXXX-WXX-2',
      'Kamis → XXXX-WXX-4',
      'Sabtu pagi → XXXX-WXX-6TMO',
    ]);
  });

  it('values a month, a day of the month, a part of the day and the weekend', () => {
    expect(read('Nelayan libur melaut setiap Januari.')).toEqual(['setiap Januari → XXXX-01']);
    expect(read('Gaji honorer cair tiap tanggal 5.')).toEqual(['tiap tanggal 5 → XXXX-XX-05']);
    expect(read('Warga ronda setiap malam.')).toEqual(['setiap malam → XXXX-XX-XXTNI']);
    expect(read('Kawasan Puncak macet setiap akhir pekan.')).toEqual(['setiap akhir pekan → XXXX-WXX-WE']);
    expect(read('Stok dihitung ulang setiap awal tahun.')).toEqual(['setiap awal tahun → P1Y']);
  });

  it('keeps "setiap minggu" (every week), a plain weekday and a start date after "per" apart', () => {
    expect(read('Petugas menyemprot disinfektan setiap minggu.')).toEqual(['setiap minggu → P1W']);
    expect(read('Gudang itu terbakar pada Rabu dan Kamis.')).toEqual(['Rabu → 2024-03-13', 'Kamis → 2024-03-14']);
    expect(read('Tarif baru berlaku per 1 April 2024.')).toEqual(['1 April 2024 → 2024-04-01']);
  });
});

describe('parts of a year shifted from the reference', () => {
  it('takes the year "tahun lalu" or "tahun depan" names', () => {
    expect(read('Penjualan mobil turun pada kuartal IV tahun lalu.')).toEqual(['kuartal IV tahun lalu → 2023-Q4']);
    expect(read('Pabrik baru beroperasi semester kedua tahun depan.')).toEqual(['semester kedua tahun depan → 2025-H2']);
  });
});

describe('written forms of the law and of history', () => {
  it('multiplies "2 x 24 jam" into one duration', () => {
    expect(read('Tersangka diperiksa selama 1 x 24 jam di markas polisi.')).toEqual(['1 x 24 jam → PT24H']);
    expect(read('Izin tinggal diberikan 3×24 jam.')).toEqual(['3×24 jam → PT72H']);
  });

  it('does not read a score or a size as a duration', () => {
    expect(read('Ruangan itu berukuran 4 x 6 meter.')).toEqual([]);
  });

  it('values a century by its first two digits', () => {
    expect(read('Masjid itu berdiri sejak abad ke-17.')).toEqual(['abad ke-17 → 16']);
    expect(read('Pendidikan abad XXI menuntut banyak hal.')).toEqual(['abad XXI → 20']);
  });
});

describe('a range of days in one bracket', () => {
  it('gives each weekday its day', () => {
    expect(read('Turnamen digelar Jumat-Minggu (22-24/3) di GOR kota.')).toEqual(['Jumat → 2024-03-22', 'Minggu (22-24/3) → 2024-03-24']);
  });

  it('puts a first day above the last in the month before', () => {
    expect(read('Bazar berlangsung Kamis-Sabtu (29-2/3/2024).')).toEqual(['Kamis → 2024-02-29', 'Sabtu (29-2/3/2024) → 2024-03-02']);
  });

  it('leaves a single bracketed day as it was', () => {
    expect(read('Pasar itu terbakar Selasa (12/3).')).toEqual(['Selasa (12/3) → 2024-03-12']);
  });
});
