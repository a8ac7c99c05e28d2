// Shared helpers for the end-to-end tests.
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The shipped public/config.json, which tests vary. */
export const shippedConfig = JSON.parse(readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8'));

/** Serves the shipped config.json with `extra` fields set over it. */
export function withConfig(page, extra) {
  return page.route('**/config.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: JSON.stringify({ ...shippedConfig, ...extra }),
  }));
}

/** Runs axe-core with the WCAG 2.x A/AA tags and expects zero violations. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/**
 * Loads a route and waits until the app has taken over the pre-rendered page (which is
 * readable at once, but whose buttons need the app).
 */
export async function open(page, hash = '#/') {
  await page.goto(`/${hash}`);
  await appReady(page);
  await toolsSettled(page);
}

/** Waits until the app has started and taken over the pre-rendered page. */
export async function appReady(page) {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('main')).toBeVisible();
}

/**
 * Waits until a page of the second bundle (password checker, QR demo), if this is one,
 * has loaded and mounted: its loading heading looks like the real one.
 */
export async function toolsSettled(page) {
  await expect(page.locator('[data-on-demand-state="loading"]')).toHaveCount(0);
}

/** Saves a screenshot under tests/e2e/screenshots/ for people to look at. */
export async function snap(page, name) {
  await page.screenshot({ path: `tests/e2e/screenshots/${name}.png`, fullPage: true });
}
