import type { Claim } from '../../../src/pipeline/events/claims';
import { reconcileCopies } from '../../../src/pipeline/events/build';
import { scoresOf, type Scores } from '../../../src/pipeline/events/scores';
import { idfOf } from '../../../src/pipeline/events/similarity';
import { dice } from '../../../src/pipeline/events/words';

const claim = (key: string, date: string, roots: string[], entities: string[] = []): Claim => ({
  key, article: 0, articleId: key.split('#')[0]!, sentence: 0, paragraph: 0, start: 0, end: 0, date, inherited: false, reported: false,
  roots: new Set(roots), entities: new Set(entities), timex: [],
});

/** The decision as first written: every written-date claim of a date read for each near-copy pair. */
function reference(claims: Claim[], scores: Scores): Map<string, string> {
  const written = new Map<string, string>();
  const anchors = claims.filter((c) => !c.inherited);
  const dated = anchors.filter((c) => c.roots.size > 0);
  const support = (date: string, c: Claim) => anchors.filter((o) => o.date === date && o.key !== c.key).reduce((sum, o) => sum + scores.similarity(o, c), 0);
  dated.forEach((a, i) => {
    for (const b of dated.slice(i + 1)) {
      if (a.key >= b.key || a.date === b.date || dice(a.roots, b.roots) < 0.75) continue;
      const [keep, lose] = support(a.date, b) + support(a.date, a) >= support(b.date, a) + support(b.date, b) ? [a, b] : [b, a];
      written.set(lose.key, lose.date);
      lose.date = keep.date;
    }
  });
  return written;
}

/** A small story: near copies of three reports on two or three dates, with unrelated sentences beside them. */
function story(): Claim[] {
  const reports = [
    ['banjir', 'rendam', 'rumah', 'warga', 'desa'],
    ['bupati', 'tinjau', 'posko', 'ungsi', 'bantu'],
    ['korban', 'temu', 'sawah', 'tewas', 'hanyut'],
  ];
  const dates = ['2023-03-10', '2023-03-11', '2023-03-12'];
  const out: Claim[] = [];
  reports.forEach((roots, r) => {
    for (let k = 0; k < 4 + r; k++) out.push(claim(`a${k}#${r}`, dates[(r + (k % 3 === 0 ? 1 : 0)) % 3]!, k % 2 ? roots : [...roots, `extra${k}`], ['LOC:bojonegoro']));
  });
  for (let k = 0; k < 6; k++) out.push(claim(`b${k}#9`, dates[k % 3]!, [`lain${k}`, 'hujan', 'deras'], []));
  return out.sort((x, y) => (x.key < y.key ? -1 : 1));
}

describe('near copies dated two ways', () => {
  it('take the date that more of the story supports, as comparing every pair would', () => {
    const [mine, theirs] = [story(), story()];
    const written = reconcileCopies(mine, scoresOf(idfOf(mine)));
    const expected = reference(theirs, scoresOf(idfOf(theirs)));
    expect(written).toEqual(expected);
    expect(mine.map((c) => c.date)).toEqual(theirs.map((c) => c.date));
    expect(written.size).toBeGreaterThan(0);
  });

  it('still follow the many copies when hundreds of reports share a date', () => {
    const many = Array.from({ length: 300 }, (_, k) => claim(`m${String(k).padStart(3, '0')}#0`, '2023-03-10', ['banjir', 'rendam', 'rumah', 'warga', 'desa']));
    const odd = claim('z#0', '2023-03-11', ['banjir', 'rendam', 'rumah', 'warga', 'desa']);
    const claims = [...many, odd];
    const written = reconcileCopies(claims, scoresOf(idfOf(claims)));
    expect(odd.date).toBe('2023-03-10');
    expect(written.get('z#0')).toBe('2023-03-11');
  });
});
