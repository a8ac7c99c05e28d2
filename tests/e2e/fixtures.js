// The `test` every spec uses: Playwright's, plus a guard that fails the test on any
// Content-Security-Policy violation in any page or frame of its browser context.
import { test as base, expect } from '@playwright/test';

export { expect };

export const test = base.extend({
  context: async ({ context }, use) => {
    const violations = [];
    await context.exposeBinding('__reportCspViolation', (_source, text) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        // eslint-disable-next-line no-undef
        __reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    await use(context);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});
