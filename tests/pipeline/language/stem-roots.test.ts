import { createStemmer } from '../../../src/pipeline/language/id';

// A small vocabulary of written forms, as the stemmer's dictionary is in use: roots appear on
// their own or in forms with other affixes than the word being stemmed.
const vocabulary = new Set([
  'pukul', 'sapu', 'lari', 'ajar', 'belajar', 'berkembang', 'keluarga', 'perkara', 'berita', 'diberi', 'diberikan',
  'memberi', 'memberikan', 'dilakukan', 'berlaku', 'tahu', 'diketahui', 'tangkap', 'tanya', 'bertanya', 'ada', 'buku',
  'rumah', 'sekitar', 'semua', 'merdeka', 'media', 'dia', 'tua', 'ketua', 'turut', 'urut', 'perunggu', 'tunggu', 'bom',
  'temu', 'bertemu', 'perintah', 'kerja', 'pekerja', 'ambil', 'diambil', 'adil', 'sah',
]);
const stem = createStemmer(vocabulary);

describe('Indonesian stemmer: affixes off, roots kept', () => {
  it('gives back the sound a nasal prefix swallowed (meN-/peN- assimilation)', () => {
    expect(stem('memukul')).toBe('pukul');
    expect(stem('menyapu')).toBe('sapu');
    expect(stem('menunggu')).toBe('tunggu');
    expect(stem('menurut')).toBe('turut');
    expect(stem('pengembangan')).toBe('kembang');
  });

  it('keeps a vowel-initial root after meng-/peng- when that root is attested', () => {
    expect(stem('mengambil')).toBe('ambil');
    expect(stem('pengambilan')).toBe('ambil');
    expect(stem('pengadilan')).toBe('adil');
  });

  it('takes menge-/penge- only before a one-syllable root', () => {
    expect(stem('mengebom')).toBe('bom');
    expect(stem('pengesahan')).toBe('sah');
  });

  it('takes off plain prefixes and the suffix they go with', () => {
    expect(stem('berlari')).toBe('lari');
    expect(stem('pelajaran')).toBe('ajar');
    expect(stem('mempelajari')).toBe('ajar');
    expect(stem('bekerja')).toBe('kerja');
    expect(stem('pekerjaan')).toBe('kerja');
  });

  it('keeps a root that only looks prefixed', () => {
    expect(stem('keluarga')).toBe('keluarga');
    expect(stem('perkara')).toBe('perkara');
    expect(stem('sekitar')).toBe('sekitar');
    expect(stem('semua')).toBe('semua');
    expect(stem('merdeka')).toBe('merdeka');
    expect(stem('media')).toBe('media');
  });

  it('reads meN- + root + -kan before meN- + ber- + root (memberikan is not about fish)', () => {
    expect(stem('memberikan')).toBe('beri');
    expect(stem('diberikan')).toBe('beri');
    expect(stem('memberlakukan')).toBe('laku');
  });

  it('takes off particles and possessives, the unsure ones only towards a known word', () => {
    expect(stem('bukunya')).toBe('buku');
    expect(stem('rumahku')).toBe('rumah');
    expect(stem('adakah')).toBe('ada');
    expect(stem('bertanya')).toBe('tanya');
    expect(stem('bertemu')).toBe('temu');
    expect(stem('perintah')).toBe('perintah');
  });

  it('stems a root again when it still carries a prefix', () => {
    expect(stem('pengetahuan')).toBe('tahu');
    expect(stem('diketahui')).toBe('tahu');
  });

  it('without a dictionary, still strips by rule but never se- and not ke-/per- without their suffix', () => {
    const bare = createStemmer(new Set());
    expect(bare('menggeledah')).toBe(bare('digeledah'));
    expect(bare('keluarga')).toBe('keluarga');
    expect(bare('perkara')).toBe('perkara');
    expect(bare('sekitar')).toBe('sekitar');
    expect(bare('perintah')).toBe('perintah');
    expect(bare('pertandingan')).toBe('tanding');
    expect(bare('keadilan')).toBe('adil');
  });
});
