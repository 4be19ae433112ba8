import { createStemmer, stem as newsStem } from '../../../src/pipeline/language/id';

// Common news words with the roots a reader of Indonesian gives them; each block is one rule,
// with the words that look like it but are no case of it.
const stemsOf = (vocabulary: string[], words: string[]) => words.map(createStemmer(new Set(vocabulary)));

describe('Indonesian stemmer: roots that look prefixed', () => {
  it('keeps roots beginning like ter-, me-, pe(r)-, ke-, se- whole and meets their forms', () => {
    const vocabulary = ['terima', 'menerima', 'diterima', 'penerimaan', 'menteri', 'kementerian', 'kemudian', 'mereka', 'perempuan', 'sekolah', 'bersekolah', 'teri', 'reka', 'mudi', 'kolah'];
    expect(stemsOf(vocabulary, ['terima', 'menerima', 'diterima', 'penerimaan', 'diterimanya'])).toEqual(['terima', 'terima', 'terima', 'terima', 'terima']);
    expect(stemsOf(vocabulary, ['menteri', 'kementerian', 'menterinya'])).toEqual(['menteri', 'menteri', 'menteri']);
    expect(stemsOf(vocabulary, ['kemudian', 'mereka', 'perempuan', 'sekolah', 'bersekolah'])).toEqual(['kemudian', 'mereka', 'perempuan', 'sekolah', 'sekolah']);
  });

  it('keeps loanwords and roots opening like di-/pe-/per- apart from the words inside them (divisi/visi, peserta/serta, perdana/dana)', () => {
    const vocabulary = ['visi', 'serta', 'dana', 'pilu', 'sawat', 'divisi', 'peserta', 'perdana', 'pemilu', 'pesawat', 'pesertanya'];
    expect(stemsOf(vocabulary, ['divisi', 'peserta', 'pesertanya', 'perdana', 'pemilu', 'pesawat', 'direktur'])).toEqual(['divisi', 'peserta', 'peserta', 'perdana', 'pemilu', 'pesawat', 'direktur']);
    expect(stemsOf(vocabulary, ['berani', 'keberanian', 'pensiunan', 'dipensiunkan'])).toEqual(['berani', 'berani', 'pensiun', 'pensiun']);
  });

  it('takes only the suffix off such a root when nothing attests it (terjemahan, terobosan)', () => {
    expect(stemsOf([], ['terjemahan', 'terobosan'])).toEqual(['terjemah', 'terobos']);
  });

  it('still takes a true ter- off (terbakar, terkait, tertangkap, terutama, terakhir)', () => {
    const vocabulary = ['bakar', 'membakar', 'kait', 'berkaitan', 'tangkap', 'ditangkap', 'utama', 'akhir', 'berakhir'];
    expect(stemsOf(vocabulary, ['terbakar', 'terkait', 'tertangkap', 'terutama', 'terakhir'])).toEqual(['bakar', 'kait', 'tangkap', 'utama', 'akhir']);
  });
});

describe('Indonesian stemmer: prefixes that stand inside no other', () => {
  it('reads se- as part of the root inside ber-, per-, ke-, meN- (bersedia, persediaan, kesediaan: sedia)', () => {
    const vocabulary = ['dia', 'bersedia', 'persediaan', 'kesediaan', 'disediakan', 'menyediakan'];
    expect(stemsOf(vocabulary, ['bersedia', 'persediaan', 'kesediaan', 'disediakan'])).toEqual(['sedia', 'sedia', 'sedia', 'sedia']);
  });

  it('lets ter- stand inside ke-...-an (keterlibatan: libat)', () => {
    expect(stemsOf(['libat', 'melibatkan', 'keterlibatan'], ['keterlibatan'])).toEqual(['libat']);
  });

  it('keeps a se- word that two prefix families build on whole (setuju), and no other (seorang, sebelum)', () => {
    const vocabulary = ['tuju', 'menuju', 'setuju', 'menyetujui', 'disetujui', 'persetujuan', 'orang', 'seorang', 'perseorangan', 'belum', 'sebelum', 'sebelumnya'];
    expect(stemsOf(vocabulary, ['setuju', 'menyetujui', 'persetujuan'])).toEqual(['setuju', 'setuju', 'setuju']);
    expect(stemsOf(vocabulary, ['seorang', 'sebelumnya', 'menuju'])).toEqual(['orang', 'belum', 'tuju']);
  });
});

