import { describe, expect, it, vi } from 'vitest';
import type * as Variants from '../../../src/pipeline/entities/variants';

// count the pair tests of the linking merges: the linker calls the variants module, wrapped here
const calls = vi.hoisted(() => ({ pairs: 0 }));
vi.mock('../../../src/pipeline/entities/variants', async (original) => {
  const v = await original<typeof Variants>();
  const counted = <A extends unknown[]>(test: (...a: A) => boolean) => (...a: A) => {
    calls.pairs++;
    return test(...a);
  };
  return {
    ...v,
    isShorterPersonName: counted(v.isShorterPersonName),
    isBlendedNickname: counted(v.isBlendedNickname),
    isUnitWithoutParent: counted(v.isUnitWithoutParent),
    isHeadedAcronym: counted(v.isHeadedAcronym),
  };
});

const { clusterMentions } = await import('../../../src/pipeline/entities/link');
const { articleStages, runArticle } = await import('../../../src/pipeline/index');
const { decodeArticle } = await import('../../../src/pipeline/stages/decode');
const { variedNewsText } = await import('../../../scripts/lib/varied-text');

/** The mentions of one article of the given length, tagged once (so only linking is counted). */
function tagged(chars: number) {
  return runArticle(decodeArticle({ file: 'laporan.txt', bytes: new TextEncoder().encode(variedNewsText(chars)) }).doc!, articleStages);
}

/** Pair tests made while linking, and how many names there were to link. */
function linkingWork(chars: number): { pairs: number; names: number } {
  const article = tagged(chars);
  calls.pairs = 0;
  const { entities } = clusterMentions([article]);
  return { pairs: calls.pairs, names: entities.length };
}

describe('entity linking on a long article with ever new names', () => {
  it('tries only the pairs of names an index says may join, not every pair', () => {
    const short = linkingWork(15_000);
    const long = linkingWork(45_000);
    expect(long.names).toBeGreaterThan(1.8 * short.names);
    // every pair of names would be hundreds of tests per name here, growing with the names;
    // the index leaves a few per name (a bare name against the full names it may shorten)
    for (const w of [short, long]) {
      expect(w.pairs).toBeGreaterThan(0);
      expect(w.pairs).toBeLessThan(3 * w.names);
    }
  });

  it('still joins a shortened name to its full name and keeps two people apart', () => {
    const article = runArticle(
      decodeArticle({
        file: 'rapat.txt',
        bytes: new TextEncoder().encode(
          'Bupati Lumajang Hendra Wijaya Kusuma membuka rapat di Pendopo Lumajang pada Senin (3/2/2020). Menurut Hendra Wijaya, rapat itu membahas banjir. Wakil Bupati Ratna Sari juga hadir.',
        ),
      }).doc!,
      articleStages,
    );
    const { entities } = clusterMentions([article]);
    const hendra = entities.find((e) => e.name === 'Hendra Wijaya Kusuma');
    expect(hendra?.aliases).toContain('Hendra Wijaya');
    expect(entities.find((e) => e.name === 'Ratna Sari')?.id).not.toBe(hendra?.id);
  });
});
