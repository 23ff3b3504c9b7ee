#!/usr/bin/env node
// What the wasm is made of: code bytes per crate (from the name section's
// function names) and the data segments, largest first. Not a test: it reads
// a build that kept its names: `cargo build --release --target
// wasm32-unknown-unknown --bin teampage`, `wasm-bindgen --target web`, then
// `wasm-opt -Oz -g` (-g keeps the name section).
//
//   node bench/wasm-contents.mjs FILE.wasm [--top N] [--grep TEXT]
import fs from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) { console.error('usage: node bench/wasm-contents.mjs FILE.wasm [--top N] [--grep TEXT]'); process.exit(2); }
const opt = (name, dflt) => { const i = args.indexOf(name); return i < 0 ? dflt : args[i + 1]; };
const TOP = Number(opt('--top', 40));
const GREP = opt('--grep', null);

const buf = fs.readFileSync(file);
let pos = 8;
const u32 = () => { let r = 0, s = 0, b; do { b = buf[pos++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
const name = () => { const n = u32(); const s = buf.toString('utf8', pos, pos + n); pos += n; return s; };

let imported = 0;
const bodies = []; // code bytes of each defined function, in order
const names = new Map(); // function index -> name
const sections = [];
let dataBytes = 0;
const segments = [];
while (pos < buf.length) {
  const id = buf[pos++];
  const size = u32();
  const end = pos + size;
  let label = String(id);
  if (id === 2) { // imports: functions among them shift the indices
    const count = u32();
    for (let i = 0; i < count; i++) {
      name(); name();
      const kind = buf[pos++];
      if (kind === 0) { u32(); imported++; } else if (kind === 1) { pos++; const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 3) { pos += 2; }
    }
    label = 'import';
  } else if (id === 10) {
    const count = u32();
    for (let i = 0; i < count; i++) { const n = u32(); bodies.push(n); pos += n; }
    label = 'code';
  } else if (id === 11) {
    const count = u32();
    for (let i = 0; i < count; i++) {
      const flags = u32();
      if (flags === 2) u32();
      if (flags !== 1) { while (buf[pos] !== 0x0b) pos++; pos++; } // the offset expression
      const n = u32(); segments.push(n); dataBytes += n; pos += n;
    }
    label = 'data';
  } else if (id === 0) {
    const sec = name();
    label = `custom "${sec}"`;
    if (sec === 'name') {
      while (pos < end) {
        const sub = buf[pos++]; const subSize = u32(); const subEnd = pos + subSize;
        if (sub === 1) { const count = u32(); for (let i = 0; i < count; i++) { const idx = u32(); names.set(idx, name()); } }
        pos = subEnd;
      }
    }
  }
  sections.push([label, size]);
  pos = end;
}

/** `_ZN4core3fmt5write17h…E` → `core::fmt::write`; other names as they are. */
function demangle(s) {
  const m = /^_ZN(.*)E$/.exec(s);
  if (!m) return s;
  const parts = []; let rest = m[1];
  while (rest.length) {
    const n = /^(\d+)/.exec(rest); if (!n) break;
    const len = Number(n[1]); const part = rest.slice(n[1].length, n[1].length + len);
    rest = rest.slice(n[1].length + len);
    if (!/^h[0-9a-f]{16}$/.test(part)) parts.push(part.replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&').replace(/\.\./g, '::').replace(/\$C\$/g, ','));
  }
  return parts.join('::');
}

/** The crate a function belongs to: the first path segment, looking inside `<T as Trait>`. */
function crateOf(n) {
  const v0 = /^_R\w*?C[sl]\w*?_(\d+)([a-z_][a-z0-9_]*)/.exec(n); // v0 mangling: the first crate named
  if (v0) return v0[2].slice(0, Number(v0[1]));
  if (n.startsWith('__wbg') || n.startsWith('__wbindgen')) return 'wasm-bindgen glue';
  const inner = /^[_<]*&?(?:mut )?(?:dyn )?([a-z_][a-z0-9_]*)::/.exec(n);
  return inner ? inner[1] : '(other)';
}

const fns = bodies.map((size, i) => ({ size, name: demangle(names.get(imported + i) ?? `func[${imported + i}]`) }));
const codeBytes = fns.reduce((a, f) => a + f.size, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
console.log(`${file}: ${kb(buf.length)} in all; code ${kb(codeBytes)} in ${fns.length} functions; data ${kb(dataBytes)} in ${segments.length} segments`);
console.log('\nsections:'); for (const [l, s] of sections) console.log(`  ${l.padEnd(28)} ${kb(s)}`);

const byCrate = new Map();
for (const f of fns) { const c = crateOf(f.name); byCrate.set(c, (byCrate.get(c) ?? 0) + f.size); }
console.log('\ncode by crate:');
for (const [c, s] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${kb(s)}  ${(100 * s / codeBytes).toFixed(1).padStart(5)} %  ${c}`);

const shown = GREP ? fns.filter((f) => f.name.includes(GREP)) : fns;
console.log(`\nlargest functions${GREP ? ` matching "${GREP}" (${kb(shown.reduce((a, f) => a + f.size, 0))} in ${shown.length})` : ''}:`);
for (const f of [...shown].sort((a, b) => b.size - a.size).slice(0, TOP)) console.log(`  ${kb(f.size)}  ${f.name.slice(0, 150)}`);
