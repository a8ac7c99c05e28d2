// The QR scan-to-login demo (#/qr-demo) and its phone view (#/qr-confirm/<token>), driven
// by Playwright's fake clock so that five minutes pass in an instant.
import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, open, snap } from './helpers.js';

// A fixed start, so every run sees the same wall clock.
const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

/** The wall-clock time at which the demo's session starts: the clock stands still there. */
const START = T0 + 1000;

/**
 * Installs the fake clock before the page loads and stops it, so the countdown moves only
 * when a test runs the clock. The clock belongs to the browser context, so tabs opened
 * later with `context.newPage()` share it.
 */
async function openDemo(page, hash = '#/qr-demo') {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(START);
  await open(page, hash);
}

/**
 * axe-core waits on timers, which a stopped clock never fires, so time runs again (in
 * real time) while it checks. Tests call this where a second or two does not matter.
 */
async function expectAccessible(page) {
  await page.clock.resume();
  await expectNoAxeViolations(page);
}

const panel = (page) => page.locator('[data-qr-state]');
const code = (page) => page.getByRole('img', { name: /QR code/ });
const phoneLink = (page) => page.getByRole('link', { name: /Open phone view/ });
const liveRegion = (page) => page.getByRole('status');

/** Opens the phone view for `href` in a second tab of the same browser context. */
async function openPhone(page, href) {
  const phone = await page.context().newPage();
  await phone.goto(href);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Phone view (demo)');
  return phone;
}

test('the countdown starts at 5:00 and shows 4:59 one second later', async ({ page }) => {
  await openDemo(page);
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'pending');
  await expect(page.getByRole('timer')).toHaveText('5:00');
  await page.clock.runFor(1000);
  await expect(page.getByRole('timer')).toHaveText('4:59');
  await expect(page.getByText('DEMO · not a real login')).toBeVisible();
  await expect(code(page).locator('svg')).toBeVisible();
  await expectAccessible(page);
});

test('Refresh QR code while waiting draws a new code, a new link and a full countdown', async ({ page }) => {
  await openDemo(page);
  await page.clock.runFor(30_000);
  await expect(page.getByRole('timer')).toHaveText('4:30');
  const svgBefore = await code(page).innerHTML();
  const hrefBefore = await phoneLink(page).getAttribute('href');
  await page.getByRole('button', { name: 'Refresh QR code' }).click();
  await expect(phoneLink(page)).not.toHaveAttribute('href', hrefBefore);
  expect(await code(page).innerHTML()).not.toBe(svgBefore);
  await expect(page.getByRole('timer')).toHaveText('5:00');
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'pending');
});

test('the phone view link is this page without its hash plus a 128-bit token', async ({ page }) => {
  await openDemo(page);
  const href = await phoneLink(page).getAttribute('href');
  const base = page.url().split('#')[0];
  expect(href).toMatch(/#\/qr-confirm\/[0-9a-f]{32}$/);
  expect(href.startsWith(`${base}#/qr-confirm/`)).toBe(true);
});

test('after 300 s the code expires and can no longer be used', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDemo(page);
  await page.clock.runFor(299_000);
  await expect(page.getByRole('timer')).toHaveText('0:01');
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'pending');
  await page.clock.runFor(1000);
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'expired');
  await expect(page.getByRole('timer')).toHaveText('0:00');
  await expect(code(page)).toHaveCount(0);
  await expect(phoneLink(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Simulate scan' })).toHaveCount(0);
  await expect(page.getByText('Expired', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Refresh QR code' })).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'qr-expired-360');
});

test('screen readers hear the time left at 1:00, 0:30 and 0:10 and the expiry, not every second', async ({ page }) => {
  await openDemo(page);
  await page.clock.runFor(1000);
  await expect(page.getByRole('timer')).toHaveText('4:59');
  await expect(liveRegion(page)).toHaveText('');
  await page.clock.runFor(238_000);
  await expect(page.getByRole('timer')).toHaveText('1:01');
  await expect(liveRegion(page)).toHaveText('');
  await page.clock.runFor(1000);
  await expect(liveRegion(page)).toHaveText('1 minute left to scan the code.');
  await page.clock.runFor(5000);
  await expect(page.getByRole('timer')).toHaveText('0:55');
  await expect(liveRegion(page)).toHaveText('1 minute left to scan the code.');
  await page.clock.runFor(25_000);
  await expect(liveRegion(page)).toHaveText('30 seconds left to scan the code.');
  await page.clock.runFor(20_000);
  await expect(liveRegion(page)).toHaveText('10 seconds left to scan the code.');
  await page.clock.runFor(10_000);
  await expect(liveRegion(page)).toHaveText(/has expired/);
});

test('Refresh brings back 5:00 with a different code, and the old code is answered expired', async ({ page }) => {
  await openDemo(page);
  const oldHref = await phoneLink(page).getAttribute('href');
  const oldSvg = await code(page).innerHTML();
  await page.clock.runFor(300_000);
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'expired');
  await page.getByRole('button', { name: 'Refresh QR code' }).click();
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'pending');
  await expect(page.getByRole('timer')).toHaveText('5:00');
  await expect(code(page)).toBeVisible();
  const newHref = await phoneLink(page).getAttribute('href');
  expect(newHref).toMatch(/#\/qr-confirm\/[0-9a-f]{32}$/);
  expect(newHref).not.toBe(oldHref);
  expect(await code(page).innerHTML()).not.toBe(oldSvg);
  await expect(liveRegion(page)).toHaveText('New QR code. It is valid for 5 minutes.');
  // The page still knows the refreshed-away token, so the phone hears at once.
  const phone = await openPhone(page, oldHref);
  await expect(phone.getByRole('status')).toHaveText('This code has expired');
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'pending');
  await page.clock.runFor(1000);
  await expect(page.getByRole('timer')).toHaveText('4:59');
});

