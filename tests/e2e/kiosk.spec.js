// Help-desk kiosk: the idle dialog, "I'm still here", the full reset, leaving the page,
// and addresses shown as QR codes instead of links.
import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, open, toolsSettled, withConfig } from './helpers.js';

const KIOSK = { enabled: true, idle_seconds: 30, warning_seconds: 10 };

async function kiosk(page, extra = {}) {
  await withConfig(page, { kiosk: KIOSK, ...extra });
  await page.clock.install({ time: Date.UTC(2026, 10, 23, 9, 0, 0) });
}

const dialog = (page) => page.getByRole('alertdialog', { name: 'Are you still there?' });

/** The idle watch arrives with the second bundle, a moment after the page: wait for it. */
async function watchRunning(page) {
  await expect(page.locator('dialog.kiosk-dialog')).toBeAttached();
}

test('idle brings the dialog; "I\'m still here" closes it and keeps what was typed', async ({ page }) => {
  await kiosk(page);
  await open(page, '#/system-error-209');
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', '');
  await watchRunning(page);
  const email = page.getByLabel('Your email address (optional)');
  await email.fill('li.wei@acme-corp.cn');
  await page.clock.runFor(29_000);
  await expect(dialog(page)).toBeHidden();
  await page.clock.runFor(2_000);
  await expect(dialog(page)).toBeVisible();
  // The clock also runs in real time between steps, so allow a second either way.
  await expect(dialog(page)).toContainText(/cleared in (9|10) seconds/);
  await page.clock.runFor(3_000);
  await expect(dialog(page)).toContainText(/cleared in (6|7) seconds/);
  await expect(page.getByRole('button', { name: "I'm still here" })).toBeFocused();
  await page.clock.resume();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: "I'm still here" }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(email).toHaveValue('li.wei@acme-corp.cn');
  await expect(page).toHaveURL(/#\/system-error-209$/);
});

