// Time and memory of the shared-passages stage alone on generated stories of 500 and 2,000
// articles (the seed story's text with varied names and dates, as in bench.ts). The earlier
// stages run first and are not counted. Prints figures; enforces nothing.
//   npx tsx scripts/bench-passages.ts [sizes…]
import { spawnSync } from 'node:child_process';
import { articleStages, runArticle, storyStages } from '../src/pipeline/index';
import { findSharedPassages } from '../src/pipeline/passages';
import { decodeArticle } from '../src/pipeline/stages/decode';
import type { StoryDoc } from '../src/pipeline/types';
import { seedTexts, variant } from './lib/generated-story';


/** The story as it reaches the shared-passages stage. */
function storyBeforePassages(size: number): StoryDoc {
  const seeds = seedTexts();
  const articles = Array.from({ length: size }, (_, k) => {
    const bytes = new TextEncoder().encode(variant(seeds[k % seeds.length]!, Math.floor(k / seeds.length)));
    return runArticle(decodeArticle({ file: `${String(k).padStart(4, '0')}.txt`, bytes }).doc!, articleStages);
  });
  let story: StoryDoc = { id: `bench-${size}`, title: '', description: null, articles, entities: [], events: [], sharedPassages: [], discrepancies: [], quotes: [] };
  for (const stage of storyStages.slice(0, storyStages.indexOf(findSharedPassages))) story = stage.run(story);
  return story;
}

function child(size: number): void {
  const story = storyBeforePassages(size);
  const sentences = story.articles.reduce((n, d) => n + d.sentences.length, 0);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const out = findSharedPassages.run(story);
  const ms = performance.now() - started;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  // heap grown during the stage, garbage included (no collection in between): an upper bound of its own memory
  const grewMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(JSON.stringify({ size, sentences, ms, passages: out.sharedPassages.length, peakMb, grewMb }));
}

if (process.argv[2] === '--child') child(Number(process.argv[3]));
else {
  const sizes = process.argv.slice(2).map(Number);
  console.log('articles  sentences  stage ms  passages  process peak RSS MB  heap grown in stage MB');
  const rows: { size: number; ms: number }[] = [];
  for (const size of sizes.length ? sizes : [500, 2000]) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', process.argv[1]!, '--child', String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      console.error(`bench-passages: ${size} articles failed: ${r.stderr.split('\n').slice(0, 3).join(' ')}`);
      process.exit(1);
    }
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    rows.push(m);
    console.log([m.size, m.sentences, Math.round(m.ms), m.passages, Math.round(m.peakMb), Math.round(m.grewMb)].map((x, i) => String(x).padStart(i ? 10 : 8)).join('  '));
  }
  if (rows.length >= 2) console.log(`growth ${rows[0]!.size} -> ${rows.at(-1)!.size} articles: x${(rows.at(-1)!.ms / rows[0]!.ms).toFixed(2)} time`);
}
