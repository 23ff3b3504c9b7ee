// End-to-end tests of embedding (public/embed.html): the <team-page> element,
// the JavaScript mount() API and the Rust component, on a hostile host page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
let server, browser, base;

const html = (body) => (req, res) => res.writeHead(200, { 'content-type': 'text/html' })
  .end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`);

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'leptos-example')), 'dist/leptos-example is missing: run scripts/build-examples.sh');
  server = await serve(DIST, 0, {
    '/blank.html': html(''),
    '/module-only.html': html(`<script type="module">import { mount } from './team-page.js'; window.__loaded = typeof mount;</script>`),
    '/two.html': html(`<team-page id="a" src="team.json"></team-page><team-page id="b" src="datasets/rust-lang-teams.json" own-url></team-page>
      <script type="module" src="team-page.js"></script>`),
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function openEmbed() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + 'embed.html');
  for (const form of ['#element-form', '#js-form', '#leptos-app']) {
    await page.locator(`${form} [data-team-id]`).first().waitFor({ state: 'attached' });
  }
  return { page, errors };
}

const visible = (page, form) => page.locator(form).evaluate((host) => {
  const root = host.shadowRoot ?? host;
  return [...root.querySelectorAll('[data-team-id]')].filter((e) => !e.closest('[hidden]')).map((e) => e.dataset.teamId);
});

test('each form renders inside the hostile host page, its controls visible', async () => {
  const { page, errors } = await openEmbed();
  assert.equal(await page.locator('#element-form').evaluate((e) => e.shadowRoot?.mode), 'open');
  assert.ok((await visible(page, '#element-form')).includes('traffic'));
  assert.equal(await page.locator('#js-form [role=status]').textContent(), '159 teams, 402 people');
  assert.ok((await page.locator('#leptos-app').textContent()).includes('Ada Lovelace'));
  for (const form of ['#element-form', '#js-form', '#leptos-app']) {
    const toggle = page.locator(`${form} .tp-toggle`).filter({ visible: true }).first();
    assert.ok(await toggle.isVisible(), `${form}: the host's "button { display: none }" does not hide the toggles`);
    const size = await page.locator(`${form} .tp-card-title`).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size > 14 && size < 22, `${form}: card titles keep their size (${size}px) despite the host's huge fonts`);
  }
  const accent = await page.locator('#element-form .tp-segmented button[aria-pressed=true]').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(accent, 'rgb(107, 33, 168)', 'custom properties set by the host theme the element');
  assert.deepEqual(errors, []);
  await page.close();
});

test('each form filters and toggles on its own; no form touches the URL', async () => {
  const { page } = await openEmbed();
  const jsBefore = await visible(page, '#js-form');
  await page.locator('#element-form').getByRole('searchbox', { name: /Filter/ }).fill('varnish');
  assert.deepEqual(await visible(page, '#element-form'), ['sre', 'service-operations', 'traffic']);
  assert.deepEqual(await visible(page, '#js-form'), jsBefore, 'the other instance is untouched');
  await page.locator('#js-form').getByRole('searchbox', { name: /Filter/ }).fill('compiler');
  assert.ok((await visible(page, '#js-form')).includes('compiler'));
  assert.deepEqual(await visible(page, '#element-form'), ['sre', 'service-operations', 'traffic']);
  const leptosSearch = page.locator('#leptos-app').getByRole('searchbox', { name: /Filter/ }).first();
  assert.equal(await leptosSearch.inputValue(), 'traffic', 'the Rust form starts with its initial filter');
  await leptosSearch.fill('observability');
  const ids = await page.locator('#leptos-app [data-team-id]').evaluateAll((els) => els.filter((e) => !e.closest('[hidden]')).map((e) => e.id));
  assert.deepEqual(ids, ['sre-sre', 'sre-infrastructure-foundations', 'sre-observability', 'docs-docs']);
  for (const form of ['#element-form', '#js-form', '#leptos-app']) {
    const toggle = page.locator(`${form} .tp-toggle`).filter({ visible: true }).first();
    const before = await toggle.getAttribute('aria-expanded');
    await toggle.click();
    assert.notEqual(await toggle.getAttribute('aria-expanded'), before, `${form} toggles`);
  }
  await page.waitForTimeout(400);
  assert.equal(new URL(page.url()).search, '', 'no instance wrote to the URL');
  await page.close();
});

