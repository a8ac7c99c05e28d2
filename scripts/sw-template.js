// The assistant's service worker: keeps one build in a cache, so that after its first load
// the assistant opens and works without network (a help-desk kiosk that loses its
// connection keeps working). public/boot.js registers it, except in a frame.
//
// This is a template: scripts/precache.mjs, run by Trunk after each build (Trunk.toml),
// writes dist/sw.js from it, filling in VERSION (a hash of the names and contents of the
// build's files) and FILES (every file in dist/ but _headers and sw.js, relative to it).
// A new build therefore gives a new sw.js; the browser installs it on a later visit, it
// fills a new cache, takes over and deletes the old one.
const VERSION = '__VERSION__';
const FILES = __FILES__;

// Addresses are relative to this script, so the assistant works under any path.
const SCOPE = new URL('./', self.location.href).href;
const INDEX = new URL('index.html', SCOPE).href;
const CONFIG = new URL('config.json', SCOPE).href;
const PRECACHED = new Set(FILES.map((file) => new URL(file, SCOPE).href));
// Caches belong to the whole origin: the scope in the name keeps two copies of the
// assistant under different paths of one site from deleting each other's cache.
const PREFIX = `recovery-assistant ${SCOPE} `;
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // All or nothing: a file that cannot be fetched fails the install, and the build
      // already in use stays.
      await Promise.all(
        [...PRECACHED].map(async (url) => {
          // 'no-cache': asks the server, rather than trusting an older copy in the HTTP
          // cache (on-demand.js, boot.js and index.html keep their names from build to build).
          const response = await fetch(url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          // A response that followed a redirect cannot answer a page navigation: copy it.
          await cache.put(url, response.redirected ? new Response(response.body, response) : response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // Serve the page that registered this worker too, not only the next one.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    // The page is the same whatever the query (?lang=…).
    url.search = '';
    if (url.href === SCOPE) url.href = INDEX;
  }
  if (url.href === CONFIG) {
    event.respondWith(networkFirst(event, request));
  } else if (PRECACHED.has(url.href)) {
    event.respondWith(cacheFirst(request, url.href));
  }
  // Anything else goes to the network as if there were no service worker.
});

/** The build's own files: from the cache, which holds exactly this build; else the network. */
async function cacheFirst(request, key) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key)) ?? fetch(request);
}

/**
 * config.json, the company's settings, which an administrator may edit at any time: from
 * the network, keeping a copy; the last copy when the network fails or the server errs.
 * A 404 is passed on, so a removed file gives the defaults as it would without the worker.
 */
async function networkFirst(event, request) {
  const cache = await caches.open(CACHE);
  let response;
  try {
    response = await fetch(request);
  } catch (err) {
    const cached = await cache.match(CONFIG);
    if (cached) return cached;
    throw err;
  }
  if (response.ok) {
    event.waitUntil(cache.put(CONFIG, response.clone()).catch(() => {}));
    return response;
  }
  if (response.status >= 500) return (await cache.match(CONFIG)) ?? response;
  return response;
}
