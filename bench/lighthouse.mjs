#!/usr/bin/env node
// Lighthouse scores of the standalone page (a measurement, not a test: it
// exits 0 whatever the scores, and non-zero only when it cannot run).
// Lighthouse 12.2.3 (13 needs Node 22) is not a dependency of the tests: it
// is installed on first use into tools/lighthouse/ (gitignored) and runs
// through its Node API in Debian's Chromium, headless. The built site is
// served from 127.0.0.1 by the small static server below.
//
//   node bench/lighthouse.mjs [--dist DIR] [--runs N] [--path "/?lang=ar"]...
//                             [--desktop] [--no-compress] [--out DIR]
//
// --path       a page to measure, relative to the site (repeatable; default
//              /, /?lang=ar, /?lang=de)
// --runs N     Lighthouse runs per page (default 1); the medians are printed
// --desktop    Lighthouse's desktop preset instead of its default (mobile:
//              Moto G Power, simulated slow 4G and 4x CPU slowdown)
// --no-compress  send every file uncompressed (by default text and wasm are
//              gzip- or brotli-encoded when the browser accepts it, as a
//              static host does)
// --out DIR    also write every run's report (Lighthouse's JSON) into DIR
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LH_VERSION = '12.2.3';
const LH_DIR = path.join(ROOT, 'tools', 'lighthouse');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LISTED = ['accessibility', 'best-practices']; // categories whose failing audits are listed
const METRICS = [
  ['FCP', 'first-contentful-paint', 'ms'],
  ['LCP', 'largest-contentful-paint', 'ms'],
  ['TBT', 'total-blocking-time', 'ms'],
  ['CLS', 'cumulative-layout-shift', ''],
  ['Speed Index', 'speed-index', 'ms'],
];

function fail(message) {
  console.error(`lighthouse.mjs: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = { dist: path.join(ROOT, 'dist'), runs: 1, paths: [], desktop: false, compress: true, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : fail(`${a} needs a value`));
    if (a === '--dist') opts.dist = path.resolve(value());
    else if (a === '--runs') opts.runs = Number(value());
    else if (a === '--path') opts.paths.push(value());
    else if (a === '--desktop') opts.desktop = true;
    else if (a === '--no-compress') opts.compress = false;
    else if (a === '--out') opts.out = path.resolve(value());
    else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/lighthouse.mjs [--dist DIR] [--runs N] [--path "/?lang=ar"]... [--desktop] [--no-compress] [--out DIR]');
      process.exit(0);
    } else fail(`unknown argument ${a} (--help)`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) fail('--runs needs a positive whole number');
  if (opts.paths.length === 0) opts.paths = ['/', '/?lang=ar', '/?lang=de'];
  opts.paths = opts.paths.map((p) => (p.startsWith('/') ? p : `/${p}`));
  return opts;
}

/** Installs Lighthouse into tools/lighthouse/ unless the pinned version is there. */
function ensureLighthouse() {
  const pkg = path.join(LH_DIR, 'node_modules', 'lighthouse', 'package.json');
  const installed = fs.existsSync(pkg) ? JSON.parse(fs.readFileSync(pkg, 'utf8')).version : null;
  if (installed === LH_VERSION) return;
  console.error(`lighthouse.mjs: installing lighthouse@${LH_VERSION} into ${path.relative(ROOT, LH_DIR)}/`
    + (installed ? ` (found ${installed})` : ''));
  fs.mkdirSync(LH_DIR, { recursive: true });
  // A package.json of its own, so that npm never climbs to tools/package.json.
  const own = path.join(LH_DIR, 'package.json');
  if (!fs.existsSync(own)) {
    fs.writeFileSync(own, `${JSON.stringify({ name: 'teampage-lighthouse', private: true,
      description: 'Installed by bench/lighthouse.mjs; not a dependency of the tests' }, null, 2)}\n`);
  }
  try {
    execFileSync('npm', ['install', '--prefix', LH_DIR, `lighthouse@${LH_VERSION}`, '--no-audit', '--no-fund', '--save-exact'], {
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: '1' },
    });
  } catch (error) {
    fail(`npm install lighthouse@${LH_VERSION} failed (${error.message})`);
  }
  if (!fs.existsSync(pkg)) fail(`npm did not install lighthouse into ${LH_DIR}`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|wasm|manifest\+json)|image\/svg)/;

/** Serves `root` on 127.0.0.1 (a free port); directories serve their index.html; the query is ignored. */
function serve(root, { compress }) {
  // Every compressible file is compressed before the first request, so that
  // no response waits for it (Lighthouse's simulation counts the server's
  // response time).
  const encoded = new Map(); // `${file}\0${encoding}` → compressed body
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const file of compress ? walk(root) : []) {
    const type = TYPES[path.extname(file).toLowerCase()];
    if (!type || !COMPRESSIBLE.test(type)) continue;
    const body = fs.readFileSync(file);
    encoded.set(`${file}\0br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    encoded.set(`${file}\0gzip`, zlib.gzipSync(body, { level: 9 }));
  }
  const encodings = new Map(); // encoding → requests served with it, for the header line
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return; }
    let pathname;
    try { pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    let file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
    try { if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html'); } catch { /* 404 below */ }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found'); return; }
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      const accept = String(req.headers['accept-encoding'] ?? '');
      const encoding = !compress || !COMPRESSIBLE.test(type) || body.length < 512 ? null
        : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      if (encoding && encoded.has(`${file}\0${encoding}`)) {
        body = encoded.get(`${file}\0${encoding}`);
        headers['content-encoding'] = encoding;
        headers.vary = 'Accept-Encoding';
        encodings.set(encoding, (encodings.get(encoding) ?? 0) + 1);
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(Object.assign(server, { encodings })));
  });
}

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

