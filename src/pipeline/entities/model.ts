import modelJson from '../../../data/models/ner-model.json';
import { wordFeatures } from './features';
import { decodeWith, deserialize, TAGS, type ModelFile, type Weights } from './perceptron';
import type { EntityType } from '../../shared/digest/schema';

let weights: Weights | null = null;
const model = () => (weights ??= deserialize(modelJson as ModelFile));

/** Tags with other weights from now on: lets the trainer score the stage with a fresh model. */
export function setTaggerWeights(w: Weights): void {
  weights = w;
}

export interface WordSpan {
  start: number;
  end: number;
  type: EntityType;
}

/** Tags one sentence; returns name spans as word index ranges (end exclusive). */
export function tagSentence(words: readonly string[]): WordSpan[] {
  const path = decodeWith(model(), words.length, wordFeatures(words));
  const spans: WordSpan[] = [];
  for (let i = 0; i < path.length; i++) {
    const tag = TAGS[path[i]!]!;
    if (!tag.startsWith('B-')) continue;
    let end = i + 1;
    while (end < path.length && TAGS[path[end]!] === `I-${tag.slice(2)}`) end++;
    spans.push({ start: i, end, type: tag.slice(2) as EntityType });
  }
  return spans;
}
