import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers';
import { groupByDay, reconcileCopies } from '../../../src/pipeline/events/build';
import { claimsOf, type Claim } from '../../../src/pipeline/events/claims';
import { clusterDay } from '../../../src/pipeline/events/cluster';
import { NearCopyIndex } from '../../../src/pipeline/events/near-copies';
import { pairSum, scoresOf, wordingsOf, type Scores } from '../../../src/pipeline/events/scores';
import { idfOf } from '../../../src/pipeline/events/similarity';
import { unitsOf } from '../../../src/pipeline/events/units';

// Work per article must grow about linearly with its length: the same article twice as long
// (its paragraphs printed twice as often) costs about twice the work, not four times. Work is
// counted (pair scores asked for, candidates offered), never timed.

const PARAGRAPHS = [
  'SURABAYA, Kabar Timur - Bupati Sidoarjo Hadi Purnomo membuka posko pengungsian di Balai Desa Tanggulangin pada Kamis (14/3/2024). "Warga yang rumahnya terendam kami tampung di sini," kata Hadi kepada wartawan.',
  'Kepala BPBD Sidoarjo, Wahyu Setiawan, mengatakan sekitar 800 rumah terendam banjir setinggi satu meter. Menurut Wahyu, Dinas Sosial Jawa Timur sudah mengirim perahu karet dan makanan siap saji.',
  'Warga Desa Kalisampurno, Siti Aminah (52 tahun), mengaku kehilangan ternak senilai Rp 8 juta. "Air naik tengah malam, kami tidak sempat menyelamatkan apa-apa," ujar Siti di posko pengungsian.',
];

const article = (copies: number) => Array.from({ length: copies }, () => PARAGRAPHS.join('\n\n')).join('\n\n');

/** Pair scores asked for while copies are reconciled and the sentences grouped into events. */
function eventWork(copies: number): { asked: number; events: number } {
  const story = storyOf(article(copies));
  const claims = claimsOf(story);
  const scores = scoresOf(idfOf(claims));
  reconcileCopies(claims, scores);
  const byDate = groupByDay(unitsOf(story, claims).heads, scores);
  return { asked: scores.asked, events: [...byDate.values()].flat().length };
}

const claim = (key: string, date: string, roots: string[], entities: string[] = []): Claim => ({
  key, article: 0, articleId: 'a', sentence: Number(key), paragraph: Number(key), start: 0, end: 0, date, inherited: false, reported: false,
  roots: new Set(roots), entities: new Set(entities), timex: [],
});

/**
 * The clustering as first written, without speakers: every pair of groups summed sentence by
 * sentence, each group's closest later group refreshed where a merge touched it.
 */
function everyPair(start: Claim[][], scores: Scores): Claim[][] {
  const groups = start.map((g) => [...g]);
  const n = groups.length;
  const alive = groups.map(() => true);
  const total = (ga: Claim[], gb: Claim[]) => {
    let sum = 0;
    for (const a of ga) for (const b of gb) sum += a.key === b.key ? 1 : scores.similarity(a, b);
    return sum;
  };
  const sums = groups.map((a, i) => groups.map((b, j) => (i < j ? total(a, b) : 0)));
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) sums[i]![j] = sums[j]![i]!;
  const avg = (i: number, j: number) => sums[i]![j]! / (groups[i]!.length * groups[j]!.length);
  const best: number[] = [];
  const arg: number[] = [];
  const refresh = (i: number) => {
    [best[i], arg[i]] = [-1, -1];
    for (let j = i + 1; j < n; j++) if (alive[j] && avg(i, j) > best[i]!) [best[i], arg[i]] = [avg(i, j), j];
  };
  for (let i = 0; i < n; i++) refresh(i);
  for (;;) {
    let bi = -1;
    for (let i = 0; i < n; i++) if (alive[i] && arg[i]! >= 0 && (bi < 0 || best[i]! > best[bi]!)) bi = i;
    if (bi < 0 || best[bi]! < 0.2) break;
    const bj = arg[bi]!;
    groups[bi] = [...groups[bi]!, ...groups[bj]!];
    alive[bj] = false;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi) continue;
      sums[bi]![k]! += sums[bj]![k]!;
      sums[k]![bi] = sums[bi]![k]!;
    }
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      if (i === bi || arg[i] === bj || (i < bi && arg[i] === bi)) refresh(i);
      else if (i < bi && (avg(i, bi) > best[i]! || (avg(i, bi) === best[i] && bi < arg[i]!))) [best[i], arg[i]] = [avg(i, bi), bi];
    }
  }
  return groups.filter((_, i) => alive[i]);
}

