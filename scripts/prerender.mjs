#!/usr/bin/env node
// Writes the first view into dist/index.html after `vite build`: the header bar and the first
// article's text of the story the app opens without being told which (the only one), rendered by
// react-dom/server from src/app/FirstView.tsx, so that the text paints before any script runs.
// A single story too large to open at once gets its lead instead (the opening text of its first
// columns, from the first screen's file beside its digest), hidden: public/boot.js shows it where
// the address opens the story whole, and removes it elsewhere. With several stories, the page keeps
// its loading skeleton. `--dist=<dir>` writes into another build's page (dist/ by default).
// Also takes the app's script, preloads and stylesheet out of the way of that paint
// (lib/first-view-html.mjs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createServer } from 'vite';
import { loadAppAfterFirstPaint, moveStylesheet } from './lib/first-view-html.mjs';

const DIST = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist';
const HTML = `${DIST}/index.html`;
// the root with the loading skeleton in it, as index.html writes it
const SKELETON = /<div id="root">\s*<main class="boot"[\s\S]*?<\/main>\s*<\/div>/;

const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { FirstView, LeadView } = await vite.ssrLoadModule('/src/app/FirstView.tsx');
  const { hasSlice, sliceFileOf } = await vite.ssrLoadModule('/src/app/digestSlice.ts');
  const { planStory } = await vite.ssrLoadModule('/src/app/storySize.ts');
  const { en } = await vite.ssrLoadModule('/src/shared/i18n/messages.ts');
  const index = JSON.parse(readFileSync(`${DIST}/digests/index.json`, 'utf8'));
  let html = readFileSync(HTML, 'utf8');
  const only = index.stories?.length === 1 ? index.stories[0] : null;
  const digest = only ? JSON.parse(readFileSync(`${DIST}/digests/${only.file}`, 'utf8')) : null;
  const sliceFile = only && hasSlice(only.articleCount) ? `${DIST}/digests/${sliceFileOf(only.file)}` : null;
  const lead = sliceFile && existsSync(sliceFile) ? JSON.parse(readFileSync(sliceFile, 'utf8')).lead : null;
  if (!SKELETON.test(html)) throw new Error(`${HTML}: no loading skeleton to replace`);
  if (digest && planStory(digest.articles, null).kind === 'whole') {
    const markup = renderToStaticMarkup(createElement(FirstView, { digest, appTitle: en.appTitle, label: en.loading, unknownOutlet: en.unknownOutlet }));
    // beside the app's root, not in it: the app's first renders (the loading view) leave it alone
    html = html.replace(SKELETON, () => `<div id="first-view">${markup}</div>\n    <div id="root"></div>`);
    html = loadAppAfterFirstPaint(html);
    console.log(`prerender: first view of ${only.id} in ${HTML} (${(markup.length / 1024).toFixed(1)} kB)`);
  } else if (lead) {
    const markup = renderToStaticMarkup(createElement(LeadView, { lead, appTitle: en.appTitle, label: en.loading }));
    // this branch is a story that does not open whole unasked (the first one does)
    const opens = `data-articles="${digest.articles.length}"`;
    // the skeleton stays in the root for an address that opens something else
    html = html.replace(SKELETON, (root) => `<div id="first-view" hidden ${opens}>${markup}</div>\n    ${root}`);
    // the app's script loads at once, as on a page without a first view: most addresses open the
    // notice, not the lead, and the lead paints as soon as boot.js has run
    html = moveStylesheet(html);
    console.log(`prerender: lead of ${only.id} in ${HTML}, shown where the address opens it whole (${(markup.length / 1024).toFixed(1)} kB)`);
  } else {
    html = moveStylesheet(html);
    console.log(`prerender: no single story that opens whole; ${HTML} keeps the loading skeleton`);
  }
  writeFileSync(HTML, html);
} finally {
  await vite.close();
}
