// A sample of the bad config.json corpus (tests/configs/, checked natively in
// tests/bad_configs.rs) served to the real app: each shows a notice naming what is wrong,
// shows markup from the file as literal text, keeps the start page working and stays
// accessible.
import { test, expect } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, open } from './helpers.js';

const corpus = (name) => readFileSync(new URL(`../configs/${name}`, import.meta.url), 'utf8');
const tree = JSON.parse(readFileSync(new URL('../../data/tree.json', import.meta.url), 'utf8'));
const nodes = new Map(tree.nodes.map((n) => [n.id, n]));

// A first choice whose label and next question do not depend on the company's settings.
const plain = (s) => !s.includes('{');
const firstStep = nodes.get(tree.start).choices
  .map((c) => ({ label: c.label.en, next: nodes.get(c.next) }))
  .find((c) => plain(c.label) && c.next.kind === 'question' && plain(c.next.text.en));

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const keywords = JSON.stringify({
  company_name: 'Acme',
  password_policy: { weak_keywords: Array.from({ length: 10_000 }, (_, i) => `word${i}`) },
});

const cases = [
  {
    file: 'html-in-every-text-field.json',
    fields: ['admin_contact_url', 'login_url', 'mail_domain', 'theme.primary_color'],
    banner: IMG,
    footer: `<b>IT</b> desk ${SCRIPT}`,
  },
  {
    file: 'bidi-override-company-name.json',
    fields: ['company_name'],
    footer: 'IT desk, ext. 4321',
    absent: 'gnp.exe',
  },
  { file: 'javascript-login-url.json', fields: ['login_url', 'admin_contact_url'], banner: 'Acme' },
  { file: 'truncated.json', fields: ['not valid JSON'] },
  { file: '10000-keywords (generated)', body: keywords, fields: ['password_policy.weak_keywords'], banner: 'Acme' },
];

for (const c of cases) {
  test(`${c.file}: a notice, markup as text, and a working start page`, async ({ page }) => {
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.route('**/config.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: c.body ?? corpus(c.file) }));
    await open(page);

    // The sentences come from the second bundle: expect() waits for them.
    const notice = page.locator('[data-config-notice]');
    await expect(notice).toBeVisible();
    for (const field of c.fields) {
      await expect(notice.locator('li').filter({ hasText: field }).first()).toBeVisible();
    }

    const header = page.getByRole('banner');
    const footer = page.getByRole('contentinfo');
    if (c.banner) await expect(header).toContainText(c.banner);
    if (c.footer) await expect(footer).toContainText(c.footer);
    if (c.absent) await expect(page.locator('body')).not.toContainText(c.absent);
    // Markup from the file never becomes elements, and no script URL becomes a link.
    await expect(page.locator('header img, footer img, header script, footer script, footer b')).toHaveCount(0);
    await expect(page.locator('[href^="javascript:" i], [href^="data:" i], [src="x"]')).toHaveCount(0);

    await expectNoAxeViolations(page);

    // The assistant still works: the first choice leads to its question.
    await page.getByRole('link', { name: firstStep.label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstStep.next.text.en);
    expect(dialogs).toEqual([]);
  });
}
