// A 200-article story in real Chromium: the seed story's articles varied (lib/generated-story.ts)
// and run through the pipeline, served to the built app (dist/, `npm run build` first) in place
// of the seed digest (a copy of the build with the story's digests written into it, served as
// files as a deployment serves them). Prints the time to the story's first visible text (a first view
// of it, or the reader's), to the first article paragraph the reader paints, the columns
// mounted, and the latency from a click or keystroke to the settled page (the frame after the
// last DOM change it caused), as p50 and p95 by kind and overall. Prints figures; enforces nothing.
//   node scripts/bench-large-story.mjs [articles] [--reuse] [--dist=<dir>] [--profile] [--trace-first]
//   (--reuse keeps a digest built before; --paint-only stops after the first paint's figures;
//   --dist serves another build than dist/, e.g. to compare
//   two builds in turns on a busy machine; --route hands the digests to the page through
//   Playwright's request interception instead, as the bench did before, which adds the protocol's
//   round trips and the 3-4 MB body's passage through it; BENCH_PORT sets the server's port, 4181
//   by default)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { benchChromium } from './lib/bench-browser.mjs';
import { withoutFirstView } from './lib/first-view-html.mjs';

const size = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 200);
const reuse = process.argv.includes('--reuse');
const PORT = Number(process.env.BENCH_PORT ?? 4181);
const DIST = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist';
const WORK = join('.tmp', `bench-large-${size}`);
const STORIES = join(WORK, 'stories');
const DIGESTS = join(WORK, 'digests');
const SITE = join(WORK, 'site');
const viaRoute = process.argv.includes('--route');
const paintOnly = process.argv.includes('--paint-only');
const ROUNDS = paintOnly ? 0 : 8;
// --profile prints, per kind of interaction, the functions with the most self time (V8's CPU
// profile over each interaction; a forced layout counts as its caller's time)
const profile = process.argv.includes('--profile');
// --trace-first prints the main thread's work from navigation to the first paragraph's paint
// (script, style, layout and paint, and the longest tasks), from a Chromium trace
const traceFirst = process.argv.includes('--trace-first');


const executablePath = benchChromium(DIST);

function run(command, args) {
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed: ${r.stderr.split('\n').slice(0, 3).join(' ')}`);
}

/** Writes the generated story's article files and builds its digest (index.json and the story). */
function buildStory() {
  if (reuse && existsSync(join(DIGESTS, 'index.json'))) return;
  rmSync(WORK, { recursive: true, force: true });
  const folder = join(STORIES, `generated-${size}`);
  mkdirSync(folder, { recursive: true });
  const write = `
    import { writeFileSync } from 'node:fs';
    import { seedTexts, variant } from './scripts/lib/generated-story.ts';
    const seeds = seedTexts();
    for (let k = 0; k < ${size}; k++) writeFileSync(${JSON.stringify(folder)} + '/' + String(k).padStart(4, '0') + '.txt', variant(seeds[k % seeds.length], Math.floor(k / seeds.length)));
  `;
  run(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', write]);
  const started = performance.now();
  run(process.execPath, ['scripts/run-cli.mjs', 'digest', '--stories', STORIES, '--out', DIGESTS]);
  console.log(`large story: ${size} articles built in ${Math.round(performance.now() - started)} ms`);
}

// In the page: the first paint of the story's text (the reader's or a first view of this story), the
// first paragraph's paint in the reader (both read once that frame has painted), and for each click or keystroke the frame after the
// last DOM change that followed it (quiet for QUIET ms), measured from the event's own time stamp.
const probe = (storyId) => {
  const QUIET = 150;
  // the time once the frame that shows a change has painted: a frame callback runs before that
  // frame's style, layout and paint, and the first task after it runs once they are done (the
  // first render's layout alone can take tens of ms, which a frame callback's time leaves out)
  const afterPaint = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(null);
    });
  const firstParagraph = new MutationObserver(() => {
    // text the page holds hidden (a first view waiting for its address to be read) is not yet shown
    const shown = [...document.querySelectorAll(`section.column .paragraph, #first-view [data-story="${CSS.escape(storyId)}"] p`)].some((p) => !p.closest('[hidden]'));
    if (window.__storyText === undefined && shown) afterPaint(() => (window.__storyText ??= performance.now()));
    if (!document.querySelector('section.column .paragraph')) return;
    firstParagraph.disconnect();
    // also the frame callback's time, as the bench read it before (that frame's style, layout and
    // paint not yet done); the task after the frame can wait behind work queued for after the paint
    requestAnimationFrame(() => (window.__firstParagraphFrame = performance.now()));
    afterPaint(() => (window.__firstParagraph = performance.now()));
  });
  firstParagraph.observe(document, { childList: true, subtree: true });
  window.__samples = [];
  const settle = (start) => {
    let last = start;
    let timer = 0;
    const done = () => {
      changes.disconnect();
      window.__samples.push(last - start);
    };
    const changes = new MutationObserver(() => {
      requestAnimationFrame(() => (last = Math.max(last, performance.now())));
      clearTimeout(timer);
      timer = setTimeout(done, QUIET);
    });
    changes.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    requestAnimationFrame(() => (last = Math.max(last, performance.now())));
    timer = setTimeout(done, QUIET);
  };
  for (const type of ['click', 'keydown']) addEventListener(type, (e) => settle(e.timeStamp), { capture: true });
};

