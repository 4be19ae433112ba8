// Trains the entity tagger on data/ner/train.txt, reports dev scores, writes data/models/ner-model.json.
//   npm run train:ner [-- --epochs 12 --min-weight 0.05 --no-write]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseConll, scoreSpans, spansOf, type Prf } from '../src/pipeline/entities/conll';
import { evaluateStage } from '../src/pipeline/entities/evaluation';
import { sentenceFeatures } from '../src/pipeline/entities/features';
import { createTagger } from '../src/pipeline/entities/model';
import { decode, deserialize, serialize, train } from '../src/pipeline/entities/perceptron';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EPOCHS = arg('epochs', 12);
const MIN_WEIGHT = arg('min-weight', 0.05);
const SCALE = 100;
const SEED = 20201;
const OUT = 'data/models/ner-model.json';

const load = (file: string) => parseConll(readFileSync(file, 'utf8'));
const trainSet = load('data/ner/train.txt');
const devSet = load('data/ner/dev.txt');

const started = Date.now();
const weights = train(trainSet.map((s) => ({ features: sentenceFeatures(s.words), tags: s.tags })), EPOCHS, SEED);
const file = serialize(weights, SCALE, MIN_WEIGHT, 'Averaged-perceptron BIO tagger for PER/ORG/LOC, trained by scripts/train-ner.ts on data/ner/train.txt (idner-news-2k, MIT).');
const model = deserialize(file);
console.log(`trained ${trainSet.length} sentences, ${EPOCHS} epochs, ${((Date.now() - started) / 1000).toFixed(1)} s; kept ${model.features.size} of ${weights.features.size} features`);

const gold = devSet.map((s) => spansOf(s.tags));
const pred = devSet.map((s) => spansOf(decode(model, sentenceFeatures(s.words))));
const { overall, byType } = scoreSpans(gold, pred);
const fmt = (x: Prf) => `P ${(x.p * 100).toFixed(1)}  R ${(x.r * 100).toFixed(1)}  F1 ${(x.f1 * 100).toFixed(1)}  (tp ${x.tp} fp ${x.fp} fn ${x.fn})`;
console.log(`dev (${devSet.length} sentences, exact span + type)`);
console.log(`  all  ${fmt(overall)}`);
for (const [t, x] of Object.entries(byType)) console.log(`  ${t}  ${fmt(x)}`);
if (process.argv.includes('--stage')) {
  const stage = evaluateStage(devSet, createTagger(model));
  console.log('dev, whole recognition stage (tagger + rules; each sentence is its own document)');
  console.log(`  all  ${fmt(stage.overall)}`);
  for (const [t, x] of Object.entries(stage.byType)) console.log(`  ${t}  ${fmt(x)}`);
}

if (!process.argv.includes('--no-write')) {
  const json = `${JSON.stringify(file)}\n`;
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT} (${(json.length / 1024).toFixed(0)} KB)`);
}
