import { createStemmer } from '../../../src/pipeline/language/id';

// Which suffix goes with which prefix, and roots of one syllable: words a reader of Indonesian stems.
const stemsOf = (vocabulary: string[], words: string[]) => words.map(createStemmer(new Set(vocabulary)));

describe('Indonesian stemmer: -an goes with ber-, never with meN-, di-, ter-', () => {
  it('reads memper- + X + -kan, not memper- + Xk + -an (memperagakan: peraga, not agak)', () => {
    expect(stemsOf(['agak', 'peraga'], ['memperagakan', 'diperagakan'])).toEqual(['peraga', 'peraga']);
    // with nothing attested, a per- inside mem- that would leave a root too short for its -kan is the root's
    expect(stemsOf([], ['memperagakan'])).toEqual(['peraga']);
  });

  it('still reads per- inside mem-/di- where the root is long enough (mempersiapkan, diperpanjang, memperbaiki)', () => {
    expect(stemsOf([], ['mempersiapkan', 'diperpanjang', 'memperbaiki'])).toEqual(['siap', 'panjang', 'baik']);
    expect(stemsOf(['perlu', 'diperlukan'], ['diperlukan', 'memerlukan'])).toEqual(['perlu', 'perlu']);
  });

  it('reads a di- + noun in -an as that noun, since -an goes with no di- (dipersidangan: sidang, not sidangan)', () => {
    expect(stemsOf(['sidang', 'persidangan', 'periksa', 'pemeriksaan'], ['dipersidangan', 'dipemeriksaan'])).toEqual(['sidang', 'periksa']);
  });

  it('still takes -an after ber- (berdatangan, bersamaan, berhadapan)', () => {
    expect(stemsOf(['datang', 'sama', 'hadap', 'dihadapi'], ['berdatangan', 'bersamaan', 'berhadapan'])).toEqual(['datang', 'sama', 'hadap']);
  });

  it('reads -kkan written with one k as the written root in k (meletakan: letak, menolakan: tolak)', () => {
    expect(stemsOf(['letak', 'tolak', 'ditolak'], ['meletakan', 'meletakkan', 'menolakan'])).toEqual(['letak', 'letak', 'tolak']);
    // a root not in k keeps its -kan reading (memasakan is no word; mengatakan: kata)
    expect(stemsOf(['kata'], ['mengatakan', 'dikatakan'])).toEqual(['kata', 'kata']);
  });
});

describe('Indonesian stemmer: roots of one syllable', () => {
  it('reads di- and menge- before a root of one syllable written on its own (dibom, dicat, mengebom, mengecat)', () => {
    expect(stemsOf(['bom', 'cat', 'tes'], ['dibom', 'dicat', 'dites', 'mengebom', 'mengecat', 'pengeboman'])).toEqual(['bom', 'cat', 'tes', 'bom', 'cat', 'bom']);
  });

  it('takes no one-syllable root out of ber-, pe-, se- words (beras, berkas, pesan, sekat)', () => {
    expect(stemsOf(['ras', 'kas', 'san', 'kat'], ['beras', 'berkas', 'pesan', 'sekat'])).toEqual(['beras', 'berkas', 'pesan', 'sekat']);
  });

  it('needs the one-syllable root written: dirut and dinas stay whole when rut or nas is not', () => {
    expect(stemsOf(['dirut', 'dinas'], ['dirut', 'dinas'])).toEqual(['dirut', 'dinas']);
  });
});

describe('Indonesian stemmer: endings that are the root\'s', () => {
  it('keeps the lah of a root after a prefix and one syllable (mengolah, bersalah), with nothing attested', () => {
    expect(stemsOf([], ['mengolah', 'bersalah', 'pengolahan'])).toEqual(['olah', 'salah', 'olah']);
  });

  it('still takes a particle off a longer verb form (ditulislah, dilakukanlah)', () => {
    expect(stemsOf([], ['ditulislah', 'menulislah', 'dilakukanlah'])).toEqual(['tulis', 'tulis', 'laku']);
  });

  it('reads a root in -ai where the root in -a is seen only with -i (mencapai, dicapai, tercapai: capai; berbagai: bagai)', () => {
    const vocabulary = ['mencapai', 'dicapai', 'tercapai', 'berbagai', 'sebagai'];
    expect(stemsOf(vocabulary, ['mencapai', 'dicapai', 'tercapai', 'berbagai'])).toEqual(['capai', 'capai', 'capai', 'bagai']);
  });

  it('takes -i off a root in -a seen apart from it (menandai: tanda, dikenai: kena of dikenakan, mewarnai: warna)', () => {
    const vocabulary = ['tanda', 'ditandai', 'dikenakan', 'dikenai', 'warna', 'berwarna'];
    expect(stemsOf(vocabulary, ['menandai', 'dikenai', 'mewarnai'])).toEqual(['tanda', 'kena', 'warna']);
  });
});

describe('Indonesian stemmer: loanwords in k after meng-', () => {
  it('gives back the k of a loanword the language writes with it when nothing is attested (mengoreksi, mengorbankan, mengomentari)', () => {
    expect(stemsOf([], ['mengoreksi', 'dikoreksi', 'mengorbankan', 'pengorbanan', 'mengomentari'])).toEqual(['koreksi', 'koreksi', 'korban', 'korban', 'komentar']);
  });

  it('gives no k to vowel-initial roots (mengolah, mengorganisasi, mengobati)', () => {
    expect(stemsOf([], ['mengolah', 'mengorganisasi', 'mengobati'])).toEqual(['olah', 'organisasi', 'obat']);
  });
});
