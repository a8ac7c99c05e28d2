// Starts the assistant. An external module rather than Trunk's inline loader, so the site
// runs under a Content-Security-Policy without 'unsafe-inline' (see public/_headers).
// Trunk writes the hashed names of the wasm-bindgen glue and the wasm into the data-
// attributes of the <script> tag that loads this file (Trunk.toml, pattern_script).

// If the app ever stops working (a panic traps its wasm instance, after which no Rust
// code runs), show index.html's notice in the page's language, with a reload button that
// keeps the address.
let crashed = false;
function crash() {
  if (crashed) return;
  crashed = true;
  const notice = document.querySelector('[data-crash-notice]');
  if (!notice) return;
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh-CN' : 'en';
  for (const block of notice.children) block.hidden = block.lang !== lang;
  notice.hidden = false;
  for (const button of notice.querySelectorAll('[data-crash-reload]')) {
    button.addEventListener('click', () => location.reload());
  }
  const reload = notice.querySelector(`:scope > [lang="${lang}"] [data-crash-reload]`);
  reload.focus();
  // A page change queued just before the crash may still move focus to its heading on the
  // next frame: take it back after that.
  requestAnimationFrame(() => setTimeout(() => reload.focus()));
}
const trapped = (error) => error instanceof WebAssembly.RuntimeError;
// After the panic hook has logged the message, the trap surfaces as an uncaught error or
// a rejected promise, whichever called into the wasm.
addEventListener('error', (e) => { if (trapped(e.error)) crash(); });
addEventListener('unhandledrejection', (e) => { if (trapped(e.reason)) crash(); });

// The app could not be fetched or started in this browser (blocked by a proxy, no
// WebAssembly): the pre-rendered tree goes on working by its links (pages.js), and a
// notice in the page's language says what is missing.
function unavailable(err) {
  const root = document.documentElement;
  root.dataset.app = 'unavailable';
  const notice = document.querySelector('[data-unavailable-notice]');
  if (notice) {
    const lang = root.lang.startsWith('zh') ? 'zh-CN' : 'en';
    for (const line of notice.children) line.hidden = line.lang !== lang;
    notice.hidden = false;
  }
  console.warn('The assistant could not start in this browser; the pages still work by their links.', err);
}

// The first page comes before the app. While pages.js fetches it (a deep link, a
// Chinese visitor: <html class="page-pending">), the app's download waits, so the page
// does not share the visitor's bandwidth with 140 KB of wasm; 5 s at most.
function firstPageShown() {
  const root = document.documentElement;
  return new Promise((resolve) => {
    const check = () => {
      if (root.classList.contains('page-pending')) return;
      watch.disconnect();
      resolve();
    };
    const watch = new MutationObserver(check);
    watch.observe(root, { attributes: true, attributeFilter: ['class'] });
    setTimeout(() => { watch.disconnect(); resolve(); }, 5000);
    check();
  });
}

// And loaded: the page's style sheets are in before the app's download starts, so it
// competes with none of them, and the first paint comes first. On a fast connection the
// app could otherwise be fetched, compiled and mounted before that paint, delaying it,
// and the page the app draws would then be the largest contentful paint instead of the
// same pre-rendered text painted earlier. (The load event rather than a frame callback or
// the Paint Timing API: a test's fake clock holds and hides those.)
function loaded() {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => addEventListener('load', resolve, { once: true }));
}

const tag = document.querySelector('script[data-app-js]');
let started = false;
try {
  if (typeof WebAssembly !== 'object') throw new Error('no WebAssembly in this browser');
  await firstPageShown();
  await loaded();
  // The glue and the wasm at once (index.html has no preload for them: see
  // scripts/prerender.mjs); the glue's init takes the wasm's response as it comes.
  const wasm = fetch(tag.dataset.appWasm);
  // Awaited by init below; until then a failed fetch is not an unhandled rejection.
  wasm.catch(() => {});
  const app = await import(tag.dataset.appJs);
  await app.default({ module_or_path: wasm });
  started = true;
} catch (err) {
  // A trap means the app started and then stopped (its panic hook has logged why).
  if (trapped(err)) {
    crash();
    throw err;
  }
  unavailable(err);
}

// Offline use: the service worker (sw.js, written at build time by scripts/precache.mjs)
// keeps this build in a cache. Registered once the app is running and the page has loaded,
// so it does not compete with the first load; never in a frame, where the assistant is a
// guest on someone else's page.
function framed() {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}
if (started && 'serviceWorker' in navigator && !framed()) {
  const register = () => {
    navigator.serviceWorker
      .register(new URL('sw.js', import.meta.url).href, { scope: new URL('./', import.meta.url).href })
      .catch((err) => console.warn('Offline use unavailable: the service worker was not registered.', err));
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
