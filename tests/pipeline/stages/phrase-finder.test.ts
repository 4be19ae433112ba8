import { phraseFinder } from '../../../src/pipeline/outlets';

const words = (s: string) => s.toLowerCase().split(' ');

describe('finding trigger phrases among lower-cased words', () => {
  const find = phraseFinder([['dikutip', 'dari'], ['seperti', 'dilansir'], ['dikutip'], ['melansir']]);

  it('gives the length of the first listed phrase that starts at a word', () => {
    const w = words('Seperti dikutip dari laman resmi');
    expect(find(w, 1)).toBe(2);
    expect(find(words('hal itu dikutip media'), 2)).toBe(1);
    expect(find(words('Melansir kantor berita'), 0)).toBe(1);
  });

  it('keeps the order given: a shorter phrase listed first wins over a longer one', () => {
    const shortFirst = phraseFinder([['kata'], ['kata', 'dia']]);
    expect(shortFirst(words('kata dia kepada wartawan'), 0)).toBe(1);
  });

  it('finds nothing where no phrase starts, where a phrase runs past the last word, or on a part of a phrase', () => {
    expect(find(words('Seperti dikutip dari laman resmi'), 0)).toBe(0);
    expect(find(words('laporan seperti'), 1)).toBe(0);
    expect(find(words('kabar dari lapangan'), 1)).toBe(0);
  });
});
