import { createStemmer } from '../../../src/pipeline/language/id';

describe('Indonesian stemmer: ter- whose r the root took (terendam, terekam)', () => {
  const stem = createStemmer(new Set(['merendam', 'terendam', 'direkam', 'terekam', 'mengangkat', 'terangkat', 'teringat', 'ingat', 'terasa', 'merasa']));

  it('reads te- + an r-root when another form attests the root (terendam: rendam, as merendam; terekam: rekam)', () => {
    expect(stem('terendam')).toBe('rendam');
    expect(stem('merendam')).toBe('rendam');
    expect(stem('terekam')).toBe('rekam');
  });

  it('keeps ter- before a vowel-initial root (terangkat: angkat, teringat: ingat) and an r-root the vocabulary writes (terasa: rasa)', () => {
    expect(stem('terangkat')).toBe('angkat');
    expect(stem('teringat')).toBe('ingat');
    expect(stem('terasa')).toBe('rasa');
  });

  it('takes te- off only before r: tempat and teman are roots', () => {
    const bare = createStemmer(new Set(['tempat', 'teman', 'bertempat', 'berteman']));
    expect(bare('tempat')).toBe('tempat');
    expect(bare('teman')).toBe('teman');
  });
});
