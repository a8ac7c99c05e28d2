// Gives the wasm's imports and exports short names, in the wasm and in its wasm-bindgen
// glue alike.
//
// wasm-bindgen names every import after the JavaScript it calls and a hash of its
// signature (`__wbg_setProperty_3fe74e09d53acb0b`), and files them under the glue's own
// path (`./recovery-assistant_bg.js`); exports are named after Rust paths. Each name is
// written twice, in the wasm and in the glue, and the hashes are random to a compressor.
// Here each import becomes `a`, `b`, … `ba`, … under the module `w`, each snippet's module
// `s0`, `s1`, … (its functions keep their names), and each export the glue reads only as
// a member (`<exports>.name`) a short name too. What the code does is unchanged: the glue's
// functions are the same, only the keys they are filed under. Measured on the first load:
// 126,916 → 123,226 B brotli (see docs/performance.md).
//
// Every name is checked to occur exactly once in the glue as an object key before anything
// is written; any other shape of glue (a new wasm-bindgen version) fails the build loudly
// rather than making a wasm that cannot be instantiated.
//
// Part of the post_build hook of release builds (Trunk.toml), after minify-js.mjs; a pair
// is the glue `X.js` beside `X_bg.wasm`.
//
// Usage: node scripts/short-imports.mjs [dir]   (dir defaults to $TRUNK_STAGING_DIR)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('short-imports: give the build folder, or run as a Trunk hook');
  process.exit(2);
}
if (process.env.TRUNK_PROFILE === 'debug') {
  console.log('short-imports: skipped for a debug build');
  process.exit(0);
}

const MODULE = 'w';

/** Reads an unsigned LEB128 at `pos`: [value, next position]. */
function leb(bytes, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, pos];
    shift += 7;
  }
}

/** Writes an unsigned LEB128. */
function toLeb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder('utf-8', { fatal: true });
const nameBytes = (s) => {
  const b = utf8.encode(s);
  return [...toLeb(b.length), ...b];
};

/** The length in bytes of an import's description at `pos` (after its names). */
function descEnd(bytes, pos) {
  const kind = bytes[pos++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return leb(bytes, pos)[1]; // function: type index
    case 1: return limits(pos + 1); // table: reference type, limits
    case 2: return limits(pos); // memory: limits
    case 3: return pos + 2; // global: value type, mutability
    case 4: return leb(bytes, pos + 1)[1]; // tag: attribute, type index
    default: throw new Error(`import of unknown kind ${kind}`);
  }
}

/** A source of short names: `a` … `z`, `ba` …, one per call (two letters at most for the
 *  few hundred imports a bundle has; the keywords `do`, `if`, `in` are skipped). */
function shortNames() {
  let n = 0;
  const name = (k) => (k >= 26 ? name(Math.floor(k / 26)) : '') + String.fromCharCode(97 + (k % 26));
  return () => {
    let s;
    do s = name(n++); while (['do', 'if', 'in'].includes(s));
    return s;
  };
}

