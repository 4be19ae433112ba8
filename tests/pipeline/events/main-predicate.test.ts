import { storyOf } from '../helpers';
import { mainPredicateOf } from '../../../src/pipeline/events/main-predicate';
import { twoDoings } from '../../../src/pipeline/events/doing-veto';
import type { Claim } from '../../../src/pipeline/events/claims';
import { clusterDay, MERGE_AT } from '../../../src/pipeline/events/cluster';
import { scoresOf } from '../../../src/pipeline/events/scores';
import { textOf, eventsWith } from './reading';

/** The main predicate of the sentence of one article that holds some words. */
function mainOf(text: string, words: string): string[] {
  const story = storyOf(`kompas.com - ${text}`);
  const doc = story.articles[0]!;
  const s = doc.sentences.find((x) => doc.text.slice(x.start, x.end).includes(words))!;
  return [...(mainPredicateOf(doc, s) ?? [])].sort();
}


describe('the main predicate of a sentence', () => {
  it('is the verb of the main clause, not of a relative clause', () => {
    expect(mainOf('Pelatih yang membawa klub itu juara liga pada 2019 ini dipecat manajemen.', 'dipecat')).toEqual(['pecat']);
    // the object's own demonstrative after the predicate does not stretch the relative clause over it
    expect(mainOf('Pelatih yang membawa klub itu juara liga pada 2019 ini merasa kecewa dengan keputusan tersebut.', 'merasa')).toEqual(['rasa']);
  });

  it('skips a time clause opening the sentence', () => {
    expect(mainOf('Setelah menggelar rapat tertutup, Budi Santoso mengumumkan pengunduran dirinya.', 'rapat')).toEqual(['umum']);
  });

  it('stops at what is reported after "bahwa" and before an attribution', () => {
    expect(mainOf('Polisi memastikan bahwa Budi Santoso ditangkap di rumahnya.', 'memastikan')).toEqual(['pasti']);
    expect(mainOf('"Saya tidak akan menyerah," kata Budi Santoso kepada wartawan.', 'menyerah')).toEqual(['serah']);
  });

  it('passes a saying on to the doing it tells straight after it', () => {
    // "mundur" and "mengundurkan" are one sense
    expect(mainOf('Budi Santoso menyatakan mundur dari jabatannya.', 'menyatakan')).toContain('mundur');
    expect(mainOf('Budi Santoso menyatakan pengunduran diri dari jabatannya.', 'menyatakan')).toContain('mundur');
  });

  it('reads a set phrase opened by the verb as the happening it means', () => {
    expect(mainOf('Rina Marlina meletakkan jabatannya sebagai ketua koperasi.', 'meletakkan')).toEqual(['letak', 'mundur']);
    expect(mainOf('Ketua panitia itu akhirnya melepaskan jabatan yang dipegangnya sejak 2015.', 'melepaskan')).toContain('mundur');
    // the verb with another object is only the verb
    expect(mainOf('Rina Marlina meletakkan bunga di makam ayahnya.', 'meletakkan')).toEqual(['letak']);
  });

  it('takes no doing from the words of a name before the verb', () => {
    expect(mainOf('Dinas Pekerjaan Umum dan Penataan Ruang Kota Bogor meresmikan jembatan baru di Cibuluh.', 'meresmikan')).toEqual(['resmi']);
  });

  it('gives the doing of a nominalised happening as subject', () => {
    expect(mainOf('Keputusan mundur Budi Santoso ditentang para pendukungnya.', 'ditentang')).toEqual(['mundur', 'tentang']);
  });
});

describe('one person, two doings of one day', () => {
  const doing = (main: string[], words: string[]) => ({ main: new Set(main), words: new Set(words), people: new Set<string>() });

  it('are two when the main predicates and every verb differ', () => {
    expect(twoDoings(doing(['mundur'], ['mundur', 'nyata']), doing(['hadir'], ['latih', 'pimpin']))).toBe(true);
  });

  it('stay one when told with two verbs of one root or one sense', () => {
    // "ditangkap" / "penangkapan" share their root; a shared verb anywhere joins too
    expect(twoDoings(doing(['tangkap'], ['tangkap']), doing(['tangkap', 'laku'], ['laku']))).toBe(false);
    expect(twoDoings(doing(['tahan'], ['tahan', 'tangkap']), doing(['bawa'], ['tangkap', 'bawa']))).toBe(false);
  });

  // a coach who resigns and, the same afternoon, misses training: each told by both outlets
  const story = storyOf(
    [
      'detik.com - Pelatih Persada FC, Rudi Hartono, menyatakan mundur dari jabatannya pada Rabu (8/3/2023) pagi.',
      'Rudi Hartono tak hadir dalam latihan tim pada Rabu (8/3/2023) sore di Stadion Merdeka.',
    ].join('\n'),
    [
      'tempo.co - Rudi Hartono mengundurkan diri sebagai pelatih Persada FC, Rabu (8/3/2023).',
      'Rudi Hartono tak hadir dalam latihan Persada FC, Rabu (8/3/2023) sore.',
    ].join('\n'),
  );

  it('keeps a resignation and a missed training apart, and each resignation one event', () => {
    const [resigned, ...more] = eventsWith(story, 'menyatakan mundur');
    expect(more).toEqual([]);
    expect(resigned!.mentions.some((m) => textOf(story, m).includes('latihan'))).toBe(false);
    expect(resigned!.mentions.some((m) => textOf(story, m).includes('mengundurkan diri'))).toBe(true);
  });
});

describe('one person, one doing of one day', () => {
  // two reports sharing the doer's name and little else: below the merging similarity alone
  const claim = (article: number, roots: string[], entities: string[]): Claim => ({
    key: `${article}#0`,
    article,
    articleId: String(article),
    sentence: 0,
    paragraph: 0,
    start: 0,
    end: 10,
    date: '2023-03-08',
    inherited: false,
    reported: false,
    roots: new Set(roots),
    entities: new Set(['rudi-hartono', ...entities]),
    timex: [],
  });
  const scores = scoresOf(() => 1);
  const groups = () => [[claim(0, ['mundur', 'latih', 'rentet', 'hasil', 'buruk', 'liga'], ['persada-fc', 'liga-2', 'stadion-merdeka'])], [claim(1, ['undur', 'temu', 'direksi', 'surat', 'serah', 'manajer'], ['surabaya', 'agus-salim', 'psm'])]];
  const doer = () => new Set(['e:rudi-hartono']);
  const doing = (main: string) => ({ main: new Set([main]), words: new Set([main]) });

  it("joins the person's two reports of one sense of doing", () => {
    const [a, b] = groups();
    expect(scores.similarity(a![0]!, b![0]!)).toBeLessThan(MERGE_AT);
    expect(clusterDay(groups(), scores, doer, () => doing('mundur'))).toHaveLength(1);
  });

  it('leaves them to their wording when the doings differ or no doer is known', () => {
    expect(clusterDay(groups(), scores, doer, (c) => doing(c.article ? 'mundur' : 'hadir'))).toHaveLength(2);
    expect(clusterDay(groups(), scores, () => undefined, () => doing('mundur'))).toHaveLength(2);
  });
});
