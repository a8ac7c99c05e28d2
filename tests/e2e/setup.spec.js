// The company's setup page (setup.html): every field checked live by the assistant's own
// reader, the file downloaded and read back by the assistant, snippets, both languages.
import { test, expect } from './fixtures.js';
import { readdirSync, readFileSync } from 'node:fs';
import { expectNoAxeViolations, snap } from './helpers.js';

// Valid values for every field, by label.
const VALUES = {
  'Company name': 'Example Trading Ltd',
  'Webmail login address': 'https://mail.example.com',
  'Mail domain': 'example.com',
  'Administrator contact': 'IT Help Desk, ext. 4321',
  'Administrator link': 'mailto:it-help@example.com',
  'Shortest password': '9',
  'Longest password': '32',
  'Kinds of character required': '4',
  'Weak-password keywords': 'acme\nspring',
  'QR code lifetime (seconds)': '120',
  'Idle time before the warning (seconds)': '90',
  'Warning countdown (seconds)': '30',
  'Pages that may embed the assistant': 'https://help.example.com',
  'Corner radius': '6px',
  'Font': '"Noto Sans", sans-serif',
  'Preferred language': 'en',
};
const COLOURS = { primary_color: '#0b5cad', text_color: '#1a1a1a', background_color: '#ffffff' };

async function openSetup(page, query = '') {
  await page.goto(`/setup.html${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('every field filled with valid values gives a file the assistant reads back as entered', async ({ page }) => {
  await openSetup(page);
  for (const [label, value] of Object.entries(VALUES)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByLabel('Kiosk mode').check();
  await page.getByLabel('Hide the header when embedded').check();
  for (const [key, value] of Object.entries(COLOURS)) await page.locator(`#field-theme-${key}`).fill(value);
  await expect(page.locator('.setup__status')).toHaveText(/No problems/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download config.json' }).click();
  const file = readFileSync(await (await download).path(), 'utf8');
  const config = JSON.parse(file);
  expect(config).toEqual({
    company_name: 'Example Trading Ltd',
    login_url: 'https://mail.example.com',
    mail_domain: 'example.com',
    admin_contact: 'IT Help Desk, ext. 4321',
    admin_contact_url: 'mailto:it-help@example.com',
    password_policy: { min_length: 9, max_length: 32, required_classes: 4, weak_keywords: ['acme', 'spring'] },
    qr: { validity_seconds: 120 },
    kiosk: { enabled: true, idle_seconds: 90, warning_seconds: 30 },
    embed: { parent_origins: ['https://help.example.com'], hide_header: true },
    theme: { ...COLOURS, corner_radius: '6px', font_family: '"Noto Sans", sans-serif' },
    locale: 'en',
  });
  await expectNoAxeViolations(page);
  await snap(page, 'setup-filled-1280');
  // The assistant loaded with that file shows what was entered.
  await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: file }));
  await page.goto('/#/system-error-209');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('main')).toContainText('https://mail.example.com');
  await expect(page.locator('.app-header__tagline')).toContainText('Example Trading Ltd');
});

test('wrong values get the notice\'s own messages at their fields, and the file keeps only the good ones', async ({ page }) => {
  await openSetup(page);
  await page.getByLabel('Shortest password').fill('ten');
  const row = page.locator('[data-field="password_policy.min_length"]');
  await expect(row).toContainText('Setting “password_policy.min_length” should be a whole number.');
  await page.getByLabel('Webmail login address').fill('http://mail.example.com');
  await expect(page.locator('[data-field="login_url"] .setup__problem')).toBeVisible();
  await expect(page.locator('.setup__status')).toHaveText(/To fix before you download \(2\)/);
  await expect(page.locator('[data-setup-file]')).toHaveText('{}');
  // Contrast: a pale main colour is refused, and the ratio shown says why.
  await page.locator('#field-theme-primary_color').fill('#ffd54f');
  await expect(page.locator('.setup__contrast [data-readable="false"]')).toContainText('1.4:1');
  await expect(page.locator('[data-field="theme.primary_color"] .setup__problem')).toContainText('1.4:1');
  await snap(page, 'setup-problems-1280');
});

