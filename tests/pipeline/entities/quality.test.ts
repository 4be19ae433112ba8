import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConll, scoreSpans, spansOf } from '../../../src/pipeline/entities/conll';
import { evaluateStage } from '../../../src/pipeline/entities/evaluation';
import { defaultTagger } from '../../../src/pipeline/entities/default-tagger';

const tagSentence = (words: readonly string[]) => defaultTagger().tagSentence(words);

const dev = parseConll(readFileSync(new URL('../../../data/ner/dev.txt', import.meta.url), 'utf8'));

describe('entity quality on the idner-news-2k dev split', () => {
  it('the tagger reaches F1 >= 0.80 (exact span + type)', () => {
    const { overall, byType } = scoreSpans(
      dev.map((s) => spansOf(s.tags)),
      dev.map((s) => tagSentence(s.words)),
    );
    console.log('dev tagger', JSON.stringify({ overall, byType }));
    expect(overall.f1).toBeGreaterThanOrEqual(0.8);
    for (const t of ['PER', 'ORG', 'LOC']) expect(byType[t]!.f1).toBeGreaterThanOrEqual(0.7);
  });

  it('the whole stage (tagger + rules) reaches F1 >= 0.80 (exact span + type)', () => {
    // each sentence is its own document, so no consistency pass borrows answers from another
    const { overall, byType } = evaluateStage(dev);
    console.log('dev stage', JSON.stringify({ overall, byType }));
    expect(overall.f1).toBeGreaterThanOrEqual(0.8);
    expect(overall.r).toBeGreaterThanOrEqual(0.8);
    for (const t of ['PER', 'ORG', 'LOC']) expect(byType[t]!.f1).toBeGreaterThanOrEqual(0.7);
  });
});