describe('Indonesian stemmer: words other prefixes build on', () => {
  it('keeps a word whole when prefixed forms of it are written, whatever its first letters look like (diskusi, sembilan)', () => {
    const vocabulary = ['diskusi', 'berdiskusi', 'mendiskusikan', 'sembilan', 'kesembilan'];
    expect(stemsOf(vocabulary, ['diskusi', 'berdiskusi', 'mendiskusikan', 'sembilan', 'kesembilan'])).toEqual(['diskusi', 'diskusi', 'diskusi', 'sembilan', 'sembilan']);
  });

  it('still strips a prefix off a word nothing is built on (dilansir: lansir)', () => {
    expect(stemsOf(['dilansir'], ['dilansir'])).toEqual(['lansir']);
  });
});

describe('Indonesian stemmer: loanwords after meN-/di-', () => {
  it('keeps the i of a loanword whose s follows a consonant (koreksi, korupsi, transaksi)', () => {
    const vocabulary = ['koreksi', 'korupsi', 'transaksi'];
    expect(stemsOf(vocabulary, ['dikoreksi', 'mengoreksi', 'dikorupsi', 'bertransaksi'])).toEqual(['koreksi', 'koreksi', 'korupsi', 'transaksi']);
  });

  it('still takes -i off a native root whose s follows a vowel (dibatasi, diatasi)', () => {
    expect(stemsOf(['batas', 'atas'], ['dibatasi', 'diatasi'])).toEqual(['batas', 'atas']);
  });

  it('gives kon-/kom- loanwords their k back after meng- with nothing attested (mengonsumsi, mengontrol)', () => {
    expect(stemsOf([], ['mengonsumsi', 'dikonsumsi', 'mengontrol', 'dikontrol', 'mengompensasi'])).toEqual(['konsumsi', 'konsumsi', 'kontrol', 'kontrol', 'kompensasi']);
  });

  it('keeps a vowel-initial root after meng- that opens otherwise (mengobati, mengobrol, mengambil)', () => {
    expect(stemsOf([], ['mengobati', 'mengobrol', 'mengambil'])).toEqual(['obat', 'obrol', 'ambil']);
  });
});

describe('Indonesian stemmer: choosing between attested readings', () => {
  it('reads menge- as a prefix only before one syllable when attesting (mengenai attests kena, not nai)', () => {
    const vocabulary = ['naik', 'menaikkan', 'dikenai', 'dikenakan', 'mengenai'];
    expect(stemsOf(vocabulary, ['kenaikan', 'menaikkan', 'mengenai'])).toEqual(['naik', 'naik', 'kena']);
  });

  it('prefers a prefix whose root is written on its own to a bare word that is itself prefixed (diamankan: aman)', () => {
    const vocabulary = ['aman', 'keamanan', 'diam', 'kediaman'];
    expect(stemsOf(vocabulary, ['diamankan', 'keamanan', 'kediaman'])).toEqual(['aman', 'aman', 'diam']);
  });

  it('still reads a bare noun in -an when no prefix reading competes (bantahan: bantah)', () => {
    expect(stemsOf(['bantah', 'membantah'], ['bantahan'])).toEqual(['bantah']);
  });

  it('gives the r to the root written on its own before the suffixes part (perusakan: rusak, not usa)', () => {
    expect(stemsOf(['rusak', 'kerusakan', 'usai', 'seusai'], ['perusakan', 'kerusakan'])).toEqual(['rusak', 'rusak']);
  });
});

