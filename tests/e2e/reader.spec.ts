import { expect, test } from '@playwright/test';
import { builtDigest, expectAccessible, fixtureDigest, guardNetwork, readerReady, replaceDigest } from './helpers';

const { digest } = builtDigest();
const names = digest.articles.map((a) => a.outlet?.name ?? 'Unknown outlet');
const shot = (name: string) => `screenshots/${name}.png`;

test.beforeEach(async ({ page }) => {
  await guardNetwork(page);
});

test('every outlet has its column with its article text', async ({ page }) => {
  await page.goto('./');
  await readerReady(page);
  await expect(page.locator('section.column')).toHaveCount(digest.articles.length);
  for (const [i, a] of digest.articles.entries()) {
    const column = page.locator('section.column').nth(i);
    await expect(column.getByRole('heading', { level: 2 })).toHaveText(names[i] as string);
    const first = a.sentences[0];
    const words = first ? a.text.slice(first.start, first.end).replace(/[*_[\]()#!]/g, ' ').split(/\s+/).filter((w) => w.length > 3).slice(0, 3) : [];
    for (const w of words) await expect(column.locator('.article-body')).toContainText(w);
  }
  await page.screenshot({ path: shot('columns-light') });
});

test('hidden outlets come back from the URL after a reload', async ({ page }) => {
  await page.goto('./');
  await readerReady(page);
  const boxes = page.getByRole('group', { name: 'Show outlets' }).getByRole('checkbox');
  await boxes.nth(0).uncheck();
  await boxes.nth(1).uncheck();
  await expect(page.locator('section.column')).toHaveCount(digest.articles.length - 2);
  await expect(page).toHaveURL(/hidden=/);
  await page.reload();
  await readerReady(page);
  await expect(page.locator('section.column')).toHaveCount(digest.articles.length - 2);
  await expect(boxes.nth(0)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
});

test('choosing Kim Jong Un marks his mentions in every column', async ({ page }) => {
  await page.goto('./');
  await readerReady(page);
  await page.getByRole('tab', { name: 'Entities' }).click();
  await page.getByRole('button', { name: /^Kim Jong Un\b/ }).click();
  await expect(page.getByTestId('entity-nav')).toContainText(/\d+ mentions in \d+ outlets/);
  const columns = page.locator('section.column');
  for (let i = 0; i < digest.articles.length; i++) {
    await expect(columns.nth(i).locator('mark[data-active="true"]').first()).toBeVisible();
  }
  await page.getByTestId('entity-nav').getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('mark[data-current="true"]')).toHaveCount(1);
  await expect(page).toHaveURL(/entity=/);
  await page.screenshot({ path: shot('entity-kim') });
});

test('choosing a timeline event scrolls the columns to its sentences', async ({ page }) => {
  if (digest.events.length === 0) await replaceDigest(page, JSON.stringify(fixtureDigest()));
  await page.goto('./');
  await readerReady(page);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const items = page.getByRole('list', { name: 'Timeline' }).getByRole('button');
  await expect(items.first()).toBeVisible();
  await items.last().click();
  await expect(page).toHaveURL(/event=/);
  const marked = page.locator('[data-event="true"]');
  await expect(marked.first()).toBeVisible();
  await expect(marked.first()).toBeInViewport();
  await page.screenshot({ path: shot('timeline-event') });
});

test('a disagreement chosen in the panel marks and scrolls to its spans in two columns; Back returns to the previous one', async ({ page }) => {
  const all = (builtDigest().digest as unknown as { discrepancies: { id: string; spans: { articleId: string }[] }[] }).discrepancies;
  const across = all.findIndex((d) => new Set(d.spans.map((s) => s.articleId)).size >= 2);
  test.skip(across < 0, 'the built story has no disagreement between two articles');
  const chosen = all[across]!;
  await page.goto('./');
  await readerReady(page);
  await expect(page.getByRole('region', { name: 'Story overview' })).toBeVisible();
  await page.getByTestId('differences-count').click();
  const items = page.getByRole('list', { name: 'Where outlets disagree' }).getByRole('button');
  await expect(items).toHaveCount(all.length);
  const other = across === 0 ? 1 : 0;
  await items.nth(other).click();
  await items.nth(across).click();
  await expect(page).toHaveURL(new RegExp(`diff=${chosen.id}`));
  const ids = [...new Set(chosen.spans.map((s) => s.articleId))].slice(0, 2);
  for (const id of ids) {
    const mark = page.locator(`section.column[data-article-id="${id}"] mark[data-difference="true"]`).first();
    await expect(mark).toBeVisible();
    await expect(mark).toBeInViewport();
  }
  await page.screenshot({ path: shot('differences') });
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`diff=${all[other]!.id}`));
  await expect(items.nth(other)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('tab', { name: 'Who said what' }).click();
  await page.getByRole('list', { name: 'Speakers' }).getByRole('button').first().click();
  await expect(page.locator('[data-quote="true"]').first()).toBeInViewport();
  await page.screenshot({ path: shot('quotes') });
});

test('searching Vladivostok highlights hits and steps through them', async ({ page }) => {
  await page.goto('./');
  await readerReady(page);
  await page.getByRole('searchbox', { name: 'Search the articles' }).fill('Vladivostok');
  await expect(page.getByTestId('search-count')).toContainText(/\d+ hits/);
  // hits other than the current one are painted over the text (CSS highlights), not marks
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => r.toString()))).toContain('Vladivostok');
  await page.getByRole('searchbox', { name: 'Search the articles' }).press('Enter');
  await expect(page.locator('mark[data-search][data-current="true"]')).toHaveCount(1);
  await expect(page.locator('mark[data-search][data-current="true"]')).toBeInViewport();
  await expect(page).toHaveURL(/q=Vladivostok/);
});

