// A tiny static file server for dist/ on loopback, used by the end-to-end tests and by
// scripts/serve.sh. It sends correct MIME types (application/wasm matters), no caching,
// and the headers dist/_headers gives for `/*`, the Content-Security-Policy among them, so
// the tests run under the policy the site ships with.
//
// Usage: node tests/e2e/serve.mjs <dir> <port>
//   COMPRESS=1: compress responses (brotli, else gzip) as a production host would; the
//   benchmark command uses it, so throttled downloads carry the bytes a visitor's would.
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The `/*` block of a Netlify-style _headers file, as an object; {} without one. */
export function siteHeaders(dir) {
  let text;
  try {
    text = readFileSync(join(dir, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const headers = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === '/*';
    } else if (inBlock) {
      const i = line.indexOf(':');
      if (i > 0) headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return headers;
}

const packed = new Map();

/** `body` encoded as the request accepts, once per file and encoding. */
function encode(compress, file, body, accept) {
  const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!compress || !enc || body.length < 512) return { body, headers: {} };
  const key = `${enc}:${file}`;
  if (!packed.has(key)) {
    packed.set(key, enc === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return { body: packed.get(key), headers: { 'Content-Encoding': enc, Vary: 'Accept-Encoding' } };
}

/**
 * The request handler serving `root` with the site's headers. The cross-engine tests
 * (tests/engines/) pass `headers` to change them and `override(path, req)` to answer a
 * path themselves (a test config.json, a page with their error recorder).
 */
export function siteHandler(root, { compress = false, headers: change, override } = {}) {
  root = resolve(root);
  const extraHeaders = change ? change(siteHeaders(root)) : siteHeaders(root);
  return async (req, res) => {
  try {
    const url = new URL(req.url, "http://127.0.0.1");
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
    const own = override && await override(path, req);
    if (own) {
      res.writeHead(own.status ?? 200, {
        ...extraHeaders,
        'Content-Type': own.type ?? types[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(own.body);
      return;
    }
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
    const { body, headers } = encode(compress, file, await readFile(file), req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      ...extraHeaders,
      ...headers,
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  } catch (e) {
    res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'Content-Type': 'text/plain' });
    res.end(e.code === 'ENOENT' ? 'Not found' : 'Server error');
  }
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(process.argv[2] ?? 'dist');
  const port = Number(process.argv[3] ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  createServer(siteHandler(root, { compress: process.env.COMPRESS === '1' }))
    .listen(port, host, () => console.log(`serving ${root} on http://${host}:${port}`));
}
