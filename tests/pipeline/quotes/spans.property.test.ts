import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStory } from '../../../src/pipeline/index';
import type { StoryDoc } from '../../../src/pipeline/types';

const encoder = new TextEncoder();

/** Every quote and disagreement span that lies outside all sentences of its article. */
function strays(story: StoryDoc): string[] {
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  const inside = (articleId: string, s: { start: number; end: number }) =>
    s.end > s.start && !!byId.get(articleId)?.sentences.some((x) => x.start <= s.start && s.end <= x.end);
  const out: string[] = [];
  for (const q of story.quotes) {
    for (const [name, s] of [['statement', q.statement], ['content', q.content], ['speaker', q.speaker]] as const) {
      if (s && !inside(q.articleId, s)) out.push(`${q.id} ${name} ${s.start}-${s.end}`);
    }
    if (q.content.start < q.statement.start || q.content.end > q.statement.end) out.push(`${q.id} content outside statement`);
  }
  for (const d of story.discrepancies) for (const s of d.spans) if (!inside(s.articleId, s)) out.push(`${d.id} ${s.articleId} ${s.start}-${s.end}`);
  return out;
}

const pieces = fc.constantFrom(
  'Budi Santoso', 'Siti Rahayu', 'kata', 'ujarnya', 'katanya', 'tambahnya', 'menurut', 'Menurut', 'mengatakan', 'bahwa', 'dikatakan', 'Hal itu',
  'ia', 'mundur', 'tidak', 'bukan', 'Rp 6 miliar', 'Rp6 miliar', '3 juta dolar AS', 'atau setara dengan', 'Rp 2 triliun', 'di', 'Jakarta',
  'Senin (5/6/2023)', '"', '“', '”', ',', '.', ' ', ' ', '\n', 'pelatih', 'Persib', 'Persiba',
);
const text = fc.array(pieces, { minLength: 1, maxLength: 60 }).map((xs) => xs.join(' '));

describe('quote and disagreement spans', () => {
  it('lie inside one sentence of their article, on arbitrary speech-like text', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const { story } = runStory({ id: 'p', articles: texts.map((t, i) => ({ file: `${i}.txt`, bytes: encoder.encode(t) })) });
        if (story) expect(strays(story)).toEqual([]);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('lie inside one sentence of their article in the sample story', () => {
    const dir = 'stories/putin-kim-vladivostok-2019';
    const { story } = runStory({ id: 's', articles: readdirSync(dir).filter((f) => f.endsWith('.txt')).map((file) => ({ file, bytes: readFileSync(join(dir, file)) })) });
    expect(story!.quotes.length).toBeGreaterThan(10);
    expect(strays(story!)).toEqual([]);
  });
});
