import { describe, expect, it } from 'vitest';
import { runInSlices, type IdleSlice } from '../../src/app/loadDigest';
import { digestChecks, parseDigest } from '../../src/app/validator';
import digest from './fixtures/digest.json';

/** A scheduler run by hand: each slice lasts for `perSlice` checks. */
function manualSlices(perSlice: number) {
  const queued: ((timeLeft: () => number) => void)[] = [];
  const slice: IdleSlice = (run) => void queued.push(run);
  let slices = 0;
  const runAll = () => {
    while (queued.length) {
      const run = queued.shift()!;
      slices++;
      let calls = 0;
      run(() => (++calls < perSlice ? 10 : 0));
    }
    return slices;
  };
  return { slice, runAll };
}

describe('validation in idle slices', () => {
  it('runs every check, a few per slice, and yields between slices', async () => {
    const ran: number[] = [];
    const checks = Array.from({ length: 7 }, (_, i) => () => (ran.push(i), null));
    const { slice, runAll } = manualSlices(3);
    const result = runInSlices(checks, slice);
    expect(ran).toEqual([]); // nothing runs before the page is idle
    expect(runAll()).toBe(3); // 3 + 3 + 1
    await expect(result).resolves.toBeNull();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('runs one check per slice even when a slice has no time left', async () => {
    const { slice, runAll } = manualSlices(1);
    const result = runInSlices([() => null, () => null], slice);
    expect(runAll()).toBe(2);
    await expect(result).resolves.toBeNull();
  });

  it('stops at the first failure and gives its reason', async () => {
    const ran: string[] = [];
    const { slice, runAll } = manualSlices(2);
    const result = runInSlices([() => (ran.push('a'), null), () => (ran.push('b'), 'b is wrong'), () => (ran.push('c'), null)], slice);
    runAll();
    await expect(result).resolves.toBe('b is wrong');
    expect(ran).toEqual(['a', 'b']);
  });

  it('cuts a digest into its outline and one check per list item', () => {
    const items = ['articles', 'entities', 'events', 'sharedPassages', 'discrepancies', 'quotes'].reduce((n, k) => n + (digest as unknown as Record<string, unknown[]>)[k]!.length, 0);
    const checks = digestChecks(structuredClone(digest));
    expect(checks).toHaveLength(1 + items);
    expect(checks.map((c) => c())).toEqual(checks.map(() => null));
    expect(parseDigest(digest).ok).toBe(true);
  });

  it('finds what the whole validation finds, deep inside one article', () => {
    const broken = structuredClone(digest) as unknown as { articles: { mentions: { start: unknown }[] }[] };
    const last = broken.articles.length - 1;
    broken.articles[last]!.mentions[0]!.start = 'soon';
    const reasons = digestChecks(broken).map((c) => c()).filter((r) => r !== null);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(new RegExp(`^articles\\.${last}\\.mentions\\.0\\.start: `));
    expect(parseDigest(broken).ok).toBe(false);
  });

  it('checks the outline: a missing list or story fails', () => {
    const { quotes: _quotes, ...noQuotes } = structuredClone(digest);
    expect(digestChecks(noQuotes)[0]!()).toMatch(/^quotes: /);
    expect(digestChecks({ ...structuredClone(digest), story: null })[0]!()).toMatch(/^story: /);
  });
});
