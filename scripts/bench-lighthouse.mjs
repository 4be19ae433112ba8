// Lighthouse (mobile profile) on the built app served by `vite preview` on 127.0.0.1:
// performance and accessibility scores and LCP, the elements behind failing accessibility audits,
// the LCP element and the main performance opportunities. Prints figures; enforces nothing.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './ensure-chromium.mjs';

const PORT = 4179;
if (!existsSync('dist/index.html')) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const chromePath = findChromium();
if (!chromePath) {
  console.error('bench: Chromium not found; run `node scripts/ensure-chromium.mjs`');
  process.exit(1);
}

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
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  const { categories, audits } = result.lhr;
  // LHR_OUT=file keeps the whole report, for a closer look at a run
  if (process.env.LHR_OUT) writeFileSync(process.env.LHR_OUT, JSON.stringify(result.lhr));
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
  const lcpEl = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (lcpEl) console.log(`  LCP element: ${lcpEl.selector} ${lcpEl.snippet?.slice(0, 120) ?? ''}`);
  const phases = audits['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  if (phases) console.log(`  LCP phases: ${phases.map((p) => `${p.phase ?? p.label} ${Math.round(p.timing)} ms`).join(', ')}`);
  for (const a of Object.values(audits)) {
    const saving = a.metricSavings && Object.entries(a.metricSavings).filter(([, v]) => v > 0);
    if (a.score !== null && a.score < 0.9 && inCategory('performance', a.id) && saving?.length)
      console.log(`  performance: ${a.id}: ${a.title} (${saving.map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')})`);
  }
} finally {
  await chrome.kill();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}
