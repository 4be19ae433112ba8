import { createStemmer } from '../../../src/pipeline/language/id/stem';

const stem = createStemmer(new Set(['tulis', 'pukul', 'temu', 'nyata', 'sapu', 'kirim', 'ajar']));

describe('Indonesian stemmer', () => {
  it('gives every affixed form of a root the same stem', () => {
    expect(['menulis', 'ditulis', 'tulisan', 'penulis', 'tulisannya'].map(stem)).toEqual(['tulis', 'tulis', 'tulis', 'tulis', 'tulis']);
    expect(['memukul', 'dipukul', 'pukulan', 'pemukulan'].map(stem)).toEqual(['pukul', 'pukul', 'pukul', 'pukul']);
    expect(['pertemuan', 'bertemu', 'ditemukan'].map(stem)).toEqual(['temu', 'temu', 'temu']);
    expect(['menyatakan', 'pernyataan', 'dinyatakan'].map(stem)).toEqual(['nyata', 'nyata', 'nyata']);
  });

  it('gives back the sound a nasal prefix swallowed only when that root is known', () => {
    expect(stem('menyapu')).toBe('sapu');
    expect(stem('mengirimkan')).toBe('kirim');
    expect(stem('mempelajari')).toBe('ajar');
  });

  it('still joins the forms of a root it does not know', () => {
    const forms = ['penggeledahan', 'menggeledah', 'digeledah'].map(stem);
    expect(new Set(forms).size).toBe(1);
  });

  it('leaves short words, reduplication and hyphenated words readable', () => {
    expect(stem('dia')).toBe('dia');
    expect(stem('negara-negara')).toBe('negara');
    expect(stem('e-KTP')).toBe('e-ktp');
  });

  it('does not strip a one-syllable root out of a word (menang is not me- + nang)', () => {
    expect(stem('menang')).toBe('menang');
  });
});
