import { describe, expect, it, vi } from 'vitest';
import type * as Tokenize from '../../../src/pipeline/stages/tokenize';

// count the characters the tokenizer reads for the time stages: they call the tokenize module, wrapped here
const calls = vi.hoisted(() => ({ characters: 0 }));
vi.mock('../../../src/pipeline/stages/tokenize', async (original) => {
  const t = await original<typeof Tokenize>();
  return {
    ...t,
    tokenizeRange: (...args: Parameters<typeof t.tokenizeRange>) => {
      calls.characters += args[2] - args[1];
      return t.tokenizeRange(...args);
    },
  };
});

const { articleStages, runArticle } = await import('../../../src/pipeline/index');
const { SCAN_BACK_LIMIT } = await import('../../../src/pipeline/stages/tokenize');
const { inferPublished } = await import('../../../src/pipeline/time/published');
const { decodeArticle } = await import('../../../src/pipeline/stages/decode');

/** An article of `paragraphs` dated paragraphs (text written for this test). */
function article(paragraphs: number, filler = '') {
  const lines = Array.from({ length: paragraphs }, (_, k) => `${filler}Petugas ${k} akan memeriksa tanggul pada Senin (${1 + (k % 28)}/3/2019), kata warga, Selasa (5/3/2019).`);
  const doc = decodeArticle({ file: 'tanggul.txt', bytes: new TextEncoder().encode(lines.join('\n\n')) }).doc!;
  return runArticle(doc, articleStages.slice(0, articleStages.indexOf(inferPublished)));
}

/** Characters tokenized again by the publication and timex stages, and the timex they found. */
function timeWork(paragraphs: number, filler = '') {
  const before = article(paragraphs, filler);
  calls.characters = 0;
  const tagged = runArticle(before, articleStages.slice(articleStages.indexOf(inferPublished)));
  return { characters: calls.characters, text: before.text.length, timex: tagged.timex };
}

describe('the tense of time readings', () => {
  it('reads the words before each reading, not the whole text again', () => {
    const { characters, timex } = timeWork(40);
    expect(timex.length).toBeGreaterThanOrEqual(80);
    // "akan" before "Senin" puts it ahead of the day the article was written
    expect(timex.find((t) => t.text.startsWith('Senin (28/3'))?.value).toBe('2019-03-28');
    expect(characters).toBe(0);
  });

  it('reads the whole text once where the words before a reading start inside a long unbroken run, with the same values', () => {
    const spaced = timeWork(3);
    const unbroken = timeWork(3, `${'x'.repeat(SCAN_BACK_LIMIT + 200)} `);
    expect(unbroken.characters).toBeGreaterThan(0);
    expect(unbroken.characters).toBeLessThanOrEqual(3 * unbroken.text);
    expect(unbroken.timex.map((t) => t.value)).toEqual(spaced.timex.map((t) => t.value));
  });
});
