import { storyOf } from '../helpers';
import type { Claim } from '../../../src/pipeline/events/claims';
import { clusterDay, MERGE_AT, UNDATED_MARGIN } from '../../../src/pipeline/events/cluster';
import { doersOf } from '../../../src/pipeline/events/doers';
import { scoresOf } from '../../../src/pipeline/events/scores';
import type { StoryDoc } from '../../../src/pipeline/types';
import { textOf, eventsWith } from './reading';

const articlesOf = (e: StoryDoc['events'][number]) => [...new Set(e.mentions.map((m) => m.articleId))].sort();

describe('who acts is part of the happening', () => {
  // two arrivals of one morning at one airport, each told by both outlets in the same words
  const arrivals = storyOf(
    [
      'kompas.com - Presiden Joko Widodo tiba di Bandara Ngurah Rai, Bali, pada Senin (5/6/2023) pagi untuk menghadiri konferensi iklim.',
      'Perdana Menteri Australia Anthony Albanese tiba di Bandara Ngurah Rai, Bali, pada Senin (5/6/2023) siang untuk konferensi yang sama.',
    ].join('\n'),
    [
      'detik.com - Joko Widodo tiba di Bali pada Senin, 5 Juni 2023, disambut Gubernur Bali Wayan Koster di Bandara Ngurah Rai.',
      'Anthony Albanese tiba di Bandara Ngurah Rai, Bali, pada Senin, 5 Juni 2023, beberapa jam kemudian.',
    ].join('\n'),
  );

  it('keeps apart two happenings of one day whose doers differ, however alike the words', () => {
    const [jokowi, ...more] = eventsWith(arrivals, 'Joko Widodo tiba');
    expect(more).toEqual([]);
    expect(jokowi!.mentions.some((m) => textOf(arrivals, m).includes('Albanese'))).toBe(false);
    const [albanese] = eventsWith(arrivals, 'Albanese tiba');
    expect(albanese).not.toBe(jokowi);
    // each arrival is still one event told by both outlets
    expect(articlesOf(jokowi!)).toEqual(['000', '001']);
    expect(articlesOf(albanese!)).toEqual(['000', '001']);
  });

  // one arrest told actively by one outlet and passively, with another verb, by the other
  const arrest = storyOf(
    'tribunnews.com - Polda Sumatera Utara menangkap Hendra Gunawan di Medan pada Selasa (6/6/2023) atas dugaan pembobolan bank.\nHendra Gunawan ditahan di Markas Polda Sumatera Utara.',
    'liputan6.com - Hendra Gunawan diringkus oleh Polda Sumatera Utara di Medan, Selasa (6/6/2023), karena diduga membobol rekening nasabah.\nPenyidik menyita dua mobil milik tersangka.',
  );

  it('keeps together one happening two outlets tell with different verbs', () => {
    const [caught, ...more] = eventsWith(arrest, 'Hendra Gunawan');
    expect(more.filter((e) => e.mentions.some((m) => /menangkap|diringkus/.test(textOf(arrest, m))))).toEqual([]);
    expect(caught!.mentions.filter((m) => /menangkap|diringkus/.test(textOf(arrest, m))).map((m) => m.articleId)).toEqual(['000', '001']);
  });

  it('takes a body as no doer: a body and its head do one thing', () => {
    expect(doersOf(arrest).get('000#0')).toBeUndefined();
    const s = storyOf(
      'tribunnews.com - Polres Bantul menutup pasar hewan Imogiri pada Rabu (7/6/2023) karena wabah penyakit mulut dan kuku.',
      'kompas.com - Kapolres Bantul AKBP Rudi Hartono menutup pasar hewan Imogiri, Rabu (7/6/2023), karena wabah penyakit mulut dan kuku.',
    );
    const [closing, ...more] = eventsWith(s, 'pasar hewan Imogiri');
    expect(more).toEqual([]);
    expect(articlesOf(closing!)).toEqual(['000', '001']);
  });

  it('reads every name of a list closed by "dan" as a doer, and a name in apposition as one person', () => {
    const s = storyOf(
      'antaranews.com - Joko Widodo, Anthony Albanese dan Lee Hsien Loong tiba di Istana Bogor pada Selasa (6/6/2023).\nJuru bicara istana, Ari Dwipayana, mengatakan pertemuan berlangsung tertutup.',
    );
    const ids = (key: string) => [...(doersOf(s).get(key) ?? [])].sort();
    expect(ids('000#0')).toEqual(['e:anthony-albanese', 'e:joko-widodo', 'e:lee-hsien-loong']);
    expect(ids('000#1').length).toBeLessThanOrEqual(1);
  });

  it('counts names joined by "dan" or "bersama" before the verb as doers together, in either order', () => {
    const s = storyOf(
      'antaranews.com - Joko Widodo dan Anthony Albanese bertemu di Istana Bogor pada Selasa (6/6/2023).',
      'cnnindonesia.com - Anthony Albanese bersama Joko Widodo bertemu di Istana Bogor, Selasa (6/6/2023).',
    );
    const doers = doersOf(s);
    const ids = (key: string) => [...(doers.get(key) ?? [])].sort();
    expect(ids('000#0')).toEqual(['e:anthony-albanese', 'e:joko-widodo']);
    expect(ids('001#0')).toEqual(['e:anthony-albanese', 'e:joko-widodo']);
    const [meeting, ...more] = eventsWith(s, 'bertemu');
    expect(more).toEqual([]);
    expect(articlesOf(meeting!)).toEqual(['000', '001']);
  });

  it('knows no doer for a passive sentence that names none', () => {
    const s = storyOf('kompas.com - Hendra Gunawan ditangkap di Medan pada Selasa (6/6/2023).');
    expect(doersOf(s).get('000#0')).toBeUndefined();
  });
});

describe('a day only inherited is a guess', () => {
  // two sentences of two articles worded just alike enough to merge on a day both write
  const claim = (article: number, roots: string[], entities: string[], inherited: boolean): Claim => ({
    key: `${article}#0`,
    article,
    articleId: String(article),
    sentence: 0,
    paragraph: 0,
    start: 0,
    end: 10,
    date: '2023-06-06',
    inherited,
    reported: false,
    roots: new Set(roots),
    entities: new Set(entities),
    timex: [],
  });
  const pair = (inherited: boolean) => [
    [claim(0, ['banjir', 'rendam', 'rumah', 'warga', 'desa'], ['bojonegoro', 'bpbd', 'kanor', 'baureno'], inherited)],
    [claim(1, ['banjir', 'sawah', 'panen', 'gagal', 'petani'], ['bojonegoro', 'pemkab', 'dinas', 'bulog'], inherited)],
  ];
  const scores = scoresOf(() => 1);

  it('lets two groups on a written day merge at MERGE_AT', () => {
    const [a, b] = pair(false);
    const value = scores.similarity(a![0]!, b![0]!);
    expect(value).toBeGreaterThanOrEqual(MERGE_AT);
    expect(value).toBeLessThan(MERGE_AT + UNDATED_MARGIN);
    expect(clusterDay(pair(false), scores)).toHaveLength(1);
  });

  it('asks more of two groups whose day was only inherited', () => {
    expect(clusterDay(pair(true), scores)).toHaveLength(2);
  });

  it('asks no more where one of the two has its day written', () => {
    const [a] = pair(false);
    const [, b] = pair(true);
    expect(clusterDay([a!, b!], scores)).toHaveLength(1);
  });
});
