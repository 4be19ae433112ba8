import modelJson from '../../../data/models/ner-model.json';
import { createTagger, type Tagger } from './model';
import type { ModelFile } from './perceptron';

let bundled: Tagger | null = null;

/** The tagger over the model shipped in data/models, loaded on first use and kept. */
export function defaultTagger(): Tagger {
  return (bundled ??= createTagger(modelJson as ModelFile));
}
