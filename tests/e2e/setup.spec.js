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
  await page.screenshot({ path: 'tests/e2e/screenshots/setup-en-390-top.png' });
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

test('a config.json dropped on the page opens like a chosen one', async ({ page }) => {
  await openSetup(page);
  await expect(page.getByText('Or drop a config.json file anywhere on this page.')).toBeVisible();
  const text = JSON.stringify({ company_name: 'Dropped Ltd', qr: { validity_seconds: 5 } });
  const transfer = await page.evaluateHandle((body) => {
    const data = new DataTransfer();
    data.items.add(new File([body], 'config.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.dispatchEvent('.setup__intro', 'dragover', { dataTransfer: transfer });
  await expect(page.getByText('Drop the file to open it.')).toBeVisible();
  await page.dispatchEvent('.setup__intro', 'drop', { dataTransfer: transfer });
  await expect(page.getByLabel('Company name')).toHaveValue('Dropped Ltd');
  await expect(page.locator('[data-setup-opened]')).toContainText('Showing the problems');
  await expect(page.locator('[data-field="qr.validity_seconds"] .setup__problem')).toBeVisible();
  await expect(page.getByText('Or drop a config.json file anywhere on this page.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the theme sample draws the header and button in light and dark with the colours entered', async ({ page }) => {
  await openSetup(page);
  const light = page.locator('.theme-sample[data-scheme="light"]');
  const dark = page.locator('.theme-sample[data-scheme="dark"]');
  const css = (locator, sel, prop) => locator.locator(sel).evaluate((el, p) => getComputedStyle(el)[p], prop);
  // The built-in theme first.
  expect(await css(light, '.theme-sample__header', 'backgroundColor')).toBe('rgb(11, 92, 173)');
  await page.locator('#field-theme-primary_color').fill('#7b1fa2');
  await page.locator('#field-theme-background_color').fill('#fffbe6');
  await page.getByLabel('Company name').fill('Example Trading Ltd');
  await expect(light.locator('.theme-sample__header')).toHaveText('Example Trading Ltd');
  await expect.poll(() => css(light, '.theme-sample__header', 'backgroundColor')).toBe('rgb(123, 31, 162)');
  expect(await css(light, '.theme-sample__button', 'backgroundColor')).toBe('rgb(123, 31, 162)');
  expect(await css(light, '.theme-sample__body', 'backgroundColor')).toBe('rgba(0, 0, 0, 0)');
  expect(await light.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 251, 230)');
  // Dark: the main colour stays; text and background are the assistant's dark ones.
  expect(await css(dark, '.theme-sample__header', 'backgroundColor')).toBe('rgb(123, 31, 162)');
  expect(await dark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(18, 20, 23)');
  expect(await css(dark, '.theme-sample__link', 'color')).toBe('rgb(142, 197, 255)');
  // A colour the assistant refuses is not drawn: the sample falls back as the assistant does.
  await page.locator('#field-theme-primary_color').fill('#ffd54f');
  await expect.poll(() => css(light, '.theme-sample__header', 'backgroundColor')).toBe('rgb(11, 92, 173)');
  await page.locator('.setup__samples').screenshot({ path: 'tests/e2e/screenshots/setup-theme-sample.png' });
  await expectNoAxeViolations(page);
});

test.describe('the live preview', () => {
  test.use({ serviceWorkers: 'allow' });
  // Each edit reloads the assistant in the frame: on a loaded machine that takes seconds.
  const within = expect.configure({ timeout: 15_000 });
  const frameOf = (page, title = 'Preview of the assistant with this configuration') => page.frameLocator(`iframe[title="${title}"]`);

  test('shows the assistant with the form as it stands and follows every edit', async ({ page }) => {
    await openSetup(page);
    const frame = frameOf(page);
    await within(frame.locator('html')).toHaveAttribute('data-app', 'ready');
    await within(frame.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByLabel('Company name').fill('Example Trading Ltd');
    await within(frame.locator('.app-header')).toContainText('Example Trading Ltd');
    // The 209 page with the login address.
    await page.getByLabel('Page to show').selectOption('system-error-209');
    await page.getByLabel('Webmail login address').fill('https://mail.example.com/alimail/');
    await within(frame.getByRole('link', { name: 'https://mail.example.com/alimail/' })).toBeVisible();
    // The administrator contact, on a page the visitor walked to inside the preview.
    await page.getByLabel('Page to show').selectOption('contact-admin');
    await page.getByLabel('Administrator contact', { exact: true }).fill('IT Help Desk, ext. 4321');
    await within(frame.getByText('IT Help Desk, ext. 4321').first()).toBeVisible();
    // The theme and kiosk mode.
    await page.locator('#field-theme-primary_color').fill('#7b1fa2');
    // Read between the frame's reloads: one that starts during the read ends it with an error.
    await within.poll(() => frame.locator('.app-header').evaluate((el) => getComputedStyle(el).backgroundColor).catch(() => null))
      .toBe('rgb(123, 31, 162)');
    await page.getByLabel('Kiosk mode').check();
    await within(frame.locator('html')).toHaveAttribute('data-kiosk', '');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('#field-theme-primary_color').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/e2e/screenshots/setup-preview-1280.png' });
    // The language, from the file and from the chooser.
    await page.getByLabel('Preferred language').fill('zh-CN');
    await within(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByLabel('Preferred language').fill('');
    await page.getByLabel('Language of the preview').selectOption('zh-CN');
    await within(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await within(frame.locator('.app-header')).toContainText('Example Trading Ltd');
    await expectNoAxeViolations(page);
  });

  test('works in Chinese at phone width and passes axe', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openSetup(page, '?lang=zh-CN');
    const frame = frameOf(page, '使用此配置的助手预览');
    await page.getByLabel('预览的语言').selectOption('zh-CN');
    await within(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await within(frame.locator('html')).toHaveAttribute('data-app', 'ready');
    await page.getByLabel('显示的页面').selectOption('system-error-209');
    await page.getByLabel('网页版邮箱登录地址').fill('https://mail.example.com/alimail/');
    await within(frame.getByRole('link', { name: 'https://mail.example.com/alimail/' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('.setup__preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/e2e/screenshots/setup-preview-zh-390.png' });
  });

  test('asks for nothing but the files of the site', async ({ page, context }) => {
    const urls = [];
    context.on('request', (r) => urls.push(r.url()));
    await openSetup(page);
    const frame = frameOf(page);
    await within(frame.locator('html')).toHaveAttribute('data-app', 'ready');
    for (const [label, value] of Object.entries(VALUES)) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    await within(frame.locator('.app-header')).toContainText('Example Trading Ltd');
    const origin = new URL(page.url()).origin;
    const files = new Set(readdirSync('dist', { recursive: true }).map((f) => `/${f}`));
    const outside = urls.filter((u) => {
      const url = new URL(u);
      const path = url.pathname.replace(/^\/preview\//, '/').replace(/\/$/, '/index.html');
      return url.origin !== origin || !files.has(path);
    });
    expect(outside).toEqual([]);
    expect(urls.length).toBeGreaterThan(10);
  });

  test('keeps the page the visitor walked to when the file changes', async ({ page }) => {
    await openSetup(page);
    const frame = frameOf(page);
    await within(frame.locator('html')).toHaveAttribute('data-app', 'ready');
    const start = await frame.locator('h1').innerText();
    await frame.getByRole('link', { name: /locked/i }).first().click();
    await within(frame.locator('h1')).not.toHaveText(start);
    const walked = await frame.locator('h1').innerText();
    await page.getByLabel('Company name').fill('Acme');
    await within(frame.locator('.app-header')).toContainText('Acme');
    await within(frame.locator('h1')).toHaveText(walked);
  });

  test('never takes focus from the form around it', async ({ page }) => {
    await openSetup(page);
    const frame = frameOf(page);
    await within(frame.locator('html')).toHaveAttribute('data-app', 'ready');
    const choice = page.getByLabel('Page to show');
    await choice.focus();
    await choice.selectOption('contact-admin');
    await within(frame.locator('main [data-page="contact-admin"] h1')).toBeVisible();
    // The frame's page change (a hash change, after which the assistant moves focus to
    // its heading) and a frame reloaded for an edit leave focus where the visitor is.
    await page.waitForTimeout(300);
    await expect(choice).toBeFocused();
    const company = page.getByLabel('Company name');
    await company.fill('Acme');
    await within(frame.locator('.app-header')).toContainText('Acme');
    await expect(company).toBeFocused();
    await company.press('End');
    await company.pressSequentially(' Ltd');
    await within(frame.locator('.app-header')).toContainText('Acme Ltd');
    await expect(company).toHaveValue('Acme Ltd');
    await expect(company).toBeFocused();
  });

  test('a page chosen while the frame reloads for an edit is the page it lands on, with the edit', async ({ page, context }) => {
    await openSetup(page);
    const frame = frameOf(page);
    await within(frame.locator('html')).toHaveAttribute('data-app', 'ready');
    await page.getByLabel('Page to show').selectOption('system-error-209');
    await within(frame.locator('main [data-page="system-error-209"] h1')).toBeVisible();
    // From now on the frame's document (fetched by the preview's worker) is held back,
    // so the reload an edit starts is still on its way when the next page is chosen.
    let held = 0;
    let release;
    const released = new Promise((r) => { release = r; });
    await context.route(/\/index\.html(\?.*)?$/, async (route) => {
      held += 1;
      await released;
      await route.continue();
    });
    await page.getByLabel('Administrator contact', { exact: true }).fill('IT Help Desk, ext. 4321');
    await expect.poll(() => held).toBe(1);
    await page.getByLabel('Page to show').selectOption('contact-admin');
    // And a second edit while that document is still held.
    await page.getByLabel('Company name').fill('Example Trading Ltd');
    await page.waitForTimeout(600);
    release();
    await within(frame.locator('main [data-page="contact-admin"] h1')).toBeVisible();
    await within(frame.getByText('IT Help Desk, ext. 4321').first()).toBeVisible();
    await within(frame.locator('.app-header')).toContainText('Example Trading Ltd');
  });

  test('cannot be opened outside the setup page, and the assistant still reads only its own file', async ({ page, expectErrors }) => {
    expectErrors(/status of 403/);
    // Where the setup page never ran, there is no preview at all.
    const before = await page.request.get('/preview/index.html');
    expect(before.status()).toBe(404);
    await openSetup(page);
    const frame = frameOf(page);
    await within(frame.locator('html')).toHaveAttribute('data-app', 'ready');
    await page.getByLabel('Company name').fill('Phishing Test Ltd');
    await page.getByLabel('Webmail login address').fill('https://evil.example.net/');
    await within(frame.locator('.app-header')).toContainText('Phishing Test Ltd');
    // Even in this browser, a link straight to the preview is refused.
    const direct = await page.goto('/preview/index.html#/system-error-209');
    expect(direct.status()).toBe(403);
    await expect(page.locator('body')).toContainText('opens only inside the setup page');
    // And the assistant itself shows the deployed configuration, not the preview's.
    await page.goto('/#/system-error-209');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.locator('.app-header')).not.toContainText('Phishing Test Ltd');
    await expect(page.getByRole('link', { name: 'https://evil.example.net/' })).toHaveCount(0);
  });
});
