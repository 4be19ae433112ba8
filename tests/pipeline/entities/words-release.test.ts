import { describe, expect, it, vi } from 'vitest';
import type * as Words from '../../../src/pipeline/entities/words';

// count the documents whose words are made: the entity stages call the words module, wrapped here
const calls = vi.hoisted(() => ({ made: 0 }));
vi.mock('../../../src/pipeline/entities/words', async (original) => {
  const w = await original<typeof Words>();
  return {
    ...w,
    sentenceWords: (...args: Parameters<typeof w.sentenceWords>) => {
      calls.made++;
      return w.sentenceWords(...args);
    },
  };
});

const { articleStages, runArticle } = await import('../../../src/pipeline/index');
const { linkEntities } = await import('../../../src/pipeline/entities');
const { documentWords } = await import('../../../src/pipeline/entities/recognize');
const { decodeArticle } = await import('../../../src/pipeline/stages/decode');

// written for this test
const TEXTS = [
  'Bupati Sleman Ratna Dewi meresmikan jembatan di Kecamatan Depok. Ratna berharap warga merawatnya.',
  'Jembatan di Depok diresmikan Ratna Dewi pada pagi hari. Dinas PU Sleman membangunnya setahun.',
];

describe('the words of the entity stages', () => {
  it('are made by the entity stage and again by linking, and let go after each', () => {
    calls.made = 0;
    const docs = TEXTS.map((t, k) => runArticle(decodeArticle({ file: `${k}.txt`, bytes: new TextEncoder().encode(t) }).doc!, articleStages));
    expect(calls.made).toBe(TEXTS.length);
    // nothing holds them after the article stages: asking makes them anew (and holds them until linking)
    documentWords(docs[0]!);
    expect(calls.made).toBe(TEXTS.length + 1);
    const story = linkEntities.run({ id: 's', title: 's', description: null, articles: docs, entities: [], events: [], sharedPassages: [], discrepancies: [], quotes: [] });
    expect(story.entities.some((e) => e.name === 'Ratna Dewi')).toBe(true);
    // linking made the other article's words and reused the ones just asked for
    expect(calls.made).toBe(2 * TEXTS.length);
    // nothing holds them now: asking again makes them anew
    documentWords(story.articles[0]!);
    expect(calls.made).toBe(2 * TEXTS.length + 1);
  });
});