test('a wall-clock jump of 200 s without timers running shows on the next tick', async ({ page }) => {
  await openDemo(page);
  // Moves Date.now() only: performance.now() stands still, as after a sleeping machine
  // whose monotonic clock stopped. The earlier deadline, the wall clock's, must win.
  await page.clock.setSystemTime(START + 200_000);
  await expect(page.getByRole('timer')).toHaveText('5:00');
  await page.clock.runFor(250);
  await expect(page.getByRole('timer')).toHaveText(/^1:(40|39)$/);
});

test('visibilitychange and pageshow recompute the countdown at once', async ({ page }) => {
  await openDemo(page);
  await page.clock.setSystemTime(START + 200_000);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByRole('timer')).toHaveText('1:40');
  await page.clock.setSystemTime(START + 300_000);
  await page.evaluate(() => window.dispatchEvent(new Event('pageshow')));
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'expired');
});

test('Simulate scan moves the code to scanned', async ({ page }) => {
  await openDemo(page);
  const scan = page.getByRole('button', { name: 'Simulate scan' });
  await scan.click();
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'scanned');
  await expect(panel(page).getByText('Scanned. Now confirm the login on the phone.')).toBeVisible();
  await expect(liveRegion(page)).toHaveText('Scanned. Now confirm the login on the phone.');
  await expect(scan).toHaveAttribute('aria-disabled', 'true');
  await expect(scan).toBeFocused();
  await expect(code(page)).toBeVisible();
  await page.clock.runFor(1000);
  await expect(page.getByRole('timer')).toHaveText('4:59');
  await expectAccessible(page);
});

test('the phone view in a second tab confirms and the first tab shows confirmed', async ({ page }) => {
  await openDemo(page);
  const phone = await openPhone(page, await phoneLink(page).getAttribute('href'));
  await expect(phone.getByRole('status')).toHaveText('Log in to Example Trading Ltd mail on the other device?');
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'scanned');
  await phone.setViewportSize({ width: 360, height: 740 });
  await snap(phone, 'qr-phone-asking-360');
  await phone.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(phone.getByRole('status')).toHaveText(/^Login confirmed/);
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'confirmed');
  await expect(code(page)).toHaveCount(0);
  await expect(page.getByRole('timer')).toHaveCount(0);
  await expect(liveRegion(page)).toHaveText(/^Confirmed on the phone/);
  await snap(page, 'qr-confirmed-1280');
  await expectAccessible(page);
  await expectAccessible(phone);
});

test('Cancel on the phone shows cancelled in both tabs', async ({ page }) => {
  await openDemo(page);
  const phone = await openPhone(page, await phoneLink(page).getAttribute('href'));
  await expect(phone.getByRole('button', { name: 'Confirm', exact: true })).toBeVisible();
  await expectAccessible(phone);
  await phone.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(phone.getByRole('status')).toHaveText(/^Login cancelled/);
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'cancelled');
  await expect(code(page)).toHaveCount(0);
  await expectAccessible(page);
});

test('an expired code shows the expired message in the phone view', async ({ page }) => {
  await openDemo(page);
  const href = await phoneLink(page).getAttribute('href');
  await page.clock.runFor(300_000);
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'expired');
  const phone = await openPhone(page, href);
  await expect(phone.getByRole('status')).toHaveText('This code has expired');
  await expect(phone.getByRole('button', { name: 'Confirm', exact: true })).toHaveCount(0);
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'expired');
  await phone.setViewportSize({ width: 360, height: 740 });
  await snap(phone, 'qr-phone-expired-360');
  await expectAccessible(phone);
});

test('a phone view left open hears when its code expires', async ({ page }) => {
  await openDemo(page);
  const phone = await openPhone(page, await phoneLink(page).getAttribute('href'));
  await expect(phone.getByRole('button', { name: 'Confirm', exact: true })).toBeVisible();
  await page.clock.runFor(300_000);
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'expired');
  await expect(phone.getByRole('status')).toHaveText('This code has expired');
  await expect(phone.getByRole('button', { name: 'Confirm', exact: true })).toHaveCount(0);
});

