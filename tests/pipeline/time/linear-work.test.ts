import { describe, expect, it, vi } from 'vitest';
import type * as Engine from '../../../src/pipeline/time/engine';

// count chrono's passes: the extractor calls the engine module, which is wrapped here
const calls = vi.hoisted(() => ({ parses: 0, chars: 0 }));
vi.mock('../../../src/pipeline/time/engine', async (original) => {
  const engine = await original<typeof Engine>();
  return {
    ...engine,
    parseTimes: (text: string, ref: Parameters<typeof engine.parseTimes>[1]) => {
      calls.parses++;
      calls.chars += text.length;
      return engine.parseTimes(text, ref);
    },
  };
});

const { articleStages, runArticle } = await import('../../../src/pipeline/index');
const { inferPublished } = await import('../../../src/pipeline/time/published');
const { decodeArticle } = await import('../../../src/pipeline/stages/decode');
const { longNewsText } = await import('../entities/long-text');

/** Runs the article stages on a text; returns what chrono was given. */
function chronoWork(text: string): { parses: number; chars: number; lines: number } {
  const doc = decodeArticle({ file: 'panjang.txt', bytes: new TextEncoder().encode(text) }).doc!;
  const before = runArticle(doc, articleStages.slice(0, articleStages.indexOf(inferPublished)));
  calls.parses = 0;
  calls.chars = 0;
  runArticle(before, articleStages.slice(articleStages.indexOf(inferPublished)));
  return { ...calls, lines: before.lines.length };
}

describe('chrono work on a long article', () => {
  it('reads each body line at most once per reference day, so the work grows with the length', () => {
    const short = chronoWork(longNewsText(20_000));
    const long = chronoWork(longNewsText(40_000));
    expect(long.lines).toBeGreaterThan(1.8 * short.lines);
    // the publication stage and the timex stage read the text without a day, then against the found one
    for (const w of [short, long]) expect(w.parses).toBeLessThanOrEqual(2 * w.lines);
    expect(long.chars).toBeLessThanOrEqual(2.2 * short.chars);
    expect(long.parses).toBeLessThanOrEqual(2.2 * short.parses);
  }, 60_000);
});
