// Phones, the dark theme and a company's own theme: every page from 320 px without
// sideways scrolling, 44 px targets, zoom allowed, dark colours with zero axe-core
// violations in both languages, and config colours applied only after validation.
import { test, expect } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, open, snap, toolsSettled, shippedConfig, withConfig } from './helpers.js';

const tree = JSON.parse(readFileSync(new URL('../../data/tree.json', import.meta.url), 'utf8'));
const config = shippedConfig;

const ROUTES = [
  '#/',
  ...tree.nodes.map((n) => `#/${n.id}`),
  '#/new-password',
  '#/qr-demo',
  '#/qr-confirm/00000000000000000000000000000000',
  '#/no-such-page',
];

/** Elements a finger should hit, smaller than 44×44 CSS px (inline text links excepted). */
function smallTargets(page) {
  return page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, a.button, a.choice, .app-header a')]
    .filter((el) => el.offsetParent !== null)
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.height < 44 || r.width < 44)
    .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)}`));
}

for (const width of [320, 360]) {
  test(`every page at ${width} px: no sideways scrolling, targets at least 44 px`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 720 });
    await open(page, '#/');
    const problems = [];
    for (const route of ROUTES) {
      await page.evaluate((h) => { location.hash = h; }, route);
      await toolsSettled(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${route}: ${overflow}px too wide`);
      for (const t of await smallTargets(page)) problems.push(`${route}: ${t}`);
    }
    expect(problems).toEqual([]);
  });
}

test('zoom is allowed', async ({ page }) => {
  await open(page, '#/');
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system setting, with zero axe-core violations on every kind of page, in both languages', async ({ page }) => {
    test.setTimeout(90_000);
    await open(page, '#/');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 20, 23)');
    for (const lang of ['en', 'zh-CN']) {
      for (const route of ['#/', '#/which-error', '#/account-locked', '#/new-password', '#/qr-demo']) {
        await open(page, `?lang=${lang}${route}`);
        await expectNoAxeViolations(page);
      }
    }
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, '#/account-locked');
    await snap(page, 'dark-outcome-360');
    await open(page, '#/new-password');
    await page.getByLabel('New password', { exact: true }).fill('Secret-Pass1');
    await snap(page, 'dark-password-360');
  });
});

test('a company theme from config colours the page after validation', async ({ page }) => {
  await withConfig(page, {
    theme: {
      primary_color: '#6a1b9a',
      corner_radius: '2px',
      font_family: "'Noto Sans SC', sans-serif",
    },
  });
  await open(page, '#/');
  const header = page.locator('header');
  await expect(header).toHaveCSS('background-color', 'rgb(106, 27, 154)');
  await expect(page.locator('.choice').first()).toHaveCSS('border-top-left-radius', '2px');
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toBe('"Noto Sans SC", sans-serif');
  await expect(page.locator('[data-config-notice]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('theme values that are not safe, readable CSS are refused and named; defaults stay', async ({ page }) => {
  await withConfig(page, {
    theme: {
      primary_color: '#ffd54f',
      background_color: 'red; background-image: url(https://evil.example/x.png)',
      font_family: 'Arial} body{display:none',
    },
  });
  await open(page, '#/');
  const notice = page.locator('[data-config-notice]');
  await expect(notice).toContainText('theme.primary_color');
  await expect(notice).toContainText('1.4:1');
  await expect(notice).toContainText('theme.background_color');
  await expect(notice).toContainText('theme.font_family');
  await expect(page.locator('header')).toHaveCSS('background-color', 'rgb(11, 92, 173)');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
