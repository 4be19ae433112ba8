// Lighthouse (mobile profile) on the built app served by `vite preview` on 127.0.0.1:
// performance and accessibility scores and LCP. Prints figures; enforces nothing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
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
  const score = (c) => Math.round((categories[c]?.score ?? 0) * 100);
  console.log(`lighthouse (mobile): performance ${score('performance')}, accessibility ${score('accessibility')}, LCP ${Math.round(audits['largest-contentful-paint'].numericValue)} ms, total blocking ${Math.round(audits['total-blocking-time'].numericValue)} ms, transfer ${Math.round((audits['total-byte-weight'].numericValue ?? 0) / 1024)} kB`);
  for (const a of Object.values(audits)) if (a.score !== null && a.score < 1 && categories.accessibility.auditRefs.some((r) => r.id === a.id)) console.log(`  accessibility: ${a.id}: ${a.title}`);
} finally {
  await chrome.kill();
  server.kill();
}
