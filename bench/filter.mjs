#!/usr/bin/env node
// Benchmark (prints numbers; it is not a test and fails only when something
// cannot run): teampage's release build (dist/) against the hand-written
// JavaScript baseline (bench/baseline/), side by side in headless Chromium,
// on generated manifests of 10,000 people / 500 teams and 50,000 people /
// 2,000 teams. Method and results: bench/README.md, bench/RESULTS.md.
//
//   node bench/filter.mjs [--runs N] [--runs-50k N] [--sizes 10k,50k]
//                         [--impls teampage,baseline] [--json FILE] [--no-observer]
//                         [--throttle MBITS]  (a network link of MBITS Mbit/s and
//                                              40 ms latency instead of loopback)
//   node bench/filter.mjs --profile [--sizes 10k] [--wasm-dir DIR]
//   node bench/filter.mjs --serve [--port 8090]      (both pages, to look at)
//
// scripts/bench-filter.sh generates the manifests into bench-out/ first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { buildIndex, run as runFilter, parseWords } from './baseline/app.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench-out');
const SIZES = {
  '10k': { file: 'm10k.json', people: 10000, teams: 500, target: 16 },
  '50k': { file: 'm50k.json', people: 50000, teams: 2000, target: 50 },
};
const IMPLS = {
  teampage: (m) => `/?manifest=/bench-out/${m}`,
  baseline: (m) => `/baseline/?manifest=/bench-out/${m}`,
};
const COMMON = 'a';
const VIEWPORT = { width: 1280, height: 900 };
/** Network conditions of --throttle (CDP Network.emulateNetworkConditions), or null for loopback. */
let NETWORK = null;
const SETTLE_MS = 800; // > teampage's 600 ms announcement timer, so every step starts idle

function parseArgs(argv) {
  const o = { runs: 7, runs50k: 5, sizes: ['10k', '50k'], impls: ['teampage', 'baseline'], json: null,
    profile: false, serve: false, port: 8090, observe: true, wasmDir: path.join(OUT, 'named'), throttle: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i] ?? fail(`${a} needs a value`);
    if (a === '--runs') o.runs = Number(val());
    else if (a === '--runs-50k') o.runs50k = Number(val());
    else if (a === '--sizes') o.sizes = val().split(',');
    else if (a === '--impls') o.impls = val().split(',');
    else if (a === '--json') o.json = val();
    else if (a === '--profile') o.profile = true;
    else if (a === '--wasm-dir') o.wasmDir = path.resolve(val());
    else if (a === '--serve') o.serve = true;
    else if (a === '--no-observer') o.observe = false;
    else if (a === '--port') o.port = Number(val());
    else if (a === '--throttle') o.throttle = Number(val());
    else fail(`unknown argument ${a}`);
  }
  for (const s of o.sizes) if (!SIZES[s]) fail(`unknown size ${s} (10k, 50k)`);
  for (const s of o.impls) if (!IMPLS[s]) fail(`unknown implementation ${s} (teampage, baseline)`);
  return o;
}

function fail(msg) {
  console.error(`bench/filter.mjs: ${msg}`);
  process.exit(2);
}

// ------------------------------------------------------------------ serving

