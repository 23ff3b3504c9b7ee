// Firefox and WebKit behind one tiny page API, for tests/e2e/engines.test.mjs
// and scripts/screenshots-engines.mjs (Chromium has browser.mjs and Playwright).
//
// - Firefox: Debian's firefox-esr through puppeteer-core over WebDriver BiDi,
//   with a fresh profile and no browser download.
// - WebKit: Debian's WebKitGTK MiniBrowser through WebKitWebDriver, spoken to
//   as classic W3C WebDriver over HTTP by the small client below. MiniBrowser
//   is a GTK window, so it runs on an Xvfb display of its own.
//
// Each launch gives one tab: `goto`, `eval`, `waitFor`, `click`, `type`,
// `press`, `resize` (returns the viewport got), `screenshot` (of the viewport
// or an element) and `close`. Functions given to `eval` and `waitFor` run in
// the page (only their source travels, so they see no closure); selectors may
// cross open shadow roots with ' >>> ' ('#element-form >>> input[type=search]').
import fs from 'node:fs';
import net from 'node:net';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = process.env.XVFB ?? '/usr/bin/Xvfb';

/** Launches `engine` ('firefox' or 'webkit'); `dark` makes prefers-color-scheme dark. */
export function launch(engine, { dark = false } = {}) {
  if (engine === 'firefox') return launchFirefox({ dark });
  if (engine === 'webkit') return launchWebKit({ dark });
  throw new Error(`unknown engine ${engine}`);
}

// A missing browser must fail the tests, never skip them.
function need(binary, pkg) {
  if (!fs.existsSync(binary)) throw new Error(`${binary} is missing: install Debian's ${pkg} (scripts/setup.sh does)`);
}

// Finds the element at a ' >>> ' path, in the page.
const FIND = `function find(path) {
  let root = document, el = null;
  for (const part of path.split(' >>> ')) {
    if (!root) return null;
    el = root.querySelector(part);
    if (!el) return null;
    root = el.shadowRoot;
  }
  return el;
}`;

const DEFAULT_TIMEOUT = 5000;

async function launchFirefox({ dark }) {
  need(FIREFOX, 'firefox-esr');
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi',
    // BiDi has no media emulation yet (page.emulateMediaFeatures needs CDP):
    // a preference sets the colour scheme for the whole browser instead.
    extraPrefsFirefox: dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {},
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const element = async (selector, timeout = DEFAULT_TIMEOUT) => {
      await tab.waitFor(new Function('path', `${FIND}; return !!find(path)`), [selector], { timeout, what: `${selector} exists` });
      return page.evaluateHandle(new Function('path', `${FIND}; return find(path)`), selector);
    };
    const tab = {
      name: 'firefox',
      version: await browser.version(),
      async goto(url) {
        // Through about:blank: a URL that differs only in its #fragment would
        // otherwise not load a new document.
        await page.goto('about:blank');
        await page.goto(url, { waitUntil: 'load' });
      },
      eval: (fn, ...args) => page.evaluate(fn, ...args),
      async waitFor(fn, args = [], { timeout = DEFAULT_TIMEOUT, what = String(fn) } = {}) {
        try {
          const handle = await page.waitForFunction(fn, { timeout, polling: 50 }, ...args);
          return await handle.jsonValue();
        } catch (e) {
          throw new Error(`firefox: timed out after ${timeout} ms waiting for ${what} (${e.message.split('\n')[0]})`);
        }
      },
      async click(selector) { await (await element(selector)).click(); },
      async type(selector, text) { await (await element(selector)).type(text); },
      async press(selector, key) { await (await element(selector)).press(key); },
      async resize(width, height) {
        await page.setViewport({ width, height });
        return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      },
      async screenshot(file, selector) {
        await (selector ? (await element(selector)).screenshot({ path: file }) : page.screenshot({ path: file }));
      },
      async close() { await browser.close(); },
    };
    return tab;
  } catch (e) {
    await browser.close();
    throw e;
  }
}