test('choosing a sentence shows which outlets share it; the overview strip jumps', async ({ page }) => {
  await page.goto('./');
  await readerReady(page);
  await page.locator('section.column').first().locator('[data-sentence]:not(:has(mark))').first().click();
  await expect(page.getByTestId('compare-summary')).toContainText(/\d+ of \d+ outlets report this|Only this outlet reports this/);
  await expect(page).toHaveURL(/sent=/);
  await page.locator('section.column').nth(1).locator('.overview-slice[data-shared="true"]').last().click();
  await expect(page.locator('[data-selected="true"]').first()).toBeInViewport();
  await page.screenshot({ path: shot('compare') });
});

test('keyboard: a sentence is a tab stop; arrows move with a visible focus, Enter compares it', async ({ page }) => {
  await page.goto('./');
  await readerReady(page);
  const body = page.locator('section.column').first().locator('[data-scroll-body]');
  await body.focus();
  await page.keyboard.press('Tab');
  await expect(body.locator('[data-sentence][tabindex="0"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const focused = body.locator('[data-sentence][data-focus="true"]');
  await expect(focused.first()).toBeVisible();
  const outline = await focused.first().evaluate((el) => getComputedStyle(el).boxShadow);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare-summary')).toBeVisible();
  await expect(page).toHaveURL(/sent=/);
  await page.screenshot({ path: shot('sentence-keyboard') });
});

test('keyboard: / focuses search, j steps through hits, t and l switch theme and language', async ({ page }) => {
  await page.goto('./');
  await readerReady(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the articles' })).toBeFocused();
  await page.keyboard.type('Putin');
  await page.locator('body').click({ position: { x: 5, y: 500 } });
  await page.keyboard.press('j');
  await expect(page.locator('mark[data-search][data-current="true"]')).toHaveCount(1);
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.screenshot({ path: shot('columns-dark') });
  await page.keyboard.press('l');
  await expect(page.getByRole('tab', { name: 'Linimasa' })).toBeVisible();
});

test('a phone shows the outlets as tabs', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await readerReady(page);
  await expect(page.getByRole('tab', { name: names[0] as string })).toBeVisible();
  await expect(page.locator('section.column')).toHaveCount(1);
  await page.getByRole('tab', { name: names[1] as string }).click();
  await expect(page.locator('section.column h2')).toHaveText(names[1] as string);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: shot('phone') });
});

test('a corrupt digest shows the error view with Retry', async ({ page }) => {
  await replaceDigest(page, '{"schemaVersion":1,"articles":[{"id": garbage');
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('The story could not be loaded');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  await page.screenshot({ path: shot('error') });
});

test('hostile markdown stays inert', async ({ page }) => {
  const hostile = fixtureDigest();
  const a = hostile.articles[2];
  a.text += '\n<script>window.pwned = 1; alert(1)</script>\n[click me](javascript:alert(2)) <img src="x" onerror="window.pwned = 2">\n![pic](javascript:alert(3))\n';
  await replaceDigest(page, JSON.stringify(hostile));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('./');
  await readerReady(page);
  const column = page.locator('section.column').nth(2);
  await expect(column.getByText('click me')).toBeVisible();
  expect(await column.locator('script').count()).toBe(0);
  expect(await column.locator('[onerror]').count()).toBe(0);
  const href = (await column.getByText('click me').evaluate((el) => el.closest('a')?.getAttribute('href'))) ?? '';
  expect(href).not.toMatch(/javascript/i);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('no request leaves 127.0.0.1', async ({ page }) => {
  const external = await guardNetwork(page);
  await page.goto('./');
  await readerReady(page);
  await page.getByRole('tab', { name: 'Entities' }).click();
  await page.getByRole('button', { name: /^Kim Jong Un\b/ }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.locator('summary').first().click();
  await page.waitForLoadState('networkidle');
  expect(external).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations (${scheme})`, async ({ page }) => {
    // four full-page audits: on a busy machine they take close to the default 30 s
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await readerReady(page);
    await expectAccessible(page, 'reader');
    await page.getByRole('tab', { name: 'Entities' }).click();
    await page.getByRole('button', { name: /^Kim Jong Un\b/ }).click();
    await expectAccessible(page, 'entity');
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expectAccessible(page, 'timeline');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, 'shortcuts');
    await page.screenshot({ path: shot(`axe-${scheme}`) });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations in the comparison views (${scheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await readerReady(page);
    await page.getByRole('tab', { name: /Differences/ }).click();
    await page.getByRole('list', { name: 'Where outlets disagree' }).getByRole('button').first().click();
    await expectAccessible(page, 'differences');
    await page.getByRole('tab', { name: 'Who said what' }).click();
    await page.getByRole('list', { name: 'Speakers' }).getByRole('button').first().click();
    await expectAccessible(page, 'quotes');
    await page.screenshot({ path: shot(`comparison-${scheme}`) });
  });
}