/** teampage's own CSS, in the order of src/components/styles.rs, for the baseline page. */
function teampageCss() {
  const dir = path.join(ROOT, 'src/components');
  const order = [...fs.readFileSync(path.join(dir, 'styles.rs'), 'utf8').matchAll(/include_str!\("([^"]+)"\)/g)].map((m) => m[1]);
  return order.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
}

function routes({ wasmDir } = {}) {
  const send = (type, body) => (req, res) => {
    // With its length, as a static file server sends a file.
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const r = {};
  for (const { file } of Object.values(SIZES)) {
    const p = path.join(OUT, file);
    if (fs.existsSync(p)) r[`/bench-out/${file}`] = send('application/json; charset=utf-8', fs.readFileSync(p));
  }
  const base = path.join(ROOT, 'bench/baseline');
  r['/baseline/'] = r['/baseline/index.html'] = send('text/html; charset=utf-8', fs.readFileSync(path.join(base, 'index.html')));
  r['/baseline/app.js'] = send('text/javascript; charset=utf-8', fs.readFileSync(path.join(base, 'app.js')));
  r['/baseline/teampage.css'] = send('text/css; charset=utf-8', teampageCss());
  if (wasmDir) {
    // The same build with a name section, for readable profiles (see --profile).
    r['/teampage.js'] = send('text/javascript; charset=utf-8', fs.readFileSync(path.join(wasmDir, 'teampage.js')));
    r['/teampage_bg.wasm'] = send('application/wasm', fs.readFileSync(path.join(wasmDir, 'teampage_bg.wasm')));
  }
  return r;
}

// --------------------------------------------------------------- measuring

// Installed before any page script. Load probe: a requestAnimationFrame poll
// that, in the first frame whose callbacks see a [data-team-id] card, posts a
// message; the message runs after that frame's style, layout and paint, so
// its time is "the page with the cards has been painted".
const PROBE = () => {
  const b = (window.__bench = { paintAt: 0, cardsSeenAt: 0, wasm: null });
  addEventListener('TrunkApplicationStarted', (e) => { b.wasm = e.detail?.wasm ?? null; });
  const poll = () => {
    if (!document.querySelector('[data-team-id]')) { requestAnimationFrame(poll); return; }
    b.cardsSeenAt = performance.now();
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { b.paintAt = performance.now(); };
    ch.port2.postMessage(0);
  };
  requestAnimationFrame(poll);
};

// One keystroke, measured in the page. The input event is dispatched
// synthetically; the handler time runs from just before dispatchEvent to the
// last DOM mutation made before the next frame (a MutationObserver on the
// page records the time of each batch: teampage's Leptos effects write the
// DOM in microtasks after dispatchEvent has returned, the baseline writes it
// synchronously). The paint time runs to the end of that frame
// (requestAnimationFrame, then a MessageChannel message, which runs after
// the frame's style, layout and paint). The settled time runs to the last
// DOM mutation of all: teampage builds the bodies of opened cards below the
// first batch after the painted frame, a batch per frame.
async function keystroke([text, observe]) {
  const input = document.querySelector('input[type=search]');
  // Dispatched 4 ms after a frame began (its requestAnimationFrame
  // timestamp, the frame's vsync time; the driver waits for that frame to be
  // painted, then spins on an idle page), in both pages alike: the wait for
  // the next frame is then the same, and "painted" differs only by the
  // pages' work. (Dispatched when the driver's call arrives, the keystroke
  // landed 1.9 ms into the frame interval on one page and 2.3 ms on the
  // other; dispatched right after the painted frame, the offset still
  // varied with that frame's work.)
  const frameAt = await new Promise((resolve) => requestAnimationFrame((vsync) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve(vsync);
    ch.port2.postMessage(0);
  }));
  while (performance.now() < frameAt + 4) { /* the same point of the frame interval on both pages */ }
  let last = 0;
  let later = 0;
  // The debounced live region (600 ms later) is not part of this keystroke;
  // a batch of one or two records may be it (kept cheap: big batches are
  // not looked into).
  const live = (r) => (r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest('[aria-live=polite]');
  const counts = (records) => (records.length > 2 || !records.every(live) ? records.length : 0);
  const mo = new MutationObserver((records) => {
    const n = counts(records);
    if (n) { last = performance.now(); later += n; }
  });
  if (observe) mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  input.value = text;
  const t0 = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const t1 = performance.now();
  const before = counts(mo.takeRecords()); // DOM writes made before dispatchEvent returned
  // The DOM writes made before the next frame (the keystroke's own work);
  // writes after that frame is painted are deferred work ("settled").
  let atFrame = 0;
  let writesAtFrame = 0;
  let frameStart = 0;
  const painted = await new Promise((resolve) => requestAnimationFrame(() => {
    frameStart = performance.now();
    atFrame = last;
    writesAtFrame = later;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve(performance.now());
    ch.port2.postMessage(0);
  }));
  const handlerEnd = observe ? Math.max(t1, atFrame) : t1;
  const writesBeforePaint = writesAtFrame;
  // Settled: teampage builds the bodies of cards below the fold in batches
  // after the painted frame; wait until the page has made no DOM write for
  // 300 ms (at most 20 s) and date the last one.
  // Meanwhile, the longest gap between two frames: how long input would
  // wait behind a deferred batch.
  let longestFrame = 0;
  let prevFrame = painted;
  let watching = true;
  const frame = (now) => {
    longestFrame = Math.max(longestFrame, now - prevFrame);
    prevFrame = now;
    if (watching) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  while (observe && performance.now() - Math.max(last, painted) < 300 && performance.now() - t0 < 20_000) await sleep(50);
  watching = false;
  mo.disconnect();
  return {
    sync: t1 - t0, handler: handlerEnd - t0, paint: painted - t0, frame: painted - frameStart, phase: t0 - frameAt, settled: (observe ? Math.max(last, t1) : t1) - t0, longestFrame,
    writesBeforeReturn: before, writesAfterReturn: writesBeforePaint, writesLater: later - writesBeforePaint,
  };
}

/** What the page shows (not timed), to check that both pages agree. */
function pageState() {
  const status = document.querySelector('.tp-status');
  const visible = [...document.querySelectorAll('[data-team-id]')].filter((c) => !c.closest('[hidden]'));
  const people = [...document.querySelectorAll('.tp-person')].filter((p) => !p.closest('[hidden]'))
    .map((p) => `${p.closest('[data-team-id]')?.dataset.teamId ?? '(root)'}: ${p.querySelector('.tp-person-name').textContent}`);
  return {
    status: status.textContent, cards: visible.length, people: people.length, who: people.sort(),
    marks: [...document.querySelectorAll('mark')].filter((m) => !m.closest('[hidden]')).length,
    // The page's height and its chips: both pages must lay out the same page
    // (a page taller than the window scrolls, and then its sticky filter bar
    // is painted as a layer of its own).
    height: document.documentElement.scrollHeight,
    // Shown cards whose contents the browser skips (content-visibility: auto,
    // off screen): their height is a remembered or intrinsic one, which
    // depends on when each page built them, not on what they hold.
    skipped: [...document.querySelectorAll('.tp-card-head')]
      .filter((h) => !h.closest('[hidden]') && !h.checkVisibility({ contentVisibilityAuto: true })).length,
    chips: [...document.querySelectorAll('.tp-chip')].map((c) => c.textContent).join('|'),
    // The visible text around the cards (header, panels, filter bar, footer):
    // a note one page shows and the other does not is layout work too.
    text: [...document.querySelectorAll('.tp-page > main > :not(.tp-section), .tp-footer')].map((root) => {
      let out = '';
      const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (w.nextNode()) {
        const el = w.currentNode.parentElement;
        if (el.checkVisibility() && !el.closest('[aria-live]')) out += w.currentNode.data;
      }
      return out.replace(/\s+/g, ' ').trim();
    }).join(' | '),
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function idle(page) {
  await sleep(SETTLE_MS);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const dom = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    wasm: window.__bench.wasm?.memory?.buffer?.byteLength ?? 0,
  }));
  return { heapMB: m.JSHeapUsedSize / 2 ** 20, wasmMB: dom.wasm / 2 ** 20, nodes: m.Nodes, elements: dom.elements };
}

/**
 * One fresh page: load, then rare → clear → common → clear → common again.
 * With `probeMemory`, the run also forces a GC and reads the memory after the
 * load and after the common query (the warm-up run does; timed runs do not,
 * because a forced full GC changes the keystrokes that follow it).
 */
async function measureRun(browser, base, impl, size, queries, observe = true, probeMemory = false) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (NETWORK) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
  }
  const manifest = SIZES[size].file;
  await page.goto(base + IMPLS[impl](manifest));
  await page.waitForFunction(() => window.__bench?.paintAt > 0, null, { timeout: 180_000, polling: 100 });
  const load = await page.evaluate((file) => {
    const entry = performance.getEntriesByType('resource').filter((e) => e.name.includes(file)).pop();
    return { painted: window.__bench.paintAt - entry.responseEnd, fromRequest: window.__bench.paintAt - entry.startTime };
  }, `/bench-out/${manifest}`);
  if (NETWORK) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await idle(page);
  const out = { load: load.painted, loadFromRequest: load.fromRequest, steps: {} };
  if (probeMemory) out.memLoad = await memory(page, cdp);
  const steps = [['rare', queries.rare], ['clear after rare', ''], ['common', COMMON], ['clear after common', ''], ['common again', COMMON]];
  for (const [name, text] of steps) {
    await idle(page);
    out.steps[name] = { ...(await page.evaluate(keystroke, [text, observe])), ...(await page.evaluate(pageState)) };
    if (name === 'common' && probeMemory) { await idle(page); out.memCommon = await memory(page, cdp); }
  }
  if (errors.length) out.errors = errors;
  await context.close();
  return out;
}

