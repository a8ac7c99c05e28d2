// Simplified Chinese: chosen by ?lang=, then config locale, then the browser's languages;
// the visible switch; a whole tree walk and the password checker in Chinese, with
// accessibility checked in that language.
import { test, expect } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, open, toolsSettled, shippedConfig, withConfig } from './helpers.js';

const tree = JSON.parse(readFileSync(new URL('../../data/tree.json', import.meta.url), 'utf8'));
const config = shippedConfig;
const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
const fill = (s) => s.replaceAll('{company}', config.company_name);

const ZH_START = '是什么让您无法登录？';
const EN_START = 'What is stopping you from logging in?';

test('?lang=zh-CN shows the start page in Chinese, with <html lang> to match', async ({ page }) => {
  await open(page, '?lang=zh-CN#/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ZH_START);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('searchbox', { name: '按您看到的错误提示搜索' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a full tree walk in Chinese, from the start to the 209 outcome', async ({ page }) => {
  await open(page, '?lang=zh-CN#/');
  const path = ['which-error', 'system-error-209'];
  let at = nodes.get(tree.start);
  for (const next of path) {
    const choice = at.choices.find((c) => c.next === next);
    await page.getByRole('link', { name: fill(choice.label.zh), exact: true }).click();
    at = nodes.get(next);
    const heading = at.kind === 'question' ? at.text.zh : at.title.zh;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(heading));
    await expectNoAxeViolations(page);
  }
  // The exact error message stays as Alibaba Mail shows it.
  await expect(page.getByText('System error 209').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the browser language decides when neither the address nor the config does', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await open(page, '#/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ZH_START);
  await context.close();
});

test('the config locale wins over the browser, and ?lang= wins over both', async ({ page }) => {
  await withConfig(page, { locale: 'zh-CN' });
  await open(page, '#/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ZH_START);
  await open(page, '?lang=en#/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN_START);
});

test('the language switch changes every text, keeps the page, and survives a reload', async ({ page }) => {
  await open(page, '#/account-locked');
  const enTitle = nodes.get('account-locked').title.en;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(enTitle));
  const toZh = page.getByRole('button', { name: '中文' });
  await expect(toZh).toHaveAttribute('lang', 'zh-CN');
  await toZh.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(nodes.get('account-locked').title.zh));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(new URL(page.url()).search).toBe('?lang=zh-CN');
  expect(new URL(page.url()).hash).toBe('#/account-locked');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(nodes.get('account-locked').title.zh));
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(enTitle));
});

test('the password checker follows the switch, and is accessible in Chinese', async ({ page }) => {
  await open(page, '#/new-password');
  await page.getByLabel('New password', { exact: true }).fill('abc');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置新密码');
  // What was typed stays.
  await expect(page.locator('#pw-new')).toHaveValue('abc');
  await expectNoAxeViolations(page);
  await page.reload();
  await toolsSettled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置新密码');
});

test('Chinese search queries find their pages', async ({ page }) => {
  await open(page, '?lang=zh-CN#/');
  const search = page.getByRole('searchbox');
  await search.fill('账号被锁定');
  await search.press('Enter');
  await expect(page).toHaveURL(/#\/account-locked$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(nodes.get('account-locked').title.zh));
});
