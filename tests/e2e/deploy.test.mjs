// Deploying the built site as people do: copied into any folder of a static
// host, and served under a strict Content-Security-Policy (headless Chromium).
// Firefox and WebKit run a smoke set of the same in engines.test.mjs.
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
const servers = [];
let browser;

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  assert.ok(fs.existsSync(path.join(DIST, 'leptos-example')), 'dist/leptos-example is missing: run scripts/build-examples.sh');
  browser = await launch();
});
after(async () => { await browser?.close(); for (const s of servers) s.close(); });

/** Serves dist/ (with the in-page recorder) and returns its base URL. */
async function site(options = {}, routes = {}) {
  const server = await serve(DIST, 0, routes, { record: true, ...options });
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}${options.prefix ?? '/'}`;
}

/** What the recorder saw, and Chromium's own console errors: all must be empty. */
async function assertClean(page, consoleErrors) {
  const record = await page.evaluate(() => window.__tpRecord);
  assert.deepEqual(record, { errors: [], violations: [], console: [] });
  assert.deepEqual(consoleErrors, []);
}

async function newPage(context = browser) {
  const page = await context.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

/** Every element of the document and its (nested) open shadow roots that carries inline style. */
function inlineStyles(page) {
  return page.evaluate(() => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'STYLE' || el.hasAttribute('style')) found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''));
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
}

/** Checks what shows that the component's stylesheet applies inside `root` (a selector; its shadow root if any). */
function styled(page, host) {
  return page.locator(host).evaluate((h) => {
    const root = h.shadowRoot ?? h;
    const card = root.querySelector('.tp-card');
    const toggle = root.querySelector('.tp-toggle');
    const s = getComputedStyle(card);
    return { radius: s.borderTopLeftRadius !== '0px', border: s.borderTopStyle !== 'none', toggle: getComputedStyle(toggle).display !== 'none' };
  });
}

test('the built pages hold no inline script or style, and the built JavaScript no eval', () => {
  for (const file of ['index.html', 'embed.html']) {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const tags = html.match(/<[a-z][^>]*>/gi);
    assert.ok(tags.length > 5, `${file} parsed`);
    for (const tag of tags) {
      assert.ok(!/^<style\b/i.test(tag), `${file}: inline <style>: ${tag}`);
      assert.ok(!/\sstyle\s*=/i.test(tag), `${file}: style attribute: ${tag}`);
      assert.ok(!/\son[a-z]+\s*=/i.test(tag), `${file}: inline event handler: ${tag}`);
      if (/^<script\b/i.test(tag)) assert.match(tag, /\ssrc=/, `${file}: inline script: ${tag}`);
    }
    // A script element with a src must be empty, or its text would be an inline script's.
    for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) assert.equal(body.trim(), '', `${file}: script text`);
  }
  const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith('.js')).map((f) => path.join(DIST, f))
    .concat(fs.readdirSync(path.join(DIST, 'leptos-example')).filter((f) => f.endsWith('.js')).map((f) => path.join(DIST, 'leptos-example', f)));
  assert.ok(scripts.some((f) => f.endsWith('teampage.js')) && scripts.some((f) => f.endsWith('boot.js')), scripts.join());
  for (const file of scripts) {
    const js = fs.readFileSync(file, 'utf8');
    assert.doesNotMatch(js, /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(\s*['"`]/, `${path.relative(DIST, file)} evaluates code`);
  }
});

for (const prefix of ['/teampage/', '/a/b/c/']) {
  test(`served from ${prefix}: the page, ?manifest=, #team-id and embed.html all work`, async () => {
    const base = await site({ prefix });
    const { page, errors } = await newPage();
    const tp = new TeamPage(page, base);
    await tp.open();
    assert.deepEqual(await tp.counts(), { teams: 6, people: 35 });
    assert.equal((await tp.visibleTeams()).length, 7);
    assert.equal(await styled(page, 'body').then((s) => s.radius && s.toggle), true, 'the component CSS applies');
    await assertClean(page, errors);

    // A relative ?manifest= resolves against the page, in its folder.
    await tp.open('?manifest=datasets/kubernetes-community.json');
    assert.deepEqual(await tp.counts(), { teams: 274, people: 143 });
    await assertClean(page, errors);

    await page.goto(base + '#traffic');
    await tp.loaded();
    await page.waitForFunction(() => document.querySelector('#traffic')?.getBoundingClientRect().top < 400);
    assert.equal(await tp.toggle('traffic').getAttribute('aria-expanded'), 'true');
    assert.equal(new URL(page.url()).pathname, prefix);
    await assertClean(page, errors);

    await page.goto(base + 'embed.html');
    for (const form of ['#element-form', '#js-form', '#leptos-app']) {
      await page.locator(`${form} .tp-card`).first().waitFor({ state: 'attached' });
    }
    assert.deepEqual(await styled(page, '#element-form'), { radius: true, border: true, toggle: true });
    await assertClean(page, errors);
    await page.close();
  });
}