test('element ids are unique across all instances on the page', async () => {
  const { page } = await openEmbed();
  const ids = await page.evaluate(() => {
    const out = [];
    const walk = (root) => root.querySelectorAll('*').forEach((e) => { if (e.id) out.push(e.id); if (e.shadowRoot) walk(e.shadowRoot); });
    walk(document);
    return out;
  });
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  assert.deepEqual(dupes, []);
  assert.ok(ids.length > 50);
  await page.close();
});

test('attribute changes take effect; removing the element unmounts it', async () => {
  const { page } = await openEmbed();
  const el = page.locator('#element-form');
  await el.evaluate((e) => e.setAttribute('filter', 'boru'));
  await page.waitForFunction(() => document.querySelector('#element-form').shadowRoot.querySelectorAll('mark').length > 0);
  assert.deepEqual(await visible(page, '#element-form'), ['sre', 'infrastructure-foundations']);
  await el.evaluate((e) => e.setAttribute('view', 'people'));
  await page.locator('#element-form .tp-flat-person').filter({ hasText: 'Boruń' }).waitFor();
  await el.evaluate((e) => { e.removeAttribute('filter'); e.setAttribute('view', 'teams'); e.setAttribute('src', 'datasets/kubernetes-community.json'); });
  await page.locator('#element-form [data-team-id="special-interest-groups"]').waitFor({ state: 'attached' });
  const removed = await el.evaluate((e) => { const root = e.shadowRoot; e.remove(); return new Promise((r) => setTimeout(() => r(root.querySelectorAll('[data-team-id]').length), 50)); });
  assert.equal(removed, 0);
  await page.close();
});

test('removing a page while it still builds the cards a filter opened raises no error', async () => {
  const { page, errors } = await openEmbed();
  const el = page.locator('#element-form');
  await el.evaluate((e) => e.setAttribute('src', 'datasets/kubernetes-community.json'));
  await page.locator('#element-form [data-team-id="special-interest-groups"]').waitFor({ state: 'attached' });
  // "e" opens most of the 275 cards: their bodies are built over the next
  // frames; the element goes away right after the first of them.
  const pending = await el.evaluate((e) => new Promise((resolve) => {
    const input = e.shadowRoot.querySelector('input[type=search]');
    input.value = 'e';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(() => {
      const open = [...e.shadowRoot.querySelectorAll('.tp-card-body:not([hidden])')];
      const unbuilt = open.filter((b) => b.childElementCount === 0).length;
      e.remove();
      resolve(unbuilt);
    });
  }));
  assert.ok(pending > 0, 'some opened cards were still to be built when the element was removed');
  await page.waitForTimeout(500);
  assert.deepEqual(errors, []);
  await page.close();
});

test('mount() returns a handle whose unmount() removes the page', async () => {
  const { page } = await openEmbed();
  const left = await page.evaluate(async () => {
    await window.teampageHandle.ready;
    window.teampageHandle.unmount();
    return document.querySelector('#js-form').shadowRoot.querySelectorAll('*').length;
  });
  assert.equal(left, 0);
  await page.close();
});

test('loading the module adds nothing to window', async () => {
  const page = await browser.newPage();
  await page.goto(base + 'blank.html');
  const before = await page.evaluate(() => Object.getOwnPropertyNames(window));
  await page.goto(base + 'module-only.html');
  await page.waitForFunction(() => window.__loaded === 'function');
  const after = await page.evaluate(() => Object.getOwnPropertyNames(window));
  assert.deepEqual(after.filter((k) => !before.includes(k)), ['__loaded'], 'only the test page\'s own marker is new');
  assert.equal(await page.evaluate(() => typeof customElements.get('team-page')), 'function');
  await page.close();
});

test('at most one instance owns the URL, and only when asked (own-url)', async () => {
  const page = await browser.newPage();
  await page.goto(base + 'two.html');
  await page.locator('#b [data-team-id]').first().waitFor({ state: 'attached' });
  await page.locator('#a').getByRole('searchbox').fill('traffic');
  await page.waitForTimeout(400);
  assert.equal(new URL(page.url()).search, '', 'an instance without own-url leaves the URL alone');
  await page.locator('#b').getByRole('searchbox').fill('compiler');
  await page.waitForURL((u) => u.searchParams.get('q') === 'compiler');
  await page.close();
});
