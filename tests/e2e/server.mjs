// A static file server for the built site (dist/) on 127.0.0.1, used by the
// end-to-end tests, the benchmarks and `scripts/serve.sh`.
//
//   node tests/e2e/server.mjs [DIR] [PORT]     (PORT 0 picks a free one)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
};

/** The strict policy of issue "Deploy anywhere", which the site must work under. */
export const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; "
  + "img-src 'self' data:; font-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

const RECORDER_PATH = '/__tp-recorder.js';
const RECORDER = fs.readFileSync(new URL('./recorder.js', import.meta.url));

/**
 * Serves `root`; `routes` maps a path to a handler `(req, res) => void`
 * (tests use it for failures and delays). Options:
 * - `prefix`: the folder the site is served from (`/a/b/c/`); other paths are 404;
 * - `csp`: a Content-Security-Policy header sent with every response;
 * - `record`: put tests/e2e/recorder.js first in every HTML page's `<head>`.
 */
export function serve(root, port = 0, routes = {}, { prefix = '/', csp = null, record = false } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const headers = csp ? { 'content-security-policy': csp } : {};
    const route = routes[url.pathname];
    if (route) return route(req, res);
    if (record && url.pathname === RECORDER_PATH) {
      res.writeHead(200, { ...headers, 'content-type': TYPES['.js'] }).end(RECORDER);
      return;
    }
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    let file = path.join(root, decodeURIComponent(url.pathname.slice(prefix.length - 1)));
    if (!file.startsWith(path.resolve(root))) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (record && type.startsWith('text/html')) {
        body = Buffer.from(String(body).replace(/<head>/i, `<head><script src="${RECORDER_PATH}"></script>`));
      }
      res.writeHead(200, { ...headers, 'content-type': type, 'cache-control': 'no-cache', 'content-length': body.length });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? 'dist');
  const server = await serve(root, Number(process.argv[3] ?? 8080));
  console.log(`serving ${root} on http://127.0.0.1:${server.address().port}/`);
}
