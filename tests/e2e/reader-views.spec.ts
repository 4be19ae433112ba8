import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, fixtureDigest, guardNetwork, readerReady, replaceDigest } from './helpers';

const shot = (name: string) => `screenshots/${name}.png`;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const column = (page: Page, name: string) => page.locator('section.column').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
const loaded = (page: Page, name: string) => page.getByRole('img', { name }).evaluate((img: HTMLImageElement) => (img.tagName === 'IMG' && img.complete ? img.naturalWidth : 0));

/** Opens the hand-made fixture story, changed by `edit`. */
async function openFixture(page: Page, url = './', edit: (story: ReturnType<typeof fixtureDigest>) => void = () => {}) {
  const story = fixtureDigest();
  edit(story);
  await replaceDigest(page, JSON.stringify(story));
  await page.goto(url);
  await readerReady(page);
}

test.beforeEach(async ({ page }) => {
  await guardNetwork(page);
});

test('the side panel hides from the keyboard, the columns take its width, and a link keeps it hidden', async ({ page }) => {
  await openFixture(page);
  const area = page.locator('.columns-area');
  const before = (await area.boundingBox())?.width ?? 0;
  // one step back from the first tab reaches the hide button
  await page.getByRole('tab', { name: 'Outlets' }).focus();
  await page.keyboard.press('Shift+Tab');
  const hide = page.getByRole('button', { name: 'Hide side panel' });
  await expect(hide).toBeFocused();
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');

  const show = page.getByRole('button', { name: 'Show side panel' });
  await expect(show).toBeFocused();
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/sidebar=false/);
  await expect(page.getByRole('tab', { name: 'Outlets' })).toHaveCount(0);
  await expect.poll(async () => (await area.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(before + 290);
  await expectAccessible(page, 'side panel hidden');
  await page.screenshot({ path: shot('sidebar-hidden-1440') });

  await page.reload();
  await readerReady(page);
  await expect(page.getByRole('button', { name: 'Show side panel' })).toBeVisible();
  await page.getByRole('button', { name: 'Show side panel' }).click();
  await expect(page.getByRole('tab', { name: 'Outlets' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide side panel' })).toBeFocused();
  await expect(page).not.toHaveURL(/sidebar=/);
  await expect.poll(async () => (await area.boundingBox())?.width ?? 0).toBeLessThan(before + 10);
});

test('on a phone the header opens the side panel: there is no hide button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openFixture(page, './?sidebar=false');
  await expect(page.getByRole('button', { name: 'Show side panel' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open the side panel' }).click();
  await expect(page.getByRole('tab', { name: 'Outlets' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide side panel' })).toHaveCount(0);
});

test('Show images shows the article’s own images and hides them again', async ({ page }) => {
  await page.route('**/gambar/denah.png', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
  await openFixture(page, './', (story) => {
    story.articles[0].text += '\n\n![Denah ruang rapat](/gambar/denah.png)\n';
  });
  const tempo = column(page, 'Tempo');
  const images = page.getByRole('switch', { name: 'Show images' });
  await expect(images).toBeChecked();
  // an image of the app's own origin loads as the story opens
  await tempo.getByRole('img', { name: 'Denah ruang rapat' }).evaluate((img) => img.scrollIntoView({ block: 'center' }));
  await expect.poll(() => loaded(page, 'Denah ruang rapat')).toBeGreaterThan(0);
  // an image of another site stays a placeholder until asked for
  await expect(column(page, 'Tirto').getByRole('group', { name: 'Kereta lapis baja Kim' })).toBeVisible();

  await images.click();
  await expect(page).toHaveURL(/images=false/);
  await expect(page.locator('section.column img')).toHaveCount(0);
  await expect(tempo.getByRole('img', { name: 'Denah ruang rapat' })).toHaveText('Denah ruang rapat');

  await images.click();
  await expect(page).not.toHaveURL(/images=/);
  await tempo.getByRole('img', { name: 'Denah ruang rapat' }).evaluate((img) => img.scrollIntoView({ block: 'center' }));
  await expect.poll(() => loaded(page, 'Denah ruang rapat')).toBeGreaterThan(0);
});

test('on a wide screen the compare summary reads in full and the short count is hidden', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFixture(page, './?order=tirto');
  await page.locator('section.column[data-article-id="tirto"] [data-sentence="143"]').first().focus();
  await page.keyboard.press('Enter');
  const summary = page.getByTestId('compare-summary');
  await expect(summary.getByText('2 of 3 outlets report this: Tirto and Tempo; Unknown outlet does not.').filter({ visible: true })).toHaveCount(1);
  await expect(summary.getByText('2/3 outlets', { exact: true })).toBeHidden();
});

test('at 390 px the toolbar keeps one row with a sentence chosen: a short count, the whole summary for screen readers', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openFixture(page, './?order=tirto');
  await page.locator('section.column[data-article-id="tirto"] [data-sentence="143"]').first().focus();
  await page.keyboard.press('Enter');
  const summary = page.getByTestId('compare-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByText('2/3 outlets', { exact: true })).toBeVisible();
  await expect(summary.getByRole('status')).toContainText('2 of 3 outlets report this: Tirto and Tempo; Unknown outlet does not.');
  await expect(summary).toHaveAttribute('title', /2 of 3 outlets report this/);
  const tops = await page.locator('.toolbar > *').evaluateAll((items) => items.map((el) => Math.round(el.getBoundingClientRect().top)));
  const bottoms = await page.locator('.toolbar > *').evaluateAll((items) => items.map((el) => Math.round(el.getBoundingClientRect().bottom)));
  // every item of the toolbar shares one row
  expect(Math.max(...tops)).toBeLessThan(Math.min(...bottoms));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: shot('toolbar-390') });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a sentence focused from the keyboard shows a frame, not a tint, over a person's tint (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openFixture(page);
    // Tempo's first sentence names Vladimir Putin (a person)
    const first = page.locator('section.column[data-article-id="tempo"] [data-sentence="208"][tabindex]');
    await first.focus();
    await expect(first).toHaveAttribute('data-focus', 'true');
    const style = await first.evaluate((el) => {
      const s = getComputedStyle(el);
      return { frame: s.boxShadow, background: s.backgroundColor };
    });
    // a frame of lines in a strong colour of the scheme, and no tint that would thin the text's contrast
    const colour = scheme === 'light' ? 'rgb(54, 79, 199)' : 'rgb(145, 167, 255)';
    expect(style).toEqual({ frame: `${colour} 0px -2px 0px 0px, ${colour} 0px 2px 0px 0px, ${colour} -2px 0px 0px 0px`, background: 'rgba(0, 0, 0, 0)' });
    await expectAccessible(page, `focused sentence, ${scheme}`);
    await page.locator('section.column[data-article-id="tempo"]').screenshot({ path: shot(`sentence-focus-${scheme}`) });
  });
}