/** Adds a CPU profile's self time per function (name, file and line) into `into`, in ms. */
function addProfile(into, { nodes, samples, timeDeltas, startTime }, within = null) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let at = startTime;
  samples.forEach((id, i) => {
    at += timeDeltas[i] ?? 0;
    if (within && (at < within[0] || at > within[1])) return;
    const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
    if (functionName === '(idle)') return;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
    into.set(name, (into.get(name) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
}

let lastProfile = null;
/** Per function, the time of the samples it is on the stack of (once per sample), within a window. */
function inclusiveTimes({ nodes, samples, timeDeltas, startTime }, within) {
  const parent = new Map();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const into = new Map();
  let at = startTime;
  samples.forEach((id, i) => {
    at += timeDeltas[i] ?? 0;
    if (within && (at < within[0] || at > within[1])) return;
    const names = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const { functionName, url, lineNumber } = byId.get(n).callFrame;
      names.add(`${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`);
    }
    for (const name of names) into.set(name, (into.get(name) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  return into;
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

buildStory();
const index = readFileSync(join(DIGESTS, 'index.json'), 'utf8');
const { file: storyFile, id: storyId } = JSON.parse(index).stories[0];
const story = readFileSync(join(DIGESTS, storyFile), 'utf8');
// the story's first screen, which the build writes beside a large story's digest
const sliceFile = storyFile.replace(/\.json$/, '.first.json');
const slice = existsSync(join(DIGESTS, sliceFile)) ? readFileSync(join(DIGESTS, sliceFile), 'utf8') : null;

// the build with the generated story as its only one
rmSync(SITE, { recursive: true, force: true });
cpSync(DIST, SITE, { recursive: true });
rmSync(join(SITE, 'digests'), { recursive: true, force: true });
mkdirSync(join(SITE, 'digests'));
writeFileSync(join(SITE, 'digests', 'index.json'), index);
writeFileSync(join(SITE, 'digests', storyFile), story);
if (slice) writeFileSync(join(SITE, 'digests', sliceFile), slice);
// the page as a build of this story writes it (scripts/prerender.mjs over the copy): a first view
// of the build's own story is not this story's
const skeleton = /<main class="boot"[\s\S]*?<\/main>/.exec(readFileSync('index.html', 'utf8'))[0];
const built = readFileSync(join(SITE, 'index.html'), 'utf8');
const ownView = /<div id="first-view"[^>]*><main [^>]*data-story="([^"]+)"/.exec(built)?.[1];
if (ownView !== storyId) {
  writeFileSync(join(SITE, 'index.html'), withoutFirstView(built, skeleton));
  run(process.execPath, ['scripts/prerender.mjs', `--dist=${SITE}`]);
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', SITE], { stdio: 'ignore', detached: true });
const url = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 150; i++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  if (viaRoute) {
    await page.route('**/digests/index.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: index }));
    await page.route(`**/digests/${storyFile}`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: story }));
    if (slice) await page.route(`**/digests/${sliceFile}`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: slice }));
  }
  await page.addInitScript(probe, storyId);
  // the whole story, as "open all" does for a story above the size limits
  const loadCdp = traceFirst ? await page.context().newCDPSession(page) : null;
  if (loadCdp) {
    await loadCdp.send('Profiler.enable');
    await loadCdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await loadCdp.send('Profiler.start');
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
  }
  await page.goto(`${url}?first=${size}`);
  await page.waitForFunction(() => window.__firstParagraph !== undefined, null, { timeout: 60_000 });
  const first = await page.evaluate(() => window.__firstParagraph);
  const firstFrame = await page.evaluate(() => window.__firstParagraphFrame);
  if (loadCdp) {
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]));
    console.log('  requests (start, end ms): ' + resources.map(([n, a, b]) => `${n} ${a}-${b}`).join(', '));
    const traceText = (await browser.stopTracing()).toString('utf8');
    // BENCH_TRACE_OUT=<file> keeps the trace, to open in Chromium's performance panel
    if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, traceText);
    const longest = printTrace(JSON.parse(traceText), first);
    const times = new Map();
    lastProfile = (await loadCdp.send('Profiler.stop')).profile;
    addProfile(times, lastProfile, longest);
    console.log('  functions by self time in the longest task before the first paragraph:');
    for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(1).padStart(6)}  ${name}`);
    if (process.env.BENCH_INCLUSIVE) {
      const total = inclusiveTimes(lastProfile, longest);
      console.log('  functions by total time in that task:');
      for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_INCLUSIVE))) console.log(`    ${ms.toFixed(1).padStart(6)}  ${name}`);
    }
  }
  const text = await page.evaluate(() => window.__storyText);
  await page.waitForFunction(() => document.querySelectorAll('.article-body[aria-busy]').length === 0, null, { timeout: 60_000 });
  const mounted = await page.locator('section.column').count();
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`large story: story text visible ${Math.round(text)} ms after navigation`);
  console.log(`large story${viaRoute ? ' (digests through request interception)' : ''}: first paragraph visible ${Math.round(first)} ms after navigation (after its frame has painted; that frame began at ${Math.round(firstFrame)} ms); ${mounted} of ${size} columns mounted; ${nodes} DOM elements`);

  const samples = {};
  const quiet = () => page.waitForTimeout(400);
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (cdp) await Promise.all([cdp.send('Profiler.enable'), cdp.send('Performance.enable')]);
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const work = {};
  const selfTimes = {};
  async function measure(kind, act) {
    await quiet();
    const before = await page.evaluate(() => window.__samples.length);
    const m0 = cdp ? await metrics() : null;
    if (cdp) await cdp.send('Profiler.start');
    await act();
    await page.waitForFunction((n) => window.__samples.length > n, before, { timeout: 30_000 });
    if (cdp) {
      const m1 = await metrics();
      addProfile((selfTimes[kind] ??= new Map()), (await cdp.send('Profiler.stop')).profile);
      const w = (work[kind] ??= {});
      for (const k of ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration', 'LayoutCount', 'RecalcStyleCount']) w[k] = (w[k] ?? 0) + m1[k] - m0[k];
    }
    const taken = await page.evaluate((n) => window.__samples.slice(n), before);
    (samples[kind] ??= []).push(...taken);
  }
  const firstColumn = page.locator('section.column').first();
  const search = page.getByRole('searchbox').or(page.getByPlaceholder('Search')).first();
  for (let r = 0; r < ROUNDS; r++) {
    await measure('choose an entity (click)', () => firstColumn.locator('mark[data-entity-id]').nth(r).click());
    await measure('clear (Escape)', () => page.keyboard.press('Escape'));
    await measure('choose a sentence (click)', () => firstColumn.locator('[data-sentence][tabindex]').nth(r + 1).click({ position: { x: 2, y: 4 } }));
    await measure('clear (Escape)', () => page.keyboard.press('Escape'));
    await search.click();
    for (const ch of 'Put') await measure('search (keystroke)', () => page.keyboard.press(ch));
    await measure('next hit (Enter)', () => page.keyboard.press('Enter'));
    await measure('search (keystroke)', () => page.keyboard.press('Control+A'));
    await measure('search (keystroke)', () => page.keyboard.press('Backspace'));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
  }
  for (const [kind, times] of Object.entries(selfTimes)) {
    const runs = samples[kind].length;
    const w = work[kind];
    const ms = (k) => Math.round((w[k] * 1000) / runs);
    console.log(`  profile of ${kind}, per interaction: script ${ms('ScriptDuration')} ms, layout ${ms('LayoutDuration')} ms (${(w.LayoutCount / runs).toFixed(1)}), style ${ms('RecalcStyleDuration')} ms (${(w.RecalcStyleCount / runs).toFixed(1)}), all tasks ${ms('TaskDuration')} ms; functions by self time:`);
    for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`    ${(ms / runs).toFixed(1).padStart(6)}  ${name}`);
  }
  const all = Object.values(samples).flat();
  for (const [kind, xs] of Object.entries(samples)) console.log(`  ${kind.padEnd(28)} p50 ${Math.round(percentile(xs, 50))} ms, p95 ${Math.round(percentile(xs, 95))} ms (${xs.length})`);
  if (all.length) console.log(`large story: click or keystroke to settled page, p95 ${Math.round(percentile(all, 95))} ms (p50 ${Math.round(percentile(all, 50))} ms, ${all.length} samples)`);
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}

/** The renderer's main-thread work up to `untilMs` after navigation, by kind, and its longest tasks. */
function printTrace(trace, untilMs) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((n) => n.pid === e.pid && n.name === 'navigationStart'));
  const start = events.filter((e) => e.name === 'navigationStart' && e.pid === main?.pid).map((e) => e.ts).sort((a, b) => b - a)[0];
  if (!main || start === undefined) {
    console.log('  trace: no main thread found');
    return null;
  }
  const end = start + untilMs * 1000;
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= start && e.ts <= end);
  const sum = {};
  for (const e of own) if (['EvaluateScript', 'v8.compile', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'RunMicrotasks', 'PrePaint', 'Layerize'].includes(e.name)) sum[e.name] = (sum[e.name] ?? 0) + e.dur / 1000;
  console.log(`  trace to first paragraph (${Math.round(untilMs)} ms): ` + Object.entries(sum).map(([k, v]) => `${k} ${Math.round(v)}`).join(', '));
  const tasks = own.filter((e) => e.name === 'RunTask' && e.dur > 20_000).sort((a, b) => a.ts - b.ts);
  const longest = [...tasks].sort((a, b) => b.dur - a.dur)[0];
  for (const t of tasks) {
    const inner = own.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && ['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'RunMicrotasks'].includes(e.name));
    const by = {};
    for (const e of inner) by[e.name] = (by[e.name] ?? 0) + e.dur / 1000;
    console.log(`    task at ${Math.round((t.ts - start) / 1000)} ms, ${Math.round(t.dur / 1000)} ms: ` + Object.entries(by).map(([k, v]) => `${k} ${Math.round(v)}`).join(', '));
  }
  // BENCH_WINDOW=all: the whole load to the first paragraph instead of its longest task
  if (process.env.BENCH_WINDOW === 'all') return [start, end];
  return longest ? [longest.ts, longest.ts + longest.dur] : null;
}
