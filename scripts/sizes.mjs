// Prints the built sizes of the release page's wasm, JS and CSS: raw, gzip -9
// and brotli (quality 11), as the README's table.
//   node scripts/sizes.mjs [DIST]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
console.log('file'.padEnd(22), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const f of files) {
  const buf = fs.readFileSync(path.join(dist, f));
  const gz = zlib.gzipSync(buf, { level: 9 }).length;
  const br = zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(f.padEnd(22), kb(buf.length), kb(gz), kb(br));
}
