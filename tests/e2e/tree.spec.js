// The decision tree: every path by clicking, deep links, history, search, restart, the
// "did this solve it?" flow, the administrator summary and accessibility.
import { test, expect } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, open, snap, shippedConfig, withConfig } from './helpers.js';

const tree = JSON.parse(readFileSync(new URL('../../data/tree.json', import.meta.url), 'utf8'));
const config = shippedConfig;
const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
const fill = (s) => s.replaceAll('{company}', config.company_name);
const heading = (n) => fill(n.kind === 'question' ? n.text.en : n.title.en);

// Every path of choices from the start question to an outcome (questions form no cycles).
function paths() {
  const out = [];
  const stack = [[tree.start, []]];
  while (stack.length) {
    const [id, labels] = stack.pop();
    const node = nodes.get(id);
    if (node.kind === 'outcome') { out.push({ labels, outcome: id }); continue; }
    for (const c of node.choices) stack.push([c.next, [...labels, fill(c.label.en)]]);
  }
  return out;
}

for (const { labels, outcome } of paths()) {
  test(`clicking ${labels.join(' → ')} leads to ${outcome}`, async ({ page }) => {
    await open(page);
    for (const label of labels) {
      await page.getByRole('link', { name: label, exact: true }).click();
    }
    await expect(page).toHaveURL(new RegExp(`#/${outcome}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(nodes.get(outcome)));
    // The breadcrumbs list the answers given, in order.
    const crumbs = page.getByRole('navigation', { name: 'Your answers so far' }).getByRole('link');
    await expect(crumbs).toHaveText(labels);
  });
}

test('every node opens directly from its deep link', async ({ page }) => {
  for (const node of tree.nodes) {
    await open(page, `#/${node.id}`);
    const expected = node.id === tree.start ? 'What is stopping you from logging in?' : heading(node);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected);
  }
});

test('each seed error message is quoted exactly on its outcome page', async ({ page }) => {
  const messages = {
    'account-locked': 'Too many password errors, please try again in 1 hour',
    'credentials-rejected': 'Username and password do not match',
    'verification-code-error': 'Verification code error',
    'system-error-209': 'System error 209',
    'user-does-not-exist': 'User does not exist',
  };
  for (const [id, msg] of Object.entries(messages)) {
    await open(page, `#/${id}`);
    await expect(page.locator('q.outcome__error-text')).toHaveText(msg);
  }
});

test('browser back and forward move between steps', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: 'I forgot my password', exact: true }).click();
  await expect(page).toHaveURL(/#\/forgot-whose$/);
  await page.getByRole('link', { name: 'The password of my own mailbox', exact: true }).click();
  await expect(page).toHaveURL(/#\/recovery-options$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(nodes.get('forgot-whose')));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is stopping you from logging in?');
  await page.goForward();
  await expect(page).toHaveURL(/#\/forgot-whose$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the Back link returns to the previous question and Start again goes home', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: 'I see an error message', exact: true }).click();
  await page.getByRole('link', { name: 'System error 209', exact: true }).click();
  await page.getByRole('link', { name: '← Back' }).click();
  await expect(page).toHaveURL(/#\/which-error$/);
  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is stopping you from logging in?');
  await expect(page.getByRole('navigation', { name: 'Your answers so far' })).toHaveCount(0);
});

test('searching a pasted error message and pressing Enter opens its page', async ({ page }) => {
  await open(page);
  const box = page.getByRole('searchbox', { name: 'Search by the error message you see' });
  await box.fill('Error: Too many password errors, please try again in 1 hour.');
  await expect(page.locator('[data-suggestion]').first()).toHaveAttribute('data-suggestion', 'account-locked');
  await box.press('Enter');
  await expect(page).toHaveURL(/#\/account-locked$/);
});

test('search suggestions appear while typing, tolerate typos and codes', async ({ page }) => {
  await open(page);
  const box = page.getByRole('searchbox', { name: 'Search by the error message you see' });
  await box.pressSequentially('209');
  await expect(page.locator('[data-suggestion]').first()).toHaveAttribute('data-suggestion', 'system-error-209');
  await box.fill('forgot my pasword');
  await expect(page.locator('[data-suggestion]').first()).toHaveAttribute('data-suggestion', 'self-service-reset');
  await box.fill('zzzzqqqq');
  await expect(page.getByText('Nothing matches that yet')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Did this solve it? Yes confirms, No offers the next best path', async ({ page }) => {
  await open(page, '#/verification-code-error');
  await page.getByRole('button', { name: 'Yes, I can log in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'you are back in' })).toBeVisible();
  await page.getByRole('button', { name: 'No, still stuck' }).click();
  await expect(page.getByText('Try this next:')).toBeVisible();
  const next = nodes.get('verification-code-error').not_solved[0];
  await page.getByRole('link', { name: heading(nodes.get(next)), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/${next}$`));
});

test('"No, still stuck" leaves out what the answers ruled out', async ({ page }) => {
  const offered = async () => page.locator('.solved__result a.choice').allInnerTexts();
  const reset = heading(nodes.get('self-service-reset'));
  // Neither a secure phone nor security questions, then QR login: no self-service reset.
  await open(page);
  for (const label of ['I forgot my password', 'The password of my own mailbox', 'No, neither of them', 'Yes, the app is logged in']) {
    await page.getByRole('link', { name: label, exact: true }).click();
  }
  await expect(page).toHaveURL(/#\/qr-login$/);
  await page.getByRole('button', { name: 'No, still stuck' }).click();
  await expect(page.getByText('Try this next:')).toBeVisible();
  const without = (await offered()).map((t) => t.replace('›', '').trim());
  expect(without).toEqual([heading(nodes.get('account-locked')), heading(nodes.get('contact-admin'))]);
  await expectNoAxeViolations(page);
  // The same page reached the other way still offers it.
  await open(page);
  await page.getByRole('link', { name: 'I want to log in without my password', exact: true }).click();
  await page.getByRole('link', { name: 'Yes', exact: true }).click();
  await expect(page).toHaveURL(/#\/qr-login$/);
  await page.getByRole('button', { name: 'No, still stuck' }).click();
  await expect(page.getByRole('link', { name: reset, exact: true })).toBeVisible();
});

test('the administrator summary is copied with the answers and no password', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.getByRole('link', { name: 'I see an error message', exact: true }).click();
  await page.getByRole('link', { name: 'Username and password do not match', exact: true }).click();
  await page.getByRole('button', { name: 'Copy summary for your administrator' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Username and password do not match');
  expect(copied).toContain('I see an error message');
  await expect(page.getByLabel('Summary for your administrator')).toHaveValue(copied);
});

test('without a configured mail domain the 209 page works out the login address from the typed email', async ({ page }) => {
  await withConfig(page, { mail_domain: undefined });
  await open(page, '#/system-error-209');
  await page.getByLabel('Your email address (optional)').fill('li.wei@acme-corp.cn');
  await expect(page.getByRole('link', { name: 'https://mail.acme-corp.cn' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the 209 page says so when the typed address is not at the company\'s mail domain', async ({ page }) => {
  await open(page, '#/system-error-209');
  const email = page.getByLabel('Your email address (optional)');
  await email.fill('li.wei@acme-corp.cn');
  const result = page.locator('.login-address__result');
  await expect(result).toHaveText(`That address is not at ${config.mail_domain}, your company's mail domain: check it.`);
  // No login address is guessed for the other domain, anywhere on the page.
  await expect(page.getByRole('link', { name: /acme-corp/ })).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('mail.acme-corp.cn');
  await expectNoAxeViolations(page);
  // The company's own address is guessed once the address is at its domain.
  await email.fill(`li.wei@${config.mail_domain}`);
  await expect(result.getByRole('link', { name: `https://mail.${config.mail_domain}` })).toBeVisible();
});

test('the 209 page shows the configured login address when there is one', async ({ page }) => {
  await withConfig(page, { login_url: 'https://mail.example.com/alimail/' });
  await open(page, '#/system-error-209');
  await expect(page.getByRole('link', { name: 'https://mail.example.com/alimail/' })).toBeVisible();
  await expect(page.getByLabel('Your email address (optional)')).toHaveCount(0);
});

test('the hard-refresh keys for a Mac come first on a Mac', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36' });
  const page = await context.newPage();
  await open(page, '#/verification-code-error');
  await expect(page.getByRole('main')).toContainText('press Cmd+Shift+R (on Windows or Linux: Ctrl+F5)');
  await context.close();
});

test('question and outcome pages have no accessibility violations', async ({ page }) => {
  for (const id of ['which-error', 'recovery-options', 'account-locked', 'admin-reset', 'qr-login']) {
    await open(page, `#/${id}`);
    await expectNoAxeViolations(page);
  }
  await open(page, '#/account-locked');
  await page.getByRole('button', { name: 'No, still stuck' }).click();
  await page.getByRole('button', { name: 'Copy summary for your administrator' }).click();
  await expectNoAxeViolations(page);
});

for (const width of [360, 1280]) {
  test(`screenshots of the tree at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page);
    await snap(page, `tree-start-${width}`);
    await page.getByRole('searchbox').fill('locked out');
    await snap(page, `tree-search-${width}`);
    await open(page, '#/which-error');
    await snap(page, `tree-question-${width}`);
    await open(page, '#/account-locked');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await snap(page, `tree-outcome-${width}`);
    await open(page);
    await page.getByRole('link', { name: 'I am the mail administrator (postmaster)', exact: true }).click();
    await page.getByRole('link', { name: 'Unlock an employee\'s locked account', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Yes, that fixed it' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await snap(page, `tree-admin-${width}`);
  });
}

test('after the locked-account page the QR demo starts blocked', async ({ page }) => {
  await open(page, '#/qr-demo');
  await expect(page.locator('[data-qr-state]')).toHaveAttribute('data-qr-state', 'pending');
  await open(page, '#/account-locked');
  await open(page, '#/qr-login');
  await page.getByRole('link', { name: 'See how QR login works' }).click();
  await expect(page.locator('[data-qr-state]')).toHaveAttribute('data-qr-state', 'blocked');
});

const adminPath = ['I am the mail administrator (postmaster)', fill('Nobody at {company} can log in')];
const CONSOLE = 'https://mail.console.aliyun.com';

test('a page reached through the postmaster\'s question speaks to the administrator', async ({ page }) => {
  await open(page);
  for (const label of adminPath) await page.getByRole('link', { name: label, exact: true }).click();
  await expect(page).toHaveURL(/#\/service-expired$/);
  // No summary to send to themselves, no footer sending them to themselves.
  await expect(page.getByRole('button', { name: 'Copy summary for your administrator' })).toHaveCount(0);
  await expect(page.getByRole('contentinfo').getByText('Still stuck?')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toContainText('Everything you type stays on this page.');
  // The console is a link to open.
  await expect(page.getByRole('link', { name: CONSOLE, exact: true })).toHaveAttribute('href', CONSOLE);
  await expect(page.getByRole('button', { name: 'Yes, I can log in' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Yes, that fixed it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done. You can close this page.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print these steps' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an administrator\'s own pages speak to the administrator even opened directly', async ({ page }) => {
  for (const id of ['postmaster-unlock', 'admin-reset', 'postmaster-reset']) {
    await open(page, `#/${id}`);
    await expect(page.getByRole('button', { name: 'Yes, that fixed it' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy summary for your administrator' })).toHaveCount(0);
    await expect(page.getByRole('contentinfo').getByText('Still stuck?')).toBeHidden();
  }
  // The console link only where the page sends them to the console.
  await expect(page.getByRole('link', { name: CONSOLE, exact: true })).toBeVisible();
  await open(page, '#/admin-reset');
  await expect(page.getByRole('link', { name: CONSOLE, exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('service-expired opened directly still speaks to the employee', async ({ page }) => {
  await open(page, '#/service-expired');
  await expect(page.getByRole('button', { name: 'Copy summary for your administrator' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, I can log in' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByText('Still stuck?')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(`Still stuck? Your mail administrator: ${config.admin_contact}`);
  await expect(page.getByRole('link', { name: CONSOLE, exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // The same page through the postmaster's question speaks to the administrator; opened
  // directly again (a fresh load of the link) it is the employee's once more.
  await open(page);
  for (const label of adminPath) await page.getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('button', { name: 'Yes, that fixed it' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Yes, I can log in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy summary for your administrator' })).toBeVisible();
});

test('the last pages end: the employee\'s says what to send and shows the administrator\'s next step, the last one closes', async ({ page }) => {
  await open(page, '#/contact-admin');
  await page.getByRole('button', { name: 'No, still stuck' }).click();
  const result = page.locator('.solved__result');
  await expect(result).toContainText(`Send the summary below to ${config.admin_contact}`);
  await expect(page.getByText('Try this next:')).toHaveCount(0);
  const offered = (await result.locator('a.choice').allInnerTexts()).map((t) => t.replace('›', '').trim());
  expect(offered).toEqual([heading(nodes.get('cloud-support'))]);
  await expectNoAxeViolations(page);
  await result.getByRole('link', { name: heading(nodes.get('cloud-support')) }).click();
  await expect(page).toHaveURL(/#\/cloud-support$/);
  await page.getByRole('button', { name: 'No, still stuck' }).click();
  await expect(result).toHaveText(tree.texts.last_stop.en);
  await expect(result.locator('ul, a')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await snap(page, 'tree-last-page');
});

test('the postmaster\'s pages go on to Alibaba Cloud support, never to "ask your administrator"', async ({ page }) => {
  for (const id of ['postmaster-unlock', 'admin-reset', 'postmaster-reset', 'account-status']) {
    await open(page, `#/${id}`);
    await page.getByRole('button', { name: 'No, still stuck' }).click();
    const offered = page.locator('.solved__result a.choice');
    await expect(offered.filter({ hasText: heading(nodes.get('cloud-support')) })).toHaveCount(1);
    await expect(offered.filter({ hasText: heading(nodes.get('contact-admin')) })).toHaveCount(0);
  }
});

test('"My account is locked" asks how: the 1-hour lock or a frozen account', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: 'My account is locked', exact: true }).click();
  await expect(page).toHaveURL(/#\/locked-how$/);
  await page.getByRole('link', { name: 'The account is frozen or closed', exact: true }).click();
  await expect(page).toHaveURL(/#\/account-frozen$/);
  await expect(page.locator('.outcome__steps')).toContainText('skip Forgot Password');
  await page.getByRole('button', { name: 'No, still stuck' }).click();
  const offered = (await page.locator('.solved__result a.choice').allInnerTexts()).map((t) => t.replace('›', '').trim());
  expect(offered).toEqual([heading(nodes.get('contact-admin'))]);
});

test('in Chinese the error message is shown as the Chinese page words it, quoted only when confirmed', async ({ page }) => {
  await open(page, '?lang=zh-CN#/account-locked');
  const zh = page.locator('.outcome__error--zh');
  await expect(zh.locator('[lang="zh-CN"]')).toHaveText('“密码错误过多，请1小时后重试”');
  await expect(zh).toContainText('中文登录页的提示');
  // The English one stays, quoted, for searching.
  await expect(page.locator('q.outcome__error-text[lang="en"]')).toHaveText('Too many password errors, please try again in 1 hour');
  await expectNoAxeViolations(page);
  await open(page, '?lang=zh-CN#/credentials-rejected');
  await expect(zh).toContainText('译文，未经核实');
  // A translation: no quotation marks.
  await expect(zh.locator('[lang="zh-CN"]')).toHaveText('用户名或密码错误');
  await snap(page, 'tree-zh-error-unconfirmed');
  // Not in the English interface.
  await open(page, '#/credentials-rejected');
  await expect(page.locator('.outcome__error--zh')).toBeHidden();
  // Chinese search finds the lock page by its Chinese message, over 密码错误.
  await open(page, '?lang=zh-CN');
  await page.getByRole('searchbox').fill('密码错误过多');
  await expect(page.locator('[data-suggestion]').first()).toHaveAttribute('data-suggestion', 'account-locked');
});

test('related pages are plain links, and Back and Start again are lighter than the page\'s answers', async ({ page }) => {
  await open(page, '#/account-locked');
  const related = page.getByRole('link', { name: 'Unlock an employee\'s account', exact: true });
  await expect(related).toBeVisible();
  await expect(related).not.toHaveClass(/button/);
  await expect(page.locator('.outcome__links a.button, .outcome__links .button--primary')).toHaveCount(0);
  const style = (locator) => locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { weight: Number(s.fontWeight), border: s.borderTopColor, background: s.backgroundColor };
  });
  const main = await style(page.getByRole('button', { name: 'Yes, I can log in' }));
  for (const nav of [page.getByRole('link', { name: '← Back' }), page.getByRole('link', { name: 'Start again' })]) {
    const quiet = await style(nav);
    expect(quiet.weight).toBeLessThan(main.weight);
    expect(quiet.border).toBe('rgba(0, 0, 0, 0)');
    expect(quiet.background).toBe('rgba(0, 0, 0, 0)');
    expect(main.border).not.toBe('rgba(0, 0, 0, 0)');
  }
  await expectNoAxeViolations(page);
});

test('search suggestions for administrators\' pages say so', async ({ page }) => {
  await open(page);
  await page.getByRole('searchbox', { name: 'Search by the error message you see' }).fill('unlock');
  const admin = page.locator('[data-suggestion="postmaster-unlock"]');
  await expect(admin).toBeVisible();
  await expect(admin.getByText('For administrators', { exact: true })).toBeVisible();
  await expect(page.locator('[data-suggestion="account-locked"]')).toBeVisible();
  await expect(page.locator('[data-suggestion="account-locked"]')).not.toContainText('For administrators');
  await expectNoAxeViolations(page);
});

test('the summary names the mailbox typed and says how to send it without mail', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '#/system-error-209');
  await page.getByLabel('Your email address (optional)').fill(`li.wei@${config.mail_domain}`);
  await page.getByRole('button', { name: 'Copy summary for your administrator' }).click();
  const summary = page.getByLabel('Summary for your administrator');
  await expect(summary).toHaveValue(new RegExp(`Mailbox: li\\.wei@${config.mail_domain.replace('.', '\\.')}`));
  await expect(summary).toHaveValue(/Your mail is what does not work: send this by chat, by phone or from a colleague's mail\./);
  await expectNoAxeViolations(page);
});

test('a printout has the FAQ answers, not only the questions', async ({ page }) => {
  await open(page, '#/qr-login');
  const answer = page.getByText(nodes.get('qr-login').faq[0].a.en, { exact: true });
  await expect(answer).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(answer).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'screen' });
  await expect(answer).toBeHidden();
  // Browsers without ::details-content: the details are opened for printing, then closed.
  const details = page.locator('details.faq');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(details.first()).toHaveAttribute('open', '');
  await expect(details.nth(1)).toHaveAttribute('open', '');
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(details.first()).not.toHaveAttribute('open');
  await expect(details.nth(1)).not.toHaveAttribute('open');
});

test('a kiosk offers no printing', async ({ page }) => {
  await withConfig(page, { kiosk: { enabled: true } });
  await open(page, '#/account-locked');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(nodes.get('account-locked')));
  await expect(page.getByRole('button', { name: 'Print these steps' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Yes, I can log in' })).toBeVisible();
  await expectNoAxeViolations(page);
});