test('a token no tab knows shows the expired message once nobody answers', async ({ page }) => {
  await openDemo(page, `#/qr-confirm/${'0f'.repeat(16)}`);
  await expect(page.getByRole('status')).toHaveText('Checking the code with the other device…');
  await page.clock.runFor(2900);
  await expect(page.getByRole('status')).toHaveText('Checking the code with the other device…');
  await page.clock.runFor(100);
  await expect(page.getByRole('status')).toHaveText('This code has expired');
  await expect(page.getByText('Get a new code on the other device and scan it again.')).toBeVisible();
  await expectAccessible(page);
});

test('a malformed token shows the expired message at once', async ({ page }) => {
  await openDemo(page, '#/qr-confirm/not-a-token');
  await expect(page.getByRole('status')).toHaveText('This code has expired');
});

/** Opens the demo as the decision tree does after finding the account locked. */
async function openLocked(page) {
  await page.addInitScript(() => sessionStorage.setItem('recovery-assistant.account-locked', '1'));
  await openDemo(page);
}

test('a locked account starts the demo blocked, without a code to scan', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openLocked(page);
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'blocked');
  await expect(code(page)).toHaveCount(0);
  await expect(phoneLink(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Refresh QR code' })).toHaveCount(0);
  await expect(panel(page).getByText(/Your account is locked/)).toBeVisible();
  await snap(page, 'qr-blocked-360');
  await expectAccessible(page);
});

test('once the visitor says the account is unlocked, a fresh code starts', async ({ page }) => {
  await openLocked(page);
  await page.getByRole('button', { name: 'My account is unlocked now' }).click();
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'pending');
  await expect(page.getByRole('timer')).toHaveText('5:00');
  await expect(code(page)).toBeVisible();
  await expect(liveRegion(page)).toHaveText('New QR code. It is valid for 5 minutes.');
  expect(await page.evaluate(() => sessionStorage.getItem('recovery-assistant.account-locked'))).toBeNull();
});

test('leaving the demo closes its channel, so its code is no longer answered', async ({ page }) => {
  await openDemo(page);
  const href = await phoneLink(page).getAttribute('href');
  await page.getByRole('link', { name: 'Back to the start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is stopping you from logging in?');
  const phone = await openPhone(page, href);
  await expect(phone.getByRole('status')).toHaveText('Checking the code with the other device…');
  await page.clock.runFor(3000);
  await expect(phone.getByRole('status')).toHaveText('This code has expired');
});

test('the page gives the steps and links back to the start and to the QR help page', async ({ page }) => {
  await openDemo(page);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'How scan login works' })).toBeVisible();
  await expect(main.getByRole('listitem')).toHaveCount(4);
  await expect(main).toContainText('Code scanning entry');
  await expect(main).toContainText('Each code works for 5 minutes only');
  await expect(main.getByRole('heading', { name: 'When the account is locked' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Back to the start' })).toHaveAttribute('href', '#/');
  await expect(main.getByRole('link', { name: 'Read the help page about QR login' })).toHaveAttribute('href', '#/qr-login');
});

for (const [w, h] of [[360, 740], [1280, 800]]) {
  test(`screenshot of the QR demo at ${w}x${h}, with 44 px targets and no sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await openDemo(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(w);
    for (const target of await page.getByRole('main').locator('a, button').all()) {
      const box = await target.boundingBox();
      expect(box.height, await target.textContent()).toBeGreaterThanOrEqual(44);
    }
    await snap(page, `qr-demo-${w}`);
  });
}

test('the code fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openDemo(page);
  const box = await code(page).boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(box.width).toBeGreaterThanOrEqual(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('after Simulate scan the phone\'s question is on this page, and Confirm signs in', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDemo(page);
  const phone = page.getByRole('region', { name: 'What your phone would show' });
  await expect(phone).toHaveCount(0);
  await page.getByRole('button', { name: 'Simulate scan' }).click();
  await expect(phone).toBeVisible();
  await expect(phone).toContainText('Log in to Example Trading Ltd mail on the other device?');
  await snap(page, 'qr-demo-after-simulate-scan-360');
  await expectAccessible(page);
  await phone.getByRole('button', { name: 'Confirm' }).click();
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'confirmed');
  await expect(panel(page).getByText(/^Confirmed on the phone\./)).toBeVisible();
  await expect(phone).toHaveCount(0);
  // Focus stays on what happened, not lost with the buttons.
  await expect(page.locator('.qr-panel__status')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Refresh QR code' })).toBeVisible();
});

test('after Simulate scan, Cancel on this page cancels the login', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('button', { name: 'Simulate scan' }).click();
  await page.getByRole('region', { name: 'What your phone would show' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'cancelled');
  await expect(panel(page).getByText('Cancelled on the phone. Nobody was logged in.')).toBeVisible();
});

test('the on-screen answer comes too late once the code has expired', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('button', { name: 'Simulate scan' }).click();
  await page.clock.runFor(301_000);
  await expect(panel(page)).toHaveAttribute('data-qr-state', 'expired');
  await expect(page.getByRole('region', { name: 'What your phone would show' })).toHaveCount(0);
});
