// The site as the cross-engine tests serve it: the release dist/ with its own headers
// (the strict Content-Security-Policy among them), one loopback origin per test
// configuration, and three things only these tests add:
// - `report-uri` on the policy, so every engine's violations reach this server whatever
//   the engine's script APIs (Playwright's hooks do not exist over WebDriver);
// - a recorder script in each HTML page (an external file, allowed by the policy) that
//   posts uncaught errors, unhandled rejections, console.error calls and violation events
//   back to the server, so they survive reloads and need no engine-specific log API;
// - a log of every request with its headers and body, so the password canary can be
//   looked for in everything that left the page.
// `without` removes browser features before the app starts (the degradation checks).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { siteHandler } from '../e2e/serve.mjs';

const RECORDER = `(() => {
  const send = (kind, text) => {
    try {
      navigator.sendBeacon('/__log', JSON.stringify({ kind, text: String(text), at: location.href }));
    } catch (e) {}
  };
  addEventListener('error', (e) => send('error', e.message + ' at ' + e.filename + ':' + e.lineno), true);
  addEventListener('unhandledrejection', (e) => send('unhandledrejection', e.reason && (e.reason.stack || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => send('csp-event', e.violatedDirective + ' ' + e.blockedURI));
  const error = console.error.bind(console);
  console.error = (...args) => { send('console.error', args.join(' ')); error(...args); };
  const without = __WITHOUT__;
  if (without.includes('BroadcastChannel')) delete window.BroadcastChannel;
  if (without.includes('clipboard')) Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  if (without.includes('serviceWorker')) delete Navigator.prototype.serviceWorker;
  if (without.includes('dialog')) {
    delete HTMLDialogElement.prototype.showModal;
    delete HTMLDialogElement.prototype.close;
  }
})();
`;

/**
 * Starts one origin serving dist/ with `config` (merged over the shipped config.json, or
 * the shipped file when null). Resolves to { origin, requests, logs, cspReports, close }.
 */
export async function startSite(dist, { config = null, without = [] } = {}) {
  const requests = [];
  const logs = [];
  const cspReports = [];
  const shipped = JSON.parse(await readFile(`${dist}/config.json`, 'utf8'));
  const body = (req) => new Promise((resolve) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
  });
  const handler = siteHandler(dist, {
    headers: (h) => ({
      ...h,
      'Content-Security-Policy': `${h['Content-Security-Policy']}; report-uri /__csp`,
    }),
    override: async (path, req) => {
      if (path === '/__recorder.js') {
        return { body: RECORDER.replace('__WITHOUT__', JSON.stringify(without)), type: 'text/javascript' };
      }
      if (path === '/__provoke.js') {
        // The engine tier's self-check: an error and a rejection from the page's own realm
        // (a script run through WebDriver may live in a sandbox the page's listeners miss).
        return {
          body: `setTimeout(() => { throw new Error('provoked by the engine tier'); });
            Promise.reject(new Error('provoked rejection'));`,
          type: 'text/javascript',
        };
      }
      if (path === '/config.json' && config) {
        return { body: JSON.stringify({ ...shipped, ...config }), type: 'application/json' };
      }
      if (path === '/index.html' || path === '/setup.html') {
        const html = await readFile(`${dist}${path}`, 'utf8');
        return {
          body: html.replace('<meta charset="utf-8">', '<meta charset="utf-8"><script src="/__recorder.js"></script>'),
          type: 'text/html; charset=utf-8',
        };
      }
      return null;
    },
  });
  const server = createServer(async (req, res) => {
    const text = req.method === 'POST' ? await body(req) : '';
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    if (path === '/__log' || path === '/__csp') {
      if (path === '/__log') logs.push(JSON.parse(text || '{}'));
      else cspReports.push(text);
      res.writeHead(204).end();
      return;
    }
    requests.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)} ${text}`);
    handler(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    logs,
    cspReports,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

/**
 * A page on its own origin that frames `src` at `width` x `height` and keeps every message
 * the frame posts from `appOrigin` (checking event.origin, as docs/deployment.md tells
 * hosts to) in window.received, resizing the frame as the assistant asks.
 */
export async function startHost() {
  let page = '';
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    frame(src, appOrigin, { width = 390, height = 844, listen = true } = {}) {
      page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Company help</title>
        <style>body { margin: 0 } iframe { display: block; border: 0 }</style></head><body>
        <iframe id="assistant" title="Mail Recovery Assistant" src="${src}" style="width: ${width}px; height: ${height}px"></iframe>
        ${listen ? `<script>
          window.received = [];
          addEventListener('message', (event) => {
            if (event.origin !== '${appOrigin}') return;
            window.received.push(event.data);
            if (event.data.type === 'recovery-assistant:resize') {
              document.getElementById('assistant').style.height = event.data.height + 'px';
            }
          });
        </script>` : ''}</body></html>`;
      return `${origin}/host.html?${Date.now()}`;
    },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
