// Starts the assistant. An external module rather than Trunk's inline loader, so the site
// runs under a Content-Security-Policy without 'unsafe-inline' (see public/_headers).
// Trunk writes the hashed names of the wasm-bindgen glue and the wasm into the data-
// attributes of the <script> tag that loads this file (Trunk.toml, pattern_script).
const tag = document.querySelector('script[data-app-js]');
const app = await import(tag.dataset.appJs);
await app.default({ module_or_path: tag.dataset.appWasm });

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
if ('serviceWorker' in navigator && !framed()) {
  const register = () => {
    navigator.serviceWorker
      .register(new URL('sw.js', import.meta.url).href, { scope: new URL('./', import.meta.url).href })
      .catch((err) => console.warn('Offline use unavailable: the service worker was not registered.', err));
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
