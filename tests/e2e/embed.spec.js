// Embedding: a host page on a second loopback origin frames the assistant and receives
// its height and page changes, but only when config lists that origin.
import { test, expect } from './fixtures.js';
import { createServer } from 'node:http';
import { withConfig } from './helpers.js';

/**
 * Serves a host page from a second server on loopback (another port, so another origin;
 * a real server, since Chromium's local network access checks refuse a loopback frame in
 * a page that did not itself come from the local network). It frames the app and records
 * the messages it gets from the app's origin, checking `event.origin` as docs/deployment.md tells
 * hosts to.
 */
async function openHost(page, baseURL, parentOrigins, embedExtra = {}) {
  const app = new URL(baseURL);
  const host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><html lang="en"><head><title>Help</title></head><body>
      <h1>Company help</h1>
      <iframe id="assistant" title="Mail Recovery Assistant" src="${app.origin}/#/"
              style="width: 360px; height: 200px; border: 0"></iframe>
      <script>
        window.received = [];
        addEventListener('message', (event) => {
          if (event.origin !== '${app.origin}') return;
          window.received.push(event.data);
          if (event.data.type === 'recovery-assistant:resize') {
            document.getElementById('assistant').style.height = event.data.height + 'px';
          }
        });
      </script></body></html>`);
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  page.once('close', () => host.close());
  await withConfig(page, { embed: { parent_origins: parentOrigins(hostOrigin), ...embedExtra } });
  await page.goto(`${hostOrigin}/host.html`);
  const frame = page.frameLocator('#assistant');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  return frame;
}

const received = (page) => page.evaluate(() => window.received);

test('a listed host receives the height and every page change', async ({ page, baseURL }) => {
  const frame = await openHost(page, baseURL, (host) => [host]);
  await expect.poll(async () => (await received(page)).some((m) => m.type === 'recovery-assistant:resize')).toBe(true);
  await expect.poll(async () => (await received(page)).filter((m) => m.type === 'recovery-assistant:navigate').map((m) => m.page)).toEqual(['start']);
  // The height reported is the app's content height, and the host applied it: no inner scroll.
  const appHeight = await page.frames()[1].evaluate(() => Math.ceil(document.querySelector('.app').getBoundingClientRect().height));
  await expect.poll(async () => (await received(page)).filter((m) => m.type === 'recovery-assistant:resize').at(-1).height).toBe(appHeight);
  await expect(page.locator('#assistant')).toHaveCSS('height', `${appHeight}px`);
  // Walking the tree posts each page, and the height follows the content.
  await frame.getByRole('link', { name: 'I see an error message', exact: true }).click();
  await frame.getByRole('link', { name: /System error 209/ }).click();
  await expect.poll(async () => (await received(page)).filter((m) => m.type === 'recovery-assistant:navigate').map((m) => m.page))
    .toEqual(['start', 'which-error', 'system-error-209']);
  const outcomeHeight = await page.frames()[1].evaluate(() => Math.ceil(document.querySelector('.app').getBoundingClientRect().height));
  expect(outcomeHeight).not.toBe(appHeight);
  await expect.poll(async () => (await received(page)).filter((m) => m.type === 'recovery-assistant:resize').at(-1).height).toBe(outcomeHeight);
  // Messages carry nothing but their two fields.
  for (const m of await received(page)) {
    expect(Object.keys(m).sort()).toEqual(m.type === 'recovery-assistant:resize' ? ['height', 'type'] : ['page', 'type']);
  }
});

test('a host whose origin is not listed receives nothing', async ({ page, baseURL }) => {
  const frame = await openHost(page, baseURL, () => ['https://help.example.com']);
  await frame.getByRole('link', { name: 'I see an error message', exact: true }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await received(page)).toEqual([]);
});

test('not framed, nothing is posted even with origins listed', async ({ page }) => {
  await withConfig(page, { embed: { parent_origins: ['http://localhost:1'] } });
  await page.addInitScript(() => {
    window.posted = 0;
    const original = window.postMessage.bind(window);
    window.postMessage = (...args) => { window.posted += 1; return original(...args); };
  });
  await page.goto('/#/account-locked');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.posted)).toBe(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-framed', '');
});

test('framed with embed.hide_header, the product name bar is left out but the language switch stays', async ({ page, baseURL }) => {
  const frame = await openHost(page, baseURL, (host) => [host], { hide_header: true });
  await expect(frame.getByText('Mail Recovery Assistant', { exact: true })).toBeHidden();
  await expect(frame.getByText('Get back into your Example Trading Ltd mailbox')).toBeHidden();
  await frame.getByRole('button', { name: '中文' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('是什么让您无法登录？');
  await page.screenshot({ path: 'tests/e2e/screenshots/embed-hide-header.png' });
});

test('embed.hide_header does nothing outside a frame', async ({ page }) => {
  await withConfig(page, { embed: { hide_header: true } });
  await page.goto('/#/');
  await expect(page.getByRole('banner')).toContainText('Mail Recovery Assistant');
});
