import { storyOf } from '../helpers';
import { attributionStart } from '../../../src/pipeline/events/units';
import { happeningAt } from '../tokens/dating';
import { textOf, eventsWith } from './reading';


describe('where an attribution begins', () => {
  it('after the closing mark of a quotation', () => {
    const text = '"Kami sudah siap sejak pagi," ujar Rina, Senin (6/3).';
    expect(text.slice(attributionStart(text)!)).toBe('" ujar Rina, Senin (6/3).');
  });

  it('at an inverted attribution of reported speech without quote marks', () => {
    const text = 'Pada 2 Maret 2023 balai kota telah menerima berkas itu, kata Kepala Humas Dodi Saputra di Bogor, Rabu (8/3/2023).';
    expect(text.slice(attributionStart(text)!)).toBe(' kata Kepala Humas Dodi Saputra di Bogor, Rabu (8/3/2023).');
  });

  it('nowhere in plain narration, where "kata" is only a noun', () => {
    expect(attributionStart('Polisi menangkap dua pencuri di Pasar Baru pada Senin (6/3/2023).')).toBeNull();
    expect(attributionStart('Dalam kamus itu, katalog kata-kata daerah disusun ulang.')).toBeNull();
  });
});

describe('a dated saying in reported speech', () => {
  // The day written beside "kata X" dates the saying; the day inside what X said dates what was done.
  const A = [
    'Bogor, kabarsatu.id - Pada 2 Maret 2023 balai kota telah menerima berkas gugatan warga Cibinong, kata Kepala Humas Dodi Saputra di Bogor, Rabu (8/3/2023).',
    'Dodi menyatakan berkas gugatan itu kini sedang diperiksa bagian hukum pemerintah kota.',
    '"Kami akan menjawab gugatan itu dalam dua pekan," ujar Dodi.',
  ].join('\n');
  const B = 'Jakarta, beritadua.com - Warga Cibinong menyerahkan berkas gugatan ke balai kota Bogor pada Kamis (2/3/2023).';

  it('puts the statement on the day of the saying', () => {
    const s = storyOf(A, B);
    const saying = eventsWith(s, 'ujar Dodi');
    expect(saying).toHaveLength(1);
    expect(saying[0]!.date).toBe('2023-03-08');
    expect(saying[0]!.mentions.some((m) => textOf(s, m).includes('kata Kepala Humas'))).toBe(true);
  });

  it('keeps what was said to be done on its own day, beside the other outlet', () => {
    const s = storyOf(A, B);
    const filing = eventsWith(s, 'menyerahkan berkas');
    expect(filing).toHaveLength(1);
    expect(filing[0]!.date).toBe('2023-03-02');
  });
});

describe('narration between one speaker\'s quotations', () => {
  const A = [
    'Surabaya, kabarsatu.id - "Kami terus memantau rumah itu sejak bulan lalu," kata Kapolres Hendra Wijaya di Surabaya, Kamis (9/3/2023).',
    'Polisi pada Rabu menggerebek sebuah gudang di Tandes dan menyita 300 tabung gas oplosan.',
    '"Pemiliknya masih kami cari," ucap Hendra.',
  ].join('\n');

  it('is not the speaker\'s when it dates a happening of someone else', () => {
    const s = storyOf(A);
    const raid = eventsWith(s, 'menggerebek');
    expect(raid).toHaveLength(1);
    expect(raid[0]!.date).toBe('2023-03-08');
    expect(raid[0]!.mentions.some((m) => textOf(s, m).includes('ucap Hendra'))).toBe(false);
  });

  it('stays the speaker\'s when it is about the speaker', () => {
    const B = [
      'Surabaya, kabarsatu.id - "Kami terus memantau rumah itu sejak bulan lalu," kata Kapolres Hendra Wijaya di Surabaya, Kamis (9/3/2023).',
      'Hendra juga belum bisa memastikan kapan berkas perkara dikirim ke kejaksaan pada Senin (13/3/2023).',
      '"Pemiliknya masih kami cari," ucap Hendra.',
    ].join('\n');
    const s = storyOf(B);
    const saying = eventsWith(s, 'ucap Hendra');
    expect(saying).toHaveLength(1);
    expect(saying[0]!.mentions.some((m) => textOf(s, m).includes('belum bisa memastikan'))).toBe(true);
  });
});

