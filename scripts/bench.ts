// Pipeline throughput and peak memory on generated stories of 5, 50, 500 and 2,000 articles, made
// from the seed story's text with varied names and dates, each size in a process of its own.
// Prints figures; enforces nothing.
//   npm run bench                      (or: tsx scripts/bench.ts [sizes...])
// Printed: time, the pipeline's peak RSS and the tagger's tokens/s per size; how time grows from 500 to 2,000
// articles; the whole pipeline's words per CPU second (it runs on one core, so per core) at 500
// articles; and the time of each stage at 500 and 2,000 articles, with how much it raised the peak RSS.
// With --heap, also the heap still live after a forced full collection once the article stages are
// done and after each story stage: what a stage keeps, apart from the garbage it leaves behind. The
// collections' time is left out of every time printed, but they lower the peak RSS (the heap is
// then never let grow on garbage), so that figure is the one of a run without --heap.
//   tsx scripts/bench.ts --heap 500 2000
import { spawnSync } from 'node:child_process';
import { runStory, storyStages, type StageProgress } from '../src/pipeline/index';
import { recognizeEntities } from '../src/pipeline/entities/index';
import type { StoryInput } from '../src/pipeline/types';
import { seedTexts, variant } from './lib/generated-story';

const SIZES = [5, 50, 500, 2000];
/** The sizes whose time per stage is printed. */
const STAGE_SIZES = new Set([500, 2000]);
/** The size whose words per second per core is printed. */
const THROUGHPUT_SIZE = 500;

interface Measured {
  size: number;
  bytes: number;
  words: number;
  ms: number;
  cpuMs: number;
  tokens: number;
  tagMs: number;
  /** Peak RSS of the pipeline's run, and after the tagger's second pass the bench makes over its tokens. */
  peakMb: number;
  peakWithTaggerMb: number;
  /** Milliseconds per stage, article stages summed over the articles (the first one includes decoding). */
  stages: Record<string, number>;
  /** MB by which each stage raised the peak RSS. */
  peakRaise: Record<string, number>;
  /** MB of heap live after a forced collection, after each story stage and after the article stages. */
  heldMb: Record<string, number>;
}

/** The article stages' last report, which heldMb names so. */
const ARTICLE_STAGES = 'all article stages';

