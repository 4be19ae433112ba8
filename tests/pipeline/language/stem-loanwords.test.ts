import { createStemmer } from '../../../src/pipeline/language/id';

describe('Indonesian stemmer: loanwords in -si keep their i after a prefix', () => {
  const stem = createStemmer(new Set(['verifikasi', 'diverifikasi', 'memverifikasi', 'relokasi', 'direlokasi', 'batas', 'dibatasi', 'tugas', 'ditugasi', 'lintas', 'melintasi']));

  it('meets the bare loanword (diverifikasi, memverifikasi: verifikasi; direlokasi: relokasi)', () => {
    expect(stem('diverifikasi')).toBe('verifikasi');
    expect(stem('memverifikasi')).toBe('verifikasi');
    expect(stem('direlokasi')).toBe('relokasi');
  });

  it('still takes -i off a short native root in s (dibatasi: batas, ditugasi: tugas, melintasi: lintas)', () => {
    expect(stem('dibatasi')).toBe('batas');
    expect(stem('ditugasi')).toBe('tugas');
    expect(stem('melintasi')).toBe('lintas');
  });

  it('keeps the i of a loanword it has not seen bare (dikoordinasi; dikonfirmasi and mengkonfirmasi attesting each other)', () => {
    expect(createStemmer(new Set(['dikoordinasi']))('dikoordinasi')).toBe('koordinasi');
    const unseen = createStemmer(new Set(['dikonfirmasi', 'mengkonfirmasi']));
    expect(unseen('dikonfirmasi')).toBe('konfirmasi');
    expect(unseen('mengkonfirmasi')).toBe('konfirmasi');
  });
});
