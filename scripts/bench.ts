// Pipeline throughput and peak memory on generated stories of 5, 50 and 500 articles, made
// from the seed story's text with varied names and dates. Prints figures; enforces nothing.
//   npm run bench
import { spawnSync } from 'node:child_process';
import { runStory } from '../src/pipeline/index';
import { recognizeEntities } from '../src/pipeline/entities/index';
import type { StoryInput } from '../src/pipeline/types';
import { seedTexts, variant } from './lib/generated-story';


function generatedStory(size: number): StoryInput {
  const seeds = seedTexts();
  const articles = Array.from({ length: size }, (_, k) => ({
    file: `${String(k).padStart(4, '0')}.txt`,
    bytes: new TextEncoder().encode(variant(seeds[k % seeds.length]!, Math.floor(k / seeds.length))),
  }));
  return { id: `bench-${size}`, articles };
}

function child(size: number): void {
  const input = generatedStory(size);
  const bytes = input.articles.reduce((n, a) => n + a.bytes.length, 0);
  const started = performance.now();
  const { story } = runStory(input);
  const ms = performance.now() - started;
  // the tagger alone, over the tokens the earlier stages made
  const docs = story!.articles;
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  const t0 = performance.now();
  for (const d of docs) recognizeEntities.run(d);
  const tagMs = performance.now() - t0;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ size, bytes, ms, tokens, tagMs, peakMb }));
}

if (process.argv[2] === '--child') {
  child(Number(process.argv[3]));
} else {
  console.log('articles   input KB   time ms   ms/article   peak RSS MB   NER tokens/s');
  const rows: { size: number; ms: number }[] = [];
  for (const size of [5, 50, 500]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', process.argv[1]!, '--child', String(size)], { encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(`bench: ${size} articles failed: ${r.stderr.split('\n')[0]}`);
      process.exit(1);
    }
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    rows.push(m);
    console.log(
      [m.size, Math.round(m.bytes / 1024), Math.round(m.ms), (m.ms / m.size).toFixed(1), Math.round(m.peakMb), Math.round(m.tokens / (m.tagMs / 1000))]
        .map((x, i) => String(x).padStart(i ? 10 : 8))
        .join('  '),
    );
  }
  const [, fifty, fiveHundred] = rows;
  console.log(`growth 50 -> 500 articles: x${(fiveHundred!.ms / fifty!.ms).toFixed(1)} time for x10 articles`);
}
