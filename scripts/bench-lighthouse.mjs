// Lighthouse (mobile profile) on the built app served by `vite preview` on 127.0.0.1:
// performance and accessibility scores and LCP, the elements behind failing accessibility audits,
// the LCP element and the main performance opportunities. Then the same audit of the floor: a
// static HTML page holding the text of the first view (story title, first article), no script and
// no stylesheet, served from the same machine; LCP and FCP of the app are printed as ratios to it.
// Prints figures; enforces nothing.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { benchChromium } from './lib/bench-browser.mjs';

const PORT = 4179;
const chromePath = benchChromium();

// its own process group, so that stopping it also stops the vite process that npx starts
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const url = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
/** The floor page: what the first view shows as text, in the plainest HTML there is. */
function floorPage() {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const index = JSON.parse(readFileSync('dist/digests/index.json', 'utf8'));
  const entry = index.stories[0];
  const digest = JSON.parse(readFileSync(`dist/digests/${entry.file}`, 'utf8'));
  const article = digest.articles[0];
  const lines = article.text.slice(article.bodyStart).split('\n').map((l) => l.trim()).filter(Boolean);
  return `<!doctype html><html lang="id"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${escape(digest.story.title)}</title></head><body><h1>${escape(digest.story.title)}</h1><h2>${escape(article.title ?? '')}</h2>${lines.map((l) => `<p>${escape(l)}</p>`).join('')}</body></html>`;
}
const floorHtml = floorPage();
const floor = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(floorHtml));
await new Promise((resolve) => floor.listen(PORT + 1, '127.0.0.1', resolve));

// LHR_OUT=<folder> keeps every round's report and trace (app-<round>.json, app-<round>.trace.json,
// and the same for the floor page), for a closer look at the runs
const OUT = process.env.LHR_OUT;
if (OUT) mkdirSync(OUT, { recursive: true });
function keep(kind, round, result) {
  if (!OUT) return;
  writeFileSync(join(OUT, `${kind}-${round + 1}.json`), JSON.stringify(result.lhr));
  if (result.artifacts?.Trace) writeFileSync(join(OUT, `${kind}-${round + 1}.trace.json`), JSON.stringify(result.artifacts.Trace));
}

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  const { categories, audits } = result.lhr;
  keep('app', 0, result);
  const score = (c) => Math.round((categories[c]?.score ?? 0) * 100);
  console.log(`lighthouse (mobile): performance ${score('performance')}, accessibility ${score('accessibility')}, LCP ${Math.round(audits['largest-contentful-paint'].numericValue)} ms, total blocking ${Math.round(audits['total-blocking-time'].numericValue)} ms, transfer ${Math.round((audits['total-byte-weight'].numericValue ?? 0) / 1024)} kB`);
  const inCategory = (c, id) => categories[c]?.auditRefs.some((r) => r.id === id);
  for (const a of Object.values(audits)) {
    if (a.score === null || a.score >= 1 || !inCategory('accessibility', a.id)) continue;
    console.log(`  accessibility: ${a.id}: ${a.title}`);
    // the failing elements: selector, markup and the reason axe gives (e.g. the contrast ratio)
    for (const item of a.details?.items ?? []) {
      const node = item.node ?? {};
      console.log(`    - ${node.selector ?? '?'}`);
      if (node.snippet) console.log(`      ${node.snippet.slice(0, 200)}`);
      const why = (node.explanation ?? '').split('\n').map((l) => l.trim()).filter(Boolean).slice(1).join(' ');
      if (why) console.log(`      ${why.slice(0, 300)}`);
    }
  }
  // the main performance opportunities, with their estimated savings
  // the LCP element: in the LCP breakdown insight (Lighthouse 13), before in its own audit
  const lcpNode = (lhr) => lhr.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node') ?? lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  const lcpEl = lcpNode(result.lhr);
  if (lcpEl) console.log(`  LCP element: ${lcpEl.selector} ${lcpEl.snippet?.slice(0, 120) ?? ''}`);
  const phases = audits['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  if (phases) console.log(`  LCP phases: ${phases.map((p) => `${p.phase ?? p.label} ${Math.round(p.timing)} ms`).join(', ')}`);
  for (const a of Object.values(audits)) {
    const saving = a.metricSavings && Object.entries(a.metricSavings).filter(([, v]) => v > 0);
    if (a.score !== null && a.score < 0.9 && inCategory('performance', a.id) && saving?.length)
      console.log(`  performance: ${a.id}: ${a.title} (${saving.map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')})`);
  }
  const metric = (lhr, id) => lhr.audits[id].numericValue;
  const cls = audits['cumulative-layout-shift']?.numericValue ?? 0;
  console.log(`  FCP ${Math.round(metric(result.lhr, 'first-contentful-paint'))} ms, CLS ${cls.toFixed(3)}`);
  const base = await lighthouse(`http://127.0.0.1:${PORT + 1}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  keep('floor', 0, base);
  const ratio = (id) => `${Math.round(metric(result.lhr, id))} / ${Math.round(metric(base.lhr, id))} ms = ${(metric(result.lhr, id) / metric(base.lhr, id)).toFixed(2)}x`;
  console.log(`lighthouse (mobile), app / static floor page, same run: LCP ${ratio('largest-contentful-paint')}, FCP ${ratio('first-contentful-paint')}`);
  // the simulated LCP swings by up to 2x from run to run: pairs of runs, app then floor, and their medians
  const rounds = Number(process.env.LH_ROUNDS ?? 3);
  const pairs = [{ app: result.lhr, floor: base.lhr }];
  for (let i = 1; i < rounds; i++) {
    const app = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const plain = await lighthouse(`http://127.0.0.1:${PORT + 1}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    keep('app', i, app);
    keep('floor', i, plain);
    pairs.push({ app: app.lhr, floor: plain.lhr });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const medianRatio = (id) => median(pairs.map((p) => metric(p.app, id) / metric(p.floor, id))).toFixed(2);
  const medianMs = (id) => Math.round(median(pairs.map((p) => metric(p.app, id))));
  pairs.forEach((p, i) => {
    const node = lcpNode(p.app);
    console.log(`  round ${i + 1}: LCP ${Math.round(metric(p.app, 'largest-contentful-paint'))} / ${Math.round(metric(p.floor, 'largest-contentful-paint'))} ms, FCP ${Math.round(metric(p.app, 'first-contentful-paint'))} / ${Math.round(metric(p.floor, 'first-contentful-paint'))} ms, CLS ${(p.app.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}, LCP element ${node?.selector ?? '?'}`);
  });
  console.log(`lighthouse (mobile), median of ${pairs.length} paired runs: LCP ${medianRatio('largest-contentful-paint')}x, FCP ${medianRatio('first-contentful-paint')}x the floor page; app LCP ${medianMs('largest-contentful-paint')} ms, TBT ${medianMs('total-blocking-time')} ms`);
} finally {
  floor.close();
  await chrome.kill();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}
