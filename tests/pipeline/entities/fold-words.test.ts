import { describe, expect, it } from 'vitest';
import { fold, foldWords } from '../../../src/pipeline/entities/names';

// names as news writes them, and the characters where folding word by word could go wrong:
// a final sigma, combining marks, compatibility forms (a no-break space, a ligature), site
// suffixes inside and at the end, hyphens and dots
const WORDS = ['Kim', 'Jong-un', 'KOMPAS.com', 'tempo.co', 'Detik.com', 'Liputan6.com', 'REPUBLIKA.CO.ID', 'ΟΔΟΣ', 'Σ.', 'Ā', 'é', '\u0301x', 'ﬁ', 'a\u00a0b', 'İstanbul', '.', '(', 'Sigma.co', 'Rp', '2019', ''];

describe('folding a name word by word', () => {
  it('gives what folding the words joined by spaces gives', () => {
    for (const a of WORDS) for (const b of WORDS) for (const c of ['', ...WORDS.slice(0, 8)]) {
      const parts = c ? [a, b, c] : [a, b];
      expect(foldWords(parts), JSON.stringify(parts)).toBe(fold(parts.join(' ')));
    }
    for (const w of WORDS) expect(foldWords([w])).toBe(fold(w));
  });

  it('drops a site suffix only at the end of the name', () => {
    expect(foldWords(['Kompas.com', 'Jakarta'])).toBe('kompascomjakarta');
    expect(foldWords(['Harian', 'Kompas.com'])).toBe('hariankompas');
  });
});
