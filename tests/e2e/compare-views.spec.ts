import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtDigest, expectAccessible, guardNetwork, readerReady } from './helpers';

interface Span {
  articleId: string;
  start: number;
  end: number;
}
const { file } = builtDigest();
const digest = JSON.parse(readFileSync(`public/digests/${file}`, 'utf8')) as {
  articles: { id: string; sentences: { start: number; end: number }[] }[];
  sharedPassages: { id: string; mentions: Span[] }[];
};
const shot = (name: string) => `screenshots/${name}.png`;

/** A sentence of the first article that another article shares, and that other article's sentence. */
function sharedPair() {
  const sentenceAt = (m: Span) => digest.articles.find((a) => a.id === m.articleId)?.sentences.find((s) => s.start < m.end && m.start < s.end);
  for (const p of digest.sharedPassages) {
    const [a, b] = p.mentions.filter((m, i, all) => all.findIndex((x) => x.articleId === m.articleId) === i);
    const sa = a && sentenceAt(a);
    const sb = b && sentenceAt(b);
    if (a && b && sa && sb) return { from: { articleId: a.articleId, start: sa.start }, to: { articleId: b.articleId, start: sb.start } };
  }
  throw new Error('the built story has no passage shared by two articles');
}
const pair = sharedPair();
const sentence = (page: Page, s: { articleId: string; start: number }) => page.locator(`section.column[data-article-id="${s.articleId}"] [data-sentence="${s.start}"][tabindex]`);
/** Chooses a sentence from the keyboard (a click could land on an entity inside it). */
const choose = async (page: Page, s: { articleId: string; start: number }) => {
  await sentence(page, s).focus();
  await page.keyboard.press('Enter');
};

test.beforeEach(async ({ page }) => {
  await guardNetwork(page);
});

test('choosing a sentence shows the other outlets’ wording with the differences marked; a match scrolls its column', async ({ page }) => {
  await page.goto('./');
  await readerReady(page);
  await choose(page, pair.from);
  await expect(page.getByTestId('compare-summary')).toContainText(/\d+ of \d+ outlets report this: .+|Only this outlet reports this: .+/);
  const wording = page.getByRole('region', { name: 'Wording in other outlets' });
  await expect(wording).toBeVisible();
  const match = wording.locator('button.wording-match').filter({ hasText: /Show in/ });
  await expect(match.first()).toBeVisible();
  await expect(wording.locator('ins, del').first()).toBeVisible();
  const target = wording.locator('button.wording-match').nth(0);
  await target.click();
  // the column of the match brings one of its shared sentences into view
  const shared = page.locator('section.column [data-shared="true"]');
  await expect(shared.first()).toBeVisible();
  await expect(page.locator(`section.column[data-article-id="${pair.to.articleId}"] [data-shared="true"]`).first()).toBeInViewport();
  await page.screenshot({ path: shot('wording-1440') });
});

test('a cell of who reported what chooses the event and scrolls that outlet’s column to its sentence', async ({ page }) => {
  await page.goto('./');
  await readerReady(page);
  await page.getByRole('tab', { name: 'Who reported what' }).click();
  const table = page.getByRole('table', { name: 'Events by outlet' });
  await expect(table).toBeVisible();
  const cell = table.getByRole('button').last();
  const name = (await cell.getAttribute('aria-label')) ?? '';
  await cell.click();
  await expect(page).toHaveURL(/event=/);
  const outlet = name.split(',')[0] ?? '';
  const column = page.locator('section.column').filter({ has: page.getByRole('heading', { level: 2, name: outlet, exact: true }) }).first();
  await expect(column.locator('[data-event="true"]').first()).toBeInViewport();
  await page.screenshot({ path: shot('coverage-1440') });
  await page.goBack();
  await expect(page).not.toHaveURL(/event=/);
});

test('at 390 px: a match opens its outlet’s tab at the sentence, a matrix cell too, and nothing covers the text', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./?order=${pair.from.articleId}`);
  await readerReady(page);
  await choose(page, pair.from);
  const wording = page.getByRole('region', { name: 'Wording in other outlets' });
  await expect(wording).toBeVisible();
  const box = await wording.boundingBox();
  const match = wording.locator('button.wording-match').first();
  await expect(match).toContainText(/Show in/);
  await page.screenshot({ path: shot('wording-390') });
  await match.click();
  await expect(page.locator('section.column')).toHaveCount(1);
  const shared = page.locator('section.column [data-shared="true"]').first();
  await expect(shared).toBeInViewport();
  // the panel sits above the columns: the sentence it points at is below it, not under it
  const at = await shared.boundingBox();
  expect(at && box && at.y >= box.y + box.height - 1).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByRole('button', { name: 'Open the side panel' }).click();
  await page.getByRole('tab', { name: 'Who reported what' }).click();
  const cell = page.getByRole('table', { name: 'Events by outlet' }).getByRole('button').first();
  const outlet = ((await cell.getAttribute('aria-label')) ?? '').split(',')[0] ?? '';
  await page.screenshot({ path: shot('coverage-390') });
  // the table scrolls sideways within the whole width of the panel
  const region = await page.getByRole('region', { name: 'Events by outlet' }).boundingBox();
  expect(region && region.width).toBeGreaterThan(330);
  await cell.click();
  await expect(page.getByRole('table', { name: 'Events by outlet' })).not.toBeInViewport();
  await expect(page.getByRole('tab', { name: outlet, exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('section.column [data-event="true"]').first()).toBeInViewport();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations in wording and who reported what (${scheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await readerReady(page);
    await choose(page, pair.from);
    await expect(page.getByRole('region', { name: 'Wording in other outlets' })).toBeVisible();
    // the audit is of the chosen sentence, not of its keyboard focus ring
    await page.getByText('Chosen sentence:').click();
    await expectAccessible(page, 'wording');
    await page.getByRole('tab', { name: 'Who reported what' }).click();
    await expect(page.getByRole('table', { name: 'Events by outlet' })).toBeVisible();
    await expectAccessible(page, 'who reported what');
    await page.screenshot({ path: shot(`compare-views-${scheme}`) });
  });
}
