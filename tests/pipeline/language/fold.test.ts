import { foldLetters, lowerSet, slugOf, withoutDiacritics } from '../../../src/pipeline/language/id';

describe('folding for lookup and ids', () => {
  it('takes accents off letters and nothing else', () => {
    expect(withoutDiacritics('Café Société')).toBe('Cafe Societe');
    expect(withoutDiacritics('Jum’at 10.000')).toBe('Jum’at 10.000');
  });

  it('folds case, accents, hyphens and spaces into one key', () => {
    expect(foldLetters('Kim Jong-un')).toBe('kimjongun');
    expect(foldLetters('KIM JONG UN')).toBe('kimjongun');
    expect(foldLetters('Sénat')).toBe(foldLetters('senat'));
    expect(foldLetters('Kim Jong-un')).not.toBe(foldLetters('Kim Jong-il'));
  });

  it('makes ids of ASCII letters and digits joined by single hyphens', () => {
    expect(slugOf('Kim Jong-un')).toBe('kim-jong-un');
    expect(slugOf('  Pilkada DKI, 2017!  ')).toBe('pilkada-dki-2017');
    expect(slugOf('Ñoño — café')).toBe('nono-cafe');
    expect(slugOf('“”')).toBe('');
  });

  it('looks words up without their case', () => {
    const set = lowerSet(['Presiden', 'KPK']);
    expect(set.has('presiden') && set.has('kpk')).toBe(true);
    expect(set.has('Presiden')).toBe(false);
  });
});
