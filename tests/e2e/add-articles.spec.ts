import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guardNetwork, readerReady } from './helpers';

const SEED = 'stories/putin-kim-vladivostok-2019';
const articleFiles = readdirSync(SEED).filter((n) => n.endsWith('.txt')).sort();
const seedFile = (name: string) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(SEED, name)) });
const three = articleFiles.slice(0, 3).map(seedFile);
// a PNG's first bytes and zeros: what a photo saved as .txt by mistake looks like
const binary = { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]) };

test.beforeEach(async ({ page }) => {
  await guardNetwork(page);
});

async function openAddArticles(page: Page) {
  await page.goto('./');
  await readerReady(page);
  await page.getByRole('button', { name: 'Add articles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add articles' })).toBeVisible();
}

/** The columns' outlet headings and how many entity marks each column has. */
async function readerView(page: Page) {
  await readerReady(page);
  const columns = page.locator('section.column');
  const count = await columns.count();
  const view: { outlet: string; entities: number }[] = [];
  for (let i = 0; i < count; i++) {
    const column = columns.nth(i);
    view.push({ outlet: (await column.getByRole('heading', { level: 2 }).textContent()) ?? '', entities: await column.locator('mark[data-entity]').count() });
  }
  return view;
}

test('three dropped files are analysed in a worker, with progress, and no request leaves the page', async ({ page }) => {
  await openAddArticles(page);
  await page.getByLabel('Choose files').setInputFiles(three);
  await expect(page.getByTestId('add-file')).toHaveCount(3);
  // every value the progress bar shows, as the page renders it
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const value = Number(bar?.getAttribute('aria-valuenow') ?? NaN);
      if (!Number.isNaN(value) && seen[seen.length - 1] !== value) seen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByRole('button', { name: 'Analyse' }).click();
  // at 0 % the bar's filled section has no width, so it is present rather than visible
  await expect(page.getByRole('progressbar', { name: 'Analysing' })).toBeAttached();
  const view = await readerView(page);
  page.removeAllListeners('request');

  // the worker's own script is the one download; the analysis itself asks for nothing
  expect(requests.filter((url) => !/\/assets\/analyse\.worker-[\w-]+\.js$/.test(url))).toEqual([]);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(seen.some((v) => v > 0 && v < 100)).toBe(true);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);

  expect(view).toHaveLength(3);
  for (const column of view) expect(column.entities).toBeGreaterThan(0);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('button').first()).toBeVisible();

  // still there after a reload, from this device
  await page.reload();
  expect(await readerView(page)).toEqual(view);
  await page.getByRole('button', { name: 'News Compare' }).click();
  await expect(page.getByTestId('on-device')).toHaveCount(1);
  await expect(page.getByText('on this device')).toBeVisible();
});

test('a story exported and imported again gives the same view; a wrong file gets a clear error', async ({ page }, info) => {
  await openAddArticles(page);
  await page.getByLabel('Story title (optional)').fill('Tiga media');
  await page.getByLabel('Choose files').setInputFiles(three);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const before = await readerView(page);
  await expect(page.locator('.story-title')).toHaveText('Tiga media');

  await page.getByRole('button', { name: 'News Compare' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Tiga media' }).click();
  const file = info.outputPath('exported.json');
  await (await download).saveAs(file);
  await page.getByRole('button', { name: 'Delete Tiga media' }).click();
  await expect(page.getByTestId('on-device')).toHaveCount(0);

  // the reader is back on the one bundled story; import from its header
  await page.goto('./');
  await readerReady(page);
  await page.getByRole('button', { name: 'Add articles' }).click();
  const broken = info.outputPath('broken.json');
  writeFileSync(broken, readFileSync(file, 'utf8').slice(0, 200));
  await page.getByLabel('Choose a digest file').setInputFiles(broken);
  await expect(page.getByRole('alert')).toHaveText('broken.json is not a digest file: it is not valid JSON.');
  const wrong = info.outputPath('wrong.json');
  writeFileSync(wrong, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), articles: 'none' }));
  await page.getByLabel('Choose a digest file').setInputFiles(wrong);
  await expect(page.getByRole('alert')).toContainText('wrong.json is not a valid digest file: articles');

  await page.getByLabel('Choose a digest file').setInputFiles(file);
  expect(await readerView(page)).toEqual(before);
  await expect(page.locator('.story-title')).toHaveText('Tiga media');
});

