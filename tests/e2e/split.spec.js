// The second bundle: the password checker and QR demo are fetched only when one of their
// pages opens, carry what the visitor typed both ways, and a failed fetch is explained
// with a way to try again while the rest of the assistant keeps working.
import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, open, toolsSettled } from './helpers.js';

const TOOLS = /\/on-demand(_bg\.wasm|\.js|\.css)$/;

function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  return urls;
}

test('the start page and tree pages do not fetch the second bundle', async ({ page }) => {
  const urls = recordRequests(page);
  await open(page, '#/');
  await page.getByRole('link', { name: /I see an error message/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await open(page, '#/account-locked');
  expect(urls.filter((u) => TOOLS.test(u))).toEqual([]);
  expect(urls.some((u) => u.endsWith('_bg.wasm'))).toBe(true);
});

test('the password checker loads on first use, once, and keeps the typed email both ways', async ({ page }) => {
  const urls = recordRequests(page);
  await open(page, '#/system-error-209');
  await page.getByLabel('Your email address (optional)').fill('li.wei@acme-corp.cn');
  await page.evaluate(() => { location.hash = '#/new-password'; });
  await toolsSettled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const email = page.getByLabel('Email address');
  await expect(email).toHaveValue('li.wei@acme-corp.cn');
  await email.fill('wang.fang@acme-corp.cn');
  await page.goBack();
  await expect(page.getByLabel('Your email address (optional)')).toHaveValue('wang.fang@acme-corp.cn');
  await page.goForward();
  await toolsSettled(page);
  await expect(page.getByLabel('Email address')).toHaveValue('wang.fang@acme-corp.cn');
  // Then the QR demo, from the same bundle.
  await page.evaluate(() => { location.hash = '#/qr-demo'; });
  await toolsSettled(page);
  await expect(page.getByRole('timer')).toBeVisible();
  const wasm = urls.filter((u) => u.endsWith('/on-demand_bg.wasm'));
  expect(wasm).toHaveLength(1);
  // Exactly one page is mounted at a time: no leftover checker under the demo.
  await expect(page.getByLabel('New password', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test('a failed fetch says so, the tree keeps working, and Try again loads the page', async ({ page, expectErrors }) => {
  expectErrors(/^console\.error: Failed to load resource: net::ERR_FAILED$/);
  let block = true;
  await page.route('**/on-demand_bg.wasm', (route) => (block ? route.abort() : route.continue()));
  await page.goto('/#/new-password');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This page could not be loaded');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
  await expectNoAxeViolations(page);
  // The rest of the assistant still works.
  await page.getByRole('link', { name: 'Mail Recovery Assistant', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is stopping you from logging in?');
  await page.goBack();
  await expect(page.getByRole('alert')).toContainText('This page could not be loaded');
  block = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await toolsSettled(page);
  await expect(page.getByLabel('New password', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the loading state has the page heading and a status message', async ({ page }) => {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/on-demand_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('/#/qr-demo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scan-to-log-in demo');
  await expect(page.getByRole('status')).toHaveText('Loading this page…');
  release();
  await toolsSettled(page);
  await expect(page.getByRole('timer')).toBeVisible();
});