test('the keyword box counts to 500, names empty and repeated lines, and refuses the 501st', async ({ page }) => {
  await openSetup(page);
  const box = page.getByLabel('Weak-password keywords');
  await box.fill('acme\n\nACME\nｓｐｒｉｎｇ\nspring');
  const report = page.locator('.setup__keywords');
  await expect(report).toHaveAttribute('data-keyword-count', '2');
  await expect(report).toContainText('Line 2 is empty.');
  await expect(report).toContainText('Line 3 repeats line 1');
  await expect(report).toContainText('Line 5 repeats line 4');
  const words = (n) => Array.from({ length: n }, (_, i) => `word${i}`).join('\n');
  await box.fill(words(500));
  await expect(report).toHaveAttribute('data-keyword-count', '500');
  await expect(report).not.toContainText('at most 500 keywords');
  await box.fill(words(501));
  await expect(report).toContainText('Alibaba Mail allows at most 500 keywords.');
  await expect(page.locator('[data-field="password_policy.weak_keywords"] .setup__problem')).toBeVisible();
});

test('the snippets follow the origins entered and copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSetup(page);
  await page.getByLabel('Pages that may embed the assistant').fill('https://help.example.com\nhttps://intranet.example.com:8443');
  await expect(page.locator('[data-setup-csp]')).toHaveText(/frame-ancestors 'self' https:\/\/help\.example\.com https:\/\/intranet\.example\.com:8443$/);
  await page.getByLabel('The assistant\'s address').fill('https://assist.example.com/help/');
  await expect(page.locator('[data-setup-snippet]')).toContainText('src="https://assist.example.com/help/#/"');
  await page.getByRole('button', { name: 'Copy' }).first().click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('event.origin !== \'https://assist.example.com\'');
});

test('the page speaks Chinese and passes axe in both languages, at phone width too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openSetup(page, '?lang=zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置邮箱登录恢复助手');
  await expect(page.getByLabel('公司名称')).toBeVisible();
  await expectNoAxeViolations(page);
  await snap(page, 'setup-zh-390');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up the Mail Recovery Assistant');
  await expectNoAxeViolations(page);
  await snap(page, 'setup-en-390');
});

test('the assistant never fetches the setup page, and its service worker does not keep it', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  expect(fetched.filter((p) => p.includes('setup'))).toEqual([]);
  const sw = await (await page.request.get('/sw.js')).text();
  expect(sw).not.toContain('setup');
});

// Each file of the bad-config corpus opened in the setup page shows exactly the problems
// the assistant's notice shows for it.
const corpusDir = new URL('../configs/', import.meta.url);
for (const name of readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort()) {
  test(`opening ${name} shows the notice's problems`, async ({ page }) => {
    const bytes = readFileSync(new URL(name, corpusDir));
    await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: bytes }));
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    const notice = page.locator('[data-config-notice] li');
    await expect(notice.first()).toBeVisible();
    const want = (await notice.allInnerTexts()).sort();
    await openSetup(page);
    await page.locator('#open-file').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
    await expect(page.locator('[data-setup-opened]')).toContainText('Showing the problems');
    const shown = page.locator('.setup__problem, .setup__unknown li');
    await expect.poll(async () => (await shown.allInnerTexts()).sort()).toEqual(want);
  });
}

test('the deployed config.json loads into the form, and an edit checks the form again', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ company_name: 'Acme', qr: { validity_seconds: 'five' }, extra: 1 }),
  }));
  await openSetup(page);
  await page.getByRole('button', { name: 'Load the config.json deployed beside the assistant' }).click();
  await expect(page.getByLabel('Company name')).toHaveValue('Acme');
  await expect(page.getByLabel('QR code lifetime (seconds)')).toHaveValue('five');
  await expect(page.locator('.setup__unknown')).toContainText('extra');
  await page.getByLabel('QR code lifetime (seconds)').fill('120');
  await expect(page.locator('.setup__unknown')).toHaveCount(0);
  await expect(page.locator('.setup__status')).toHaveText(/No problems/);
  await expectNoAxeViolations(page);
});