// ---- WebKit: Xvfb + WebKitWebDriver + MiniBrowser --------------------------

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'; // the W3C web element reference key
const KEYS = { Escape: '\uE00C', Enter: '\uE007', Backspace: '\uE003', Tab: '\uE004' };

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// A display number nobody holds (X servers leave a lock file per display).
function freeDisplay() {
  for (let n = 99; n < 199; n++) {
    if (!fs.existsSync(`/tmp/.X${n}-lock`) && !fs.existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
  throw new Error('no free X display between :99 and :198');
}

async function until(what, ok, timeout, proc) {
  const end = Date.now() + timeout;
  while (!(await ok())) {
    if (proc && proc.exitCode !== null) throw new Error(`${what}: the process exited with ${proc.exitCode}: ${proc.stderrText?.trim()}`);
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

function start(binary, args, env) {
  const proc = spawn(binary, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  proc.stderrText = '';
  proc.stderr.on('data', (d) => { proc.stderrText = (proc.stderrText + d).slice(-4000); });
  proc.on('error', () => {}); // a missing binary is reported by need() first
  return proc;
}

// Every live descendant of `pid` (MiniBrowser and its web and network
// processes are the driver's, not ours), from /proc.
function descendants(pid) {
  const children = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch { /* gone meanwhile */ }
  }
  const out = [];
  const walk = (p) => { for (const c of children.get(p) ?? []) { out.push(c); walk(c); } };
  walk(pid);
  return out;
}

function kill(pid, signal = 'SIGTERM') {
  try { process.kill(pid, signal); } catch { /* already gone */ }
}

const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };

async function stop(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  kill(proc.pid);
  if (await Promise.race([exited.then(() => true), sleep(3000).then(() => false)])) return;
  kill(proc.pid, 'SIGKILL');
  await exited;
}

// CRC-32 of PNG chunks (zlib.crc32 is newer than Node 20.15).
const CRC = Array.from({ length: 256 }, (_, n) => {
  for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
  return n >>> 0;
});
const crc32 = (buf) => { let c = ~0; for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return ~c >>> 0; };

/** The `w`×`h` rectangle at `x`,`y` of an 8-bit RGB(A), non-interlaced PNG. */
function cropPng(png, x, y, w, h) {
  let at = 8, width, height, type;
  const idat = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at), name = png.toString('latin1', at + 4, at + 8), data = png.subarray(at + 8, at + 8 + len);
    if (name === 'IHDR') {
      [width, height, type] = [data.readUInt32BE(0), data.readUInt32BE(4), data[9]];
      if (data[8] !== 8 || (type !== 2 && type !== 6) || data[12] !== 0) throw new Error('cropPng: only 8-bit RGB(A), non-interlaced');
    }
    if (name === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const bpp = type === 6 ? 4 : 3, stride = width * bpp, raw = zlib.inflateSync(Buffer.concat(idat));
  // Undo each row's filter (PNG spec, section 9), keeping the rows.
  const rows = [];
  let prev = Buffer.alloc(stride);
  for (let r = 0; r < height; r++) {
    const filter = raw[r * (stride + 1)], row = Buffer.from(raw.subarray(r * (stride + 1) + 1, (r + 1) * (stride + 1)));
    for (let i = 0; filter && i < stride; i++) {
      const a = i >= bpp ? row[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
      if (filter === 1) row[i] += a;
      else if (filter === 2) row[i] += b;
      else if (filter === 3) row[i] += (a + b) >> 1;
      else {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        row[i] += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
    }
    rows.push(row);
    prev = row;
  }
  [x, y] = [Math.max(0, x), Math.max(0, y)];
  [w, h] = [Math.min(w, width - x), Math.min(h, height - y)];
  const out = Buffer.concat(rows.slice(y, y + h).map((row) => Buffer.concat([Buffer.of(0), row.subarray(x * bpp, (x + w) * bpp)])));
  const chunk = (name, data) => {
    const body = Buffer.concat([Buffer.from(name, 'latin1'), data]);
    const len = Buffer.alloc(4), crc = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, type, 0, 0, 0], 8);
  return Buffer.concat([png.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(out)), chunk('IEND', Buffer.alloc(0))]);
}

/** A minimal classic W3C WebDriver client (https://w3c.github.io/webdriver/). */
class WebDriver {
  constructor(url) { this.url = url; }

  async cmd(method, path, body) {
    const res = await fetch(this.url + path, {
      method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    }).catch((e) => { throw new Error(`WebDriver ${method} ${path}: ${e.name === 'TimeoutError' ? 'no answer in 30 s' : e.message}`); });
    const { value } = await res.json();
    if (!res.ok || value?.error) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  async newSession(capabilities) {
    const { sessionId } = await this.cmd('POST', '/session', { capabilities });
    this.s = `/session/${sessionId}`;
  }
  deleteSession() { return this.cmd('DELETE', this.s); }
  timeouts(t) { return this.cmd('POST', `${this.s}/timeouts`, t); }
  navigate(url) { return this.cmd('POST', `${this.s}/url`, { url }); }
  executeSync(script, args = []) { return this.cmd('POST', `${this.s}/execute/sync`, { script, args }); }
  executeAsync(script, args = []) { return this.cmd('POST', `${this.s}/execute/async`, { script, args }); }
  findElement(css) { return this.cmd('POST', `${this.s}/element`, { using: 'css selector', value: css }).then((e) => e[ELEMENT]); }
  click(id) { return this.cmd('POST', `${this.s}/element/${id}/click`, {}); }
  sendKeys(id, text) { return this.cmd('POST', `${this.s}/element/${id}/value`, { text }); }
  windowRect(rect) { return rect ? this.cmd('POST', `${this.s}/window/rect`, rect) : this.cmd('GET', `${this.s}/window/rect`); }
  screenshot() { return this.cmd('GET', `${this.s}/screenshot`).then((b64) => Buffer.from(b64, 'base64')); }
}

async function launchWebKit({ dark }) {
  need(XVFB, 'xvfb');
  need(WEBKIT_DRIVER, 'webkit2gtk-driver');
  need(MINIBROWSER, 'libwebkit2gtk-4.1-0 (webkit2gtk-driver depends on it)');
  let xvfb, driver, wd, browserPids = [];
  const cleanup = async () => {
    // Close the browser through the driver, then end whatever is left by PID:
    // the browser's processes first (while the driver still reaps them), then
    // the driver, then the display.
    if (wd?.s) await wd.deleteSession().catch(() => {});
    if (driver) browserPids = [...new Set([...browserPids, ...descendants(driver.pid)])];
    for (const pid of browserPids) kill(pid);
    await until('the browser to exit', () => !browserPids.some(alive), 3000).catch(() => browserPids.forEach((p) => kill(p, 'SIGKILL')));
    await stop(driver);
    await stop(xvfb);
    process.off('exit', onExit);
  };
  // Should the test process die without its after hooks, still leave nothing behind.
  const onExit = () => { for (const p of [...browserPids, driver?.pid, xvfb?.pid]) if (p) kill(p, 'SIGKILL'); };
  process.on('exit', onExit);
  try {
    const display = freeDisplay();
    xvfb = start(XVFB, [`:${display}`, '-screen', '0', '1400x1000x24', '-nolisten', 'tcp']);
    await until(`Xvfb on :${display}`, () => fs.existsSync(`/tmp/.X11-unix/X${display}`), 10_000, xvfb);

    const port = await freePort();
    driver = start(WEBKIT_DRIVER, [`--port=${port}`], { ...process.env, DISPLAY: `:${display}` });
    wd = new WebDriver(`http://127.0.0.1:${port}`);
    await until(`${WEBKIT_DRIVER} on port ${port}`,
      () => wd.cmd('GET', '/status').then((s) => s.ready, () => false), 10_000, driver);

    await wd.newSession({
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...(dark ? ['--dark-mode'] : [])] },
      },
    }).catch((e) => { throw new Error(`${WEBKIT_DRIVER} could not start ${MINIBROWSER}: ${e.message}`); });
    browserPids = descendants(driver.pid);
    await wd.timeouts({ script: 15_000, pageLoad: 15_000 });

    const element = async (selector, timeout = DEFAULT_TIMEOUT) => {
      await tab.waitFor(new Function('path', `${FIND}; return !!find(path)`), [selector], { timeout, what: `${selector} exists` });
      if (!selector.includes(' >>> ')) return wd.findElement(selector);
      // The driver's own find does not cross shadow roots; an element that a
      // script returns is a web element reference all the same.
      const ref = await wd.executeSync(`${FIND}; return find(arguments[0])`, [selector]);
      return ref[ELEMENT];
    };
    const tab = {
      name: 'webkit',
      version: (await wd.executeSync('return navigator.userAgent')).match(/AppleWebKit\/[\d.]+/)?.[0],
      async goto(url) {
        await wd.navigate('about:blank'); // as in Firefox: always a new document
        await wd.navigate(url);
      },
      eval: (fn, ...args) => wd.executeSync(`return (${fn}).apply(null, arguments)`, args),
      // Polls in the page, one round trip per wait rather than per try.
      async waitFor(fn, args = [], { timeout = DEFAULT_TIMEOUT, what = String(fn) } = {}) {
        const r = await wd.executeAsync(`const done = arguments[arguments.length - 1];
          const args = Array.prototype.slice.call(arguments, 0, -1);
          const fn = (${fn});
          const end = Date.now() + ${timeout};
          (function poll() {
            let value, error = null;
            try { value = fn.apply(null, args); } catch (e) { error = String(e); }
            if (value) return done({ ok: true, value });
            if (Date.now() > end) return done({ ok: false, error });
            setTimeout(poll, 50);
          })();`, args);
        if (!r.ok) throw new Error(`webkit: timed out after ${timeout} ms waiting for ${what}${r.error ? ` (${r.error})` : ''}`);
        return r.value;
      },
      // WebKit hit-tests the element's centre for a click, and content that
      // has not been rendered yet (a card just rebuilt by a filter or a view
      // switch, with content-visibility: auto) is not hit: "element not
      // interactable". A user cannot click before the paint either, so wait
      // for a rendering update and retry, as Playwright's actionability checks do.
      async click(selector) {
        const end = Date.now() + DEFAULT_TIMEOUT;
        for (;;) {
          const id = await element(selector);
          await wd.executeAsync('const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()))');
          try {
            return await wd.click(id);
          } catch (e) {
            if (!/not interactable|click intercepted|stale element/.test(e.message) || Date.now() > end) throw e;
          }
        }
      },
      async type(selector, text) { await wd.sendKeys(await element(selector), text); },
      async press(selector, key) { await wd.sendKeys(await element(selector), KEYS[key] ?? key); },
      // The window rect is the outer size: correct by what the window's own
      // bar takes, so that the viewport is width × height. MiniBrowser's
      // window has a minimum width (447 px here): returns the viewport got.
      async resize(width, height) {
        const viewport = () => wd.executeSync('return { width: innerWidth, height: innerHeight }');
        await wd.windowRect({ width, height });
        const got = await viewport();
        if (got.width === width && got.height === height) return got;
        await wd.windowRect({ width: 2 * width - got.width, height: 2 * height - got.height });
        return viewport();
      },
      // An element's screenshot is cut from the viewport's: WebKitGTK's own
      // element screenshot comes back black.
      async screenshot(file, selector) {
        let png = await wd.screenshot();
        if (selector) {
          await element(selector);
          const r = await wd.executeSync(`${FIND}; const r = find(arguments[0]).getBoundingClientRect();
            return [r.left, r.top, r.width, r.height].map(Math.round)`, [selector]);
          png = cropPng(png, ...r);
        }
        fs.writeFileSync(file, png);
      },
      close: cleanup,
    };
    await tab.resize(1280, 900);
    return tab;
  } catch (e) {
    await cleanup();
    throw new Error(`webkit: ${e.message}${driver?.stderrText ? `\n${WEBKIT_DRIVER} said: ${driver.stderrText.trim()}` : ''}`);
  }
}