const score100 = (s) => (s == null ? null : Math.round(s * 100));
const fmtScore = (s) => (s == null ? '–' : String(Math.round(s)));
function fmtMetric(value, unit) {
  if (value == null) return '–';
  if (unit === '') return value.toFixed(3);
  return value >= 999.5 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}
const oneLine = (s, max = 160) => {
  const t = String(s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const slug = (p) => p.replace(/^\/\??/, '').replace(/[^A-Za-z0-9=._-]+/g, '_') || 'root';

/** What a failing audit's details name: elements (selector, snippet, explanation) or other items. */
function describeItems(audit) {
  const items = audit.details?.items ?? [];
  const out = [];
  for (const item of items) {
    const node = item.node?.type === 'node' ? item.node
      : Object.values(item).find((v) => v && typeof v === 'object' && v.type === 'node');
    if (node) {
      const lines = [`${node.selector ?? '(no selector)'}  ${oneLine(node.snippet, 200)}`];
      if (node.nodeLabel) lines.push(`label: ${oneLine(node.nodeLabel, 120)}`);
      if (node.explanation) lines.push(...String(node.explanation).split('\n').map((l) => oneLine(l, 200)).filter(Boolean));
      out.push({ key: `${node.selector}\0${node.snippet}`, lines });
    } else {
      const text = ['description', 'message', 'source', 'url', 'scriptUrl', 'label', 'value', 'error']
        .map((k) => item[k]).filter((v) => v != null && typeof v !== 'object').map((v) => oneLine(v, 200));
      const source = item.sourceLocation?.url ? `${item.sourceLocation.url}:${item.sourceLocation.line ?? ''}` : null;
      const sub = (item.subItems?.items ?? []).map((s) => s.error ?? s.message ?? s.text).filter(Boolean).map((v) => oneLine(v, 200));
      const line = [...text, source, ...sub].filter(Boolean).join(': ') || oneLine(JSON.stringify(item), 200);
      out.push({ key: line, lines: [line] });
    }
  }
  return out;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(opts.dist, 'index.html'))) fail(`${opts.dist}/index.html is missing (build the site or pass --dist DIR)`);
  if (!fs.existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM} (set CHROMIUM)`);
  process.env.CHROME_PATH ??= CHROMIUM;
  ensureLighthouse();

  const require = createRequire(path.join(LH_DIR, 'package.json'));
  const lhRequire = createRequire(require.resolve('lighthouse/package.json'));
  const { default: lighthouse, desktopConfig } = await import(pathToFileURL(require.resolve('lighthouse')).href);
  const chromeLauncher = await import(pathToFileURL(lhRequire.resolve('chrome-launcher')).href);
  const lhVersion = require('lighthouse/package.json').version;
  let axeVersion = '?';
  try { axeVersion = lhRequire('axe-core/package.json').version; } catch { /* printed as ? */ }
  if (opts.desktop && !desktopConfig) fail('this Lighthouse exports no desktopConfig');

  const config = opts.desktop
    ? { ...desktopConfig, settings: { ...desktopConfig.settings, onlyCategories: CATEGORIES } }
    : { extends: 'lighthouse:default', settings: { onlyCategories: CATEGORIES } };
  const flags = { output: 'json', logLevel: 'error' };
  const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

  const server = await serve(path.resolve(opts.dist), opts);
  const base = `http://127.0.0.1:${server.address().port}`;
  if (opts.out) fs.mkdirSync(opts.out, { recursive: true });
  const formFactor = opts.desktop ? 'desktop' : 'mobile';

  const results = []; // { path, lhrs }
  let header = false;
  try {
    for (const p of opts.paths) {
      const lhrs = [];
      for (let run = 1; run <= opts.runs; run++) {
        // A fresh browser every run (Lighthouse also clears the origin's storage
        // and service worker): each run is a first visit.
        const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags });
        try {
          const result = await lighthouse(`${base}${p}`, { ...flags, port: chrome.port }, config);
          if (!result?.lhr) throw new Error('Lighthouse returned no report');
          lhrs.push(result.lhr);
          if (opts.out) {
            fs.writeFileSync(path.join(opts.out, `${slug(p)}-${formFactor}-${run}.json`), result.report);
          }
        } finally {
          await chrome.kill();
        }
        if (!header) {
          header = true;
          const lhr = lhrs[0];
          const s = lhr.configSettings;
          const thr = s.throttlingMethod === 'simulate'
            ? `simulated: ${s.throttling.rttMs} ms RTT, ${Math.round(s.throttling.throughputKbps / 100) / 10} Mbit/s, CPU ×${s.throttling.cpuSlowdownMultiplier}`
            : s.throttlingMethod;
          console.log(`Lighthouse ${lhVersion} (axe-core ${axeVersion}), ${chromiumVersion()}, ${formFactor}: ${s.screenEmulation.width}×${s.screenEmulation.height} @${s.screenEmulation.deviceScaleFactor}x, ${thr}`);
          console.log(`site: ${opts.dist} on ${base}/ (${opts.compress ? `compressed as the browser accepts: ${[...server.encodings.keys()].join(', ') || 'nothing'}` : 'uncompressed'}),`
            + ` ${opts.runs} run${opts.runs > 1 ? 's' : ''} per page, medians`);
        }
        process.stderr.write(`  ${p} run ${run}/${opts.runs}: ${CATEGORIES.map((c) => fmtScore(score100(scoreOf(lhrs.at(-1), c)))).join(' / ')}\n`);
      }
      results.push({ path: p, lhrs });
      report(p, lhrs, base);
    }
  } finally {
    server.close();
  }
  summary(results);
}

