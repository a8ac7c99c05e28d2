// Pre-renders the decision tree: every page, in English and in Simplified Chinese, as
// static HTML the browser shows before (or without) the WebAssembly. A Trunk post_build
// hook (Trunk.toml) on release builds; it runs before scripts/precache.mjs so the service
// worker keeps the pages for offline use.
//
// The renderer is the app itself: the build just made is served from Trunk's staging
// folder and loaded once per page in headless Chromium, and what the app drew into
// #recovery-assistant is written out. So the pages carry exactly the markup, classes and
// text the app renders, and nothing moves when the app takes over (docs/architecture.md,
// "Pre-rendered pages", says why this and not a native Leptos render). They are rendered
// with an empty configuration, so company values are in their default wording; the app
// fills in config.json's when it starts.
//
// Writes pages/<lang>/<id>.html (a <title> and the app's markup) and puts the English
// start page into index.html.
//
// Usage: node scripts/prerender.mjs [dir]   (dir defaults to $TRUNK_STAGING_DIR)
//   Skipped for debug builds (`trunk serve`) unless PRERENDER=1.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('prerender: give the build folder, or run as a Trunk hook');
  process.exit(2);
}
if (process.env.TRUNK_PROFILE === 'debug' && process.env.PRERENDER !== '1') {
  console.log('prerender: skipped for a debug build (PRERENDER=1 to run it)');
  process.exit(0);
}

const tree = JSON.parse(readFileSync(new URL('../data/tree.json', import.meta.url), 'utf8'));
const ids = tree.nodes.map((n) => n.id);
const LANGS = ['en', 'zh-CN'];

// The staging folder over loopback, with an empty config.json: default wording.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = path === '/' ? 'index.html' : path.slice(1);
  if (file === 'config.json') {
    res.writeHead(200, { 'content-type': types['.json'] }).end('{}');
    return;
  }
  try {
    const body = readFileSync(join(dir, file));
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
} catch (err) {
  console.error(`prerender: headless Chromium is needed for release builds (scripts/setup.sh installs it)\n${err.message}`);
  server.close();
  process.exit(1);
}

const fail = (msg) => {
  console.error(`prerender: ${msg}`);
  process.exitCode = 1;
};

const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
const pages = {};
for (const lang of LANGS) {
  mkdirSync(join(dir, 'pages', lang), { recursive: true });
  for (const id of ids) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // pages.js asks for this page before it exists (it is being made): not an error.
    page.on('console', (m) => m.type() === 'error' && !m.location().url.includes('/pages/') && errors.push(m.text()));
    // A fresh load for every page, so the breadcrumbs are those of a deep link: the
    // shortest path from the start.
    await page.goto(`${origin}/?lang=${lang}#/${id}`);
    await page.waitForSelector(`html[data-app="ready"] #recovery-assistant main [data-page="${id}"]`);
    // Effects (the title, the language) run after the first render.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    const [title, rendered] = await page.evaluate(() => [document.title, document.getElementById('recovery-assistant').innerHTML]);
    // The app's empty placeholder comments (where a reactive part may later render)
    // mean nothing in a static page, and the app re-renders from scratch.
    const html = rendered.replaceAll('<!---->', '');
    if (errors.length) fail(`${lang}/${id}: ${errors.join('; ')}`);
    if (!html.startsWith('<div class="app"')) fail(`${lang}/${id}: unexpected markup ${html.slice(0, 80)}`);
    const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    writeFileSync(join(dir, 'pages', lang, `${id}.html`), `<!DOCTYPE html><html lang="${lang}"><meta charset="utf-8"><title>${escaped}</title>${html}</html>\n`);
    pages[`${lang}/${id}`] = { title, html };
    await page.close();
  }
}

// index.html carries the English start page, put in with scripts off so nothing else in
// the file changes.
const still = await browser.newContext({ javaScriptEnabled: false });
const page = await still.newPage();
await page.goto(`${origin}/index.html`);
const start = pages[`en/${tree.start}`];
const index = await page.evaluate(({ title, html, ids }) => {
  document.getElementById('recovery-assistant').innerHTML = html;
  document.title = title;
  // pages.js fetches only the pages that exist.
  document.querySelector('script[src$="pages.js"]').dataset.pages = ids.join(' ');
  // No preload of the main bundle: it would share the visitor's bandwidth with the
  // stylesheets and, for a deep link, with the page pages.js fetches. boot.js fetches
  // the glue and the wasm together once the first page is on screen.
  for (const link of document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"][as="fetch"]')) {
    link.remove();
  }
  return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
}, { ...start, ids });
writeFileSync(join(dir, 'index.html'), index);

await browser.close();
server.close();

console.log(`prerender: ${Object.keys(pages).length} pages in ${LANGS.join(', ')}; the English start page is in index.html`);
