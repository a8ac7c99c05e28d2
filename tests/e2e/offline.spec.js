// Offline use: the web app manifest, and the service worker (dist/sw.js, written by
// scripts/precache.mjs) that keeps the build in a cache so the assistant works without
// network after its first load, and is not registered when the assistant is framed.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import { open, toolsSettled } from './helpers.js';

// The rest of the suite blocks service workers (playwright.config.js).
test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker is active and controls the page. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after the service worker installed, the assistant reloads and works offline', async ({ page, context }) => {
  await open(page, '#/');
  await controlled(page);

  await context.setOffline(true);
  // Really offline, for the worker too: it cannot fetch what it has not cached.
  const [worker] = context.serviceWorkers();
  expect(await worker.evaluate(() => fetch('config.json?probe').then(() => 'online', () => 'offline'))).toBe('offline');

  const config = page.waitForResponse((r) => r.url().endsWith('/config.json'));
  const reload = await page.reload();
  expect(reload.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is stopping you from logging in?');
  // The company's settings come from the cached config.json, not the defaults.
  await expect(page.getByRole('banner')).toContainText('Example Trading Ltd');
  await expect(page.getByText('could not be loaded')).toHaveCount(0);
  expect((await config).fromServiceWorker()).toBe(true);

  // The second bundle was never fetched by this page, but was precached with the rest.
  await page.goto('/#/new-password');
  await toolsSettled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
  await expect(page.getByLabel('New password', { exact: true })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('Tr0ub4dor&3x');
  await expect(page.locator('[data-rule="classes"]')).toHaveAttribute('data-state', 'met');
});

test('a new build replaces the cache of the old one', async ({ page }) => {
  await open(page, '#/');
  await controlled(page);
  const cacheNames = () => page.evaluate(() => caches.keys());
  const [before] = await cacheNames();
  expect(before).toMatch(/^recovery-assistant http:\/\/127\.0\.0\.1:\d+\/ [0-9a-f]{16}$/);

  // A later build: the same files, and a worker with another version. It is written next to
  // sw.js under its own name (other tests use dist/ at the same time) and registered for
  // the same scope, which makes the browser install it as an update.
  const next = new URL('../../dist/sw-next-build.js', import.meta.url);
  const text = readFileSync(new URL('../../dist/sw.js', import.meta.url), 'utf8');
  writeFileSync(next, text.replace(/const VERSION = '[0-9a-f]+'/, "const VERSION = 'next-build'"));
  try {
    await page.evaluate(async () => {
      const changed = new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      await navigator.serviceWorker.register('sw-next-build.js', { scope: './' });
      await changed;
    });
    await expect.poll(cacheNames).toEqual([before.replace(/[0-9a-f]+$/, 'next-build')]);
  } finally {
    rmSync(next, { force: true });
  }
});

test('a framed assistant registers no service worker', async ({ page, context }) => {
  const swRequests = [];
  context.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('/sw.js')) swRequests.push(r.url());
  });
  await page.route('**/test-host.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!DOCTYPE html><html lang="en"><title>Help page</title><iframe src="/#/" title="Mail Recovery Assistant"></iframe></html>',
  }));
  await page.goto('/test-host.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('What is stopping you from logging in?');

  const app = page.frames().find((f) => f !== page.mainFrame());
  // boot.js would register on the frame's load event; give it that and some time after.
  const registrations = await app.evaluate(async () => {
    if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
    await new Promise((r) => setTimeout(r, 1000));
    return (await navigator.serviceWorker.getRegistrations()).length;
  });
  expect(registrations).toBe(0);
  expect(await app.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  expect(swRequests).toEqual([]);

  // Control: the same page at the top level does register one.
  await open(page, '#/');
  await controlled(page);
  expect(swRequests.length).toBeGreaterThan(0);
});

test('the web app manifest is linked and valid', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('manifest.webmanifest');

  const response = await request.get(href);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toBe('application/manifest+json');
  const manifest = JSON.parse(await response.text());
  expect(manifest).toMatchObject({
    name: 'Mail Recovery Assistant',
    start_url: './',
    display: 'standalone',
    theme_color: '#0b5cad',
    background_color: '#ffffff',
    icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  });
  expect(typeof manifest.short_name).toBe('string');
  expect(manifest.short_name.length).toBeGreaterThan(0);
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);

  const icon = await request.get(manifest.icons[0].src);
  expect(icon.ok()).toBe(true);
  expect(icon.headers()['content-type']).toBe('image/svg+xml');
});