describe('work grows with the length of one article', () => {
  it('asks for about twice the pair scores when the article is twice as long', () => {
    const once = eventWork(8);
    const twice = eventWork(16);
    expect(once.asked).toBeGreaterThan(0);
    // the repeated paragraphs tell the same few happenings however often they are printed
    expect(twice.events).toBe(once.events);
    expect(twice.asked / once.asked).toBeLessThan(2.5);
  }, 60_000);

  it('offers near-copy candidates only across dates, so copies on one date cost nothing', () => {
    const offered = (copies: number) => {
      const roots = ['banjir', 'rendam', 'rumah', 'warga', 'desa'];
      const claims = Array.from({ length: copies }, (_, i) => claim(String(i), '2024-03-14', roots));
      claims.push(claim(String(copies), '2024-03-15', roots));
      const index = new NearCopyIndex(claims, 0.75);
      const perClaim = claims.map((_, i) => index.candidates(i));
      return { total: index.offered, first: perClaim[0]!, last: perClaim[copies]! };
    };
    const small = offered(50);
    const large = offered(100);
    // each copy meets only the one on the other date, and that one meets every copy
    expect(small.first).toEqual([50]);
    expect(small.last).toHaveLength(50);
    expect(large.total).toBe(2 * small.total);
  });

  it('compares wordings, not claims: copies of reports sharing roots but not near each other offer nothing', () => {
    // copies of two reports on many dates; they share two of three roots (Dice 0.67), one of them
    // indexed, so the two wordings meet but are no near copies
    const work = (copies: number) => {
      const flood = ['banjir', 'rendam', 'rumah'];
      const aid = ['banjir', 'rendam', 'kirim'];
      const claims = Array.from({ length: copies }, (_, i) => [
        claim(`${2 * i}`, `2024-03-${10 + (i % 10)}`, flood),
        claim(`${2 * i + 1}`, `2024-03-${10 + ((i + 5) % 10)}`, aid),
      ]).flat();
      const index = new NearCopyIndex(claims, 0.75);
      const offered = claims.map((_, i) => index.candidates(i));
      // each report's copies on the other nine dates, never the other report's
      expect(offered[0]!.every((j) => j % 2 === 0)).toBe(true);
      expect(offered[0]).toHaveLength(copies - copies / 10);
      return index.compared;
    };
    // two wordings: a fixed number of comparisons however many copies
    expect(work(50)).toBeGreaterThan(0);
    expect(work(100)).toBe(work(50));
    expect(work(50)).toBeLessThanOrEqual(4);
  });

  it('offers a moved claim the candidates after where it stood, on its new date', () => {
    const roots = ['korban', 'temu', 'sawah', 'hanyut'];
    const claims = [claim('0', '2024-03-14', roots), claim('1', '2024-03-15', roots), claim('2', '2024-03-14', roots), claim('3', '2024-03-16', roots)];
    const index = new NearCopyIndex(claims, 0.75);
    expect(index.candidates(0)).toEqual([1, 3]);
    claims[0]!.date = '2024-03-15';
    index.moved(0, '2024-03-14');
    expect(index.candidates(0, 1)).toEqual([2, 3]);
    expect(index.candidates(2)).toEqual([0, 1, 3]);
  });
});

