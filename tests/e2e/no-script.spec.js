// With JavaScript switched off: the pre-rendered start page shows its question, its
// choices and the <noscript> line saying what needs JavaScript.
import { test, expect } from './fixtures.js';
import { snap } from './helpers.js';

// Switched off for the whole browser from its start, as a visitor's setting is, so the
// HTML parser shows <noscript> (Playwright's javaScriptEnabled alone stops scripts after
// the parser has decided that scripting is on). A file of its own: a browser option.
test.use({
  javaScriptEnabled: false,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--blink-settings=scriptEnabled=false'],
  },
});

test('the start page shows its question, its choices and what needs JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'What is stopping you from logging in?' })).toBeVisible();
  const choices = page.locator('a.choice');
  await expect(choices).toHaveCount(6);
  await expect(page.getByRole('link', { name: 'My account is locked' })).toHaveAttribute('href', '#/locked-how');
  // Laid out on the page (Playwright's own visibility check counts whatever is inside
  // <noscript> as hidden, so the box is measured instead).
  const line = page.locator('noscript .noscript');
  await expect(line).toContainText('This page needs JavaScript to take you through the steps');
  const box = await line.boundingBox();
  expect(box?.height).toBeGreaterThan(20);
  expect(box?.width).toBeGreaterThan(200);
  // Nothing is offered that needs script: no search form, no language switch.
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.locator('.lang-switch')).toBeHidden();
  // axe-core cannot run in this browser: static.spec.js checks the same page with every
  // script blocked instead.
  await snap(page, 'static-no-js-start');
});
