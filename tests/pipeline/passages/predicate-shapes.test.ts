import { describe, expect, it } from 'vitest';
import { prefixShapeOf, verbPrefixOf } from '../../../src/pipeline/language/id/verb-shape';
import { namesHappening } from '../../../src/pipeline/passages/predicates';
import { stem } from '../../../src/pipeline/language/id';

const happening = (word: string) => namesHappening(word, stem(word));

describe('ber- and ter- without their r', () => {
  it('reads be- and te- before a stem whose first syllable ends in -er', () => {
    expect(verbPrefixOf('bekerja')).toBe('ber');
    expect(verbPrefixOf('beternak')).toBe('ber');
    expect(verbPrefixOf('bepergian')).toBe('ber');
    expect(verbPrefixOf('tepercaya')).toBe('ter');
  });

  it('leaves plain words that merely open with be- or te-', () => {
    for (const w of ['belum', 'besar', 'betul-betul', 'bendera', 'tetapi', 'tekanan', 'teguran', 'tengah-tengah', 'beleid']) {
      expect(prefixShapeOf(w), w).toBeNull();
    }
  });

  it('keeps listed function words of that shape out, in both readings', () => {
    expect(prefixShapeOf('beberapa')).toBeNull();
    expect(verbPrefixOf('beserta')).toBeNull();
  });

  it('still reads the full prefixes first', () => {
    expect(verbPrefixOf('bertemu')).toBe('ber');
    expect(verbPrefixOf('terpilih')).toBe('ter');
  });
});

describe('a happening is named by the shared reading of verb shapes', () => {
  it('takes prefixed verbs, the reduced ber- among them', () => {
    expect(happening('ditahan')).toBe(true);
    expect(happening('menggusur')).toBe(true);
    expect(happening('bekerja')).toBe(true);
    expect(happening('tertangkap')).toBe(true);
  });

  it('takes nouns of doing', () => {
    expect(happening('penggusuran')).toBe(true);
    expect(happening('kekalahan')).toBe(true);
  });

  it('does not take a noun in -an, a doubled word or a word with an enclitic that only opens with be- or te-', () => {
    expect(happening('tekanan')).toBe(false);
    expect(happening('betul-betul')).toBe(false);
    expect(happening('bendera-bendera')).toBe(false);
    expect(happening('bendanya')).toBe(false);
  });

  it('does not take a preposition of verb shape', () => {
    expect(happening('menjelang')).toBe(false);
  });
});