// -------------------------------------------------------------- statistics

/**
 * A 95 % percentile-bootstrap interval of median(a) − median(b): 4,000
 * resamples, with a fixed seed so that the same numbers give the same
 * interval.
 */
function medianDiffInterval(a, b) {
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const median = (xs) => stats(xs).median;
  const resample = (xs) => xs.map(() => xs[Math.floor(rand() * xs.length)]);
  const d = [];
  for (let k = 0; k < 4000; k++) d.push(median(resample(a)) - median(resample(b)));
  d.sort((x, y) => x - y);
  return [d[Math.floor(0.025 * d.length)], d[Math.floor(0.975 * d.length) - 1]];
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], n: s.length };
}

const f1 = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
function table(rows, header) {
  const all = [header, ...rows];
  const w = header.map((_, k) => Math.max(...all.map((r) => String(r[k]).length)));
  const line = (r) => r.map((c, k) => (k < 3 ? String(c).padEnd(w[k]) : String(c).padStart(w[k]))).join('  ');
  return [line(header), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

/** The rare query: the first compound surname (pre-order) that matches 2 to 4 teams, written without accents. */
function pickQueries(manifest) {
  const ix = buildIndex(manifest);
  for (const t of ix.teams) {
    for (const p of [...(t.t.leads ?? []), ...(t.t.members ?? [])]) {
      const surname = p.name.split(' ').slice(1).filter((w) => !/^\p{Lu}\.$/u.test(w)).join(' ');
      if (!surname.includes('-')) continue;
      const plain = surname.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const out = runFilter(ix, parseWords(plain));
      if (out.teamCount >= 2 && out.teamCount <= 4) return { rare: plain };
    }
  }
  fail('no compound surname matches 2 to 4 teams');
}

// ----------------------------------------------------------------- profile

// One fresh page per implementation: load, then the steps of a run (the
// common query the first time, so card bodies are built), each under the V8
// sampling profiler and a Chromium trace; prints where the time goes.
async function profile(browser, base, impl, size, rare) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(base + IMPLS[impl](SIZES[size].file));
  await page.waitForFunction(() => window.__bench?.paintAt > 0, null, { timeout: 180_000, polling: 100 });
  const { profile: loadProf } = await cdp.send('Profiler.stop');
  const out = [{ name: 'load (whole page load, CPU profile only)', step: null, cpu: summarizeCpu(loadProf, impl), trace: [] }];
  for (const [name, text] of [['rare', rare], ['clear after rare', ''], ['common', COMMON], ['clear after common', '']]) {
    await idle(page);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
    await cdp.send('Profiler.start');
    const step = await page.evaluate(keystroke, [text, true]);
    const { profile: prof } = await cdp.send('Profiler.stop');
    const trace = JSON.parse((await browser.stopTracing()).toString());
    out.push({ name, step, cpu: summarizeCpu(prof, impl), trace: summarizeTrace(trace) });
  }
  await context.close();
  return out;
}

function summarizeCpu(prof, impl) {
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const groups = new Map();
  const fns = new Map();
  // Inclusive time of the samples with a frame whose function name matches
  // (wasm names are Rust paths); a sample counts once per group.
  const GROUPS = impl === 'teampage' ? [
    ['manifest parse (serde_json) and validation', /teampage_core::manifest|serde_json|serde::de/],
    ['Index::new (folding, search index)', /filter::index::Index::new/],
    ['PageState::set_filter (the input handler, synchronous part)', /PageState::set_filter/],
    ['teampage_core Index::run', /filter::index::Index::run/],
    ['<Hl> re-render (highlight.rs)', /components::highlight/],
    ['teampage_core marks()', /filter::highlight::marks/],
    ['teampage::components::card (cards, bodies)', /teampage::components::card/],
    ['teampage::components::people (people lists)', /teampage::components::people/],
    ['reactive_graph (signals, effects, subscribers)', /reactive_graph/],
    ['tachys (Leptos DOM rendering)', /tachys/],
    ['wasm_bindgen_futures (effect queue)', /wasm_bindgen_futures/],
    ['allocator (dlmalloc)', /dlmalloc/],
  ] : [
    ['validate()', /^validate$/],
    ['buildIndex()', /^buildIndex$/],
    ['card()', /^card$/],
    ['setFilter()', /^setFilter$/],
    ['run() (the filter)', /^run$/],
    ['sync()', /^sync$/],
    ['buildBody()', /^buildBody$/],
    ['highlight: paint()', /^paint$/],
  ];
  let total = 0;
  const dt = prof.timeDeltas;
  for (let k = 0; k < prof.samples.length; k++) {
    const ms = (dt[k + 1] ?? 0) / 1000;
    let id = prof.samples[k];
    const { functionName: name, url } = nodes.get(id).callFrame;
    if (name === '(idle)') continue;
    total += ms;
    const kind = /\.wasm$/.test(url) ? 'wasm code'
      : /teampage\.js$/.test(url) ? 'wasm-bindgen JS glue'
      : /app\.js$/.test(url) ? 'baseline JS'
      : name.startsWith('(') ? name
      : /^(wasm-to-js|js-to-wasm)/.test(name) ? 'wasm <-> JS transitions'
      : url === '' ? 'DOM and other browser API calls (native)' : `JS ${url}`;
    self.set(kind, (self.get(kind) ?? 0) + ms);
    const label = `${name || '(anonymous)'}${kind === 'wasm code' ? '' : ` [${kind}]`}`;
    fns.set(label, (fns.get(label) ?? 0) + ms);
    const seen = new Set();
    for (; id !== undefined; id = parent.get(id)) {
      const fn = nodes.get(id).callFrame.functionName;
      for (const [g, re] of GROUPS) if (re.test(fn)) seen.add(g);
    }
    for (const g of seen) groups.set(g, (groups.get(g) ?? 0) + ms);
  }
  const sort = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, self: sort(self), groups: sort(groups), top: sort(fns).slice(0, 20) };
}

function summarizeTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map();
  const NAMES = {
    UpdateLayoutTree: 'style recalc', Layout: 'layout', PrePaint: 'pre-paint', Paint: 'paint', Layerize: 'layerize',
    Commit: 'commit', MinorGC: 'GC (minor)', MajorGC: 'GC (major)', 'V8.GC_SCAVENGER': 'GC (minor)', 'V8.GC_MARK_COMPACTOR': 'GC (major)',
    FunctionCall: 'script (top-level calls)', RunMicrotasks: 'microtasks', EventDispatch: 'event dispatch',
  };
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !NAMES[e.name]) continue;
    const k = NAMES[e.name];
    sums.set(k, (sums.get(k) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

// -------------------------------------------------------------------- main

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.throttle) NETWORK = { offline: false, latency: 40, downloadThroughput: (o.throttle * 1e6) / 8, uploadThroughput: (o.throttle * 1e6) / 8 };
  if (!fs.existsSync(path.join(ROOT, 'dist/index.html'))) fail('dist/ is missing: run `trunk build --release` (scripts/bench-filter.sh does)');
  if (o.serve) {
    const server = await serve(path.join(ROOT, 'dist'), o.port, routes());
    const b = `http://127.0.0.1:${server.address().port}`;
    for (const s of Object.keys(SIZES)) console.log(`${s}: teampage ${b}${IMPLS.teampage(SIZES[s].file)}  baseline ${b}${IMPLS.baseline(SIZES[s].file)}`);
    return;
  }
  const manifests = {};
  for (const s of o.sizes) {
    const p = path.join(OUT, SIZES[s].file);
    if (!fs.existsSync(p)) fail(`${p} is missing: run scripts/bench-filter.sh (it generates the manifests)`);
    manifests[s] = JSON.parse(fs.readFileSync(p, 'utf8'));
  }
  const queries = Object.fromEntries(o.sizes.map((s) => [s, pickQueries(manifests[s])]));
  const named = o.profile && fs.existsSync(path.join(o.wasmDir, 'teampage_bg.wasm'));
  const server = await serve(path.join(ROOT, 'dist'), 0, routes({ wasmDir: named ? o.wasmDir : null }));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  const env = `${browser.version()} headless, ${os.cpus().length} × ${os.cpus()[0].model.trim()}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`;
  console.log(`# teampage filter benchmark — ${new Date().toISOString()}\n# ${env}`);
  console.log(`# network: ${o.throttle ? `${o.throttle} Mbit/s, 40 ms latency (emulated)` : 'loopback'}`);
  console.log(`# dist/teampage_bg.wasm ${fs.statSync(path.join(ROOT, 'dist/teampage_bg.wasm')).mtime.toISOString()}; viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
  for (const s of o.sizes) console.log(`# ${s}: ${SIZES[s].people} people, ${SIZES[s].teams} teams; rare query "${queries[s].rare}", common query "${COMMON}"`);

  try {
    if (o.profile) {
      if (!named) console.log(`# (no ${path.relative(ROOT, o.wasmDir)}/teampage_bg.wasm with names: wasm frames show as wasm-function[N]; scripts/bench-filter.sh --profile makes it)`);
      for (const s of o.sizes) {
        for (const impl of o.impls) {
          for (const p of await profile(browser, base, impl, s, queries[s].rare)) {
            console.log(`\n## profile: ${impl}, ${s}, "${p.name}"${p.step ? `: handler ${f1(p.step.handler)} ms, painted ${f1(p.step.paint)} ms, ${p.step.writesBeforeReturn + p.step.writesAfterReturn} DOM mutation records` : ''}`);
            console.log(`CPU samples (not idle): ${f1(p.cpu.total)} ms; self time by kind:`);
            for (const [k, v] of p.cpu.self) console.log(`  ${f1(v).padStart(7)} ms  ${k}`);
            console.log('inclusive time of samples under:');
            for (const [k, v] of p.cpu.groups) console.log(`  ${f1(v).padStart(7)} ms  ${k}`);
            console.log('top functions (self time):');
            for (const [k, v] of p.cpu.top) console.log(`  ${f1(v).padStart(7)} ms  ${k.replace(/::h[0-9a-f]{16}$/, '').slice(0, 150)}`);
            console.log('trace, renderer main thread (events nest: script contains forced style/layout):');
            for (const [k, v] of p.trace) console.log(`  ${f1(v).padStart(7)} ms  ${k}`);
          }
        }
      }
      return;
    }

    const results = {};
    const memoryProbe = {};
    for (const s of o.sizes) {
      const runs = s === '50k' ? o.runs50k : o.runs;
      for (const impl of o.impls) {
        process.stderr.write(`${s} ${impl}: warm-up (and memory)\n`);
        const warm = await measureRun(browser, base, impl, s, queries[s], o.observe, true);
        (memoryProbe[impl] ??= {})[s] = { memLoad: warm.memLoad, memCommon: warm.memCommon };
      }
      for (let r = 0; r < runs; r++) {
        const order = r % 2 ? [...o.impls].reverse() : o.impls; // interleaved, so load drift hits both
        for (const impl of order) {
          const t = Date.now();
          const out = await measureRun(browser, base, impl, s, queries[s], o.observe);
          ((results[impl] ??= {})[s] ??= []).push(out);
          process.stderr.write(`${s} ${impl}: run ${r + 1}/${runs} (${((Date.now() - t) / 1000).toFixed(1)} s)${out.errors ? ' ERRORS ' + out.errors.join('; ') : ''}\n`);
        }
      }
    }
    report(o, results, queries, memoryProbe);
    if (o.json) fs.writeFileSync(o.json, JSON.stringify({ env, queries, results, memory: memoryProbe }, (k, v) => (k === 'who' ? undefined : v), 1));
  } finally {
    await browser.close();
    server.close();
  }
}

function report(o, results, queries, memoryProbe) {
  const rows = [];
  const med = {};
  const samples = {};
  for (const s of o.sizes) {
    for (const impl of o.impls) {
      const rs = results[impl][s];
      const add = (metric, xs) => {
        const st = stats(xs);
        ((med[s] ??= {})[metric] ??= {})[impl] = st.median;
        ((samples[s] ??= {})[metric] ??= {})[impl] = xs;
        rows.push([impl, s, metric, f1(st.median), f1(st.min), f1(st.max), st.n]);
      };
      add('load: manifest arrived → painted', rs.map((r) => r.load));
      add('load: manifest requested → painted', rs.map((r) => r.loadFromRequest));
      for (const step of Object.keys(rs[0].steps)) {
        add(`${step}: handler`, rs.map((r) => r.steps[step].handler));
        if (impl === 'teampage') add(`${step}: sync part`, rs.map((r) => r.steps[step].sync));
        add(`${step}: painted`, rs.map((r) => r.steps[step].paint));
        add(`${step}: painted frame (its rAF → painted)`, rs.map((r) => r.steps[step].frame));
        add(`${step}: keystroke's phase (ms after the frame's vsync)`, rs.map((r) => r.steps[step].phase));
        add(`${step}: settled`, rs.map((r) => r.steps[step].settled));
        add(`${step}: longest frame until settled`, rs.map((r) => r.steps[step].longestFrame));
      }
    }
  }
  console.log('\n## times (ms): median, min, max over n runs, each run a fresh page');
  console.log(table(rows, ['implementation', 'size', 'metric', 'median', 'min', 'max', 'n']));

  const mrows = [];
  for (const s of o.sizes) {
    for (const impl of o.impls) {
      for (const [when, key] of [['after load', 'memLoad'], ['after common', 'memCommon']]) {
        const m = memoryProbe[impl][s][key];
        mrows.push([impl, s, when, m.heapMB.toFixed(1), m.wasmMB.toFixed(1), m.nodes.toFixed(0), m.elements.toFixed(0)]);
      }
    }
  }
  console.log('\n## memory and DOM (the warm-up run; JS heap after a forced GC, CDP Performance.getMetrics)');
  console.log(table(mrows, ['implementation', 'size', 'when', 'JS heap MB', 'wasm MB', 'DOM nodes', 'elements']));

  console.log('\n## what each page shows (last run; both must agree)');
  const crows = [];
  for (const s of o.sizes) {
    for (const impl of o.impls) {
      const last = results[impl][s].at(-1);
      for (const [step, v] of Object.entries(last.steps)) {
        crows.push([impl, s, step, v.status, v.cards, v.people, v.marks, v.writesBeforeReturn, v.writesAfterReturn, v.writesLater]);
      }
    }
  }
  console.log(table(crows, ['implementation', 'size', 'step', 'status', 'cards shown', 'people shown', 'marks', 'DOM writes: in dispatch', 'before the frame', 'after it']));
  if (o.impls.length === 2) {
    for (const s of o.sizes) {
      const [a, b] = o.impls.map((i) => results[i][s].at(-1).steps);
      for (const step of Object.keys(a)) {
        if (a[step].text !== b[step].text) {
          let k = 0;
          while (a[step].text[k] === b[step].text[k]) k++;
          console.log(`!! ${s} ${step}: the pages' texts differ: ${o.impls[0]} "…${a[step].text.slice(Math.max(0, k - 30), k + 50)}…", `
            + `${o.impls[1]} "…${b[step].text.slice(Math.max(0, k - 30), k + 50)}…"`);
        }
        if (a[step].height !== b[step].height && (a[step].skipped || b[step].skipped) && a[step].chips === b[step].chips) {
          console.log(`   ${s} ${step}: the pages are ${a[step].height} and ${b[step].height} px tall, with ${a[step].skipped} and ${b[step].skipped} `
            + 'cards off screen whose contents are skipped (content-visibility: auto; their height depends on when they were built)');
        } else if (a[step].height !== b[step].height || a[step].chips !== b[step].chips) {
          console.log(`!! ${s} ${step}: the pages lay out differently: ${o.impls[0]} ${a[step].height} px tall, ${o.impls[1]} ${b[step].height} px`
            + `${a[step].chips === b[step].chips ? '' : '; their technology chips differ'}`);
        }
        if (a[step].status !== b[step].status || a[step].cards !== b[step].cards || a[step].who.join('\n') !== b[step].who.join('\n')) {
          const onlyA = a[step].who.filter((x) => !b[step].who.includes(x)).slice(0, 3);
          const onlyB = b[step].who.filter((x) => !a[step].who.includes(x)).slice(0, 3);
          console.log(`!! ${s} ${step}: the pages differ: ${o.impls[0]} "${a[step].status}", ${a[step].cards} cards, ${a[step].people} people`
            + ` (only here: ${onlyA.join('; ') || '-'}); ${o.impls[1]} "${b[step].status}", ${b[step].cards} cards, ${b[step].people} people (only here: ${onlyB.join('; ') || '-'})`);
        }
      }
    }
  }

  if (o.impls.includes('teampage')) {
    console.log('\n## targets (issue 5): handler ≤ 16 ms at 10k, ≤ 50 ms at 50k; painted no slower than the baseline');
    console.log('(painted: "meets" when the median is no higher; "same" when it is higher but the 95 % interval of the difference includes 0,');
    console.log(' that is, not measurably slower; "MISSES" when the whole interval is above 0)');
    for (const s of o.sizes) {
      for (const [metric, v] of Object.entries(med[s])) {
        const tp = v.teampage;
        if (/handler$/.test(metric)) {
          console.log(`${tp <= SIZES[s].target ? 'meets ' : 'MISSES'}  ${s} ${metric}: ${f1(tp)} ms (target ${SIZES[s].target})`);
        } else if (/painted$/.test(metric) && v.baseline !== undefined) {
          // Slower by the medians, but is it more than the noise? A 95 %
          // bootstrap interval of the difference of the medians.
          const [lo, hi] = medianDiffInterval(samples[s][metric].teampage, samples[s][metric].baseline);
          const verdict = tp <= v.baseline ? 'meets ' : lo <= 0 ? 'same  ' : 'MISSES';
          console.log(`${verdict}  ${s} ${metric}: ${f1(tp)} ms vs baseline ${f1(v.baseline)} ms (× ${(tp / v.baseline).toFixed(2)}; `
            + `difference ${tp - v.baseline >= 0 ? '+' : ''}${(tp - v.baseline).toFixed(1)} ms, 95 % interval ${lo.toFixed(1)} to ${hi.toFixed(1)})`);
        }
      }
    }
  }
}

await main();
