import { storyOf } from '../helpers';
import { nameVariant, spellingVariant } from '../../../src/pipeline/events/discrepancies/names';
import { precisionOf } from '../../../src/pipeline/events/label';

const story = storyOf;

const A = [
  'tirto.id - Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong-un di Vladivostok pada Kamis (25/4/2019).',
  'Kim tiba di Vladivostok dengan kereta lapis baja pada Rabu (24/4/2019).',
  'Pertemuan pertama antara Putin dan Kim berlangsung selama dua jam.',
  'KTT terakhir Putin dengan pemimpin Korea Utara digelar pada tahun 2002.',
].join('\n');
const B = [
  'Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong Un di Vladivostok pada Kamis, 25 April 2019.',
  'Kim tiba di Vladivostok dengan kereta lapis baja pada Rabu, 24 April 2019.',
  'Pertemuan pertama antara Putin dan Kim berlangsung 50 menit.',
].join('\n');

describe('buildEvents', () => {
  const s = story(A, B);
  it('merges the same happening across outlets, by date', () => {
    const arrival = s.events.find((e) => e.date === '2019-04-24')!;
    expect(new Set(arrival.mentions.map((m) => m.articleId))).toEqual(new Set(['000', '001']));
    expect(arrival.precision).toBe('day');
  });
  it('keeps background events with their year', () => {
    const e = s.events.find((x) => x.date === '2002')!;
    expect(e.precision).toBe('year');
    expect(e.mentions).toHaveLength(1);
  });
  it('orders events by date then id, with unique ids', () => {
    const keys = s.events.map((e) => `${e.date}|${e.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(s.events.map((e) => e.id)).size).toBe(s.events.length);
  });
  it('is deterministic', () => {
    expect(story(A, B).events).toEqual(s.events);
  });
  it('gives precision by value', () => {
    expect(['2019-04-25', '2019-04', '2019', '2019-SU', '199', 'PAST_REF'].map(precisionOf)).toEqual(['day', 'month', 'year', 'season', 'decade', 'vague']);
  });
});

describe('findDiscrepancies', () => {
  it('flags a weekday its date does not fall on', () => {
    const s = story('Ushakov berbicara pada Rabu (23/4/2019) malam.\nKCNA pada Selasa mengatakan kunjungan akan segera dilaksanakan.');
    const d = s.discrepancies.find((x) => x.tier === 'calendar')!;
    expect(d.spans.map((sp) => s.articles[0]!.text.slice(sp.start, sp.end))).toEqual(['Rabu (23/4/2019) malam', 'Selasa']);
  });
  it('flags one passage printed twice with different days', () => {
    const s = story(
      'Putin tiba di Vladivostok pada Kamis (25/4/2019).\nPutin memiliki rekor membuat para pemimpin menunggu, tetapi pada hari Rabu ia tiba sekitar setengah jam sebelum Kim.\nPutin memiliki rekor membuat para pemimpin menunggu, tetapi pada hari Kamis ia tiba sekitar setengah jam sebelum Kim.',
    );
    const texts = s.discrepancies.filter((x) => x.tier === 'calendar').map((d) => d.spans.map((sp) => s.articles[0]!.text.slice(sp.start, sp.end)));
    expect(texts).toContainEqual(['hari Rabu', 'hari Kamis']);
  });
  it('flags different lengths given for the same thing', () => {
    const s = story(A, B);
    expect(s.discrepancies.some((d) => d.tier === 'fact' && new Set(d.spans.map((x) => x.articleId)).size === 2)).toBe(true);
  });
  it('tells spelling from naming', () => {
    expect(spellingVariant('Kim Jong-un', 'Kim Jong Un')).toBe(true);
    expect(spellingVariant('Cina', 'China')).toBe(true);
    expect(spellingVariant('Aljazeera', 'aljazeera.com')).toBe(true);
    expect(spellingVariant('Putin', 'Vladimir Putin')).toBe(false);
    expect(spellingVariant('Semenanjung Korea', 'semenanjung Korea')).toBe(false);
    expect(nameVariant('Far Eastern State University', 'Far Eastern Federal University')).toBe(true);
    expect(nameVariant('Korea Utara', 'Korea Selatan')).toBe(false);
  });
  it('finds nothing in an article that agrees with itself', () => {
    expect(story('Putin tiba di Vladivostok pada Kamis (25/4/2019).').discrepancies).toEqual([]);
  });
});
