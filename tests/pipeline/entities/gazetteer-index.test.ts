import { compactGazetteer } from '../../../src/pipeline/entities/gazetteer-compact';
import { gazetteerIndex } from '../../../src/pipeline/entities/gazetteer';

// lists of our own making: a person, a body and a place sharing spellings, names with accents
const index = gazetteerIndex(
  compactGazetteer([
    ['PER', ['Bagus Santoso', 'Dewi Lestari Wulan', 'Ólafur Arnalds', 'Surya']],
    ['ORG', ['Bank Surya', 'Surya', 'Bank Surya Nusantara Raya', 'BANK SURYA']],
    ['LOC', ['Surya', 'Tanjung Harapan', 'Zebra']],
  ]),
);

describe('gazetteer look-ups over the compact lists', () => {
  it('finds an entry in any case as written, with its types in list order', () => {
    expect(index.entries.get('surya')).toEqual(['PER', 'ORG', 'LOC']);
    expect(index.entries.get('bank surya')).toEqual(['ORG']);
    expect(index.entries.get('ólafur arnalds')).toEqual(['PER']);
    expect(index.entries.get('zebra')).toEqual(['LOC']);
    expect(index.entries.has('tanjung harapan')).toBe(true);
  });

  it('finds nothing for a word that is no entry, a part of one or a different case', () => {
    expect(index.entries.get('bank')).toBeUndefined();
    expect(index.entries.has('surya nusantara')).toBe(false);
    expect(index.entries.has('Surya')).toBe(false);
    expect(index.entries.has('')).toBe(false);
    expect(index.entries.has('zebras')).toBe(false);
  });

  it('knows the beginnings a longer entry extends, only at a space', () => {
    expect(index.prefixes.has('bank')).toBe(true);
    expect(index.prefixes.has('bank surya')).toBe(true);
    expect(index.prefixes.has('bank surya nusantara')).toBe(true);
    expect(index.prefixes.has('ban')).toBe(false);
    expect(index.prefixes.has('bank surya nusantara raya')).toBe(false);
    expect(index.prefixes.has('zebra')).toBe(false);
  });

  it('keeps the first and last words of multi-word person entries only', () => {
    expect(index.personFirst.has('bagus')).toBe(true);
    expect(index.personFirst.has('ólafur')).toBe(true);
    expect(index.personLast.has('wulan')).toBe(true);
    expect(index.personLast.has('lestari')).toBe(false);
    expect(index.personFirst.has('surya')).toBe(false);
    expect(index.personFirst.has('tanjung')).toBe(false);
  });

  it('answers as maps built from the same lists would, for every entry and near miss', () => {
    const lists: Array<[('PER' | 'ORG' | 'LOC'), string[]]> = [
      ['PER', ['Ani Rahma', 'ani rahma', 'Budi', 'Ça Va Bien', 'Édi Putra Jaya']],
      ['ORG', ['Ani', 'Budi Karya', 'Koperasi Maju', 'Koperasi  Ganda']],
      ['LOC', ['Budi', 'Édi', 'Kali Maju Jaya']],
    ];
    const entries = new Map<string, string[]>();
    const prefixes = new Set<string>();
    for (const [type, list] of lists) for (const raw of list) {
      const key = raw.toLowerCase();
      const types = entries.get(key) ?? [];
      if (!types.includes(type)) types.push(type);
      entries.set(key, types);
      for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) prefixes.add(key.slice(0, k));
    }
    const compact = gazetteerIndex(compactGazetteer(lists));
    const probes = [...entries.keys(), ...prefixes].flatMap((k) => [k, `${k} `, `${k}a`, k.slice(0, -1)]);
    for (const p of probes) {
      expect(compact.entries.get(p), p).toEqual(entries.get(p));
      expect(compact.prefixes.has(p), p).toBe(prefixes.has(p));
    }
  });

  it('still answers right after more distinct words than it remembers', () => {
    expect(index.entries.get('surya')).toEqual(['PER', 'ORG', 'LOC']);
    for (let i = 0; i < 100_500; i++) index.entries.has(`kata${i}`);
    expect(index.entries.get('surya')).toEqual(['PER', 'ORG', 'LOC']);
    expect(index.entries.has('kata7')).toBe(false);
    expect(index.prefixes.has('bank')).toBe(true);
  });
});