describe('pair sums by wording', () => {
  it('equal the pair-by-pair sum, a claim met on both sides counting 1', () => {
    const a = [claim('0', 'd', ['banjir', 'rumah'], ['LOC:sidoarjo']), claim('1', 'd', ['banjir', 'rumah'], ['LOC:sidoarjo']), claim('2', 'd', ['perahu', 'kirim'])];
    const b = [claim('3', 'd', ['banjir', 'perahu']), a[0]!, claim('4', 'd', ['banjir', 'rumah'], ['LOC:sidoarjo']), claim('5', 'd', ['ternak', 'hilang'])];
    const scores = scoresOf(idfOf([...a, ...b]));
    let direct = 0;
    for (const x of a) for (const y of b) direct += x.key === y.key ? 1 : scores.similarity(x, y);
    expect(pairSum(wordingsOf(a, scores), wordingsOf(b, scores), scores)).toBeCloseTo(direct, 12);
  });

  it('cluster a day of statements printed many times with work that grows at most with the copies', () => {
    // one speaker's statement is a group of its own; a long article prints the same few statements again and again
    const day = (copies: number) => {
      const statement = (name: string, roots: string[][]) =>
        Array.from({ length: copies }, (_, i) => roots.map((r, k) => ({ ...claim(`${name}${i}.${k}`, 'd', r), speaker: name })));
      const groups = [
        statement('hadi', [['posko', 'buka', 'warga'], ['tampung', 'warga', 'rumah']]).flat(),
        statement('wahyu', [['rumah', 'rendam', 'banjir'], ['perahu', 'kirim', 'dinas']]).flat(),
        [claim('x', 'd', ['ternak', 'hilang', 'sapi'])],
      ];
      const scores = scoresOf(idfOf(groups.flat()));
      const clusters = clusterDay(groups, scores);
      return { asked: scores.asked, sizes: clusters.map((c) => c.length) };
    };
    const small = day(40);
    const large = day(80);
    expect(small.sizes).toEqual([80, 80, 1]);
    expect(large.sizes).toEqual([160, 160, 1]);
    expect(small.asked).toBeGreaterThan(0);
    expect(large.asked).toBeLessThanOrEqual(2 * small.asked);
  });

  it('skip groups sharing no word: a day of many unrelated sentences costs about twice as much at twice the size', () => {
    const day = (pairs: number) => {
      // two sentences of each pair tell one happening; no word is shared between pairs
      const groups = Array.from({ length: 2 * pairs }, (_, i) => [claim(String(i), 'd', [`akar${i >> 1}`, `kata${i >> 1}`, `lain${i}`])]);
      const scores = scoresOf(idfOf(groups.flat()));
      const clusters = clusterDay(groups, scores);
      return { asked: scores.asked, clusters: clusters.length };
    };
    const small = day(100);
    const large = day(200);
    expect(small.clusters).toBe(100);
    expect(large.clusters).toBe(200);
    expect(large.asked).toBeLessThanOrEqual(2 * small.asked);
  });

  it('cluster as the scan over every pair of groups, sentence by sentence, does', () => {
    // a fixed pseudo-random day: sentences drawing 3 of 60 roots and 0 or 1 of 20 entities
    let seed = 7;
    const next = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % m);
    const groups = Array.from({ length: 60 }, (_, i) => {
      const roots = new Set<string>();
      while (roots.size < 3) roots.add(`r${next(60)}`);
      const entity = next(24);
      return [claim(String(i), 'd', [...roots], entity < 20 ? [`PER:e${entity}`] : [])];
    });
    const scores = scoresOf(idfOf(groups.flat()));
    const reference = everyPair(groups, scores);
    const keys = (clusters: Claim[][]) => clusters.map((c) => c.map((x) => x.key).join(','));
    expect(keys(clusterDay(groups, scores))).toEqual(keys(reference));
    // some merged, some stayed apart: the day tests both
    expect(reference.length).toBeGreaterThan(1);
    expect(reference.length).toBeLessThan(60);
  });
});
