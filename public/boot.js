// Starts the assistant. An external module rather than Trunk's inline loader, so the site
// runs under a Content-Security-Policy without 'unsafe-inline' (see public/_headers).
// Trunk writes the hashed names of the wasm-bindgen glue and the wasm into the data-
// attributes of the <script> tag that loads this file (Trunk.toml, pattern_script).
const tag = document.querySelector('script[data-app-js]');
const app = await import(tag.dataset.appJs);
await app.default({ module_or_path: tag.dataset.appWasm });
