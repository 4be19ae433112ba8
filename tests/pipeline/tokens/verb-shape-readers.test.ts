import { describe, expect, it } from 'vitest';
import { prefixShapeOf, verbPrefixOf } from '../../../src/pipeline/language/id/verb-shape';
import { storyOf } from '../helpers';

const speakers = (text: string) => storyOf(text).quotes.map((q) => q.speaker?.text ?? null);
const mentions = (text: string) => storyOf(text).articles[0]!.mentions.map((m) => `${m.type}:${m.text}`);

describe('one reading of verb shapes', () => {
  it('reads the shape by its letters, function words included', () => {
    expect(prefixShapeOf('merupakan')).toBe('me');
    expect(verbPrefixOf('merupakan')).toBeNull();
    expect(prefixShapeOf('mereka')).toBe('me');
    expect(prefixShapeOf('di-phk')).toBe('di');
    expect(prefixShapeOf('mem-posting')).toBe('me');
    expect(prefixShapeOf('meng-upload')).toBe('me');
    expect(prefixShapeOf('memukul-mukul')).toBe('me');
    expect(prefixShapeOf('berat')).toBeNull();
    expect(prefixShapeOf('meja')).toBeNull();
  });

  it('needs a stem of three letters after the prefix, not a doubled short word or a site name', () => {
    expect(prefixShapeOf('diam-diam')).toBeNull();
    expect(prefixShapeOf('dim-posting')).toBeNull();
    expect(prefixShapeOf('merdeka.com')).toBeNull();
  });
});

describe('the quote subject reader asks the shared verb shape', () => {
  it('passes a relative clause whose predicate has verb shape', () => {
    expect(speakers('Rina Kartika yang memimpin rapat itu menegaskan iuran warga tidak naik.')).toEqual(['Rina Kartika']);
    expect(speakers('Rina Kartika yang merupakan ketua koperasi menegaskan iuran warga tidak naik.')).toEqual(['Rina Kartika']);
  });

  it('does not pass a relative clause with no predicate of verb shape', () => {
    expect(speakers('Rina Kartika yang juga guru SD menegaskan iuran warga tidak naik.')).toEqual([]);
  });
});

describe('the organisation reader asks the shared verb shape', () => {
  it('drops a sentence opener shaped like a verb before a run ending in an organisation word', () => {
    expect(mentions('Melansir Lembah Hijau Foundation, warga menanam seribu pohon.')).toEqual(['ORG:Lembah Hijau Foundation']);
    // an opener of no verb shape, and no common word, may be the name's first word
    expect(mentions('Sahabat Lembah Hijau Foundation menanam seribu pohon.')).toEqual(['ORG:Sahabat Lembah Hijau Foundation']);
  });
});