describe('the end of a span of years', () => {
  it('names what its start names: a term of office dates nothing', () => {
    const text = 'Bupati Sleman periode 2016-2021 itu dilantik kembali.';
    expect(happeningAt(text, '2016')).toBe(false);
    expect(happeningAt(text, '2021')).toBe(false);
    const spelled = 'Anggota dewan masa jabatan 2019 hingga 2024 itu diperiksa.';
    expect(happeningAt(spelled, '2024')).toBe(false);
  });

  it('still dates a happening when the span opens no term', () => {
    const text = 'Pameran itu digelar pada 2021-2022 di Yogyakarta.';
    expect(happeningAt(text, '2022')).toBe(true);
  });
});

describe('narration that moves on', () => {
  const s = storyOf(
    [
      'Medan, kabarsatu.id - Wali Kota Medan Bobby Nasution menulis surat terbuka untuk para guru honorer pada Senin (6/3/2023).',
      'Surat itu ia tulis tangan dan kemudian diunggah di akun Instagram pribadinya.',
      'Kemudian, rombongan meninjau tanggul yang jebol di tepi Sungai Deli.',
    ].join('\n'),
  );

  it('a step inside a clause ("ditulis lalu diunggah") goes on telling the same happening', () => {
    const letter = eventsWith(s, 'surat terbuka');
    expect(letter).toHaveLength(1);
    expect(letter[0]!.mentions.some((m) => textOf(s, m).includes('diunggah'))).toBe(true);
  });

  it('a connective at the head of the sentence starts another happening', () => {
    const letter = eventsWith(s, 'surat terbuka')[0]!;
    expect(letter.mentions.some((m) => textOf(s, m).includes('meninjau tanggul'))).toBe(false);
  });
});

describe('a dated sentence that goes on telling its paragraph\'s happening', () => {
  const s = storyOf(
    [
      'Palu, kabarsatu.id - Tim SAR gabungan menyisir reruntuhan pasar di Kota Palu pada Selasa (7/3/2023).',
      'Pencarian itu berlangsung tanggal 7/3/2023 dengan bantuan dua ekskavator.',
      'Bantuan logistik dari Makassar tiba di Bandara Mutiara pada Rabu (8/3/2023).',
    ].join(' '),
  );

  it('joins that happening when it writes the same day', () => {
    const search = eventsWith(s, 'menyisir reruntuhan');
    expect(search).toHaveLength(1);
    expect(search[0]!.mentions.some((m) => textOf(s, m).includes('Pencarian itu'))).toBe(true);
  });

  it('stays apart when it writes another day', () => {
    const search = eventsWith(s, 'menyisir reruntuhan')[0]!;
    expect(search.mentions.some((m) => textOf(s, m).includes('Bantuan logistik'))).toBe(false);
    expect(eventsWith(s, 'Bantuan logistik')[0]!.date).toBe('2023-03-08');
  });
});

describe('years a speaker names', () => {
  const s = storyOf(
    [
      'Malang, kabarsatu.id - Tim voli putri Kota Malang menjuarai Porprov Jawa Timur di GOR Ken Arok, Sabtu (8/7/2023).',
      'Ketua KONI Malang Agus Salim mengatakan, raihan medali tahun ini melampaui tahun lalu. "Tahun 2022 kami hanya membawa pulang empat emas," katanya.',
      'Ia berharap Malang kembali menjadi tuan rumah pada 2025. Menurutnya, pemerintah kota sudah menyiapkan anggaran untuk renovasi GOR.',
    ].join('\n\n'),
  );

  it('date what the speaker talks about, not the saying, which sits on the article\'s day', () => {
    const saying = eventsWith(s, 'Agus Salim mengatakan');
    expect(saying).toHaveLength(1);
    expect(saying[0]!.date).toBe('2023-07-08');
    expect(saying[0]!.mentions.some((m) => textOf(s, m).includes('Menurutnya'))).toBe(true);
  });

  it('make no timeline events of their own that no other outlet reports', () => {
    expect(s.events.map((e) => e.date).filter((d) => /^\d{4}$/.test(d))).toEqual([]);
  });
});
