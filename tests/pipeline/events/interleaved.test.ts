import type { Claim } from '../../../src/pipeline/events/claims';
import { joinInterleaved } from '../../../src/pipeline/events/interleaved';

const claim = (article: number, sentence: number, extra: Partial<Claim> = {}): Claim => ({
  key: `${article}#${sentence}`,
  article,
  articleId: String(article).padStart(3, '0'),
  sentence,
  paragraph: sentence,
  start: sentence * 10,
  end: sentence * 10 + 9,
  date: '2024-05-04',
  inherited: true,
  reported: false,
  roots: new Set(),
  entities: new Set(),
  timex: [],
  ...extra,
});

const keys = (byDate: Map<string, Claim[][]>) => [...byDate.values()].flat().map((cluster) => cluster.map((c) => c.key).sort());

describe('an article tells one happening in one stretch', () => {
  it('joins two same-day events of one article whose sentences alternate', () => {
    const byDate = new Map([['2024-05-04', [[claim(0, 3), claim(0, 5), claim(0, 9)], [claim(0, 4), claim(0, 7)]]]]);
    joinInterleaved(byDate);
    expect(keys(byDate)).toEqual([['0#3', '0#4', '0#5', '0#7', '0#9']]);
  });

  it('joins an event told inside the stretch of another, and a third that then overlaps', () => {
    const byDate = new Map([['2024-05-04', [[claim(0, 2), claim(0, 8)], [claim(0, 10), claim(0, 12)], [claim(0, 3), claim(0, 11)]]]]);
    joinInterleaved(byDate);
    expect(keys(byDate)).toEqual([['0#10', '0#11', '0#12', '0#2', '0#3', '0#8']]);
  });

  it('keeps apart overlapping stretches whose paragraphs never come near each other', () => {
    const byDate = new Map([['2024-05-04', [[claim(0, 1), claim(0, 12)], [claim(0, 5), claim(0, 20)]]]]);
    joinInterleaved(byDate);
    expect(keys(byDate)).toEqual([['0#1', '0#12'], ['0#20', '0#5']]);
  });

  it('keeps apart two happenings of one day told one after the other', () => {
    const byDate = new Map([['2024-05-04', [[claim(0, 1), claim(0, 2), claim(0, 3)], [claim(0, 4), claim(0, 6)]]]]);
    joinInterleaved(byDate);
    expect(keys(byDate)).toEqual([['0#1', '0#2', '0#3'], ['0#4', '0#6']]);
  });

  it('keeps apart events of different days, different articles, or different speakers', () => {
    const byDate = new Map([
      ['2024-05-04', [[claim(0, 1), claim(0, 5)], [claim(1, 2), claim(1, 3)], [claim(0, 2, { speaker: 'e:ani' }), claim(0, 4, { speaker: 'e:ani' })]]],
      ['2024-05-05', [[claim(0, 3, { date: '2024-05-05' })]]],
    ]);
    joinInterleaved(byDate);
    expect(keys(byDate)).toEqual([['0#1', '0#5'], ['1#2', '1#3'], ['0#2', '0#4'], ['0#3']]);
  });

  it('leaves an event reported by two articles where it is', () => {
    const byDate = new Map([['2024-05-04', [[claim(0, 1), claim(1, 1), claim(0, 6)], [claim(0, 3), claim(0, 4)]]]]);
    joinInterleaved(byDate);
    expect(keys(byDate)).toEqual([['0#1', '0#6', '1#1'], ['0#3', '0#4']]);
  });
});
