import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { meanOf, scoreStory, type Scores } from '../tests/quality/score-story';

// Prints the project's own held-out stories scored like the dev stories, one row per story and
// their mean: the figures tests/quality/own-stories.test.ts holds floors on.
const storiesDir = resolve('tests/fixtures/own-stories');
const scorer = join(resolve(process.env.EVAL_DIR ?? '../shared/eval'), 'score.mjs');
const columns: [string, (s: Scores) => number | undefined][] = [
  ['entities', (s) => s.entities?.f1],
  ['timexVal', (s) => s.timexValue?.f1],
  ['outlet', (s) => s.outlet?.accuracy],
  ['published', (s) => s.published?.accuracy],
  ['boilerpl', (s) => s.boilerplate?.removed],
  ['sentences', (s) => s.sentenceEnds?.f1],
  ['evFound', (s) => s.events?.foundWithDate],
  ['evB3', (s) => s.eventClusters?.f1],
  ['ev/gold', (s) => (s.events ? s.events.predicted / s.events.gold : undefined)],
  ['passages', (s) => s.sharedPassagePairs?.f1],
  ['spelling', (s) => s.discrepancies?.spelling?.recall],
  ['fact', (s) => s.discrepancies?.fact?.recall],
];
const stories = readdirSync(storiesDir).filter((d) => existsSync(join(storiesDir, d, 'gold.json'))).sort();
const scored = stories.map((name) => [name, scoreStory(join(storiesDir, name), join(storiesDir, name, 'gold.json'), scorer)] as const);
const cell = (v: number | undefined) => (typeof v === 'number' && !Number.isNaN(v) ? v.toFixed(3) : '-').padStart(10);
console.log(''.padEnd(32) + columns.map(([name]) => name.padStart(10)).join(''));
for (const [name, s] of scored) console.log(name.padEnd(32) + columns.map(([, pick]) => cell(pick(s))).join(''));
const mean = meanOf(scored);
console.log('mean'.padEnd(32) + columns.map(([, pick]) => cell(mean(pick))).join(''));
