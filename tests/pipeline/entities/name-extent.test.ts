import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers';

/** "text/TYPE" of every mention of each article, in order. */
const mentionsOf = (...texts: string[]) => storyOf(...texts).articles.map((a) => a.mentions.map((m) => `${m.text}/${m.type}`));
/** "text/TYPE" of every mention of a one-article story. */
const firstOf = (text: string): string[] => mentionsOf(text)[0]!;
const idOf = (story: ReturnType<typeof storyOf>, article: number, text: string) => story.articles[article]!.mentions.find((m) => m.text === text)?.entityId;

describe('where a name starts and ends', () => {
  it('gives a compass word to the place before it, not to the person after it', () => {
    const m = firstOf('Ketua KPU Kutai Timur Rahmat Hidayat menyerahkan berkas itu. Bantuan datang dari Pemerintah Provinsi Sulawesi Tengah.');
    expect(m).toContain('KPU Kutai Timur/ORG');
    expect(m).toContain('Rahmat Hidayat/PER');
    expect(m).toContain('Pemerintah Provinsi Sulawesi Tengah/ORG');
  });

  it('keeps a district head before a name that holds another place word', () => {
    const m = firstOf('Warga dari Kecamatan Dusun Tengah dan Kecamatan Karau mengungsi.');
    expect(m).toEqual(expect.arrayContaining(['Kecamatan Dusun Tengah/LOC', 'Kecamatan Karau/LOC']));
  });

  it('reads a club written as a PS- acronym with its home town as one club', () => {
    const m = firstOf('Laga antara PSIM Yogyakarta dan PSCS Cilacap berakhir imbang.');
    expect(m).toEqual(expect.arrayContaining(['PSIM Yogyakarta/ORG', 'PSCS Cilacap/ORG']));
    expect(firstOf('Masa PSBB Bandung diperpanjang.')).not.toContain('PSBB Bandung/ORG');
  });

  it('leaves a person named with a compass word alone', () => {
    const m = firstOf('Mantan Kapolri Timur Pradopo menghadiri acara itu di Jakarta.');
    expect(m).toContain('Timur Pradopo/PER');
  });

  it('splits a hyphenated pair a pair noun introduces into two people, and its short form later', () => {
    const m = firstOf('Pasangan calon nomor urut 1 Ampera Yusran-Dwi Lestari unggul tipis. Pasangan Ampera-Dwi meraih 50,3 persen suara.');
    expect(m).toEqual(expect.arrayContaining(['Ampera Yusran/PER', 'Dwi Lestari/PER', 'Ampera/PER', 'Dwi/PER']));
    expect(m.some((x) => x.includes('-'))).toBe(false);
  });

  it('keeps a hyphenated name without a pair noun whole', () => {
    const m = firstOf('Pemimpin Korea Utara Kim Jong-un tiba di Vladivostok.');
    expect(m).toContain('Kim Jong-un/PER');
  });

  it('drops degrees written after a name and keeps given names after a title', () => {
    const m = firstOf('Direktur Utama Ir. Wijaya Kusuma Halim, MBA menyatakan hal itu. Dosen Universitas Gadjah Mada Budi Santoso, S.H., M.H. menilai lain.');
    expect(m).toContain('Wijaya Kusuma Halim/PER');
    expect(m).toContain('Budi Santoso/PER');
    expect(m.some((x) => /^(?:MBA|M|MH|S)\//.test(x))).toBe(false);
  });

  it('keeps a sentence-opening word its bracketed short form spells', () => {
    const m = firstOf('Bursa Efek Indonesia (BEI) belum menghentikan perdagangan saham itu.');
    expect(m).toContain('Bursa Efek Indonesia/ORG');
    const n = firstOf('Namun Komisi Pemberantasan Korupsi (KPK) menolak.');
    expect(n).not.toContain('Namun Komisi Pemberantasan Korupsi/ORG');
  });

  it('reads an acronym body followed by its region as one body', () => {
    const m = firstOf('Menurut data BPBD Kabupaten Garut, 30 rumah rusak. Korban dirawat di RSUD Garut.');
    expect(m).toContain('BPBD Kabupaten Garut/ORG');
    expect(m).toContain('RSUD Garut/ORG');
  });

  it('reads a unit named by "Pusat" as a body, not a person', () => {
    const m = firstOf('Kepala Pusat Data dan Informasi BPS Andi Wijaya mengatakan itu.');
    expect(m).toContain('Andi Wijaya/PER');
    expect(m.some((x) => x.startsWith('Pusat') && x.endsWith('/PER'))).toBe(false);
  });
});

describe('outlet names written in camel case', () => {
  it('reads an outlet channel name as the outlet wherever it stands', () => {
    const m = firstOf('Pantauan detikJateng di lokasi, puluhan rumah rusak. "Kami butuh terpal," kata warga kepada kumparanNEWS.');
    expect(m).toEqual(expect.arrayContaining(['detikJateng/ORG', 'kumparanNEWS/ORG']));
  });

  it('leaves an outlet name that is also a common word alone outside a citation', () => {
    const m = firstOf('Kumparan kawat itu terbakar di gudang.');
    expect(m.some((x) => x.toLowerCase().startsWith('kumparan'))).toBe(false);
  });
});

describe('one body under its acronym, its full name and its region', () => {
  it('links "ACR Region" to the full name with the same region, and the acronym alone', () => {
    const story = storyOf(
      'Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut mencatat 30 rumah rusak.',
      'BPBD Garut menyebut pendataan belum selesai. Menurut catatan BPBD, warga mengungsi.',
    );
    const full = idOf(story, 0, 'Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut');
    expect(idOf(story, 1, 'BPBD Garut')).toBe(full);
    expect(idOf(story, 1, 'BPBD')).toBe(full);
  });

  it('keeps "X Region" apart when the story names both the regency and the city of that name', () => {
    const story = storyOf('KPU Kabupaten Bekasi dan KPU Kota Bekasi menggelar rapat. KPU Bekasi menolak hadir.');
    const ids = story.articles[0]!.mentions.map((m) => m.entityId);
    expect(new Set(ids).size).toBe(3);
  });

  it('reads "Pemilu" as "Pemilihan Umum" when it links names', () => {
    const story = storyOf('Badan Pengawas Pemilu Kabupaten Garut menerima laporan.', 'Bawaslu Garut memeriksa tujuh saksi.');
    expect(idOf(story, 1, 'Bawaslu Garut')).toBe(idOf(story, 0, 'Badan Pengawas Pemilu Kabupaten Garut'));
  });
});

describe('romanised given names and bodies named by their kind', () => {
  it('keeps a hyphenated given name on the person', () => {
    expect(firstOf('Pelatih Park Hang-seo memanggil 30 pemain ke pemusatan latihan.')).toContain('Park Hang-seo/PER');
    expect(firstOf('Pelatih Shin Tae-yong memimpin latihan di Jakarta.')).toContain('Shin Tae-yong/PER');
  });

  it('reads a national team, a cooperative or a farmers\' group as a body', () => {
    expect(firstOf('Pelatih memanggil 23 pemain untuk Timnas Indonesia U-23 di Jakarta.')).toContain('Timnas Indonesia U-23/ORG');
    expect(firstOf('Bantuan beras disalurkan lewat Koperasi Unit Desa Mekar Jaya di Subang.')).toContain('Koperasi Unit Desa Mekar Jaya/ORG');
    // a person's name the tagger sees right after the head is the body's own name
    expect(firstOf('Kelompok Tani Sri Makmur menggelar panen raya di Subang.')).toContain('Kelompok Tani Sri Makmur/ORG');
    expect(firstOf('Kader Partai Demokrat Budi Santoso hadir dalam rapat itu.')).toEqual(expect.arrayContaining(['Partai Demokrat/ORG', 'Budi Santoso/PER']));
  });

  it('reads a market, a bridge, a square or a stadium named with its head as a place', () => {
    expect(firstOf('Kebakaran melanda Pasar Kebon Kembang di Bogor pada malam hari.')).toContain('Pasar Kebon Kembang/LOC');
    expect(firstOf('Warga menonton pertunjukan di Alun-Alun Kota Bandung.')).toContain('Alun-Alun Kota Bandung/LOC');
    expect(firstOf('Jembatan Gantung Cikoneng ambruk diterjang banjir.')).toContain('Jembatan Gantung Cikoneng/LOC');
  });
});

