import { article, timexOf } from './helpers';

const PUB = '2021-06-16'; // a Wednesday

describe('ages are not durations', () => {
  it.each([
    'Korban bernama Suyatno (62 tahun) ditemukan di sawah.',
    'Seorang anak berusia tujuh tahun hilang di sungai.',
    'Usia keduanya masih 21 tahun, kata pelatih.',
    'Petani itu berumur 70 tahun.',
  ])('%s', (body) => {
    expect(timexOf(article(body, PUB)).filter((t) => /P\d+Y/.test(t))).toEqual([]);
  });

  it('keeps spans of years that are not ages', () => {
    expect(timexOf(article('Ia dipenjara selama 62 tahun.', PUB))).toContain('62 tahun → P62Y');
    expect(timexOf(article('Vonis itu (lima tahun) dinilai ringan.', PUB))).toContain('lima tahun → P5Y');
  });
});

describe('compound durations, ranges and frequencies', () => {
  it.each([
    ['Terdakwa divonis empat tahun tiga bulan penjara.', 'empat tahun tiga bulan → P4Y3M'],
    ['Laga berlangsung dalam waktu 2 jam 5 menit.', '2 jam 5 menit → PT2H5M'],
    ['Ia menunggu hampir tiga jam di bandara.', 'hampir tiga jam → PT3H'],
    ['Jalan ditutup dua atau tiga hari.', 'tiga hari → P3D'],
    ['Jalan ditutup dua atau tiga hari.', 'dua → P2D'],
    // a range with its unit written once is one length, the shorter (ISO 8601 has no range of lengths)
    ['Air surut dalam lima hingga tujuh hari.', 'lima hingga tujuh hari → P5D'],
    ['Data diperbarui seminggu sekali.', 'seminggu sekali → SET P1W'],
    ['Obat diminum tiga kali sehari.', 'tiga kali sehari → SET P1D'],
    ['Rapat digelar sekali setahun.', 'sekali setahun → SET P1Y'],
    ['Mereka sudah dua malam tidur di masjid.', 'dua malam → P2D'],
  ])('%s', (body, expected) => {
    const found = article(body, PUB).timex.map((t) => `${t.text} → ${t.type === 'SET' ? 'SET ' : ''}${t.value}`);
    expect(found).toContain(expected);
  });

  it('leaves a clock time, a score and a count of times alone', () => {
    expect(timexOf(article('Acara dimulai pukul 7 malam.', PUB)).some((t) => t.endsWith('P7D'))).toBe(false);
    expect(timexOf(article('Skor akhir 21-15 untuk tuan rumah.', PUB))).toEqual([]);
    expect(timexOf(article('Ia dua kali kalah di final.', PUB))).toEqual([]);
  });

  it('reads a limited shift as the length of the wait', () => {
    expect(timexOf(article('Aturan itu dicabut kurang dari tiga bulan kemudian.', PUB))).toContain('kurang dari tiga bulan kemudian → P3M');
    expect(timexOf(article('Pada Senin (7/6), ia ditangkap. Tiga hari kemudian ia dilepas.', PUB))).toContain('Tiga hari kemudian → 2021-06-10');
  });
});

describe('anchoring to the reference day', () => {
  it.each([
    ['Harga naik pada Selasa pekan lalu.', 'Selasa pekan lalu → 2021-06-08'],
    ['Rapat digelar Jumat pekan depan.', 'Jumat pekan depan → 2021-06-25'],
    ['Ia tiba Senin minggu ini.', 'Senin minggu ini → 2021-06-14'],
    ['Hingga tadi malam hujan belum reda.', 'tadi malam → 2021-06-15TNI'],
    ['Polisi semalam menangkap dua pelaku.', 'semalam → 2021-06-15TNI'],
    ['Ia ditemukan Minggu pagi di tepi sungai.', 'Minggu pagi → 2021-06-13TMO'],
    ['Data hingga Selasa siang mencatat 40 rumah rusak.', 'Selasa siang → 2021-06-15TMI'],
    ['Iuran dibayar paling lambat tanggal 10 bulan depan.', 'tanggal 10 bulan depan → 2021-07-10'],
    ['Harga naik Juli lalu, PT Sumber menaikkan tarif.', 'Juli lalu → 2020-07'],
  ])('%s', (body, expected) => {
    expect(timexOf(article(body, PUB))).toContain(expected);
  });

  it('counts "semalam sebelumnya" and "bulan sebelumnya" from the narrative day', () => {
    const doc = article('Final digelar Minggu (13/6/2021). Semalam sebelumnya ia bermain hingga pukul 23.00 WIB.', PUB);
    expect(timexOf(doc)).toContain('Semalam sebelumnya → 2021-06-12TNI');
    const month = article('Laporan diserahkan pada 5 Maret 2021 dengan data hingga tanggal 20 bulan sebelumnya.', PUB);
    expect(timexOf(month)).toContain('tanggal 20 bulan sebelumnya → 2021-02-20');
  });

  it('keeps "Minggu" as the week where no day name is meant, and one night spent as a duration', () => {
    expect(timexOf(article('Minggu ini harga cabai naik.', PUB))).toContain('Minggu ini → 2021-W24');
    expect(timexOf(article('Rombongan menginap semalam di Bogor.', PUB))).toEqual(['semalam → P1D']);
    expect(timexOf(article('Ia menunggu 24 bulan sebelum dilantik.', PUB)).some((t) => t.includes('bulan sebelum'))).toBe(false);
  });
});

describe('national days by name', () => {
  const REF = '2023-09-04';
  it('reads a fixed-date national day in the year nearest the paper, or the one written or counted', () => {
    expect(timexOf(article('Upacara bendera digelar pada Hari Pahlawan mendatang.', REF))).toEqual(['Hari Pahlawan mendatang → 2023-11-10']);
    expect(timexOf(article('Warga merayakan HUT RI ke-78 dengan lomba panjat pinang.', REF))).toEqual(['HUT RI ke-78 → 2023-08-17']);
    expect(timexOf(article('Ia ditangkap menjelang Natal 2019 di Medan.', REF))).toEqual(['Natal 2019 → 2019-12-25']);
  });

  it('reads a name that is also something else only after a cue', () => {
    expect(timexOf(article('Bupati Mandailing Natal meninjau lokasi banjir.', REF))).toEqual([]);
    expect(timexOf(article('Jalan tol padat saat libur Natal lalu.', REF))).toEqual(['Natal lalu → 2022-12-25']);
  });
});