describe('Indonesian stemmer: particles, -i and swallowed sounds', () => {
  it('takes no particle off a word others build on when that would leave another word (masalah is no masa + -lah)', () => {
    const vocabulary = ['masa', 'masalah', 'permasalahan', 'bermasalah', 'ini', 'inilah', 'buku', 'bukunya'];
    expect(stemsOf(vocabulary, ['masalah', 'permasalahan', 'masalahnya'])).toEqual(['masalah', 'masalah', 'masalah']);
    expect(stemsOf(vocabulary, ['inilah', 'bukunya', 'bukulah'])).toEqual(['ini', 'buku', 'buku']);
  });

  it('keeps the -i of a root written with it after me- (memulai: mulai, not mem- + pula + -i)', () => {
    const vocabulary = ['mulai', 'dimulai', 'pula', 'nilai', 'aku', 'diakui', 'pengakuan'];
    expect(stemsOf(vocabulary, ['memulai', 'dimulai', 'menilai'])).toEqual(['mulai', 'mulai', 'nilai']);
    // a root in -i only, not any word ending in it: mengakui is still aku
    expect(stemsOf(vocabulary, ['mengakui', 'diakui'])).toEqual(['aku', 'aku']);
  });

  it('gives back no sound to a root that only a bare noun attests (mengawasi: awas of diawasi, not kawas of kawasan)', () => {
    const vocabulary = ['kawasan', 'diawasi', 'pengawasan'];
    expect(stemsOf(vocabulary, ['mengawasi', 'pengawasan', 'diawasi'])).toEqual(['awas', 'awas', 'awas']);
    // where a prefixed form attests the k-root, it is given back (mengirim: kirim)
    expect(stemsOf(['dikirim', 'kiriman'], ['mengirim'])).toEqual(['kirim']);
  });
});

describe('Indonesian stemmer: reduplication', () => {
  it('gives a reduplicated word with an affix on one half its root (berkali-kali, tembak-menembak, anak-anaknya)', () => {
    const vocabulary = ['kali', 'tembak', 'ditembak', 'anak', 'sama', 'bersama'];
    expect(stemsOf(vocabulary, ['berkali-kali', 'tembak-menembak', 'anak-anaknya', 'bersama-sama', 'anak-anak'])).toEqual(['kali', 'tembak', 'anak', 'sama', 'anak']);
  });

  it('keeps other hyphenated words whole (sayur-mayur, e-ktp)', () => {
    expect(stemsOf(['sayur'], ['sayur-mayur', 'e-ktp', 'pdi-p'])).toEqual(['sayur-mayur', 'e-ktp', 'pdi-p']);
  });
});

describe('Indonesian stemmer with the common news vocabulary', () => {
  it('stems common news words to the roots a reader gives them', () => {
    const table: [string, string][] = [
      ['terima', 'terima'], ['menerima', 'terima'], ['penerimaan', 'terima'], ['menteri', 'menteri'], ['kementerian', 'menteri'],
      ['kemudian', 'kemudian'], ['mereka', 'mereka'], ['perempuan', 'perempuan'], ['keluar', 'keluar'], ['mengeluarkan', 'keluar'],
      ['kenaikan', 'naik'], ['menaikkan', 'naik'], ['diskusi', 'diskusi'], ['persetujuan', 'setuju'], ['kesediaan', 'sedia'],
      ['terbakar', 'bakar'], ['kebakaran', 'bakar'], ['tersangka', 'sangka'], ['terdakwa', 'dakwa'], ['penerbangan', 'terbang'],
      ['menertibkan', 'tertib'], ['ketertiban', 'tertib'], ['mengonfirmasi', 'konfirmasi'], ['dikonfirmasi', 'konfirmasi'],
      ['mengambil', 'ambil'], ['mengatakan', 'kata'], ['memukul', 'pukul'], ['menulis', 'tulis'], ['menyatakan', 'nyata'],
      ['pengadilan', 'adil'], ['pertandingan', 'tanding'], ['pelajar', 'ajar'], ['mempelajari', 'ajar'], ['pemerintah', 'perintah'],
      ['keluarga', 'keluarga'], ['perkara', 'perkara'], ['merdeka', 'merdeka'], ['media', 'media'], ['sekitar', 'sekitar'],
      ['masalah', 'masalah'], ['memulai', 'mulai'], ['dimulai', 'mulai'], ['akhirnya', 'akhir'], ['dirinya', 'diri'],
    ];
    expect(table.map(([w]) => [w, newsStem(w)])).toEqual(table);
  });
});
