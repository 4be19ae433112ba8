import { createStemmer } from '../../../src/pipeline/language/id';

describe('Indonesian stemmer: whose is the r after be(r)-, pe(r)-', () => {
  // both readings attest each other (ber- + "encana" by per- + "encana" + -an): the written root decides
  const stem = createStemmer(new Set(['rencana', 'berencana', 'perencanaan', 'merencanakan', 'ragam', 'beragam', 'keragaman', 'arti', 'berarti', 'diartikan', 'isi', 'berisi', 'diisi']));

  it('gives the r to a root written on its own (berencana, perencanaan: rencana; beragam: ragam)', () => {
    expect(stem('berencana')).toBe('rencana');
    expect(stem('perencanaan')).toBe('rencana');
    expect(stem('beragam')).toBe('ragam');
  });

  it('leaves the r to the prefix when the root without it is the written one (berarti: arti, berisi: isi)', () => {
    expect(stem('berarti')).toBe('arti');
    expect(stem('berisi')).toBe('isi');
  });
});
