// When the network misbehaves (headless Chromium): a server that hangs,
// answers with HTML, an empty or cut-off body, HTTP 500 or too much, and no
// network at all after one visit. Each fault must show what happened, offer
// a way out, and raise no page error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve, STRICT_CSP } from './server.mjs';
import { launch } from './browser.mjs';
import { TeamPage } from './team-page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const TEAM = () => fs.readFileSync(path.join(DIST, 'team.json'));
const MiB = 1024 * 1024;
let server, browser, base;
// Requests the faulty server is holding open, closed when a test ends.
const held = new Set();
const state = { hangOnceSeen: 0, hangOnceClosed: false, emptyFixed: false, teamName: null };

const json = (res, body, headers = {}) => res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(body);
const hold = (req, res) => { held.add(res); req.on('close', () => held.delete(res)); };

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  server = await serve(DIST, 0, {
    '/hang.json': hold,
    // Hangs the first time (and notes when the page gives that request up), answers the next.
    '/hang-once.json': (req, res) => {
      if (state.hangOnceSeen++ === 0) { hold(req, res); req.on('close', () => { state.hangOnceClosed = true; }); return; }
      json(res, TEAM());
    },
    '/login.json': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Sign in</form></body></html>'),
    '/proxy.json': (req, res) => json(res, '\n  <html><body>502 Bad Gateway</body></html>'),
    '/plain.json': (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('manifest goes here'),
    '/empty.json': (req, res) => (state.emptyFixed ? json(res, TEAM()) : json(res, '')),
    '/cut.json': (req, res) => {
      const body = TEAM();
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.write(body.subarray(0, 1000));
      setTimeout(() => res.destroy(), 100);
    },
    '/error.json': (req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'),
    // Announces more than the limit; what it sends never matters.
    '/huge-announced.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 120 * MiB });
      res.write('{"manifest_version": 1, ');
      hold(req, res);
    },
    // Says nothing of its size and sends 101 MiB.
    '/huge-streamed.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"manifest_version": 1, "team": {"id": "x", "name": "');
      const chunk = Buffer.alloc(MiB, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 101 && res.write(chunk)) sent++;
        if (sent < 101) res.once('drain', () => { sent++; more(); }); else res.end('"}}');
      };
      res.on('error', () => {});
      more();
    },
    // The default manifest, renamed when a test says so (a newer version on the server).
    '/team.json': (req, res) => {
      const body = state.teamName ? TEAM().toString().replace('"Site Reliability Engineering"', JSON.stringify(state.teamName)) : TEAM();
      json(res, body);
    },
  }, { record: true });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => {
  for (const res of held) res.destroy();
  await browser?.close();
  server?.close();
});

/** Waits up to `ms` for `condition` (which may return a promise). */
async function until(condition, ms = 5000) {
  for (const end = Date.now() + ms; Date.now() < end && !(await condition());) await new Promise((r) => setTimeout(r, 50));
}

async function open(query) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const tp = new TeamPage(page, base);
  await page.goto(base + query);
  return tp;
}

/** The recorder's and Chromium's errors, less the failed loads a test caused on purpose. */
async function pageErrors(tp, expected = /$^/) {
  const record = await tp.page.evaluate(() => window.__tpRecord);
  return [...record.errors, ...record.violations, ...record.console, ...tp.errors].filter((e) => !expected.test(e));
}

test('a request that never answers: "still waiting" with Retry, which replaces it without a race', async () => {
  const tp = await open('?manifest=hang-once.json');
  const waiting = tp.page.getByText('Still waiting for');
  await waiting.waitFor({ timeout: 8000 });
  assert.match(await tp.page.locator('.tp-waiting').innerText(), /Still waiting for .*hang-once\.json/);
  await tp.page.locator('.tp-waiting').getByRole('button', { name: 'Retry' }).click();
  await tp.card('traffic').waitFor();
  // The first request was aborted, not left to answer later.
  await until(() => state.hangOnceClosed);
  assert.equal(state.hangOnceClosed, true, 'the older request was aborted');
  assert.deepEqual(await pageErrors(tp), []);
  await tp.page.close();
});

test('a request that never answers is given up after 30 s, with Retry', async () => {
  const tp = await open('?manifest=hang.json');
  const alert = tp.page.getByRole('alert');
  await alert.waitFor({ timeout: 40_000 });
  assert.match(await alert.innerText(), /hang\.json failed: the server sent nothing for 30 s, so the request was given up/);
  assert.equal(await alert.getByRole('button', { name: 'Retry' }).count(), 1);
  assert.equal(held.size, 0, 'the request is closed');
  assert.deepEqual(await pageErrors(tp), []);
  await tp.page.close();
});

for (const [file, pattern] of [
  ['login.json', /login\.json failed: it answered with an HTML page, not a JSON manifest \(a login page, or a wrong URL\?\)/],
  ['proxy.json', /proxy\.json failed: it answered with an HTML page, not a JSON manifest/],
  ['plain.json', /plain\.json failed: it answered with text\/plain content that is not JSON \(invalid JSON: /],
  ['cut.json', /cut\.json failed: the transfer broke off/],
  ['error.json', /error\.json failed: the server answered HTTP 500/],
  ['huge-announced.json', /huge-announced\.json failed: it is 120\.0 MB and the page shows manifests of up to 100\.0 MB/],
  ['huge-streamed.json', /huge-streamed\.json failed: it is larger than 100\.0 MB, the most the page shows \(10\d\.\d MB had arrived\)/],
]) {
  test(`${file}: says what arrived, offers Retry`, async () => {
    const tp = await open(`?manifest=${file}`);
    const alert = tp.page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), pattern);
    assert.equal(await alert.getByRole('button', { name: 'Retry' }).count(), 1);
    // Chromium logs a failed response of its own (500): that one is expected.
    assert.deepEqual(await pageErrors(tp, /status of 500|ERR_/), []);
    await tp.page.close();
  });
}