function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(/ built/)[0];
  } catch {
    return CHROMIUM;
  }
}

const scoreOf = (lhr, category) => lhr.categories[category]?.score ?? null;

function report(p, lhrs, base) {
  const n = lhrs.length;
  console.log(`\n== ${p}  (${base}${p})`);
  for (const lhr of lhrs) {
    if (lhr.runtimeError) console.log(`  !! runtime error: ${lhr.runtimeError.code}: ${oneLine(lhr.runtimeError.message, 300)}`);
    for (const w of lhr.runWarnings ?? []) console.log(`  ! warning: ${oneLine(w, 300)}`);
  }
  const range = (values) => {
    const v = values.filter((x) => x != null);
    return n > 1 && v.length ? ` (${Math.min(...v)}–${Math.max(...v)})` : '';
  };
  console.log(`  scores: ${CATEGORIES.map((c) => {
    const v = lhrs.map((l) => score100(scoreOf(l, c)));
    return `${c} ${fmtScore(median(v))}${range(v)}`;
  }).join('   ')}`);
  console.log(`  performance: ${METRICS.map(([label, id, unit]) => `${label} ${fmtMetric(median(lhrs.map((l) => l.audits[id]?.numericValue)), unit)}`).join('   ')}`);

  for (const category of LISTED) {
    // Audits of the category with a score below 1 in any run (not-applicable,
    // manual and informative audits have no score), in the category's order.
    const refs = lhrs[0].categories[category]?.auditRefs ?? [];
    const failing = [];
    for (const ref of refs) {
      const runs = lhrs.map((l) => l.audits[ref.id]).filter((a) => a && a.score != null && a.score < 1);
      if (runs.length) failing.push({ ref, runs });
    }
    if (failing.length === 0) { console.log(`  ${category}: every scored audit passes`); continue; }
    console.log(`  ${category}: ${failing.length} audit${failing.length > 1 ? 's' : ''} below 1`);
    for (const { ref, runs } of failing) {
      const a = runs[0];
      const scores = [...new Set(runs.map((r) => r.score))].join(', ');
      console.log(`    - ${ref.id} (weight ${ref.weight}, score ${scores}, in ${runs.length}/${n} run${n > 1 ? 's' : ''}): ${oneLine(a.title, 200)}`);
      if (a.displayValue) console.log(`        ${oneLine(a.displayValue, 200)}`);
      const seen = new Map();
      for (const r of runs) for (const item of describeItems(r)) if (!seen.has(item.key)) seen.set(item.key, item.lines);
      for (const lines of seen.values()) {
        console.log(`        • ${lines[0]}`);
        for (const l of lines.slice(1)) console.log(`          ${l}`);
      }
    }
  }
}

function summary(results) {
  const rows = [['page', 'perf', 'a11y', 'b-p', 'seo', ...METRICS.map(([l]) => l)]];
  for (const { path: p, lhrs } of results) {
    rows.push([p, ...CATEGORIES.map((c) => fmtScore(median(lhrs.map((l) => score100(scoreOf(l, c)))))),
      ...METRICS.map(([, id, unit]) => fmtMetric(median(lhrs.map((l) => l.audits[id]?.numericValue)), unit))]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log('\nsummary (medians)');
  for (const r of rows) console.log(`  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`);
}

main().catch((error) => fail(error?.stack ?? error));
