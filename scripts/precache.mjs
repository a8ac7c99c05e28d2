// Writes sw.js, the service worker, into a build (after stripping boot.js's comment
// lines, see below): scripts/sw-template.js with the list of
// files to keep offline and a version derived from their contents. Trunk runs it after
// each build (Trunk.toml, post_build hook) on its staging directory, which becomes dist/.
//
// Every file is precached except _headers (host configuration, not served), sw.js
// itself and the setup page's files. The version is a hash of every file's name and content, so any change to the
// build changes sw.js, and browsers install the new worker, which replaces the old cache.
//
// A debug build (`trunk serve`) gets instead a worker that removes itself and its caches,
// so that a cache left by a release build on the same address cannot hide code being edited.
//
// Usage: node scripts/precache.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const debug = process.env.TRUNK_PROFILE === 'debug';
// The setup page is for the company's IT staff, not the assistant's visitors: not kept.
const SKIP = new Set(['_headers', 'sw.js', 'setup.html', 'setup-boot.js', 'setup.css', 'setup.js', 'setup_bg.wasm', 'setup-preview-sw.js']);

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

if (debug) {
  writeFileSync(join(dir, 'sw.js'), `// Debug build: removes the assistant's service worker and its caches (scripts/precache.mjs).
const PREFIX = \`recovery-assistant \${new URL('./', self.location.href).href} \`;
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
      await self.registration.unregister();
    })(),
  );
});
`);
  console.log('precache: debug build, wrote a self-removing sw.js');
  process.exit(0);
}

// Release builds: boot.js loses its comment lines (Trunk copies it as it is, and it is
// fetched before anything else). Only whole lines that start with // go, so no string or
// regular expression can be cut; the source keeps its comments for readers.
const boot = join(dir, 'boot.js');
try {
  const text = readFileSync(boot, 'utf8');
  writeFileSync(boot, text.split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n'));
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
}

const files = walk(dir)
  .map((p) => relative(dir, p).split(sep).join('/'))
  .filter((f) => !SKIP.has(f))
  .sort();
if (!files.includes('index.html')) {
  console.error(`precache: no index.html in ${dir}`);
  process.exit(1);
}

const version = sha256(files.map((f) => `${f}\0${sha256(readFileSync(join(dir, f)))}\n`).join('')).slice(0, 16);

const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
const fill = (text, placeholder, value) => {
  if (text.split(placeholder).length !== 2) throw new Error(`sw-template.js: expected ${placeholder} once`);
  return text.replace(placeholder, () => value);
};
let sw = fill(template, '__VERSION__', version);
sw = fill(sw, '__FILES__', JSON.stringify(files, null, 2));
writeFileSync(join(dir, 'sw.js'), sw);
console.log(`precache: sw.js version ${version}, ${files.length} files`);