test('an empty manifest says so and offers Reload, which shows the fixed file', async () => {
  state.emptyFixed = false;
  const tp = await open('?manifest=empty.json');
  const alert = tp.page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /the file is empty/);
  state.emptyFixed = true;
  await alert.getByRole('button', { name: 'Reload' }).click();
  await tp.card('traffic').waitFor();
  assert.deepEqual(await pageErrors(tp), []);
  await tp.page.close();
});

test('offline after one visit: the stored copy at once with a notice, the newer manifest once back online', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const tp = new TeamPage(page, base);
  state.teamName = null;
  await page.goto(base);
  await tp.loaded();
  // The worker installs after the first load and takes the page over.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  await page.reload();
  await tp.loaded();
  assert.equal(await page.locator('.tp-notice').count(), 0, 'online: no notice');

  await context.setOffline(true);
  await page.reload();
  await tp.card('traffic').waitFor();
  const notice = page.getByRole('status').filter({ hasText: 'Showing the copy from' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /Showing the copy from .*\d{4}.*; the server could not be reached\./);
  assert.equal(await notice.getByRole('button', { name: 'Retry' }).count(), 1);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Site Reliability Engineering (SRE)');

  // Back online, with a newer manifest on the server: it replaces the copy.
  state.teamName = 'Site Reliability Engineering, renamed';
  await context.setOffline(false);
  await page.getByRole('heading', { level: 1, name: /renamed/ }).waitFor();
  assert.equal(await page.locator('.tp-notice').count(), 0);
  assert.deepEqual(await pageErrors(tp, /ERR_INTERNET_DISCONNECTED|Failed to fetch|network request failed/), []);
  state.teamName = null;
  await context.close();
});

test('a new build replaces the stored app: every file comes from the server while it answers', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  const served = [];
  page.on('response', (r) => served.push([new URL(r.url()).pathname, r.headers()['x-teampage-stored-at'] ?? null]));
  await page.reload();
  await page.locator('[data-team-id]').first().waitFor();
  const app = served.filter(([p]) => ['/', '/boot.js', '/teampage.js', '/teampage_bg.wasm', '/team.json'].includes(p));
  assert.equal(app.length, 5, JSON.stringify(served));
  assert.deepEqual(app.filter(([, stored]) => stored), [], 'none of them is the stored copy');
  await context.close();
});

test('offline after one visit to ?manifest=: that manifest is stored once shown', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const tp = new TeamPage(page, base);
  await page.goto(base + '?manifest=datasets/rust-lang-teams.json');
  await tp.loaded();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  // Stored once the page has shown it (boot.js looks every second).
  await until(async () => page.evaluate(async () => (await caches.match('datasets/rust-lang-teams.json')) !== undefined), 10_000);
  assert.equal(await page.evaluate(async () => (await caches.match('datasets/rust-lang-teams.json')) !== undefined), true, 'stored');
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'Showing the copy from' }).waitFor();
  assert.deepEqual(await tp.counts(), { teams: 159, people: 402 });
  await context.close();
});

test('data-teampage-offline="off" on index.html removes the worker', async () => {
  let off = false;
  const index = (req, res) => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    res.writeHead(200, { 'content-type': 'text/html' })
      .end(off ? html.replace('<body data-teampage-standalone', '<body data-teampage-standalone data-teampage-offline="off"') : html);
  };
  const own = await serve(DIST, 0, { '/': index, '/index.html': index });
  const context = await browser.newContext();
  const page = await context.newPage();
  const at = `http://127.0.0.1:${own.address().port}/`;
  await page.goto(at);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  off = true;
  await page.reload();
  await page.locator('[data-team-id]').first().waitFor();
  await until(async () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length === 0), 10_000);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  await context.close();
  own.close();
});

test('offline works from a sub-folder under the strict CSP (the worker needs nothing more)', async () => {
  const own = await serve(DIST, 0, {}, { prefix: '/team/', csp: STRICT_CSP });
  const context = await browser.newContext();
  const page = await context.newPage();
  const tp = new TeamPage(page, `http://127.0.0.1:${own.address().port}/team/`);
  await tp.open();
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), tp.base);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'Showing the copy from' }).waitFor();
  assert.deepEqual(await tp.counts(), { teams: 6, people: 35 });
  // Chromium reports a refused resource as a console error ("Refused to …").
  assert.deepEqual(tp.errors, []);
  await context.close();
  own.close();
});

test('pages that embed the component are left to the network: nothing stored is served to them', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  await page.goto(base + 'embed.html');
  await page.locator('#element-form').locator('[data-team-id]').first().waitFor({ state: 'attached' });
  await context.setOffline(true);
  // The worker controls embed.html (it is in its folder) but answers it from the network only.
  await assert.rejects(page.reload(), /ERR_INTERNET_DISCONNECTED/);
  await context.close();
});
