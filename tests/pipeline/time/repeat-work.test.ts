import { describe, expect, it, vi } from 'vitest';
import type * as Normalise from '../../../src/pipeline/time/normalise';

// count the readings normalised: the extractor calls the normalise module, wrapped here
const calls = vi.hoisted(() => ({ normalised: 0 }));
vi.mock('../../../src/pipeline/time/normalise', async (original) => {
  const n = await original<typeof Normalise>();
  return {
    ...n,
    normalise: (...args: Parameters<typeof n.normalise>) => {
      calls.normalised++;
      return n.normalise(...args);
    },
  };
});

const { articleStages, runArticle } = await import('../../../src/pipeline/index');
const { inferPublished } = await import('../../../src/pipeline/time/published');
const { decodeArticle } = await import('../../../src/pipeline/stages/decode');

const TEXT = [
  'SURABAYA, Warta.com - Banjir merendam tiga desa di Kecamatan Kota pada Rabu (6/3/2019) pagi.',
  'Air mulai naik sejak Selasa malam dan surut dua hari kemudian, kata petugas, Kamis (7/3/2019).',
].join('\n\n');

describe('time readings shared by the publication and timex stages', () => {
  it('normalises each reading once per anchor: the timex stage reuses what the publication stage read', () => {
    const doc = decodeArticle({ file: 'banjir.txt', bytes: new TextEncoder().encode(TEXT) }).doc!;
    const before = runArticle(doc, articleStages.slice(0, articleStages.indexOf(inferPublished)));
    calls.normalised = 0;
    const published = runArticle(before, [inferPublished]);
    const publishedWork = calls.normalised;
    calls.normalised = 0;
    const tagged = runArticle(published, articleStages.slice(articleStages.indexOf(inferPublished) + 1));
    expect(published.published?.date).toBe('2019-03-07');
    expect(tagged.timex.length).toBeGreaterThan(3);
    // the publication stage read the text twice (no year hint, then the text's own year); the
    // timex stage reads it once more, against the day found, and not those two again
    expect(publishedWork).toBeGreaterThan(0);
    expect(calls.normalised).toBeLessThanOrEqual(publishedWork / 2 + 1);
  });
});
