import { sentenceTexts, textStages } from './helpers';

const removed = (text: string) => textStages(text).boilerplate.map((b) => [b.kind, b.text]);
const bodyOf = (text: string) => {
  const doc = textStages(text);
  return doc.lines.map((l) => text.slice(l.start, l.end));
};

describe('boilerplate: closing credits and editors\' initials', () => {
  it('removes initials closing the article, alone or after the last sentence', () => {
    expect(removed('Hujan turun di Jakarta.\nBanjir surut di Bogor. (abc/def)')).toEqual([['byline', '(abc/def)']]);
    expect(removed('Hujan turun di Jakarta.\nBanjir surut di Bogor. (xyz)')).toEqual([['byline', '(xyz)']]);
    expect(removed('Hujan turun di Jakarta.\n\n(ghi / jkl)')).toEqual([['byline', '(ghi / jkl)']]);
    expect(removed('"Kami siap," tegasnya. (* / mno)')).toEqual([['byline', '(* / mno)']]);
    expect(removed('Banjir surut di Bogor. (Antara)')).toEqual([['byline', '(Antara)']]);
    expect(removed('Banjir surut di Bogor. (ant/pqr)')).toEqual([['byline', '(ant/pqr)']]);
    expect(removed('Banjir surut di Bogor. [stu]')).toEqual([['byline', '[stu]']]);
    expect(removed('Banjir surut di Bogor. (Tribunnews.com/Budi Santoso)')).toEqual([['byline', '(Tribunnews.com/Budi Santoso)']]);
  });

  it('takes initials after a word only on the last line', () => {
    expect(removed('Banjir surut di Jakarta (abc/def)')).toEqual([['byline', '(abc/def)']]);
    expect(removed('Banjir surut di Jakarta (abc/def)\nWarga kembali ke rumah.')).toEqual([]);
  });

  it('keeps abbreviations, ages, dates and plain brackets', () => {
    expect(removed('Laporan itu diterima kata Ketua (KPK).')).toEqual([]);
    expect(removed('Ia diperiksa penyidik (KPK)')).toEqual([]);
    expect(removed('Banjir surut, kata Budi (63)')).toEqual([]);
    expect(removed('Sidang digelar pada Senin (13/9)')).toEqual([]);
    expect(removed('Ia menjawab, "Kami menolak (usulan itu)."')).toEqual([]);
    expect(removed('Tarif baru mulai berlaku. (Pelantikan)')).toEqual([]);
    expect(removed('Tarif baru mulai berlaku. (Budi Santoso/Ani)')).toEqual([]);
    expect(removed('Tarif baru mulai berlaku [1]')).toEqual([]);
  });

  it('leaves the rest of the line as body with exact offsets, so the last sentence ends at its full stop', () => {
    const text = 'Hujan turun di Jakarta. Banjir surut di Bogor. (abc/def)\n';
    expect(bodyOf(text)).toEqual(['Hujan turun di Jakarta. Banjir surut di Bogor.']);
    expect(sentenceTexts(textStages(text))).toEqual(['Hujan turun di Jakarta.', 'Banjir surut di Bogor.']);
  });
});

