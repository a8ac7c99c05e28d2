// Size report: raw, gzip and brotli bytes of every file in dist/, the total, the total of
// what the first page load fetches (index.html, what it references, and config.json), and
// apart from it what must arrive before the first choice works (the HTML with the
// pre-rendered start page, its style sheets, pages.js; for a deep link, one pre-rendered
// page more). Exits non-zero when either is over its budget.
//
// Usage: node scripts/size-report.mjs dist [--budget-kb 130] [--before-choice-budget-kb 20]
//                                          [--json out.json]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args[0] ?? 'dist';
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
// The test tier's hard limit (scripts/test.sh); the benchmark passes its own budget.
const budgetKb = Number(opt('--budget-kb', '130'));
const jsonOut = opt('--json', null);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = walk(dist).sort().map((p) => {
  const data = readFileSync(p);
  return {
    file: relative(dist, p),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
});

// What the first load fetches: index.html plus every local file it names, plus the
// config the app fetches at start. The service worker and icons come later or lazily.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = new Set(['index.html', 'config.json']);
// Trunk's boot <script> names the glue and wasm in data-app-js / data-app-wasm.
// Attribute values may be quoted or not (the release build's HTML is minified).
for (const m of html.matchAll(/\b(?:href|src|data-app-js|data-app-wasm)=(?:"([^"]*)"|([^\s>"]+))/g)) {
  const value = (m[1] ?? m[2]).replace(/^\.?\//, '').replace(/[#?].*$/, '');
  if (value && !/^[a-z]+:/i.test(value)) referenced.add(value);
}
// ...and every module those scripts import, followed transitively (the wasm-bindgen glue
// imports its snippets), since the browser fetches them all before the app starts.
const queue = [...referenced].filter((f) => f.endsWith('.js'));
while (queue.length) {
  const file = queue.pop();
  let source;
  try {
    source = readFileSync(join(dist, file), 'utf8');
  } catch {
    continue;
  }
  // Minified (`import{a as b}from"./x.js"`) or not.
  for (const m of source.matchAll(/(?:^|[;\n])\s*(?:import|export)\b\s*[{*\w][^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    const target = relative(dist, join(dist, dirname(file), spec));
    if (!referenced.has(target)) {
      referenced.add(target);
      if (target.endsWith('.js')) queue.push(target);
    }
  }
}
const firstLoad = files.filter((f) => referenced.has(f.file));

// What must arrive before the start page's first choice is usable: the HTML (which
// carries the pre-rendered start page), its style sheets and the classic script in <head>
// (pages.js). Not the module scripts or the wasm: the choices are links. A deep link adds
// one pre-rendered page (pages/<lang>/<id>.html): the largest is counted.
const early = new Set(['index.html']);
for (const m of html.matchAll(/<link\b[^>]*>|<script\b[^>]*>/g)) {
  const tag = m[0];
  const src = /\b(?:href|src)=(?:"([^"]*)"|([^\s>"]+))/.exec(tag);
  if (!src) continue;
  const value = (src[1] ?? src[2]).replace(/^\.?\//, '');
  const stylesheet = /^<link/.test(tag) && /\brel="?stylesheet/.test(tag);
  const classic = /^<script/.test(tag) && !/type="?module/.test(tag);
  if (stylesheet || classic) early.add(value);
}
const beforeChoice = files.filter((f) => early.has(f.file));
const pages = files.filter((f) => f.file.startsWith('pages/'));
const largestPage = pages.reduce((a, f) => (f.brotli > (a?.brotli ?? -1) ? f : a), null);

const sum = (list, k) => list.reduce((a, f) => a + f[k], 0);
const pad = (s, n) => String(s).padStart(n);
const kb = (n) => (n / 1024).toFixed(1);

console.log(`${'file'.padEnd(48)} ${pad('raw', 10)} ${pad('gzip', 10)} ${pad('brotli', 10)}  first load`);
for (const f of files) {
  console.log(`${f.file.padEnd(48)} ${pad(f.raw, 10)} ${pad(f.gzip, 10)} ${pad(f.brotli, 10)}  ${referenced.has(f.file) ? 'yes' : ''}`);
}
console.log(`${'TOTAL (all files)'.padEnd(48)} ${pad(sum(files, 'raw'), 10)} ${pad(sum(files, 'gzip'), 10)} ${pad(sum(files, 'brotli'), 10)}`);
const first = { raw: sum(firstLoad, 'raw'), gzip: sum(firstLoad, 'gzip'), brotli: sum(firstLoad, 'brotli') };
console.log(`${'TOTAL (first load)'.padEnd(48)} ${pad(first.raw, 10)} ${pad(first.gzip, 10)} ${pad(first.brotli, 10)}`);

const early_ = { raw: sum(beforeChoice, 'raw'), gzip: sum(beforeChoice, 'gzip'), brotli: sum(beforeChoice, 'brotli') };
const deepLink = largestPage
  ? { page: largestPage.file, brotli: early_.brotli + largestPage.brotli }
  : null;

const budget = budgetKb * 1024;
const earlyBudgetKb = Number(opt('--before-choice-budget-kb', '20'));
const over = first.brotli > budget;
const earlyOver = early_.brotli > earlyBudgetKb * 1024 || (deepLink && deepLink.brotli > earlyBudgetKb * 1024);
console.log(`\nBefore the first choice works (${beforeChoice.map((f) => f.file).join(', ')}): ${kb(early_.brotli)} KB brotli`);
if (deepLink) console.log(`  with a deep link's page (largest: ${deepLink.page}): ${kb(deepLink.brotli)} KB brotli`);
console.log(`  budget ${earlyBudgetKb} KB: ${earlyOver ? 'OVER BUDGET' : 'within budget'}`);
console.log(`First load: ${kb(first.brotli)} KB brotli; budget ${budgetKb} KB: ${over ? 'OVER BUDGET' : 'within budget'}`);
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({
    files, firstLoad: first, budgetKb, over,
    beforeFirstChoice: { files: beforeChoice.map((f) => f.file), ...early_, deepLink, budgetKb: earlyBudgetKb, over: earlyOver },
  }, null, 2));
}
process.exit(over || earlyOver ? 1 : 0);
