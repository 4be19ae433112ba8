// Time and peak memory of the whole pipeline on one very long article: a 100 KB line of "(["
// repeated, ordinary news paragraphs repeated to 400 KB, 1.5 MB and 4.9 MB, and news paragraphs
// whose people, bodies and places keep changing (100 KB, 400 KB: the names grow with the length). Each input runs in
// a child process of its own, so the peak memory is that input's. Prints figures (the CPU time of
// each article and story stage, the wall-clock and CPU time of the whole run, the peak RSS and how much each stage raised it); enforces nothing.
// Start-up is counted apart from the work: the process with its TypeScript loader and modules,
// then loading what every run loads once whatever the text (tagger model, gazetteer, time engine).
//   npx tsx scripts/bench-long-article.ts [bracket|news-400k|news-1.5m|news-4.9m|varied-100k|varied-400k …]
import { spawnSync } from 'node:child_process';
import { articleStages, storyStages } from '../src/pipeline/index';
import type { StoryDoc } from '../src/pipeline/types';
import { decodeArticle } from '../src/pipeline/stages/decode';
import { longNewsText } from '../tests/pipeline/entities/long-text';
import { variedNewsText } from './lib/varied-text';
import { defaultTagger } from '../src/pipeline/entities/default-tagger';
import { gazetteer } from '../src/pipeline/entities/gazetteer';
import { NO_ANCHOR, parseTimes } from '../src/pipeline/time/engine';

const INPUTS: Record<string, () => string> = {
  bracket: () => '(['.repeat(50_000),
  'news-400k': () => longNewsText(400_000),
  'news-1.5m': () => longNewsText(1_500_000),
  'news-4.9m': () => longNewsText(4_900_000),
  'varied-100k': () => variedNewsText(100_000),
  'varied-400k': () => variedNewsText(400_000),
};

function child(name: string): void {
  // stages are timed in CPU time (user + system), which a machine busy with other work inflates
  // less than the wall-clock time the whole run also prints
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  // the process so far: Node, the TypeScript loader and the modules (no text read yet)
  const startupCpuMs = Math.round(cpuMs());
  // what the first article of any run loads, whatever its text: timed apart, so that the stages
  // below time the work on this text alone
  const loadStarted = cpuMs();
  defaultTagger();
  gazetteer().entries.has('jakarta');
  parseTimes('Kamis (25/4/2019)', NO_ANCHOR);
  const loadCpuMs = Math.round(cpuMs() - loadStarted);
  const text = INPUTS[name]!();
  const bytes = new TextEncoder().encode(text);
  // what runStory does for a one-article story, stage by stage, each timed
  const started = performance.now();
  const startedCpu = cpuMs();
  const stageMs: Record<string, number> = {};
  // the peak RSS only grows, so the stage that raised it is the one after which it grew
  const peakAfterMb: Record<string, number> = {};
  const peakNow = () => Math.round(process.resourceUsage().maxRSS / 1024);
  const timed = <T>(stage: { name: string; run: (x: T) => T }, x: T): T => {
    const t = cpuMs();
    const before = peakNow();
    const out = stage.run(x);
    stageMs[stage.name] = Math.round(cpuMs() - t);
    if (peakNow() > before) peakAfterMb[stage.name] = peakNow() - before;
    return out;
  };
  const doc = articleStages.reduce((d, stage) => timed(stage, d), decodeArticle({ file: `${name}.txt`, bytes }).doc!);
  const initial: StoryDoc = { id: name, title: name, description: null, articles: [doc], entities: [], events: [], sharedPassages: [], discrepancies: [], quotes: [] };
  const story = storyStages.reduce((s, stage) => timed(stage, s), initial);
  const storyMs = Math.round(performance.now() - started);
  const storyCpuMs = Math.round(cpuMs() - startedCpu);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const mentions = story.articles[0]?.mentions.length ?? 0;
  console.log(JSON.stringify({ name, kb: Math.round(bytes.length / 1024), startupCpuMs, loadCpuMs, stageMs, peakAfterMb, storyMs, storyCpuMs, mentions, peakMb }));
}

if (process.argv[2] === '--child') child(process.argv[3]!);
else {
  const names = process.argv.slice(2);
  for (const name of names.length ? names : Object.keys(INPUTS)) {
    if (!INPUTS[name]) {
      console.error(`unknown input ${name}; one of ${Object.keys(INPUTS).join(', ')}`);
      process.exit(2);
    }
    const r = spawnSync(process.execPath, ['--import', 'tsx', process.argv[1]!, '--child', name], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      console.error(`${name}: failed\n${r.stderr}`);
      process.exit(1);
    }
    const row = JSON.parse(r.stdout.trim().split('\n').pop()!) as { name: string; kb: number; startupCpuMs: number; loadCpuMs: number; stageMs: Record<string, number>; peakAfterMb: Record<string, number>; storyMs: number; storyCpuMs: number; mentions: number; peakMb: number };
    const stages = Object.entries(row.stageMs).map(([k, v]) => `${k} ${v}`).join(', ');
    const raised = Object.entries(row.peakAfterMb).map(([k, v]) => `${k} +${v}`).join(', ');
    console.log(`${row.name} (${row.kb} KB): whole pipeline ${row.storyMs} ms (CPU ${row.storyCpuMs} ms) after start-up (CPU: process and modules ${row.startupCpuMs} ms, tagger, gazetteer and time engine ${row.loadCpuMs} ms), peak RSS ${row.peakMb} MB, ${row.mentions} mentions; stages CPU ms: ${stages}; peak RSS raised by (MB): ${raised}`);
  }
}
