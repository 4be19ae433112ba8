import { storyOf } from '../helpers';
import { mainPredicateOf } from '../../../src/pipeline/events/main-predicate';
import { twoDoings } from '../../../src/pipeline/events/doing-veto';
import type { StoryDoc } from '../../../src/pipeline/types';

/** The main predicate of the sentence of one article that holds some words. */
function mainOf(text: string, words: string): string[] {
  const story = storyOf(`kompas.com - ${text}`);
  const doc = story.articles[0]!;
  const s = doc.sentences.find((x) => doc.text.slice(x.start, x.end).includes(words))!;
  return [...(mainPredicateOf(doc, s) ?? [])].sort();
}

const textOf = (s: StoryDoc, m: { articleId: string; start: number; end: number }) => s.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end);
const eventsWith = (s: StoryDoc, words: string) => s.events.filter((e) => e.mentions.some((m) => textOf(s, m).includes(words)));

describe('the main predicate of a sentence', () => {
  it('is the verb of the main clause, not of a relative clause', () => {
    expect(mainOf('Pelatih yang membawa klub itu juara liga pada 2019 ini dipecat manajemen.', 'dipecat')).toEqual(['pecat']);
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

  it('gives the doing of a nominalised happening as subject', () => {
    expect(mainOf('Keputusan mundur Budi Santoso ditentang para pendukungnya.', 'ditentang')).toEqual(['mundur', 'tentang']);
  });
});

describe('one person, two doings of one day', () => {
  const doing = (main: string[], words: string[]) => ({ main: new Set(main), words: new Set(words) });

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
