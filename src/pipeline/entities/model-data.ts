// The shipped tagger model (data/models) in the form it loads fastest: feature names one a line
// and every weight in one array, row after row. The command-line bundle computes it once when it
// is built (scripts/build-cli.mjs replaces this module with the result); elsewhere it is
// computed here, on first use.
import modelJson from '../../../data/models/ner-model.json';
import { checkedWeights, TAGS, type ModelFile } from './perceptron';

export interface CompactModel {
  /** Feature names, one a line, in the model file's order. */
  features: string;
  /** Each feature's weights (one per tag), in the order of `features`. */
  rows: number[];
  transitions: number[];
}

/** A model file in compact form; refused like the file itself when it is not a tagger model. */
export function compactModel(file: ModelFile): CompactModel {
  const weights = checkedWeights(file);
  const rows: number[] = [];
  for (const [name, row] of weights.features) {
    if (row.length !== TAGS.length) throw new Error(`feature ${name}: ${row.length} weights for ${TAGS.length} tags`);
    rows.push(...row);
  }
  return { features: [...weights.features.keys()].join('\n'), rows, transitions: Array.from(weights.transitions) };
}

let computed: CompactModel | null = null;
/** The shipped model in compact form, computed once. */
export function modelData(): CompactModel {
  computed ??= compactModel(modelJson as ModelFile);
  return computed;
}
