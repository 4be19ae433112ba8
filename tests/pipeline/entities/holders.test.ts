import { describe, expect, it } from 'vitest';
import { idsByText, mentionsOf, storyOf } from './helpers';

describe('a title, the place or body it belongs to, and its holder', () => {
  it('splits a regent from the regency and links the later bare name', () => {
    const story = storyOf('Bupati Lamongan Sugeng Widodo meninjau tanggul yang jebol pada Selasa. Sugeng meminta warga waspada.');
    expect(mentionsOf(story)).toEqual(expect.arrayContaining(['Lamongan/LOC', 'Sugeng Widodo/PER', 'Sugeng/PER']));
    expect(mentionsOf(story)).not.toContain('Lamongan Sugeng Widodo/PER');
    const ids = idsByText(story);
    expect(ids.get('Sugeng')).toEqual(ids.get('Sugeng Widodo'));
  });

  it('keeps title continuations out and splits a body from its chairman', () => {
    const story = storyOf('"Stok aman," kata Ketua Umum Himpunan Petani Garam Indonesia Irwan Sihombing di Jakarta. Irwan menyebut harga turun.');
    const m = mentionsOf(story);
    expect(m).toContain('Irwan Sihombing/PER');
    expect(m.some((x) => x.startsWith('Umum'))).toBe(false);
    expect(m.some((x) => x.includes('Irwan Sihombing/ORG') || x.includes('Indonesia Irwan'))).toBe(false);
  });

  it('ends a company where its director begins: at a given name, else at the last word', () => {
    const m = mentionsOf(storyOf('Hakim memeriksa Direktur CV Sinar Baru Tukimin dan Direktur PT Bumi Permai Sejahtera Yohanes Kurniawan sebagai saksi.'));
    expect(m).toEqual(expect.arrayContaining(['CV Sinar Baru/ORG', 'Tukimin/PER', 'Yohanes Kurniawan/PER']));
    expect(m.some((x) => x.startsWith('PT Bumi Permai Sejahtera') && x.endsWith('/ORG'))).toBe(true);
  });

  it('leaves a titled person alone when no body stands before the name', () => {
    const m = mentionsOf(storyOf('Gubernur Sri Wahyuni Lestari membuka pameran batik di alun-alun.'));
    expect(m).toContain('Sri Wahyuni Lestari/PER');
  });

  it('never cuts a bracketed short form in half', () => {
    const m = mentionsOf(storyOf('Ketua Pengurus Harian Lembaga Bantuan Hukum Nusantara (LBHN) Maria Ulfa menilai putusan itu keliru.'));
    for (const x of m) expect((x.match(/\(/g) ?? []).length).toBe((x.match(/\)/g) ?? []).length);
    expect(m.some((x) => x.startsWith('Harian') || x.startsWith('Pengurus Harian'))).toBe(false);
    expect(m).toContain('Maria Ulfa/PER');
  });
});

describe('names by their head word', () => {
  it('reads a club after PB as one organisation, then the players', () => {
    const m = mentionsOf(storyOf('Pemain PB Tunas Harapan Cirebon, Gilang Pratama, lolos ke semifinal.'));
    expect(m).toContain('PB Tunas Harapan Cirebon/ORG');
    expect(m).toContain('Gilang Pratama/PER');
  });

  it('reads villages, rivers and stations after their head as places', () => {
    const m = mentionsOf(storyOf('Air Sungai Brantas meluap dan merendam Desa Kedungrejo. Petugas di Stasiun Pengamatan Ngujang mencatat kenaikan dua meter.'));
    expect(m).toEqual(expect.arrayContaining(['Sungai Brantas/LOC', 'Desa Kedungrejo/LOC', 'Stasiun Pengamatan Ngujang/LOC']));
  });

  it('reads a name before a bracketed age as a person', () => {
    expect(mentionsOf(storyOf('Polisi menemukan korban bernama Paijo (61 tahun) di tepi sawah.'))).toContain('Paijo/PER');
  });

  it('keeps a month or feast word that is a family name inside a person name', () => {
    const m = mentionsOf(storyOf('Pelari muda Andi Ramadhan memenangi lomba di Solo pada 3 Mei.'));
    expect(m).toContain('Andi Ramadhan/PER');
  });

  it('leaves common-noun short forms and lower-case bodies unnamed', () => {
    const m = mentionsOf(storyOf('Antrean panjang terjadi di SPBU dekat pasar. Majelis hakim menunda sidang hingga pekan depan.'));
    expect(m.some((x) => x.startsWith('SPBU'))).toBe(false);
    expect(m.some((x) => x.startsWith('Majelis'))).toBe(false);
  });

  it('reads a city government as an organisation', () => {
    expect(mentionsOf(storyOf('Menurutnya, Pemerintah Kota Malang siap membantu.'))).toContain('Pemerintah Kota Malang/ORG');
  });
});

describe('outlet names', () => {
  it('keeps a one-word outlet name that is a given name a person outside an outlet context', () => {
    const story = storyOf('Warga bernama Fajar Nugroho melapor ke polisi. "Saya kehilangan motor," kata Fajar.');
    const m = mentionsOf(story);
    expect(m).toContain('Fajar Nugroho/PER');
    expect(m).toContain('Fajar/PER');
  });

  it('links an outlet written as its site to the outlet, not to a namesake site', () => {
    const story = storyOf('JAKARTA, KOMPAS.com - Hujan turun sejak pagi.', 'Laporan Kompas TV menyebut hujan turun sejak pagi.');
    const ids = idsByText(story);
    expect(ids.get('KOMPAS.com')).not.toEqual(ids.get('Kompas TV'));
  });
});

describe('linking bodies and places', () => {
  it('links a body named by its first word, and a river with and without its head', () => {
    const story = storyOf(
      'Ikatan Nelayan Pantura (Inapan) menolak aturan itu. Air Sungai Bengawan Solo naik.',
      'Menurut Inapan, nelayan merugi. Anggota Inapan berkumpul. Luapan Bengawan Solo merendam sawah.',
    );
    const ids = idsByText(story);
    expect(ids.get('Bengawan Solo')).toEqual(ids.get('Sungai Bengawan Solo'));
    expect(ids.get('Inapan')).toEqual(ids.get('Ikatan Nelayan Pantura'));
  });

  it('links a regional office written with its short form to the story\'s own long form', () => {
    const story = storyOf(
      'Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Blora ditahan.',
      'Kejaksaan menahan mantan Kepala Dinas PUPR Kabupaten Blora.',
    );
    const ids = idsByText(story);
    expect(ids.get('Dinas PUPR Kabupaten Blora')).toEqual(ids.get('Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Blora'));
  });
});