describe('boilerplate: related links inside and between paragraphs', () => {
  it('removes bracketed links on their own line', () => {
    expect(removed('Hujan turun.\n[Baca juga: Harga Cabai Naik Lagi]\n(Baca: Banjir: Warga Mengungsi)\nBanjir surut.')).toEqual([
      ['related-link', '[Baca juga: Harga Cabai Naik Lagi]'],
      ['related-link', '(Baca: Banjir: Warga Mengungsi)'],
    ]);
  });

  it('cuts a bracketed link out of the middle or end of a paragraph, keeping the rest', () => {
    const text = 'Hujan turun sejak pagi. (Baca: Jalan Tol Tergenang (Lagi)) Warga diminta waspada. (Lihat juga: Peta Banjir)';
    expect(removed(text)).toEqual([
      ['related-link', '(Baca: Jalan Tol Tergenang (Lagi))'],
      ['related-link', '(Lihat juga: Peta Banjir)'],
    ]);
    expect(bodyOf(text)).toEqual(['Hujan turun sejak pagi.', 'Warga diminta waspada.']);
  });

  it('removes "Baca juga" running to the end of a paragraph, and link lines', () => {
    expect(removed('Hujan turun sejak pagi. Baca juga: Jalan Tol Tergenang')).toEqual([['related-link', 'Baca juga: Jalan Tol Tergenang']]);
    expect(removed('Isi berita.\nSimak juga video banjir di Bogor\nLihat juga: Peta Banjir\nBaca selengkapnya di sini')).toEqual([
      ['related-link', 'Simak juga video banjir di Bogor'],
      ['related-link', 'Lihat juga: Peta Banjir'],
      ['related-link', 'Baca selengkapnya di sini'],
    ]);
  });

  it('keeps a sentence about reading or seeing', () => {
    expect(removed('Warga (baca: korban banjir) sudah pulang.')).toEqual([]);
    expect(removed('Ia membaca juga laporan itu (lihat tabel di bawah).')).toEqual([]);
    expect(removed('Polisi melihat juga ke arah sungai.')).toEqual([]);
    expect(removed('Kata itu (baca: Jokowi) lalu dipakai warga (sebutan lama).')).toEqual([]);
  });
});

describe('boilerplate: bylines, photos, ads and promotions', () => {
  it('removes byline lines', () => {
    expect(removed('Isi berita.\nEditor: Budi Santoso\nPenulis : Ani')).toEqual([
      ['byline', 'Editor: Budi Santoso'],
      ['byline', 'Penulis : Ani'],
    ]);
    expect(removed('Laporan Wartawan Tribunnews.com, Ani Lestari\nHujan turun.')).toEqual([['byline', 'Laporan Wartawan Tribunnews.com, Ani Lestari']]);
    expect(removed('Laporan wartawan itu dibantah polisi.\nHujan turun.')).toEqual([]);
  });

  it('removes embed placeholders', () => {
    expect(removed('Hujan turun.\n[Gambas:Video Contoh]\nBanjir surut.')).toEqual([['widget', '[Gambas:Video Contoh]']]);
  });

  it('removes photo credits and captions', () => {
    expect(removed('Foto: Dok. Humas Pemkot\nHujan turun.')).toEqual([['photo', 'Foto: Dok. Humas Pemkot']]);
    expect(removed('Warga mengungsi di Bogor, Senin (3/2). ANTARA FOTO/Budi/abc\nHujan turun.')).toEqual([
      ['photo', 'Warga mengungsi di Bogor, Senin (3/2). ANTARA FOTO/Budi/abc'],
    ]);
    const long = `${'Warga mengungsi ke masjid sejak pagi dan bertahan di sana. '.repeat(6)}Foto: Dok. Humas`;
    expect(removed(long)).toEqual([['photo', 'Foto: Dok. Humas']]);
    const text = 'Warga mengungsi ke masjid (Foto: Antara/Budi) sejak pagi.';
    expect(removed(text)).toEqual([['photo', '(Foto: Antara/Budi)']]);
    expect(bodyOf(text)).toEqual(['Warga mengungsi ke masjid', 'sejak pagi.']);
  });

  it('removes advertisement markers, also inside a line', () => {
    expect(removed('Hujan turun.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nBanjir surut.')).toEqual([
      ['ad', 'ADVERTISEMENT'],
      ['ad', 'SCROLL TO CONTINUE WITH CONTENT'],
    ]);
    expect(bodyOf('Hujan turun. ADVERTISEMENT Banjir surut.')).toEqual(['Hujan turun.', 'Banjir surut.']);
  });

  it('removes newsletter, app and follow prompts', () => {
    expect(removed('Isi berita.\nDapatkan update berita pilihan setiap hari dari Contoh.com.\nDownload aplikasi Contoh untuk berita terkini.')).toEqual([
      ['promo', 'Dapatkan update berita pilihan setiap hari dari Contoh.com.'],
      ['promo', 'Download aplikasi Contoh untuk berita terkini.'],
    ]);
  });

  it('keeps body lines that only start like furniture', () => {
    expect(removed('Iklan rokok dilarang di dekat sekolah.\nFotografer itu memotret banjir.')).toEqual([]);
  });
});
