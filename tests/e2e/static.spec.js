// Static first: every page of the tree is pre-rendered HTML (scripts/prerender.mjs) that
// is readable and walkable before the WebAssembly arrives, without it, and without
// JavaScript at all; and the app takes it over without a visible change.
import { test, expect } from './fixtures.js';
import { appReady, expectNoAxeViolations, snap } from './helpers.js';

/** The main bundle's wasm (not the on-demand one). */
const MAIN_WASM = /\/recovery-assistant-[0-9a-f]+_bg\.wasm$/;

/** Holds the main wasm back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(MAIN_WASM, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Records, before every frame, which page is on screen and in which language, so a test
 * can tell whether the start page was ever painted.
 */
async function recordFrames(page) {
  await page.addInitScript(() => {
    window.__frames = [];
    const tick = () => {
      const app = document.getElementById('recovery-assistant');
      const section = app?.querySelector('main [data-page]');
      if (section && getComputedStyle(app).visibility !== 'hidden') {
        const entry = `${document.documentElement.lang}:${section.dataset.page}`;
        if (window.__frames.at(-1) !== entry) window.__frames.push(entry);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Starts summing layout shifts, as Lighthouse's CLS counts them (no recent input). */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) window.__shifts.push({ value: e.value, sources: e.sources.map((s) => s.node?.outerHTML?.slice(0, 80)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('with every script blocked, the start page is what a visitor without JavaScript gets, and accessible', async ({ page, expectErrors }) => {
  expectErrors(/Failed to load resource/);
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'What is stopping you from logging in?' })).toBeVisible();
  await expect(page.locator('a.choice')).toHaveCount(6);
  await expect(page.getByRole('search')).toBeHidden();
  await expectNoAxeViolations(page);
});

test.describe('when the wasm cannot be fetched', () => {
  for (const { lang, query, path, notice } of [
    {
      lang: 'en',
      query: '',
      path: ['I forgot my password', 'The password of my own mailbox', 'No, neither of them', 'No, or I don\'t have the app'],
      notice: 'This browser cannot run the search, the password checker or the QR code demo.',
    },
    {
      lang: 'zh-CN',
      query: '?lang=zh-CN',
      path: ['我忘记了密码', '我自己邮箱的密码', '都没有', '没有，或者我没装 App'],
      notice: '此浏览器无法运行搜索、密码检查和扫码登录演示。',
    },
  ]) {
    test(`the tree is walked to an outcome by its links, with a notice (${lang})`, async ({ page, expectErrors }) => {
      expectErrors(/Failed to load resource/);
      await page.route(/\.wasm$/, (route) => route.abort());
      await page.goto(`/${query}`);
      await expect(page.getByText(notice)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-app', 'unavailable');
      await expect(page.getByRole('search')).toBeHidden();
      await expectNoAxeViolations(page);
      for (const name of path) {
        await page.getByRole('link', { name, exact: true }).click();
        await expect(page.locator('main h1')).toBeFocused();
        await expectNoAxeViolations(page);
      }
      await expect(page.locator('main [data-node="outcome"]')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Back and Start again are links too.
      await page.locator('[data-nav="back"]').click();
      await expect(page.locator('main [data-node="question"]')).toBeVisible();
      await page.locator('[data-nav="restart"]').click();
      await expect(page.locator('main [data-page="start"]')).toBeVisible();
      await snap(page, `static-unavailable-${lang}`);
    });
  }

  test('the language switch still switches the page, in place', async ({ page, expectErrors }) => {
    expectErrors(/Failed to load resource/);
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto('/#/account-locked');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'unavailable');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/锁定/);
    await expect(page).toHaveURL(/\?lang=zh-CN#\/account-locked$/);
  });
});

test.describe('before the app has started', () => {
  test('a choice clicked lands on its page, with focus on its heading once the app runs', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'I see an error message' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which message do you see?');
    release();
    await appReady(page);
    await expect(page).toHaveURL(/#\/which-error$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which message do you see?');
    await expect(page.locator('main h1')).toBeFocused();
    // The app's own page: its choices are the app's now.
    await page.getByRole('link', { name: /System error 209/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The login address does not match your mailbox');
  });

  test('text typed into the search is kept and searched, with focus and caret where they were', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: 'Search by the error message you see' });
    await search.pressSequentially('account locked');
    release();
    await appReady(page);
    await expect(search).toHaveValue('account locked');
    await expect(search).toBeFocused();
    expect(await search.evaluate((el) => el.selectionStart)).toBe('account locked'.length);
    await expect(page.locator('[data-suggestion]').first()).toBeVisible();
    // Typing on works as usual.
    await search.press('End');
    await search.pressSequentially(' out');
    await expect(search).toHaveValue('account locked out');
  });

  test('Enter in the search waits for the app, which then opens the best match', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: 'Search by the error message you see' });
    await search.fill('System error 209');
    await search.press('Enter');
    // Not submitted (the guard fails the test on a form-action violation): still here.
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    release();
    await expect(page).toHaveURL(/#\/system-error-209$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The login address does not match your mailbox');
  });

  test('a deep link shows its page at once, and never the start page first', async ({ page }) => {
    await recordFrames(page);
    const release = await holdWasm(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/#/system-error-209');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The login address does not match your mailbox');
    await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
    await page.screenshot({ path: 'tests/e2e/screenshots/static-deep-link-held-360.png' });
    release();
    await appReady(page);
    expect(await page.evaluate(() => window.__frames)).toEqual(['en:system-error-209']);
  });

  test('a Chinese visitor never sees the English start page first', async ({ page }) => {
    await recordFrames(page);
    const release = await holdWasm(page);
    await page.goto('/?lang=zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('是什么让您无法登录？');
    release();
    await appReady(page);
    expect(await page.evaluate(() => window.__frames)).toEqual(['zh-CN:start']);
  });

  test('an address of the app\'s own pages shows "Loading…" rather than the start page', async ({ page }) => {
    await recordFrames(page);
    const release = await holdWasm(page);
    await page.goto('/#/new-password');
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
    release();
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/password/i);
    expect(await page.evaluate(() => window.__frames)).not.toContain('en:start');
  });
});

test.describe('the app takes over', () => {
  for (const [name, address, width] of [
    ['the start page on a phone', '/', 360],
    ['a deep-linked outcome on a phone', '/#/account-locked', 360],
    ['a Chinese question on a desktop', '/?lang=zh-CN#/which-error', 1280],
  ]) {
    test(`without a layout shift: ${name}`, async ({ page }) => {
      await recordShifts(page);
      await page.setViewportSize({ width, height: 800 });
      const release = await holdWasm(page);
      await page.goto(address);
      await expect(page.locator('main h1')).toBeVisible();
      release();
      await appReady(page);
      // Effects (config values, the language) run after the mount; give them two frames.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => window.__shifts)).toEqual([]);
    });
  }

  test('the scroll position is kept', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const release = await holdWasm(page);
    await page.goto('/#/account-locked');
    await expect(page.locator('main h1')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 500));
    release();
    await appReady(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(500);
  });

  test('company values from config.json fill the default wording', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(page.locator('.app-header__tagline')).not.toContainText('Example Trading Ltd');
    release();
    await appReady(page);
    await expect(page.locator('.app-header__tagline')).toContainText('Example Trading Ltd');
    await expect(page.locator('[data-admin-contact]')).toContainText('IT Help Desk, ext. 4321');
  });
});
