import type { StoryDoc } from '../../../src/pipeline/types';
import { sentenceFeatures } from '../../../src/pipeline/passages/features';
import { isStatement, overlapScorer } from '../../../src/pipeline/passages/match';
import { storyOf } from '../helpers';

/** Each passage as the texts of its sentences, in story order. */
function passageTexts(story: StoryDoc): string[][] {
  return story.sharedPassages.map((p) => p.mentions.map((m) => story.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end)));
}

const together = (story: StoryDoc, x: string, y: string) => passageTexts(story).some((p) => p.some((s) => s.includes(x)) && p.some((s) => s.includes(y)));

/** Start and end of a sentence of the story, by its features. */
function span(story: StoryDoc, f: { article: number; sentence: number }): [number, number] {
  const s = story.articles[f.article]!.sentences[f.sentence]!;
  return [s.start, s.end];
}

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

  it('marks the denied predicate beside its word, across auxiliaries, within the clause', () => {
    const story = storyOf(
      'Pelatih itu tidak pernah hadir dalam latihan tim pada Selasa sore. Rapat pengurus digelar malam harinya.',
      'Menurut pengurus, tidak ada bantuan dari pemerintah daerah. Kapten tim belum, tetapi segera berlatih.',
    );
    const f = featuresOf(story, 'tidak pernah hadir');
    expect(f).toContain('w:!hadir');
    // the word itself still says what the sentence is about
    expect(f).toContain('w:hadir');
    // the denial stops at the predicate: the rest of the clause is stated
    expect(f).toContain('w:latih');
    expect(f).not.toContain('w:!latih');
    // "tidak ada X" says there is no X: no claim is denied
    expect(featuresOf(story, 'tidak ada bantuan').some((x) => x.startsWith('w:!'))).toBe(false);
    // a comma ends the clause a denial reaches into
    expect(featuresOf(story, 'belum, tetapi').some((x) => x.startsWith('w:!'))).toBe(false);
  });

  it('pairs two outlets that deny the same thing, but not a denial with its statement', () => {
    const story = storyOf(
      'Bupati Sleman Hendra Wibowo tidak menghadiri sidang paripurna anggaran di gedung dewan, Senin (4/3/2024).',
      'Bupati Sleman Hendra Wibowo tak menghadiri sidang paripurna anggaran yang digelar di gedung dewan, Senin (4/3/2024).',
      'Bupati Sleman Hendra Wibowo menghadiri sidang paripurna anggaran di gedung dewan pada Senin (4/3/2024) pagi.',
    );
    expect(together(story, 'tidak menghadiri', 'tak menghadiri')).toBe(true);
    expect(together(story, 'tidak menghadiri', 'Wibowo menghadiri')).toBe(false);
    expect(together(story, 'tak menghadiri', 'Wibowo menghadiri')).toBe(false);
    const all = sentenceFeatures(story);
    const at = (needle: string) => all.findIndex((f) => story.articles[f.article]!.text.slice(...span(story, f)).includes(needle));
    const overlap = overlapScorer(all);
    expect(overlap(at('tidak menghadiri'), at('Wibowo menghadiri')).contradicts).toBe(true);
    expect(overlap(at('tidak menghadiri'), at('tak menghadiri')).contradicts).toBe(false);
  });

  it('does not read two denials of different things as opposite claims', () => {
    const story = storyOf(
      'Kapten tim tidak ikut latihan pagi di lapangan Sidolig, kata manajer Rudi Santoso pada Rabu (6/3/2024).',
      'Kapten tim tidak datang ke latihan pagi di lapangan Sidolig, kata manajer Rudi Santoso pada Rabu (6/3/2024).',
    );
    expect(together(story, 'tidak ikut', 'tidak datang')).toBe(true);
  });

  it('asks a pair that shares only a few words for an anchor: a name, a number or a date', () => {
    const loose = storyOf(
      'Pengurus klub menunggu keputusan manajemen soal kontrak musim depan.',
      'Keputusan manajemen soal stadion baru diumumkan bulan depan.',
    );
    expect(together(loose, 'menunggu keputusan', 'stadion baru')).toBe(false);
    const anchored = storyOf(
      'Pengurus klub menunggu keputusan manajemen soal kontrak 14 pemain.',
      'Keputusan manajemen soal kontrak 14 pemain diumumkan bulan depan.',
    );
    expect(together(anchored, 'menunggu keputusan', 'diumumkan bulan')).toBe(true);
    const base = { score: 0.3, said: 4, shared: 4, contradicts: false, figuresDiffer: false, yearsDiffer: false, happeningsDiffer: false, rolesDiffer: false };
    const options = { minScore: 0.16, minSaidShare: 0.3, minSaidShared: 2, minUnanchoredShared: 3, minCloseScore: 0.35 };
    expect(isStatement({ ...base, saidCount: 2, anchored: false }, options)).toBe(false);
    // two short sentences whose shared words are most of what they say need no anchor
    expect(isStatement({ ...base, saidCount: 2, anchored: false, score: 0.4 }, options)).toBe(true);
    expect(isStatement({ ...base, saidCount: 2, anchored: false, score: 0.3 }, options)).toBe(false);
    expect(isStatement({ ...base, saidCount: 2, anchored: true }, options)).toBe(true);
    expect(isStatement({ ...base, saidCount: 3, anchored: false }, options)).toBe(true);
    expect(isStatement({ ...base, saidCount: 3, anchored: true, contradicts: true }, options)).toBe(false);
    // different figures and no shared anchor: two facts of one topic; with an anchor, outlets disagreeing on one
    expect(isStatement({ ...base, saidCount: 3, anchored: false, figuresDiffer: true }, options)).toBe(false);
    expect(isStatement({ ...base, saidCount: 3, anchored: true, figuresDiffer: true }, options)).toBe(true);
    // dated in different years: another happening, anchored or not
    expect(isStatement({ ...base, saidCount: 3, anchored: true, yearsDiffer: true }, options)).toBe(false);
    // two different happenings of the same people: not one statement
    expect(isStatement({ ...base, saidCount: 3, anchored: true, happeningsDiffer: true }, options)).toBe(false);
  });

  it('counts a week and seven days as one duration', () => {
    const story = storyOf(
      'Terdakwa diberi waktu sepekan untuk menyatakan banding atas putusan hakim.',
      'Hakim memberi terdakwa waktu tujuh hari untuk pikir-pikir atas putusan tersebut.',
    );
    expect(featuresOf(story, 'sepekan')).toContain('t:P7D');
    expect(featuresOf(story, 'tujuh hari')).toContain('t:P7D');
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
    const sentence = (article: number, features: string[], i: number) => ({ article, sentence: i, features, happenings: [] });
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
