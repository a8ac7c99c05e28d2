// Memory of the running app, shared by the benchmark (scripts/bench.mjs) and the
// end-to-end leak test (tests/e2e/memory.spec.js), so both measure the same thing the
// same way: the JS heap after a forced garbage collection plus the linear memory of every
// wasm the page instantiated (both bundles), around page changes through the tree, the
// password checker and the QR demo.

/**
 * Collects every wasm memory the page instantiates, without changing the app. Pass to
 * `page.addInitScript` before the page loads.
 */
export function collectWasmMemories() {
  const memories = [];
  window.__memoryWasmBytes = () => memories.reduce((n, m) => n + m.buffer.byteLength, 0);
  window.__memoryWasmCount = () => memories.length;
  const keep = (result) => {
    const instance = result.instance ?? result;
    for (const v of Object.values(instance.exports ?? {})) {
      if (v instanceof WebAssembly.Memory) memories.push(v);
    }
    return result;
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...a) {
      return original.apply(this, a).then(keep);
    };
  }
}

/** JS heap (after a forced collection) and wasm bytes, in bytes; `cdp` is the page's session. */
export async function memoryNow(page, cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__memoryWasmBytes());
  return { js: usedSize, wasm, total: usedSize + wasm };
}

/** The pages visited in turn: questions, outcomes, the password checker and the QR demo. */
export const ROUTE = ['start', 'which-error', 'system-error-209', 'new-password', 'forgot-whose',
  'account-locked', 'qr-demo', 'postmaster-task', 'qr-app-ready', 'credentials-rejected', 'new-password',
  'self-service-reset', 'qr-demo'];

/**
 * Changes page `n` times along `ROUTE`, each time waiting until the new page is drawn
 * (its `data-page` in `main`, and a page of the second bundle mounted), as a visitor
 * clicking around would. Throws if a page does not appear within two seconds.
 */
export async function changePages(page, n) {
  await page.evaluate(async ({ n, route }) => {
    const drawn = (id) => document.querySelector(`main [data-page="${id}"]`)
      && !document.querySelector('[data-on-demand-state="loading"]');
    for (let i = 0; i < n; i++) {
      let id = route[i % route.length];
      // Setting the same hash changes nothing: go somewhere else instead.
      if (drawn(id)) id = 'system-error-209';
      location.hash = id === 'start' ? '#/' : `#/${id}`;
      const since = performance.now();
      while (!drawn(id)) {
        if (performance.now() - since > 2000) throw new Error(`page ${id} did not appear`);
        await new Promise((r) => setTimeout(r, 1));
      }
    }
  }, { n, route: ROUTE });
}
