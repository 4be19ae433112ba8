import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../../src/shared/digest/schema';
import { withoutRepeats } from '../../../src/pipeline/events/discrepancies/index';
import { passageDateDiscrepancies } from '../../../src/pipeline/events/discrepancies/passage-dates';
import { storyOf } from '../helpers';

const at = (articleId: string, start: number) => ({ articleId, start, end: start + 5 });
const dateFinding = (relation: 'event' | 'repeated-passage', spans: ReturnType<typeof at>[]): Discrepancy => ({
  id: `d-date-${spans[0]!.articleId}-${spans[0]!.start}`,
  tier: 'calendar',
  kind: 'date',
  params: { relation, eventId: null, values: [] },
  spans,
});
const spelling = (spans: ReturnType<typeof at>[]): Discrepancy => ({
  id: `d-name-spelling-${spans[0]!.articleId}-${spans[0]!.start}`,
  tier: 'spelling',
  kind: 'name-spelling',
  params: { entityId: null, variants: [] },
  spans,
});

describe('a finding reached by two routes', () => {
  it('is listed once when a finding of its kind shows all its spans among more', () => {
    const two = dateFinding('event', [at('a', 10), at('b', 20)]);
    const three = dateFinding('event', [at('a', 10), at('b', 20), at('c', 30)]);
    expect(withoutRepeats([two, three])).toEqual([three]);
    expect(withoutRepeats([three, two])).toEqual([three]);
  });

  it('is listed once when its spans are the same, whatever its kind', () => {
    const date = dateFinding('event', [at('a', 10), at('b', 20)]);
    expect(withoutRepeats([date, spelling([at('a', 10), at('b', 20)])])).toEqual([date]);
  });

  it('keeps findings that only overlap, or that are of another kind or relation', () => {
    const ab = dateFinding('event', [at('a', 10), at('b', 20)]);
    const bc = dateFinding('event', [at('b', 20), at('c', 30)]);
    expect(withoutRepeats([ab, bc])).toEqual([ab, bc]);
    const name = spelling([at('a', 10), at('b', 20)]);
    const wider = dateFinding('event', [at('a', 10), at('b', 20), at('c', 30)]);
    expect(withoutRepeats([name, wider])).toEqual([name, wider]);
    // an article printing its own passage with two dates is a finding beside the outlets' one
    const ownRepeat = dateFinding('repeated-passage', [at('a', 10), at('a', 40)]);
    const outlets = dateFinding('event', [at('a', 10), at('a', 40), at('b', 20)]);
    expect(withoutRepeats([ownRepeat, outlets])).toEqual([ownRepeat, outlets]);
  });
});

// Two outlets share a sentence on one happening; they name the moment of the day apart.
const told = (first: string, second: string) => {
  const lead = (outlet: string, when: string) =>
    `Surabaya, ${outlet} -- Seorang nelayan dilaporkan hilang sejak ${when} di perairan Selat Madura saat mencari ikan bersama dua rekannya.`;
  const s = storyOf(lead('Kabar Pesisir', first), lead('Warta Timur', second));
  expect(s.sharedPassages).toHaveLength(1);
  const order = new Map(s.articles.map((x, i) => [x.id, i]));
  return passageDateDiscrepancies(s, order).map((d) => (d.kind === 'date' ? d.params.values.map((v) => v.value) : []));
};

describe('dates of one shared passage', () => {
  it('do not disagree when they name two moments of one day', () => {
    expect(told('Minggu (12/3/2023) pagi', 'Minggu (12/3/2023) siang')).toEqual([]);
  });

  it('disagree when they name two days, whatever the moment', () => {
    expect(told('Minggu (12/3/2023) pagi', 'Senin (13/3/2023) pagi')).toEqual([['2023-03-12', '2023-03-13']]);
  });
});
