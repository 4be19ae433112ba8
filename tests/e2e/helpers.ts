import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The story index and its first digest, as built into public/digests. */
export function builtDigest() {
  const index = JSON.parse(readFileSync('public/digests/index.json', 'utf8')) as { stories: { id: string; file: string }[] };
  const file = index.stories[0]?.file ?? '';
  const digest = JSON.parse(readFileSync(`public/digests/${file}`, 'utf8')) as {
    articles: { id: string; text: string; bodyStart: number; outlet: { name: string } | null; sentences: { start: number; end: number }[] }[];
    entities: { id: string; name: string }[];
    events: unknown[];
  };
  return { index, file, digest };
}

/** The hand-made fixture digest of the component tests. */
export const fixtureDigest = () => JSON.parse(readFileSync('tests/app/fixtures/digest.json', 'utf8'));

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Records every request; requests to other hosts are answered locally (never reach the network). */
export async function guardNetwork(page: Page): Promise<string[]> {
  const external: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.fallback();
    external.push(url.href);
    if (route.request().resourceType() === 'image') return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
    return route.fulfill({ status: 204, body: '' });
  });
  return external;
}

/** Serves `body` instead of the built story digest. */
export async function replaceDigest(page: Page, body: string) {
  const { file } = builtDigest();
  await page.route(`**/digests/${file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

/** Waits until every column has its rendered (markdown) body. */
export async function readerReady(page: Page) {
  await expect(page.locator('section.column').first()).toBeVisible();
  await expect(page.locator('.article-body[aria-busy]')).toHaveCount(0);
}

/** An axe audit of the page as it is now: no serious or critical finding, named by the view. */
export async function expectAccessible(page: Page, view: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${view}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}
