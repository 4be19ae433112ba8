import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtDigest, guardNetwork, replaceDigest } from './helpers';

// A 200-article story made from the built seed digest: the seed articles repeated under new ids,
// one far column with a closing line of its own (a word and a name no other column has).
const SIZE = 200;
const FAR = 150;
const WORD = 'Zyxwabuk';
const NAME = 'Qorvinata';

function largeStory() {
  const { file } = builtDigest();
  const seed = JSON.parse(readFileSync(`public/digests/${file}`, 'utf8'));
  const articles = Array.from({ length: SIZE }, (_, k) => {
    const a = seed.articles[k % seed.articles.length];
    // the first copy of each article keeps its id, so that events and passages still point at it
    const copy = { ...a, id: k < seed.articles.length ? a.id : `${a.id}-${k}`, file: `${String(k).padStart(3, '0')}-${a.file}` };
    if (k !== FAR) return copy;
    const start = a.text.length + 2;
    const line = `${NAME} menutup dengan kata ${WORD}.`;
    return {
      ...copy,
      text: `${a.text}\n\n${line}`,
      sentences: [...a.sentences, { start, end: start + line.length }],
      mentions: [...a.mentions, { start, end: start + NAME.length, type: 'PER', entityId: 'far-only', text: NAME }],
    };
  });
  const entities = [...seed.entities, { id: 'far-only', type: 'PER', name: NAME, aliases: [], mentionCount: 1 }];
  return { body: JSON.stringify({ ...seed, articles, entities }), farId: articles[FAR].id as string };
}

const { body, farId } = largeStory();
const mounted = (page: Page) => page.locator('section.column');
const strip = (page: Page) => page.locator('.columns');

/** Whether the column's box overlaps the strip's visible part. */
async function inView(page: Page, id: string) {
  return page.evaluate((articleId) => {
    const row = document.querySelector('.columns')!.getBoundingClientRect();
    const box = document.querySelector(`.columns > [data-article-id="${articleId}"]`)!.getBoundingClientRect();
    return box.right > row.left + 40 && box.left < row.right - 40;
  }, id);
}

test.beforeEach(async ({ page }) => {
  await guardNetwork(page);
  await replaceDigest(page, body);
});

test('a 200-article story mounts only the columns near view; scrolling the strip brings more', async ({ page }) => {
  await page.goto(`./?first=${SIZE}`);
  await expect(mounted(page).first()).toBeVisible();
  await expect(strip(page).locator(':scope > [data-article-id]')).toHaveCount(SIZE);
  expect(await mounted(page).count()).toBeLessThanOrEqual(8);
  const pitch = await page.evaluate(() => {
    const [a, b] = document.querySelectorAll<HTMLElement>('.columns > [data-article-id]');
    return b!.offsetLeft - a!.offsetLeft;
  });
  await strip(page).evaluate((el, left) => el.scrollTo({ left, behavior: 'instant' }), pitch * 60);
  const sixtieth = strip(page).locator(':scope > [data-article-id]').nth(60);
  await expect(sixtieth).toHaveJSProperty('tagName', 'SECTION');
  await expect(sixtieth.locator('.paragraph').first()).toBeVisible();
  // the first columns have gone, and the count stays small
  await expect(strip(page).locator(':scope > [data-article-id]').first()).toHaveJSProperty('tagName', 'DIV');
  expect(await mounted(page).count()).toBeLessThanOrEqual(8);
});

test('searching a word only a far column has mounts that column and scrolls to the hit', async ({ page }) => {
  await page.goto(`./?first=${SIZE}`);
  await expect(mounted(page).first().locator('.paragraph').first()).toBeVisible();
  // the first screen's columns come first; the rest of the strip follows
  await expect(strip(page).locator(':scope > [data-article-id]')).toHaveCount(SIZE);
  expect(await inView(page, farId)).toBe(false);
  await page.getByPlaceholder('Search').fill(WORD);
  const column = page.locator(`section.column[data-article-id="${farId}"]`);
  // the column's first hit, painted over the text (CSS highlights), is within the column's view
  const firstHitShown = (id: string) =>
    page.evaluate((id) => {
      const range = [...(CSS.highlights.get('search-hit') ?? [])].filter((r): r is Range => r instanceof Range).find((r) => r.startContainer.parentElement?.closest('section.column')?.getAttribute('data-article-id') === id);
      const box = range?.startContainer.parentElement?.closest('[data-scroll-body]')?.getBoundingClientRect();
      const at = range?.getBoundingClientRect();
      return !!range && !!box && !!at && at.top >= box.top && at.bottom <= box.bottom && at.left < innerWidth && at.right > 0;
    }, id);
  await expect.poll(() => firstHitShown(farId)).toBe(true);
  await expect(column.locator('mark[data-search]')).toHaveCount(0);
  expect(await inView(page, farId)).toBe(true);
  expect(await mounted(page).count()).toBeLessThanOrEqual(9);
});

test('an entity chosen in the address that only a far column names is brought into view', async ({ page }) => {
  await page.goto(`./?first=${SIZE}&entity=far-only`);
  const column = page.locator(`section.column[data-article-id="${farId}"]`);
  await expect(column.locator('mark[data-active="true"]')).toBeInViewport();
  expect(await inView(page, farId)).toBe(true);
});