/** `name` as a regular expression's literal text. */
const literal = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rename(glueFile, wasmFile) {
  const bytes = readFileSync(wasmFile);
  let glue = readFileSync(glueFile, 'utf8');
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmFile}: not a wasm module`);
  let pos = 8;
  const parts = [bytes.subarray(0, 8)];
  const renamed = new Map();
  let moduleName = null;
  const snippets = new Map();
  // The glue's own module: `./<crate or bin name>_bg.js` (the file itself may carry
  // Trunk's hash in its name); snippets are `./snippets/...`.
  const own = (module) => /^\.\/[^/]+_bg\.js$/.test(module);
  const nextImport = shortNames();
  // Exports the glue reads only as `<exports>.name` get short names too (`memory` among
  // them); any other (read in some other way, or not at all) keeps its name.
  const exported = new Map();
  const nextExport = shortNames();
  const exportSection = (b, start, end) => {
    let [count, p] = leb(b, start);
    const body = [...toLeb(count)];
    for (let i = 0; i < count; i++) {
      const [nlen, n0] = leb(b, p);
      const name = text.decode(b.subarray(n0, n0 + nlen));
      const kind = b[n0 + nlen];
      const [, after] = leb(b, n0 + nlen + 1);
      const words = glue.match(new RegExp(`(?<![\\w$])${literal(name)}(?![\\w$])`, 'g'))?.length ?? 0;
      const members = glue.match(new RegExp(`[\\w$]\\.${literal(name)}(?![\\w$])`, 'g'))?.length ?? 0;
      let out = name;
      if (words > 0 && words === members) {
        out = nextExport();
        exported.set(name, out);
      }
      body.push(...nameBytes(out), kind, ...b.subarray(n0 + nlen + 1, after));
      p = after;
    }
    if (p !== end) throw new Error(`${wasmFile}: export section not read to its end`);
    return Buffer.from([7, ...toLeb(body.length), ...body]);
  };
  while (pos < bytes.length) {
    const id = bytes[pos];
    const [size, start] = leb(bytes, pos + 1);
    const end = start + size;
    if (id === 7) {
      parts.push(exportSection(bytes, start, end));
      pos = end;
      continue;
    }
    if (id !== 2) {
      parts.push(bytes.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, p] = leb(bytes, start);
    const body = [...toLeb(count)];
    for (let i = 0; i < count; i++) {
      const [mlen, m0] = leb(bytes, p);
      const module = text.decode(bytes.subarray(m0, m0 + mlen));
      const [flen, f0] = leb(bytes, m0 + mlen);
      const field = text.decode(bytes.subarray(f0, f0 + flen));
      const d0 = f0 + flen;
      const d1 = descEnd(bytes, d0);
      if (module === MODULE) throw new Error(`${wasmFile}: its imports are short already`);
      // A snippet's functions keep their names (the keys of the snippet's own object),
      // and their module a short name of its own: `s0`, `s1`, ….
      if (!own(module)) {
        if (!snippets.has(module)) snippets.set(module, `s${snippets.size}`);
        body.push(...nameBytes(snippets.get(module)), ...bytes.subarray(m0 + mlen, d1));
        p = d1;
        continue;
      }
      if (moduleName !== null && module !== moduleName) {
        throw new Error(`${wasmFile}: imports from two glue modules (${moduleName}, ${module})`);
      }
      moduleName = module;
      if (!renamed.has(field)) renamed.set(field, nextImport());
      body.push(...nameBytes(MODULE), ...nameBytes(renamed.get(field)), ...bytes.subarray(d0, d1));
      p = d1;
    }
    if (p !== end) throw new Error(`${wasmFile}: import section not read to its end`);
    parts.push(Buffer.from([2, ...toLeb(body.length), ...body]));
    pos = end;
  }
  if (moduleName === null) return null;

  // The glue: each import's key, exactly once, and the module's key (quoted, once).
  const keyOf = (name) => new RegExp(`([{,])${literal(name)}:`, 'g');
  for (const [field, short] of renamed) {
    const hits = glue.match(keyOf(field))?.length ?? 0;
    if (hits !== 1 || glue.split(field).length !== 2) {
      throw new Error(`${glueFile}: import ${field} found ${glue.split(field).length - 1} times, ${hits} as a key`);
    }
    glue = glue.replace(keyOf(field), `$1${short}:`);
  }
  for (const [name, short] of exported) {
    glue = glue.replace(new RegExp(`([\\w$])\\.${literal(name)}(?![\\w$])`, 'g'), `$1.${short}`);
  }
  // A snippet module is a key of the import object (`"./snippets/…/inline2.js":x`), once
  // or more; in an `import … from` it is a file, which keeps its name.
  for (const [module, short] of snippets) {
    const key = `${JSON.stringify(module)}:`;
    if (!glue.includes(key)) throw new Error(`${glueFile}: no key for the import module ${module}`);
    glue = glue.split(key).join(`${JSON.stringify(short)}:`);
  }
  const quoted = JSON.stringify(moduleName);
  if (glue.split(quoted).length !== 2) {
    throw new Error(`${glueFile}: the import module ${quoted} is not named exactly once`);
  }
  glue = glue.replace(quoted, JSON.stringify(MODULE));
  const wasm = Buffer.concat(parts);
  writeFileSync(wasmFile, wasm);
  writeFileSync(glueFile, glue);
  return { imports: renamed.size, exports: exported.size, saved: bytes.length - wasm.length };
}

for (const name of readdirSync(dir)) {
  if (!name.endsWith('_bg.wasm')) continue;
  const glue = join(dir, name.replace(/_bg\.wasm$/, '.js'));
  if (!existsSync(glue)) continue;
  const done = rename(glue, join(dir, name));
  if (done) console.log(`short-imports: ${name}: ${done.imports} imports and ${done.exports} exports renamed, ${done.saved} bytes fewer in the wasm`);
}
