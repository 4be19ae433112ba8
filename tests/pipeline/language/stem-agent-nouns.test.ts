import { createStemmer, stem as newsStem } from '../../../src/pipeline/language/id';

// A suffix on a word that is itself prefixed, and particles that only follow whole words.
const stemsOf = (vocabulary: string[], words: string[]) => words.map(createStemmer(new Set(vocabulary)));

describe('Indonesian stemmer: a suffix on an agent noun', () => {
  it('gives peN-...-an nouns the root of the agent noun they are written on (pengungsian: ungsi)', () => {
    // the vocabulary writes the agent noun but never the bare root
    const vocabulary = ['pengungsi', 'mengungsi', 'penyidik', 'menyidik', 'pembina', 'membina'];
    expect(stemsOf(vocabulary, ['pengungsian', 'pengungsi', 'mengungsi'])).toEqual(['ungsi', 'ungsi', 'ungsi']);
    expect(stemsOf(vocabulary, ['penyidikan', 'penyidikannya', 'penyidik'])).toEqual(['sidik', 'sidik', 'sidik']);
    expect(stemsOf(vocabulary, ['pembinaan', 'pembina'])).toEqual(['bina', 'bina']);
  });

  it('with the news vocabulary as well', () => {
    expect(['pengungsian', 'penyidikan', 'mendengarkan'].map(newsStem)).toEqual(['ungsi', 'sidik', 'dengar']);
  });

  it('leaves a root that only looks prefixed with its own suffix (pegangan, pesanan, kenaikan)', () => {
    const vocabulary = ['pegang', 'memegang', 'pesan', 'memesan', 'naik', 'menaikkan', 'dikenai'];
    expect(stemsOf(vocabulary, ['pegangan', 'pesanan', 'kenaikan'])).toEqual(['pegang', 'pesan', 'naik']);
  });
});

describe('Indonesian stemmer: particles follow words', () => {
  it('keeps a word of which a particle would leave one syllable (langkah is no lang + -kah)', () => {
    expect(stemsOf(['langkah', 'selang'], ['langkah', 'langkahnya'])).toEqual(['langkah', 'langkah']);
    expect(newsStem('langkah')).toBe('langkah');
  });

  it('still takes a particle off a word (apakah, bukankah, meskipun, benarkah)', () => {
    expect(stemsOf(['apa', 'bukan', 'meski', 'benar'], ['apakah', 'bukankah', 'meskipun', 'benarkah'])).toEqual(['apa', 'bukan', 'meski', 'benar']);
  });
});
