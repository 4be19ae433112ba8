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

describe('an outlet\'s synonym is one root', () => {
  const s = storyOf('tempo.co - Polisi meringkus dua pencuri motor di Klaten pada Senin (3/7/2023).\nPolisi juga menangkap penadahnya.\nPolisi memeriksa rumah itu.');
  const doc = s.articles[0]!;
  const roots = (i: number) => sentenceRoots(doc, doc.sentences[i]!);

  it('reads "meringkus" and "menangkap" as the same root', () => {
    const [a, b] = [roots(0), roots(1)];
    expect([...a].filter((r) => b.has(r) && r !== 'polisi')).toHaveLength(1);
  });

  it('keeps a verb of no synonym group its own root', () => {
    expect([...roots(2)].some((r) => roots(1).has(r) && r !== 'polisi')).toBe(false);
  });
});