test('the root team is a team element: data-team-id and id, its heading inside, #root-id deep-links to it', async () => {
  const base = await site();
  const { page, errors } = await newPage();
  const tp = new TeamPage(page, base);
  await tp.open('?q=traffic');
  const root = page.locator('[data-team-id]').first();
  assert.equal(await root.getAttribute('data-team-id'), 'sre');
  assert.equal(await root.getAttribute('id'), 'sre');
  assert.equal(await root.getByRole('heading', { level: 1 }).textContent(), 'Site Reliability Engineering (SRE)');
  assert.equal(await page.getByRole('region', { name: 'Site Reliability Engineering (SRE)' }).count(), 1);
  // The filter never hides the root; the count is of the teams it keeps.
  assert.deepEqual(await tp.visibleTeams(), ['sre', 'service-operations', 'traffic']);
  await page.locator('footer').scrollIntoViewIfNeeded();
  await page.goto(base + '?q=traffic#sre');
  await tp.loaded();
  await page.waitForFunction(() => Math.abs(document.querySelector('#sre').getBoundingClientRect().top) < 50);
  await assertClean(page, errors);
  await page.close();
});

test('a file missing from the folder gives a clear message, not a blank page', async () => {
  const missing = (req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  for (const file of ['teampage_bg.wasm', 'teampage.js']) {
    const base = await site({ prefix: '/team/' }, { [`/team/${file}`]: missing });
    const { page } = await newPage();
    await page.goto(base);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, /The team page could not start/);
    assert.match(text, /teampage\.js and teampage_bg\.wasm/);
    await page.close();
  }
});

test('under a strict CSP header the standalone page renders styled, filters, toggles, copies and switches view', async () => {
  const base = await site({ csp: STRICT_CSP, prefix: '/teampage/' });
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page, errors } = await newPage(context);
  const tp = new TeamPage(page, base);
  await tp.open();
  assert.equal((await page.request.get(base)).headers()['content-security-policy'], STRICT_CSP);
  // The component's CSS is a constructed stylesheet: no spec keeps those
  // outside `style-src`, so this is the check that browsers still apply it.
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 1);
  assert.deepEqual(await styled(page, 'body'), { radius: true, border: true, toggle: true });
  await tp.filter('boru');
  await page.waitForFunction(() => /1 team, 1 person/.test(document.querySelector('[role=status]')?.textContent));
  await tp.filter('');
  const toggle = tp.toggle('data-persistence');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await tp.card('traffic').getByRole('button', { name: /Copy channel name/ }).click();
  await tp.card('traffic').getByText('Copied ✓').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '#wikimedia-traffic');
  await page.getByRole('button', { name: 'Everyone A–Z' }).click();
  await page.locator('.tp-flat-person').first().waitFor();
  assert.equal(await page.locator('.tp-flat-person').count(), 35);
  assert.deepEqual(await inlineStyles(page), []);
  await assertClean(page, errors);
  await context.close();
});

test('under a strict CSP header every embedded form renders styled and works, several instances on one page', async () => {
  const base = await site({ csp: STRICT_CSP });
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page, errors } = await newPage(context);
  await page.goto(base + 'embed.html');
  for (const form of ['#element-form', '#js-form', '#leptos-app']) {
    await page.locator(`${form} .tp-card`).first().waitFor({ state: 'attached' });
    assert.deepEqual(await styled(page, form), { radius: true, border: true, toggle: true }, form);
  }
  for (const form of ['#element-form', '#js-form']) {
    assert.equal(await page.locator(form).evaluate((h) => h.shadowRoot.adoptedStyleSheets.length), 1, form);
  }
  // Each shadow-root form: filter, toggle, copy, view.
  for (const [form, query, counted, team, channel] of [
    ['#element-form', 'boru', /^1 team, 1 person$/, 'traffic', '#wikimedia-traffic'],
    ['#js-form', 'leadership council', /^1 team, \d+ people$/, 'leadership-council', '#council'],
  ]) {
    const el = page.locator(form);
    const box = el.getByRole('searchbox', { name: /Filter/ });
    await box.fill(query);
    await el.getByRole('status').filter({ hasText: counted }).waitFor();
    await box.fill('');
    const toggle = el.locator(`[data-team-id="${team}"] .tp-toggle`);
    const before = await toggle.getAttribute('aria-expanded');
    await toggle.click();
    assert.notEqual(await toggle.getAttribute('aria-expanded'), before, form);
    if (before === 'true') await toggle.click();
    await el.locator(`[data-team-id="${team}"]`).getByRole('button', { name: `Copy channel name ${channel}` }).click();
    await el.getByText('Copied ✓').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), channel, form);
    await el.getByRole('button', { name: 'Everyone A–Z' }).click();
    await el.locator('.tp-flat-person').first().waitFor();
  }
  // One more instance, added at run time (embed.js has defined the element).
  await page.evaluate(() => {
    const extra = document.createElement('team-page');
    extra.id = 'extra';
    extra.setAttribute('src', 'datasets/kubernetes-community.json');
    document.body.append(extra);
  });
  await page.locator('#extra .tp-card').first().waitFor({ state: 'attached' });
  assert.deepEqual(await styled(page, '#extra'), { radius: true, border: true, toggle: true });
  assert.deepEqual(await inlineStyles(page), []);
  await assertClean(page, errors);
  await context.close();
});