test('idle to the end clears the password fields and the QR code and returns to the start', async ({ page }) => {
  await kiosk(page);
  await open(page, '#/new-password');
  await watchRunning(page);
  await page.getByLabel('New password', { exact: true }).fill('Kiosk-Secret-42');
  await page.getByLabel('Confirm new password').fill('Kiosk-Secret-42');
  await page.evaluate(() => { location.hash = '#/qr-demo'; });
  await toolsSettled(page);
  await expect(page.getByRole('timer')).toBeVisible();
  // A kiosk opens no new window, so there is no phone-view link, only Simulate scan.
  await expect(page.getByRole('link', { name: /Open phone view/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Simulate scan' })).toBeVisible();
  const svgBefore = await page.locator('[data-qr-state] svg').innerHTML();
  await page.evaluate(() => sessionStorage.setItem('recovery-assistant.account-locked', '1'));

  await page.clock.runFor(30_000 + 10_000 + 1_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is stopping you from logging in?');
  await expect(page).toHaveURL(/#\/$/);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  // Back does not lead into the last visitor's pages with anything in them.
  await open(page, '#/new-password');
  await expect(page.getByLabel('New password', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Confirm new password')).toHaveValue('');
  await page.evaluate(() => { location.hash = '#/qr-demo'; });
  await toolsSettled(page);
  await expect(page.locator('[data-qr-state]')).toHaveAttribute('data-qr-state', 'pending');
  expect(await page.locator('[data-qr-state] svg').innerHTML()).not.toBe(svgBefore);
});

test('leaving the page forgets the session and returns to the start', async ({ page }) => {
  await kiosk(page);
  await open(page, '#/account-locked');
  await page.evaluate(() => sessionStorage.setItem('recovery-assistant.account-locked', '1'));
  await page.goto('about:blank');
  await page.goBack();
  // A page restored from the back-forward cache reloads itself first: allow for that.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is stopping you from logging in?', { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('addresses are QR codes to scan, not links, and nothing is copied to the clipboard', async ({ page }) => {
  await kiosk(page, { login_url: 'https://mail.example.com/alimail/' });
  await open(page, '#/system-error-209');
  const qr = page.getByRole('img', { name: 'QR code for https://mail.example.com/alimail/' });
  await expect(qr.locator('svg')).toBeVisible();
  await expect(page.getByRole('link', { name: 'https://mail.example.com/alimail/' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy summary for your administrator' })).toHaveCount(0);
  // The admin contact is text, not a mailto: link.
  await expect(page.locator('[data-admin-contact] a')).toHaveCount(0);
  // Postmaster pages show the console as a QR code.
  await open(page, '#/postmaster-unlock');
  await expect(page.getByRole('img', { name: /QR code for https:\/\/mail\.console\.aliyun\.com/ }).locator('svg')).toBeVisible();
  await page.clock.resume();
  await expectNoAxeViolations(page);
});

test('without kiosk mode nothing of this happens', async ({ page }) => {
  await page.clock.install({ time: Date.UTC(2026, 10, 23, 9, 0, 0) });
  await open(page, '#/system-error-209');
  await page.clock.runFor(10 * 60_000);
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-kiosk', '');
});

test('an untouched kiosk never asks or reloads; the watch starts with the first touch', async ({ page }) => {
  await kiosk(page);
  await open(page, '#/');
  await watchRunning(page);
  await page.evaluate(() => { window.sameDocument = true; });
  await page.clock.runFor(3 * (30_000 + 10_000));
  await expect(page.locator('dialog.kiosk-dialog')).toHaveCount(1);
  await expect(page.locator('dialog.kiosk-dialog')).not.toHaveAttribute('open', '');
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  // One touch starts it.
  await page.getByRole('searchbox').press('a');
  await page.clock.runFor(31_000);
  await expect(dialog(page)).toBeVisible();
});

test('the countdown says "1 second", not "1 seconds"', async ({ page }) => {
  await kiosk(page);
  await open(page, '#/');
  await watchRunning(page);
  await page.getByRole('searchbox').press('a');
  await page.clock.runFor(30_000 + 9_200);
  await expect(dialog(page)).toContainText('everything typed here will be cleared in 1 second.');
});

test('Start again on a kiosk forgets the typed email, on the tree and the password page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await kiosk(page);
  await open(page, '#/system-error-209');
  await page.getByLabel('Your email address (optional)').fill('li.wei@acme-corp.cn');
  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is stopping you from logging in?');
  await page.evaluate(() => { location.hash = '#/system-error-209'; });
  await expect(page.getByLabel('Your email address (optional)')).toHaveValue('');
  await page.evaluate(() => { location.hash = '#/new-password'; });
  await toolsSettled(page);
  await expect(page.locator('#pw-email')).toHaveValue('');
  await page.screenshot({ path: 'tests/e2e/screenshots/kiosk-after-start-again-360.png', fullPage: true });
  // Typed on the password page, then back to the start from there: forgotten too.
  await page.locator('#pw-email').fill('li.wei@acme-corp.cn');
  await page.getByRole('link', { name: 'Back to the start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is stopping you from logging in?');
  await page.evaluate(() => { location.hash = '#/system-error-209'; });
  await expect(page.getByLabel('Your email address (optional)')).toHaveValue('');
});

test('without kiosk mode the email typed is kept across Start again', async ({ page }) => {
  await open(page, '#/system-error-209');
  await page.getByLabel('Your email address (optional)').fill('li.wei@acme-corp.cn');
  await page.getByRole('link', { name: 'Start again' }).click();
  await page.evaluate(() => { location.hash = '#/system-error-209'; });
  await expect(page.getByLabel('Your email address (optional)')).toHaveValue('li.wei@acme-corp.cn');
});

test('the QR demo can be finished on a kiosk: Simulate scan, then Confirm on the page', async ({ page }) => {
  await kiosk(page);
  await open(page, '#/qr-demo');
  // A kiosk opens no phone view, so the waiting line names only Simulate scan.
  await expect(page.locator('.qr-panel__status')).toHaveText('Waiting for a scan. Press Simulate scan to play the phone\'s part.');
  await page.getByRole('button', { name: 'Simulate scan' }).click();
  await page.getByRole('region', { name: 'What your phone would show' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('[data-qr-state]')).toHaveAttribute('data-qr-state', 'confirmed');
});
