// The setup page's preview (setup.html): a service worker for the addresses under
// preview/ only, registered by the setup page and by nothing the assistant's visitors load.
//
// A frame of the setup page opens preview/index.html. This worker answers every request
// of that frame with the assistant's own file of the same name beside this script, except
// config.json, which it answers with the configuration the setup page is editing (the page
// stores it in the Cache Storage entry named below; both sides write the name).
//
// Why this cannot feed a false configuration to a visitor (a phishing link setting another
// login address): the assistant itself has no way in; it reads only the config.json beside
// it. The preview exists only in a browser where this setup page registered this worker,
// holds only what that page stored, answers only inside a frame (a top-level visit to
// preview/ is refused), and its pages may be framed by this origin only.
// Nothing is read from the address bar.

const BASE = new URL('./', self.location.href).href;
const SCOPE = new URL('preview/', BASE).href;
// Also in src/ui/setup_preview.rs.
const CACHE = `setup-preview ${BASE}`;
const CONFIG = new URL('config.json', SCOPE).href;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The assistant's file for an address under preview/ (or beside this script: a script
// loaded from the preview resolves its own relative addresses against its response).
function fileOf(url) {
  const href = url.origin + url.pathname;
  if (href.startsWith(SCOPE)) return href.slice(SCOPE.length);
  if (href.startsWith(BASE)) return href.slice(BASE.length);
  return null;
}

function plain(status, text) {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" },
  });
}

async function answer(request, file) {
  if (request.mode === 'navigate' && request.destination !== 'iframe') {
    return plain(403, 'The preview opens only inside the setup page (setup.html).');
  }
  if (file === 'config.json') {
    const stored = await (await caches.open(CACHE)).match(CONFIG);
    return stored || plain(404, 'No configuration stored for the preview yet.');
  }
  // The preview never installs the assistant's own worker (it registers none in a frame,
  // and this keeps it so).
  if (file === 'sw.js') return plain(404, 'Not in the preview.');
  const url = new URL(request.url);
  const response = await fetch(new URL(file + url.search, BASE).href, { cache: 'no-cache' });
  if (request.mode !== 'navigate') return response;
  // The page itself: only this origin may frame it (in place of the site's own list of
  // framing pages, which need not name the site itself).
  const headers = new Headers(response.headers);
  const policy = (headers.get('Content-Security-Policy') || '')
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^frame-ancestors\b/i.test(directive));
  headers.set('Content-Security-Policy', [...policy, "frame-ancestors 'self'"].join('; '));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const file = fileOf(url);
  if (file === null) return;
  event.respondWith(answer(event.request, file));
});
