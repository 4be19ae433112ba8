import { describe, expect, it } from 'vitest';
import modelJson from '../../../data/models/ner-model.json';
import { createTagger } from '../../../src/pipeline/entities/model';
import { deserialize, type ModelFile, type Weights } from '../../../src/pipeline/entities/perceptron';
import { longNewsText } from './long-text';

/** The model's weights in a map that counts its look-ups: the tagger's work, counted. */
class CountingMap extends Map<string, Float64Array> {
  lookups = 0;
  override get(key: string): Float64Array | undefined {
    this.lookups++;
    return super.get(key);
  }
}

function counted(): { weights: Weights; map: CountingMap } {
  const loaded = deserialize(modelJson as ModelFile);
  const map = new CountingMap(loaded.features);
  return { weights: { features: map, transitions: loaded.transitions }, map };
}

const sentencesOf = (text: string) => text.split(/\n\n/).flatMap((p) => p.split(/(?<=\.) /)).map((s) => s.split(/\s+|(?=[,.()"])/).filter(Boolean));
const wordCount = (sentences: string[][]) => sentences.reduce((n, s) => n + s.length, 0);

describe('tagger work on a long article', () => {
  it('grows at most linearly with the words, and repeated text looks nothing up again', () => {
    const lookups = (chars: number) => {
      const { weights, map } = counted();
      const tagger = createTagger(weights);
      const sentences = sentencesOf(longNewsText(chars));
      for (const s of sentences) tagger.tagSentence(s);
      return { lookups: map.lookups, words: wordCount(sentences) };
    };
    const once = lookups(1);
    const many = lookups(20_000);
    expect(many.words).toBeGreaterThan(15 * once.words);
    // a feature string per feature per word would be about thirty look-ups per word
    expect(once.lookups).toBeLessThan(40 * once.words);
    expect(many.lookups).toBe(once.lookups);
  });

  it('tags a sentence the same whether its words were seen before or not', () => {
    const fresh = createTagger(counted().weights);
    const warm = createTagger(counted().weights);
    for (const s of sentencesOf(longNewsText(5_000))) warm.tagSentence(s);
    for (const s of sentencesOf(longNewsText(1))) expect(warm.tagSentence(s)).toEqual(fresh.tagSentence(s));
  });
});
