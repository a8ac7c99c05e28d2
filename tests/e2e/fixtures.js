// The `test` every spec uses: Playwright's, plus two guards over every page and frame of
// its browser context, checked when the test ends:
// - any Content-Security-Policy violation fails the test;
// - any uncaught error (`pageerror`) or `console.error` fails the test, unless the test
//   declared it with `expectErrors(/pattern/, ...)`. A declared pattern must then match
//   at least one error, so a test that provokes an error on purpose (a file blocked, a
//   forced panic) says exactly which errors it expects and still fails on any other.
import { test as base, expect } from '@playwright/test';

export { expect };

export const test = base.extend({
  // Shared by `context` (which records and checks) and `expectErrors` (which declares).
  errorLog: async ({}, use) => {
    await use({ seen: [], expected: [] });
  },

  context: async ({ context, errorLog }, use) => {
    const violations = [];
    await context.exposeBinding('__reportCspViolation', (_source, text) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        // eslint-disable-next-line no-undef
        __reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const watch = (page) => {
      page.on('pageerror', (err) => errorLog.seen.push(`pageerror: ${err.name}: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errorLog.seen.push(`console.error: ${msg.text()}`);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);

    await use(context);

    expect(violations, 'Content-Security-Policy violations').toEqual([]);
    const { seen, expected } = errorLog;
    const unexpected = seen.filter((e) => !expected.some((p) => p.test(e)));
    expect(unexpected, 'uncaught errors and console.error calls').toEqual([]);
    const missing = expected.filter((p) => !seen.some((e) => p.test(e))).map(String);
    expect(missing, 'errors the test declared but that did not happen').toEqual([]);
  },

  /** Declares errors this test provokes on purpose: each pattern must match one. */
  expectErrors: async ({ errorLog }, use) => {
    await use((...patterns) => errorLog.expected.push(...patterns));
  },
});
