import { expect, test } from '@playwright/test';
import { builtDigest, readerReady } from './helpers';

const firstLine = () => {
  const article = builtDigest().digest.articles[0]!;
  return article.text.slice(article.bodyStart).split('\n').find((l) => l.trim().length > 40)!.trim().slice(0, 60);
};

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('the built page already holds the first article text', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('#first-view')).toContainText(firstLine());
    await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  });
});

test('the app takes over the first view: one main, the text in the reader columns', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await readerReady(page);
  await expect(page.locator('#first-view')).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.locator('section.column').first()).toContainText(firstLine());
  // the stylesheet, moved out of the head, is applied
  expect(await page.locator('.columns').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
  expect(errors).toEqual([]);
});

// On a phone, the reader opens on the article the first view shows. (On a wide screen the other
// outlets' columns come in beside it, and one of their paragraphs may be larger.)
test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  test('the first view paints before the app starts, and its text stays the largest paint', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { largestPaints: string[] };
      w.largestPaints = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { element?: Element | null })[])
          w.largestPaints.push(e.element?.closest('#first-view') ? 'first view' : 'app');
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto('./');
    await readerReady(page);
    const paints = await page.evaluate(() => (window as unknown as { largestPaints: string[] }).largestPaints);
    expect(paints).toEqual(['first view']);
  });

  test('nothing but the boot script downloads before the first view has painted', async ({ page }) => {
    await page.goto('./');
    await readerReady(page);
    const early = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.startTime < paint).map((r) => new URL(r.name).pathname);
    });
    expect(early.filter((path) => !path.endsWith('/boot.js'))).toEqual([]);
  });
});
