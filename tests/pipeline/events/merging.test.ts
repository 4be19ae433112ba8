import { storyOf } from '../helpers';
import { fitsBefore } from '../../../src/pipeline/events/attach';

const story = storyOf;

// Two outlets on a volcano eruption; one dates a past drill, the other mentions it without a date.
const A = [
  'kompas.com - Gunung Merapi di Yogyakarta kembali erupsi pada Jumat (10/3/2023).',
  'Awan panas Merapi meluncur sejauh tiga kilometer ke arah barat daya.',
  'Badan Nasional Penanggulangan Bencana menetapkan status siaga untuk Merapi.',
  'Kepala balai pemantau Agus Budi Santoso mengatakan bahwa kegempaan Merapi meningkat sejak Januari lalu.',
  'Indonesia, Jepang dan Selandia Baru pernah menggelar latihan evakuasi gunung api bersama di Sleman pada 2015.',
].join('\n');
const B = [
  'detik.com - Warga lereng Merapi di Yogyakarta mengungsi setelah erupsi pada Jumat, 10 Maret 2023.',
  'Awan panas Merapi meluncur hingga tiga kilometer.',
  'Warga Yogyakarta yang tinggal dekat Merapi diminta menjauh dari sungai.',
  'Tim SAR dari Sleman menyisir lereng Merapi.',
  'Menurut Agus Budi Santoso, kegempaan Merapi terus meningkat dan warga diminta waspada.',
  'Latihan semacam itu dulu melibatkan tim dari Indonesia, Jepang dan Selandia Baru di Sleman.',
].join('\n');

describe('merging across outlets and dates', () => {
  const s = story(A, B);
  const textOf = (m: { articleId: string; start: number; end: number }) => s.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end);
  const eventsWith = (words: string) => s.events.filter((e) => e.mentions.some((m) => textOf(m).includes(words)));

  it('moves an undated sentence to the earlier event another outlet dates, on shared rarer entities', () => {
    const [drill, ...others] = eventsWith('Latihan semacam itu');
    expect(others).toEqual([]);
    expect(drill!.date).toBe('2015');
    expect(new Set(drill!.mentions.map((m) => m.articleId))).toEqual(new Set(['000', '001']));
  });

  it('leaves an undated sentence on its day when it shares only one entity with an earlier event', () => {
    expect(eventsWith('Tim SAR dari Sleman').map((e) => e.date)).toEqual(['2023-03-10']);
  });

  it('keeps an undated sentence that another outlet matches on its own day', () => {
    const [plume, ...others] = eventsWith('Awan panas Merapi');
    expect(others).toEqual([]);
    expect(plume!.date).toBe('2023-03-10');
    // both outlets' plume sentences; a lone undated neighbour may continue the same happening
    expect(plume!.mentions.filter((m) => textOf(m).includes('Awan panas Merapi')).map((m) => m.articleId)).toEqual(['000', '001']);
  });

  it('dates a saying on its own day as well as what was said about', () => {
    const dates = eventsWith('Agus Budi Santoso mengatakan bahwa').map((e) => e.date);
    expect(dates).toEqual(['2023-01', '2023-03-10']);
    const saying = eventsWith('Agus Budi Santoso mengatakan bahwa').find((e) => e.date === '2023-03-10')!;
    expect(new Set(saying.mentions.map((m) => m.articleId))).toEqual(new Set(['000', '001']));
  });

  it('only fits an earlier or coarser calendar date before an inherited day', () => {
    expect(fitsBefore('2015', '2023-03-10')).toBe(true);
    expect(fitsBefore('2023-03', '2023-03-10')).toBe(true);
    expect(fitsBefore('2023-03-09', '2023-03-10')).toBe(true);
    expect(fitsBefore('2023-03-10', '2023-03-10')).toBe(false);
    expect(fitsBefore('2023-03-11', '2023-03-10')).toBe(false);
    expect(fitsBefore('PAST_REF', '2023-03-10')).toBe(false);
  });
});
