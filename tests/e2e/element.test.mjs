// End-to-end tests of <team-page> as a host page's developer uses it:
// properties and attributes, updates in place, events, parts, `hidden`,
// the `manifest` property, and the same through mount()'s handle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
let server, browser, base;

const html = (head, body) => (req, res) => res.writeHead(200, { 'content-type': 'text/html' })
  .end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`);

// Every event that reaches the document, in order (they bubble and are composed).
const LOG = `<script>window.__events = []; for (const n of ['teampage-load', 'teampage-error', 'teampage-filter', 'teampage-toggle', 'teampage-view'])
  document.addEventListener(n, (e) => window.__events.push({ name: n, detail: e.detail, composed: e.composed }));</script>`;

before(async () => {
  server = await serve(DIST, 0, {
    '/el.html': html(LOG, `<team-page id="t" src="team.json"></team-page><script type="module" src="team-page.js"></script>`),
    // Properties set while the element is not defined yet.
    '/lazy.html': html(LOG, `<team-page id="t" src="team.json"></team-page>
      <script>const t = document.getElementById('t'); t.filter = 'boru'; t.view = 'people';</script>
      <script type="module" src="team-page.js"></script>`),
    '/parts.html': html(`<style>team-page::part(card) { outline: 3px solid rgb(1, 2, 3); }
      team-page::part(search) { background: rgb(4, 5, 6); }</style>`,
    `<team-page id="t" src="team.json"></team-page><script type="module" src="team-page.js"></script>`),
    '/mount.html': html(LOG, `<div id="m"></div><script type="module">
      import { mount } from './team-page.js';
      window.__handleEvents = [];
      const h = mount(document.getElementById('m'), { manifest: 'team.json' });
      for (const n of ['teampage-load', 'teampage-view']) h.addEventListener(n, (e) => window.__handleEvents.push({ name: n, detail: e.detail }));
      window.__handle = h;</script>`),
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function open(file) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const manifests = [];
  page.on('request', (r) => { if (r.url().endsWith('.json')) manifests.push(r.url()); });
  await page.goto(base + file);
  return { page, errors, manifests };
}

const shown = (page) => page.locator('#t').evaluate((host) => [...host.shadowRoot.querySelectorAll('[data-team-id]')]
  .filter((e) => !e.closest('[hidden]')).map((e) => e.dataset.teamId));
const status = (page, host = '#t') => page.locator(`${host} [role=status]`).textContent();
const events = (page, name) => page.evaluate((n) => window.__events.filter((e) => !n || e.name === n), name);
const loaded = (page) => page.waitForFunction(() => window.__events.some((e) => e.name === 'teampage-load'));

test('properties reflect their attributes, and attributes their properties', async () => {
  const { page, errors } = await open('el.html');
  await loaded(page);
  const got = await page.locator('#t').evaluate((el) => {
    const out = {};
    el.setAttribute('view', 'people');
    out.view = el.view;
    el.filter = 'traffic';
    out.filterAttr = el.getAttribute('filter');
    el.tech = ['Varnish', 'ATS'];
    out.techAttr = el.getAttribute('tech');
    el.setAttribute('tech', 'Go, Rust');
    out.tech = el.tech;
    el.ownUrl = true;
    out.ownUrlAttr = el.hasAttribute('own-url');
    el.ownUrl = false;
    out.src = el.src;
    el.manifest = { manifest_version: 1, team: { id: 'tiny', name: 'Tiny' } };
    out.manifestAttr = el.hasAttribute('manifest');
    return out;
  });
  assert.deepEqual(got, {
    view: 'people', filterAttr: 'traffic', techAttr: 'Varnish,ATS', tech: ['Go', 'Rust'],
    ownUrlAttr: true, src: 'team.json', manifestAttr: false,
  });
  // The manifest property replaces src.
  await page.waitForFunction(() => document.getElementById('t').shadowRoot.querySelector('[data-team-id=tiny]'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('properties set before the element is defined are applied', async () => {
  const { page, errors } = await open('lazy.html');
  await loaded(page);
  await page.locator('#t .tp-flat').waitFor();
  assert.equal(await page.locator('#t').evaluate((el) => [el.getAttribute('filter'), el.view]).then(String), 'boru,people');
  assert.equal(await page.locator('#t').getByRole('searchbox').inputValue(), 'boru');
  assert.equal(await status(page), '1 team, 1 person');
  assert.deepEqual(errors, []);
  await page.close();
});

test('filter, tech and view change the page in place: no second request, open cards stay as they are', async () => {
  const { page, manifests } = await open('el.html');
  await loaded(page);
  const traffic = page.locator('#t [data-team-id=traffic] .tp-toggle');
  await traffic.click(); // closed by the visitor
  assert.equal(await traffic.getAttribute('aria-expanded'), 'false');
  await page.locator('#t').evaluate((el) => { window.__card = el.shadowRoot.querySelector('[data-team-id=traffic]'); });
  await page.locator('#t').evaluate((el) => { el.filter = 'varnish'; });
  await page.waitForFunction(() => document.querySelector('#t').shadowRoot.querySelector('[role=status]').textContent === '1 team, 5 people');
  assert.deepEqual(await shown(page), ['sre', 'service-operations', 'traffic']);
  await page.locator('#t').evaluate((el) => el.setAttribute('filter', ''));
  await page.waitForFunction(() => document.querySelector('#t').shadowRoot.querySelector('[role=status]').textContent === '6 teams, 35 people');
  assert.equal(await traffic.getAttribute('aria-expanded'), 'false', 'the visitor\'s closed card is closed again');
  await page.locator('#t').evaluate((el) => { el.tech = ['Varnish']; });
  await page.waitForFunction(() => document.querySelector('#t').shadowRoot.querySelector('[role=status]').textContent === '1 team, 5 people');
  await page.locator('#t').evaluate((el) => { el.tech = []; el.view = 'people'; });
  await page.locator('#t .tp-flat').waitFor();
  assert.ok(await page.locator('#t').evaluate((el) => window.__card === el.shadowRoot.querySelector('[data-team-id=traffic]')), 'the same card element: nothing was remounted');
  assert.equal(manifests.filter((u) => u.endsWith('/team.json')).length, 1, `one request: ${manifests}`);
  await page.close();
});

test('events tell what the visitor and the loading did, and nothing the host set', async () => {
  const { page } = await open('el.html');
  await loaded(page);
  const [load] = await events(page, 'teampage-load');
  assert.deepEqual(load, { name: 'teampage-load', detail: { teams: 6, people: 35 }, composed: true });
  // Typing letter by letter: one event, once typing settles.
  await page.locator('#t').getByRole('searchbox').pressSequentially('varnish', { delay: 30 });
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'teampage-filter'));
  await page.waitForTimeout(400);
  assert.deepEqual((await events(page, 'teampage-filter')).map((e) => e.detail),
    [{ filter: 'varnish', tech: [], teams: 1, people: 5 }]);
  await page.locator('#t [data-team-id=traffic] .tp-toggle').click();
  assert.deepEqual((await events(page, 'teampage-toggle')).map((e) => e.detail), [{ id: 'traffic', open: false }]);
  await page.locator('#t').getByRole('button', { name: 'Everyone A–Z' }).click();
  assert.deepEqual((await events(page, 'teampage-view')).map((e) => e.detail), [{ view: 'people' }]);
  // What the host sets is not told back to it.
  const before = (await events(page)).length;
  await page.locator('#t').evaluate((el) => { el.filter = 'boru'; el.view = 'teams'; });
  await page.waitForFunction(() => document.querySelector('#t').shadowRoot.querySelector('[role=status]').textContent === '1 team, 1 person');
  await page.waitForTimeout(500);
  assert.equal((await events(page)).length, before);
  // An invalid manifest: the error with its JSON paths.
  await page.locator('#t').evaluate((el) => { el.manifest = { manifest_version: 1, team: { id: 'Bad Id', name: '' } }; });
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'teampage-error'));
  const [error] = await events(page, 'teampage-error');
  assert.equal(error.detail.message, 'The team manifest is not valid');
  assert.deepEqual(error.detail.problems.map((p) => p.path), ['team.id', 'team.name']);
  await page.close();
});

test('parts are styled by the host, and hidden hides the element', async () => {
  const { page } = await open('parts.html');
  await page.locator('#t [data-team-id=traffic]').waitFor();
  const parts = await page.locator('#t').evaluate((el) => Object.fromEntries(
    ['card', 'card-title', 'person', 'channel', 'search', 'status', 'emergency']
      .map((p) => [p, el.shadowRoot.querySelectorAll(`[part~="${p}"]`).length])));
  for (const [p, n] of Object.entries(parts)) assert.ok(n > 0, `part ${p}: ${n}`);
  assert.equal(await page.locator('#t .tp-card').first().evaluate((e) => getComputedStyle(e).outlineColor), 'rgb(1, 2, 3)');
  assert.equal(await page.locator('#t .tp-filter').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(4, 5, 6)');
  assert.equal(await page.locator('#t').evaluate((el) => getComputedStyle(el).display), 'block');
  await page.locator('#t').evaluate((el) => { el.hidden = true; });
  assert.equal(await page.locator('#t').evaluate((el) => getComputedStyle(el).display), 'none');
  await page.close();
});

test('mount() returns an event target, and update() changes the page in place', async () => {
  const { page, manifests } = await open('mount.html');
  await page.waitForFunction(() => window.__handleEvents.some((e) => e.name === 'teampage-load'));
  assert.deepEqual(await page.evaluate(() => window.__handleEvents), [{ name: 'teampage-load', detail: { teams: 6, people: 35 } }]);
  assert.deepEqual(await page.evaluate(() => window.__events), [], 'handle events do not bubble into the document');
  await page.evaluate(() => window.__handle.update({ view: 'people', filter: 'boru' }));
  await page.locator('#m .tp-flat').waitFor();
  await page.waitForFunction(() => document.querySelector('#m').shadowRoot.querySelector('[role=status]').textContent === '1 team, 1 person');
  await page.waitForTimeout(300);
  assert.equal((await page.evaluate(() => window.__handleEvents)).length, 1, 'no event for the host\'s update');
  assert.equal(manifests.length, 1);
  await page.close();
});
