import { storyOf } from '../helpers';
import { sentenceRoots } from '../../../src/pipeline/events/words';

describe('a title is a word of its own', () => {
  const s = storyOf('tempo.co - Pelatih PSIS Semarang memimpin latihan tim di Stadion Jatidiri pada Senin (3/7/2023).\nIa melatih para pemain muda.');
  const doc = s.articles[0]!;
  const roots = (i: number) => sentenceRoots(doc, doc.sentences[i]!);

  it('keeps "pelatih" apart from the root of "latihan" and "melatih"', () => {
    expect(roots(0).has('pelatih')).toBe(true);
    expect(roots(0).has('latih')).toBe(true);
    expect(roots(1).has('latih')).toBe(true);
    expect(roots(1).has('pelatih')).toBe(false);
  });

  it('still stems a word of that shape that is no title', () => {
    // "pemain" is who plays, not a title: it shares the root of "bermain"
    expect(roots(1).has('main')).toBe(true);
  });
});
