import type { StoryDoc } from '../../../src/pipeline/types';
import { sentenceFeatures } from '../../../src/pipeline/passages/features';
import { overlapScorer } from '../../../src/pipeline/passages/match';
import { storyOf } from '../helpers';

/** Each passage as the texts of its sentences, in story order. */
function passageTexts(story: StoryDoc): string[][] {
  return story.sharedPassages.map((p) => p.mentions.map((m) => story.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end)));
}

const together = (story: StoryDoc, x: string, y: string) => passageTexts(story).some((p) => p.some((s) => s.includes(x)) && p.some((s) => s.includes(y)));

/** The features of the first sentence that contains `needle`. */
function featuresOf(story: StoryDoc, needle: string): string[] {
  const all = sentenceFeatures(story);
  for (const f of all) {
    const doc = story.articles[f.article]!;
    const s = doc.sentences[f.sentence]!;
    if (doc.text.slice(s.start, s.end).includes(needle)) return f.features;
  }
  throw new Error(`no sentence with ${needle}`);
}

describe('passage rules drawn from how outlets retell a statement', () => {
  it('counts words outlets use for one another as one (wanita / perempuan, warga / masyarakat)', () => {
    const story = storyOf(
      'Wanita pertama yang memimpin koperasi nelayan itu berjanji membantu warga pesisir Kendal. Cuaca di pelabuhan cerah.',
      'Perempuan pertama yang memimpin koperasi nelayan tersebut berjanji membantu masyarakat pesisir Kendal. Harga ikan tongkol turun.',
    );
    const a = featuresOf(story, 'Wanita pertama');
    const b = featuresOf(story, 'Perempuan pertama');
    expect(a).toContain('w:perempuan');
    expect(b).toContain('w:perempuan');
    expect(a).toContain('w:warga');
    expect(b).toContain('w:warga');
    expect(together(story, 'Wanita pertama', 'Perempuan pertama')).toBe(true);
  });

  it('keeps a denied word apart from the same word stated', () => {
    const story = storyOf('Pelatih itu tidak hadir dalam latihan tim pada Selasa sore. Rapat pengurus digelar malam harinya.');
    const f = featuresOf(story, 'tidak hadir');
    expect(f).toContain('w:!hadir');
    expect(f).not.toContain('w:hadir');
    // only the word right after the negator is denied
    expect(f).toContain('w:latih');
  });

  it('pairs two outlets that deny the same thing, but not a denial with its statement', () => {
    const story = storyOf(
      'Bupati Sleman Hendra Wibowo tidak menghadiri sidang paripurna anggaran di gedung dewan, Senin (4/3/2024).',
      'Bupati Sleman Hendra Wibowo tak menghadiri sidang paripurna anggaran yang digelar di gedung dewan, Senin (4/3/2024).',
      'Bupati Sleman Hendra Wibowo menghadiri sidang paripurna anggaran di gedung dewan pada Senin (4/3/2024) pagi.',
    );
    expect(together(story, 'tidak menghadiri', 'tak menghadiri')).toBe(true);
    const stated = featuresOf(story, 'Wibowo menghadiri');
    const denied = featuresOf(story, 'tidak menghadiri');
    const verb = stated.find((f) => f.startsWith('w:') && !denied.includes(f) && denied.includes(`w:!${f.slice(2)}`));
    expect(verb).toBeDefined();
  });

  it('gives the speaker of a quote to the sentence that names him only by "ujarnya"', () => {
    const story = storyOf(
      'Kepala Basarnas Rudi Hartanto memimpin pencarian korban. "Kami menyisir sungai sampai ke muara," ujarnya.',
      'Pencarian korban di sungai dilanjutkan hingga muara.',
    );
    const speaker = story.quotes.find((q) => q.verb === 'ujarnya')?.speaker?.entityId;
    expect(speaker).toBeTruthy();
    expect(featuresOf(story, 'Kami menyisir')).toContain(`e:${speaker}`);
    // the other outlet's sentence names nobody: it does not get him
    expect(featuresOf(story, 'dilanjutkan hingga muara').some((f) => f.startsWith('e:'))).toBe(false);
  });

  it('lets the subject of a story of three or more articles weigh less than a statement two outlets share', () => {
    const sentence = (article: number, features: string[], i: number) => ({ article, sentence: i, features });
    // "w:reaktor" is in all three articles, "w:insinyur" in two: both in three sentences
    const story = [
      sentence(0, ['w:reaktor', 'w:insinyur', 'w:pantai'], 0),
      sentence(1, ['w:reaktor', 'w:insinyur', 'w:nelayan'], 0),
      sentence(2, ['w:reaktor', 'w:doa'], 0),
      sentence(1, ['w:insinyur', 'w:tiba'], 1),
    ];
    const score = overlapScorer(story);
    const subjectShared = score(0, 2).shared;
    const statementShared = score(0, 3).shared;
    expect(subjectShared / statementShared).toBeCloseTo(0.6, 5);
    // in a story of two articles every shared word is in all of them: none is discounted
    const two = [sentence(0, ['w:reaktor', 'w:pantai'], 0), sentence(1, ['w:reaktor', 'w:doa'], 0), sentence(1, ['w:insinyur'], 1), sentence(0, ['w:insinyur'], 1)];
    const pair = overlapScorer(two);
    expect(pair(0, 1).shared / pair(2, 3).shared).toBeCloseTo(1, 5);
  });
});