function generatedStory(size: number): StoryInput {
  const seeds = seedTexts();
  const articles = Array.from({ length: size }, (_, k) => ({
    file: `${String(k).padStart(4, '0')}.txt`,
    bytes: new TextEncoder().encode(variant(seeds[k % seeds.length]!, Math.floor(k / seeds.length))),
  }));
  return { id: `bench-${size}`, articles };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function child(size: number): void {
  const input = generatedStory(size);
  const bytes = input.articles.reduce((n, a) => n + a.bytes.length, 0);
  const decoder = new TextDecoder();
  const words = input.articles.reduce((n, a) => n + (decoder.decode(a.bytes).match(/\S+/g)?.length ?? 0), 0);
  // stage times from the progress reports the pipeline gives after every stage (outputs untouched)
  const stages: Record<string, number> = {};
  const peakRaise: Record<string, number> = {};
  const peakKb = () => process.resourceUsage().maxRSS;
  let last = performance.now();
  let lastPeak = peakKb();
  let lastFile: string | null = null;
  const heldMb: Record<string, number> = {};
  let gcMs = 0;
  let gcCpuMs = 0;
  const collect = globalThis.gc;
  /** The heap still live after a full collection, in MB; the collection's time is set aside. */
  const held = (name: string) => {
    if (!collect) return;
    const t = performance.now();
    const c = cpuMs();
    collect();
    heldMb[name] = process.memoryUsage().heapUsed / (1 << 20);
    gcCpuMs += cpuMs() - c;
    gcMs += performance.now() - t;
    last = performance.now();
  };
  const onProgress = ({ file, stage, done, total }: StageProgress) => {
    const now = performance.now();
    const peak = peakKb();
    // an article's first report covers its decoding too
    const name = file !== null && file !== lastFile && stage !== 'decode' ? `decode + ${stage}` : stage;
    stages[name] = (stages[name] ?? 0) + now - last;
    peakRaise[name] = (peakRaise[name] ?? 0) + (peak - lastPeak) / 1024;
    last = now;
    lastPeak = peak;
    lastFile = file;
    if (file === null) held(stage);
    else if (done === total - storyStages.length) held(ARTICLE_STAGES);
  };
  const cpu0 = cpuMs();
  const started = performance.now();
  last = started;
  const { story } = runStory(input, { onProgress });
  const ms = performance.now() - started - gcMs;
  const cpu = cpuMs() - cpu0 - gcCpuMs;
  // the pipeline's own peak: the tagger's pass below is the bench's, and its garbage adds to the heap
  const peakMb = process.resourceUsage().maxRSS / 1024;
  // the tagger alone, over the tokens the earlier stages made
  const docs = story!.articles;
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  const t0 = performance.now();
  for (const d of docs) recognizeEntities.run(d);
  const tagMs = performance.now() - t0;
  const peakWithTaggerMb = process.resourceUsage().maxRSS / 1024;
  const measured: Measured = { size, bytes, words, ms, cpuMs: cpu, tokens, tagMs, peakMb, peakWithTaggerMb, stages, peakRaise, heldMb };
  console.log(JSON.stringify(measured));
}

function run(size: number, heap: boolean): Measured {
  const r = spawnSync(process.execPath, [...(heap ? ['--expose-gc'] : []), '--import', 'tsx', process.argv[1]!, '--child', String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    console.error(`bench: ${size} articles failed: ${(r.stderr || String(r.signal)).split('\n')[0]}`);
    process.exit(1);
  }
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Measured;
}

function printStages(rows: readonly Measured[]): void {
  const shown = rows.filter((m) => STAGE_SIZES.has(m.size));
  if (!shown.length) return;
  console.log(`\ntime per stage, ms (article stages summed over the articles), and how many MB it raised the peak RSS`);
  console.log(['stage'.padEnd(24), ...shown.map((m) => `${m.size} art.`.padStart(11)), ...shown.map((m) => `MB ${m.size}`.padStart(10))].join(''));
  for (const name of Object.keys(shown.at(-1)!.stages)) {
    const ms = shown.map((m) => String(Math.round(m.stages[name] ?? 0)).padStart(11));
    const mb = shown.map((m) => String(Math.round(m.peakRaise[name] ?? 0)).padStart(10));
    console.log([name.padEnd(24), ...ms, ...mb].join(''));
  }
  if (!Object.keys(shown.at(-1)!.heldMb).length) return;
  console.log(`\nheap held after a forced collection, MB: after the article stages, then after each story stage`);
  console.log(['after'.padEnd(24), ...shown.map((m) => `${m.size} art.`.padStart(11))].join(''));
  for (const name of Object.keys(shown.at(-1)!.heldMb)) {
    console.log([name.padEnd(24), ...shown.map((m) => String(Math.round(m.heldMb[name] ?? 0)).padStart(11))].join(''));
  }
}

if (process.argv[2] === '--child') {
  child(Number(process.argv[3]));
} else {
  const heap = process.argv.includes('--heap');
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log('articles   input KB   time ms   ms/article   peak RSS MB   NER tokens/s');
  const rows: Measured[] = [];
  for (const size of sizes.length ? sizes : SIZES) {
    const m = run(size, heap);
    rows.push(m);
    console.log(
      [m.size, Math.round(m.bytes / 1024), Math.round(m.ms), (m.ms / m.size).toFixed(1), Math.round(m.peakMb), Math.round(m.tokens / (m.tagMs / 1000))]
        .map((x, i) => String(x).padStart(i ? 10 : 8))
        .join('  '),
    );
  }
  const at = (size: number) => rows.find((m) => m.size === size);
  const growth = (from: number, to: number) => {
    const a = at(from);
    const b = at(to);
    if (a && b) console.log(`growth ${from} -> ${to} articles: x${(b.ms / a.ms).toFixed(2)} time for x${to / from} articles`);
  };
  growth(50, 500);
  growth(500, 2000);
  const most = (peak: (m: Measured) => number) => Math.round(Math.max(...rows.map(peak)));
  console.log(`peak RSS of the pipeline: ${most((m) => m.peakMb)} MB${heap ? ' (lowered by the forced collections of --heap)' : ''}; ${most((m) => m.peakWithTaggerMb)} MB after the tagger's second pass over the tokens (the NER tokens/s)`);
  const t = at(THROUGHPUT_SIZE);
  if (t) {
    const perCore = t.words / (t.cpuMs / 1000);
    console.log(`whole pipeline at ${t.size} articles: ${t.words} words, ${Math.round(perCore)} words per CPU second (one core; ${Math.round(t.words / (t.ms / 1000))} per second of wall time)`);
  }
  printStages(rows);
}
