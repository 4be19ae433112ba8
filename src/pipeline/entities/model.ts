import { emissionScorer } from './emission';
import { checkedWeights, viterbi, TAGS, type ModelFile, type Weights } from './perceptron';
import type { EntityType } from '../../shared/digest/schema';

export interface WordSpan {
  start: number;
  end: number;
  type: EntityType;
}

/** A loaded tagger model: tags one sentence at a time. */
export interface Tagger {
  /** Name spans of one sentence as word index ranges (end exclusive). */
  tagSentence(words: readonly string[]): WordSpan[];
}

/** A tagger over a model file (as `npm run train:ner` writes it) or weights already loaded. */
export function createTagger(model: ModelFile | Weights): Tagger {
  const weights = 'features' in model ? model : checkedWeights(model);
  const emissions = emissionScorer(weights);
  return {
    tagSentence(words) {
      const path = viterbi(weights, emissions(words));
      const spans: WordSpan[] = [];
      for (let i = 0; i < path.length; i++) {
        const tag = TAGS[path[i]!]!;
        if (!tag.startsWith('B-')) continue;
        let end = i + 1;
        while (end < path.length && TAGS[path[end]!] === `I-${tag.slice(2)}`) end++;
        spans.push({ start: i, end, type: tag.slice(2) as EntityType });
      }
      return spans;
    },
  };
}
