import { describe, expect, it } from 'vitest';
import { linkEntities, recognizeEntities } from '../../../src/pipeline/entities';
import { articleStages, runArticle } from '../../../src/pipeline/index';
import { decodeArticle } from '../../../src/pipeline/stages/decode';
import type { ArticleDoc, StoryDoc } from '../../../src/pipeline/types';
import { longNewsText } from './long-text';

/** The article as the entities stage receives it. */
function beforeEntities(text: string): ArticleDoc {
  const doc = decodeArticle({ file: 'long.txt', bytes: new TextEncoder().encode(text) }).doc!;
  return runArticle(doc, articleStages.slice(0, articleStages.indexOf(recognizeEntities)));
}

const storyOf = (doc: ArticleDoc): StoryDoc => ({ id: 'long', title: 'long', description: null, articles: [doc], entities: [], events: [], sharedPassages: [], discrepancies: [], quotes: [] });

// work that grows with the square of the length took over a minute on these inputs; linear
// work takes a few seconds, so the generous timeout still fails a quadratic pass
describe('very long articles', () => {
  it('a 100 KB line of brackets has no names and passes both entity stages', () => {
    const doc = recognizeEntities.run(beforeEntities('(['.repeat(50_000)));
    expect(doc.mentions).toEqual([]);
    expect(linkEntities.run(storyOf(doc)).entities).toEqual([]);
  }, 30_000);

  it('a 300 KB article of repeated paragraphs gets the same names in every repetition', () => {
    const block = longNewsText(1);
    const text = longNewsText(300_000);
    const doc = recognizeEntities.run(beforeEntities(text));
    const linked = linkEntities.run(storyOf(doc)).articles[0]!;
    const period = block.length + 2;
    const repetitions = Math.round((text.length + 2) / period);
    expect(repetitions).toBeGreaterThan(200);
    const inBlock = (k: number) => linked.mentions.filter((m) => m.start >= k * period && m.start < (k + 1) * period).map((m) => `${m.start - k * period}:${m.text}/${m.type}/${m.entityId}`);
    const second = inBlock(1);
    expect(second).toContain(`${block.indexOf('Budi Santoso')}:Budi Santoso/PER/budi-santoso`);
    expect(inBlock(repetitions - 1)).toEqual(second);
    expect(inBlock(Math.floor(repetitions / 2))).toEqual(second);
    for (const m of linked.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }, 60_000);
});
