#!/usr/bin/env node
// Measures what the first view downloads (entry script, its static imports and preloads, CSS)
// gzipped, and fails when it exceeds the budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET = { js: 128.3 * 1024, css: 10.6 * 1024 };

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/index.html is missing: run "npm run build" first.');
  process.exit(1);
}

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const attr = (tag, name) => new RegExp(`${name}=["']([^"']+)["']`).exec(tag)?.[1];
const local = (href) => href && !/^(https?:)?\/\//.test(href) && !href.startsWith('data:');
const toPath = (from, href) => normalize(join(dirname(from), href.replace(/^\.\//, '').split(/[?#]/)[0]));

const js = new Set();
const css = new Set();
for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
  const src = attr(tag, 'src');
  if (local(src) && /type=["']module["']/.test(tag)) js.add(toPath(join(DIST, 'index.html'), src));
}
// a page with a first view names the app's script, preloads and stylesheets in <meta> tags, which
// public/boot.js turns into the real ones once that view has painted
for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
  const name = attr(tag, 'name');
  const content = attr(tag, 'content');
  if (!local(content)) continue;
  if (name === 'app-entry' || name === 'app-preload') js.add(toPath(join(DIST, 'index.html'), content));
  if (name === 'app-style') css.add(toPath(join(DIST, 'index.html'), content));
}
for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
  const href = attr(tag, 'href');
  const rel = attr(tag, 'rel');
  if (!local(href)) continue;
  if (rel === 'modulepreload') js.add(toPath(join(DIST, 'index.html'), href));
  if (rel === 'stylesheet') css.add(toPath(join(DIST, 'index.html'), href));
}

// Follow static imports of every first-view chunk (dynamic import() calls are left out).
const queue = [...js];
while (queue.length) {
  const file = queue.pop();
  const code = readFileSync(file, 'utf8');
  const statics = [
    ...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+\.js)["']/g),
    ...code.matchAll(/\bexport\s*[\w*{}\s,$]*\s*from\s*["']([^"']+\.js)["']/g),
  ];
  for (const [, spec] of statics) {
    if (!spec.startsWith('.')) continue;
    const path = toPath(file, spec);
    if (!js.has(path) && existsSync(path)) {
      js.add(path);
      queue.push(path);
    }
  }
}

const size = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const report = (kind, files, budget) => {
  let total = 0;
  for (const file of [...files].sort()) {
    const bytes = size(file);
    total += bytes;
    console.log(`${kind.padEnd(4)} ${(bytes / 1024).toFixed(1).padStart(7)} kB gzip  ${file}`);
  }
  const ok = total <= budget;
  console.log(`${kind.padEnd(4)} ${(total / 1024).toFixed(1).padStart(7)} kB gzip  total (budget ${budget / 1024} kB) ${ok ? 'ok' : 'OVER BUDGET'}`);
  return ok;
};

const jsOk = report('js', js, BUDGET.js);
// Informational, outside the budget: the analysis worker (pipeline, tagger model, gazetteer, word
// lists) loads only when the reader adds articles, so it must never be part of the first view.
for (const name of readdirSync(join(DIST, 'assets')).filter((n) => /^analyse\.worker-.*\.js$/.test(n))) {
  const file = join(DIST, 'assets', name);
  const raw = readFileSync(file);
  const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  const firstView = js.has(file) ? ' IN THE FIRST VIEW' : ', not in the first view';
  console.log(`worker ${kB(raw.length)} raw, ${kB(size(file))} gzip, ${kB(brotli)} brotli  ${file} (loads when articles are added${firstView})`);
  if (js.has(file)) process.exitCode = 1;
}
const cssOk = report('css', css, BUDGET.css);
if (js.size === 0) {
  console.error('No entry script found in dist/index.html.');
  process.exit(1);
}
process.exit(jsOk && cssOk && !process.exitCode ? 0 : 1);
