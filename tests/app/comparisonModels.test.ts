import { describe, expect, it } from 'vitest';
import { coverageOf, formatRange } from '../../src/features/overview/coverage';
import { sidesOf } from '../../src/features/differences/sides';
import { speakersOf } from '../../src/features/quotes/speakers';
import type { Article, Digest, Discrepancy, Quote } from '../../src/shared/digest/schema';
import { summarizeStory } from '../../src/shared/digest/summary';

const article = (id: string, outlet: string | null, date: string | null) =>
  ({ id, outlet: outlet ? { name: outlet, domain: null, evidence: null } : null, published: date ? { date, confidence: 1, source: 'front-matter', evidence: null } : null }) as unknown as Article;
const event = (id: string, date: string, articleIds: string[], precision: 'day' | 'year' = 'day') => ({ id, label: id, date, precision, conflictingDates: [], mentions: articleIds.map((a) => ({ articleId: a, start: 0, end: 1 })) });
const span = (articleId: string, start = 0) => ({ articleId, start, end: start + 3 });

describe('story summary', () => {
  it('dates the story by publication, groups articles by outlet, keeps unknown outlets apart', () => {
    const s = summarizeStory({ articles: [article('a', 'Kompas', '2020-03-02'), article('b', null, null), article('c', 'Kompas', '2020-03-01')], events: [event('old', '1998-05-01', ['a'])] });
    expect(s.dates).toEqual({ from: '2020-03-01', to: '2020-03-02' });
    expect(s.outlets).toEqual([
      { name: 'Kompas', articles: 2, dates: ['2020-03-01', '2020-03-02'] },
      { name: null, articles: 1, dates: [] },
    ]);
  });

  it('falls back to events dated to the day when no article is dated', () => {
    const s = summarizeStory({ articles: [article('a', null, null)], events: [event('x', '2021-07-09', ['a']), event('y', '2021', ['a'], 'year'), event('z', '2021-07-06', ['a'])] } as unknown as Pick<Digest, 'articles' | 'events'>);
    expect(s.dates).toEqual({ from: '2021-07-06', to: '2021-07-09' });
  });
});

describe('coverage', () => {
  it('counts outlets, not articles, per event in date order', () => {
    const arts = [article('a', 'Kompas', null), article('b', 'Kompas', null), article('c', 'Detik', null), article('d', null, null)];
    const { items, total } = coverageOf([event('late', '2020-01-03', ['a', 'b']), event('early', '2020-01-01', ['a', 'c', 'd'])], arts);
    expect(total).toBe(3 + 0);
    expect(items.map((i) => [i.event.id, i.outlets])).toEqual([
      ['early', 3],
      ['late', 1],
    ]);
  });

  it('writes a range in the reader’s language', () => {
    expect(formatRange({ from: '2020-01-30', to: '2020-02-02' }, 'en').replace(/\s/g, ' ')).toBe('30 January – 2 February 2020');
    expect(formatRange({ from: '2020-01-05', to: '2020-01-05' }, 'id')).toBe('5 Januari 2020');
  });
});

describe('sides of a disagreement', () => {
  it('one side per variant, with its articles once each', () => {
    const d = { id: 'd', tier: 'spelling', kind: 'name-spelling', spans: [], params: { entityId: null, variants: [{ text: 'Jokowi', spans: [span('a'), span('a', 9), span('b')] }, { text: 'Joko Widodo', spans: [span('c')] }] } } as Discrepancy;
    expect(sidesOf(d)).toEqual([
      { text: 'Jokowi', articleIds: ['a', 'b'] },
      { text: 'Joko Widodo', articleIds: ['c'] },
    ]);
  });

  it('a claim and its denial are two sides', () => {
    const d = { id: 'd', tier: 'interpretive', kind: 'claim-negation', spans: [], params: { entityId: 'e', predicate: 'mundur', affirmed: [span('a')], negated: [span('b'), span('c')] } } as Discrepancy;
    expect(sidesOf(d).map((s) => s.articleIds)).toEqual([['a'], ['b', 'c']]);
  });
});

describe('speakers', () => {
  const quote = (id: string, articleId: string, speaker: { text: string; entityId: string | null } | null) =>
    ({ id, articleId, statement: { start: 0, end: 5 }, content: { start: 0, end: 5 }, speaker: speaker && { start: 0, end: 3, ...speaker }, verb: 'kata', direct: true }) as Quote;
  it('groups by entity (pronouns included), then by name as written; most outlets first; no speaker left out', () => {
    const speakers = speakersOf(
      [quote('1', 'a', { text: 'Sri Mulyani', entityId: 'sri' }), quote('2', 'b', { text: 'Dia', entityId: 'sri' }), quote('3', 'a', { text: 'seorang warga', entityId: null }), quote('4', 'a', { text: 'Seorang warga', entityId: null }), quote('5', 'b', null)],
      [{ id: 'sri', type: 'PER', name: 'Sri Mulyani Indrawati', aliases: [], mentionCount: 2 }],
    );
    expect(speakers.map((s) => [s.key, s.name, s.quotes.map((q) => q.id), s.articleIds])).toEqual([
      ['sri', 'Sri Mulyani Indrawati', ['1', '2'], ['a', 'b']],
      ['said:seorang warga', 'seorang warga', ['3', '4'], ['a']],
    ]);
  });
});
