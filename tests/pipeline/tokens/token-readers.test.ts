import { describe, expect, it } from 'vitest';
import { pointsBack } from '../../../src/pipeline/events/pointing';
import { isVerb, partsOf } from '../../../src/pipeline/events/parts';
import { hasActiveVerbShape, verbPrefixOf } from '../../../src/pipeline/language/id';
import { tenseAt } from '../../../src/pipeline/time/tense';
import { storyOf } from '../helpers';
import { textStages } from '../stages/helpers';

describe('tense read from the token layer', () => {
  const tense = (text: string, before: string) => {
    const index = text.indexOf(before);
    const viaWindow = tenseAt(text, index);
    // the article's own token layer reads the same as the stretch the tokenizer reads on its own
    expect(tenseAt(text, index, textStages(text).tokens)).toBe(viaWindow);
    return viaWindow;
  };

  it('puts a day ahead after a cue in its clause', () => {
    expect(tense('Presiden akan meresmikan bendungan itu pada Senin (4/3).', 'Senin')).toBe('future');
    expect(tense('Gubernur dijadwalkan membuka pameran, Selasa.', 'Selasa')).toBe('future');
    expect(tense('Presiden meresmikan bendungan itu pada Senin (4/3).', 'Senin')).toBe('past');
  });

  it('does not reach across a sentence, a semicolon or a paragraph, nor past six words', () => {
    expect(tense('Warga akan pindah. Mereka berkumpul Senin.', 'Senin')).toBe('past');
    expect(tense('Warga akan pindah; mereka berkumpul Senin.', 'Senin')).toBe('past');
    expect(tense('Pemerintah akan\nSenin pagi air surut.', 'Senin')).toBe('past');
    expect(tense('Kami akan terus bekerja keras membangun jalan desa Senin.', 'Senin')).toBe('past');
  });

  it('keeps an amount whole: its thousand mark ends no clause', () => {
    expect(tense('Warga akan menerima Rp2.500 pada Senin.', 'Senin')).toBe('future');
  });
});

describe('verb shapes', () => {
  it('reads the voice prefix of a verb-shaped word', () => {
    expect(verbPrefixOf('menggeledah')).toBe('me');
    expect(verbPrefixOf('dilantik')).toBe('di');
    expect(verbPrefixOf('bertemu')).toBe('ber');
    expect(verbPrefixOf('tertangkap')).toBe('ter');
    expect(hasActiveVerbShape('memukul-mukul')).toBe(true);
  });

  it('needs three letters after the prefix, lower case', () => {
    expect(verbPrefixOf('meja')).toBeNull();
    expect(verbPrefixOf('berat')).toBeNull();
    expect(verbPrefixOf('makan')).toBeNull();
    expect(verbPrefixOf('Membangun')).toBeNull();
    expect(hasActiveVerbShape('dilantik')).toBe(false);
  });

  it('knows the function words of verb shape', () => {
    expect(verbPrefixOf('mereka')).toBeNull();
    expect(verbPrefixOf('menjelang')).toBeNull();
    expect(hasActiveVerbShape('meskipun')).toBe(false);
    expect(isVerb('menjelang')).toBe(false);
  });

  it('leaves the nouns of verb shape to the lists of those who read verbs', () => {
    expect(verbPrefixOf('tersangka')).toBe('ter');
    expect(isVerb('tersangka')).toBe(false);
    expect(isVerb('ditangkap')).toBe(true);
    expect(isVerb('tiba')).toBe(true);
  });
});

describe('sentence openings read from tokens', () => {
  const pointing = (sentence: string) => {
    const doc = storyOf(sentence).articles[0]!;
    return pointsBack(doc, doc.sentences[0]!);
  };

  it('reads an amount with a decimal comma as one word of the opening clause', () => {
    expect(pointing('Namun, dana 2,5 miliar itu belum dicairkan.')).toBe(true);
    expect(pointing('Dana 2,5 miliar dicairkan bulan lalu.')).toBe(false);
  });

  it('matches an opening phrase word for word, not a longer word', () => {
    expect(pointing('Saat itu, hujan turun deras.')).toBe(true);
    expect(pointing('Saatnya warga memilih pemimpin baru.')).toBe(false);
  });
});

describe('the participant before the predicate', () => {
  it('passes over a name that a preposition governs', () => {
    const doc = storyOf('Dari Surabaya, Kementerian Sosial mengirim bantuan beras.').articles[0]!;
    const parts = partsOf(doc, doc.sentences[0]!);
    expect(doc.mentions.map((m) => m.text)).toEqual(['Surabaya', 'Kementerian Sosial']);
    expect(parts?.predicate).toBe('mengirim');
    expect(parts?.subject).toBe('Kementerian Sosial');
  });
});
