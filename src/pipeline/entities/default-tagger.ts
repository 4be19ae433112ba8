import { createTagger, type Tagger } from './model';
import { modelData } from './model-data';
import { weightsFromRows } from './perceptron';

let bundled: Tagger | null = null;

/** The tagger over the model shipped in data/models, loaded on first use and kept. */
export function defaultTagger(): Tagger {
  if (bundled) return bundled;
  const { features, rows, transitions } = modelData();
  bundled = createTagger(weightsFromRows(features, rows, transitions));
  return bundled;
}
