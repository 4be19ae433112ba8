import { describe, expect, it, vi } from 'vitest';
import type * as Remembered from '../../../src/pipeline/remembered';

// count the remembered look-ups the scorer makes: the remembered module is wrapped here
const calls = vi.hoisted(() => ({ lookups: 0 }));
vi.mock('../../../src/pipeline/remembered', async (original) => {
  const r = await original<typeof Remembered>();
  return {
    ...r,
    remembered: <T,>(make: (key: string) => T, limit: number) => {
      const inner = r.remembered(make, limit);
      return (key: string) => {
        calls.lookups++;
        return inner(key);
      };
    },
  };
});

const modelJson = (await import('../../../data/models/ner-model.json')).default;
const { emissionScorer } = await import('../../../src/pipeline/entities/emission');
const { deserialize } = await import('../../../src/pipeline/entities/perceptron');
type ModelFile = import('../../../src/pipeline/entities/perceptron').ModelFile;

describe('emission work', () => {
  it('looks a word\'s own text up once per position, whatever its features', () => {
    const score = emissionScorer(deserialize(modelJson as ModelFile));
    const words = 'Wali Kota Bogor Bima Arya meninjau Pasar Kebon Kembang yang terbakar pada Senin malam .'.split(' ');
    score(words);
    calls.lookups = 0;
    score(words);
    // per word: its own text, the pairs before and after, the shape triple (two maps), a title
    // class's weights, the name lists' entries and prefixes; no separate look-up of its lower
    // case, shape, their weights or its first sums (those took four more a word)
    expect(calls.lookups).toBeLessThanOrEqual(11 * words.length);
    expect(calls.lookups).toBeGreaterThanOrEqual(words.length);
  });
});