test('a binary file gets its message next to it and the other articles still load', async ({ page }) => {
  await openAddArticles(page);
  await page.getByLabel('Choose files').setInputFiles([...three.slice(0, 2), binary]);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const photo = page.getByTestId('add-file').filter({ hasText: 'photo.txt' });
  await expect(photo.locator('.add-diagnostic')).toContainText(/^warning: .*binary/);
  await expect(page.getByTestId('add-file').filter({ hasText: three[0]!.name }).locator('.add-diagnostic')).toHaveCount(0);
  await page.getByRole('button', { name: 'Open the story' }).click();
  expect(await readerView(page)).toHaveLength(2);
});

test('saved web pages are read as their articles, and a page without one is named', async ({ page }) => {
  const pageFile = (name: string) => ({ name, mimeType: 'text/html', buffer: readFileSync(join('tests/fixtures/pages', name)) });
  await openAddArticles(page);
  await page.getByLabel('Choose files').setInputFiles(['berita-banjir.html', 'jsonld-saja.html', 'bukan-artikel.html'].map(pageFile));
  await page.getByRole('button', { name: 'Analyse' }).click();
  const empty = page.getByTestId('add-file').filter({ hasText: 'bukan-artikel.html' });
  await expect(empty.locator('.add-diagnostic')).toContainText(/no article found/);
  await page.getByRole('button', { name: 'Open the story' }).click();
  const view = await readerView(page);
  // the outlets come from each page's own metadata (og:site_name, JSON-LD publisher)
  expect(view.map((c) => c.outlet).sort()).toEqual(['Kabar Pasar', 'Warta Priangan']);
  for (const column of view) expect(column.entities).toBeGreaterThan(0);
  await expect(page.getByText('Banjir', { exact: false }).first()).toBeVisible();
});

test('cancel stops the analysis and the page stays usable', async ({ page }) => {
  await openAddArticles(page);
  await page.getByLabel('Choose files').setInputFiles(articleFiles.map(seedFile));
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('Analysis cancelled.');
  await expect(page.getByRole('button', { name: 'Analyse' })).toBeEnabled();
});

test('the built worker writes the seed digest byte for byte as the command line does', async ({ page }, info) => {
  const worker = readdirSync('dist/assets').find((n) => /^analyse\.worker-[\w-]+\.js$/.test(n));
  expect(worker, 'run "npm run build" first').toBeTruthy();
  const files = readdirSync(SEED).sort().map((name) => ({ name, bytes: [...readFileSync(join(SEED, name))] }));
  await page.goto('./');
  const result = await page.evaluate(
    async ({ url, files }) => {
      const started = performance.now();
      const w = new Worker(url, { type: 'module' });
      const digest = await new Promise<string | null>((resolve, reject) => {
        w.onmessage = (e) => {
          if (e.data.type === 'done') resolve(e.data.digest);
          if (e.data.type === 'failed') reject(new Error(e.data.message));
        };
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage({ type: 'analyse', folderName: 'putin-kim-vladivostok-2019', files: files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })) });
      });
      w.terminate();
      return { digest, ms: Math.round(performance.now() - started) };
    },
    { url: `./assets/${worker}`, files },
  );
  // public/digests/<id>.json is what `npm run digest` (the pipeline in Node) wrote for this folder
  const node = readFileSync('public/digests/putin-kim-vladivostok-2019.json', 'utf8');
  // kept beside the test's output when they differ, to compare
  if (result.digest !== node) writeFileSync(info.outputPath('worker-digest.json'), result.digest ?? 'null');
  expect(result.digest === node, 'worker and Node digests differ').toBe(true);
  console.log(`seed story (${files.length - 1} articles) analysed in the worker in Chromium: ${result.ms} ms (worker start included)`);
});
