// End-to-end tests of the release build served over HTTP in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { TeamPage } from './team-page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
let server, browser, base;
let failNext = 0;

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  server = await serve(DIST, 0, {
    '/flaky.json': (req, res) => {
      if (failNext > 0) { failNext--; res.writeHead(503, { 'content-type': 'text/plain' }).end('down'); return; }
      res.writeHead(200, { 'content-type': 'application/json' }).end(fs.readFileSync(path.join(DIST, 'team.json')));
    },
    '/empty-team.json': (req, res) => res.writeHead(200).end(JSON.stringify({ manifest_version: 1, team: { id: 'solo', name: 'Solo' } })),
    '/bad.json': (req, res) => res.writeHead(200).end('{"manifest_version": 1, "team": {"id": "Bad Id", "name": ""}}'),
    '/down.json': (req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('down'),
    '/slow.json': (req, res) => setTimeout(() => res.writeHead(200).end(fs.readFileSync(path.join(DIST, 'team.json'))), 800),
    // A large manifest (its length announced) whose body trickles in over
    // about a second: the page readies its parser meanwhile.
    '/trickle.json': (req, res) => {
      const body = fs.readFileSync(path.join(DIST, 'datasets/kubernetes-community.json'));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      const piece = Math.ceil(body.length / 10);
      let at = 0;
      const next = () => { res.write(body.subarray(at, at + piece)); at += piece; if (at < body.length) setTimeout(next, 100); else res.end(); };
      next();
    },
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function open(query = '', opts = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...opts });
  return new TeamPage(page, base).open(query);
}

test('the default manifest renders every fact of the seed page', async () => {
  const tp = await open();
  const text = await tp.page.locator('body').textContent();
  for (const fact of ['Site Reliability Engineering', 'Previously known as Technical Operations', 'Management', 'Mark Bergsma',
    'Faidon Liambotis', 'Notify us of emergencies with Klaxon.', '#wikimedia-sre', 'Wikitech', 'Contacting the team',
    'SRE Team requests', 'Last edited on June 11, 2021 at 3:44', 'CC BY-SA 3.0', 'Moritz Mühlenhoff', 'Joanna Boruń']) {
    assert.ok(text.includes(fact), `page shows "${fact}"`);
  }
  assert.deepEqual(await tp.visibleTeams(), ['sre', 'data-center-operations', 'data-persistence', 'infrastructure-foundations',
    'observability', 'service-operations', 'traffic']);
  assert.deepEqual(await tp.counts(), { teams: 6, people: 35 });
  assert.equal(await tp.page.getByRole('heading', { level: 1 }).count(), 1);
  assert.deepEqual(tp.errors, []);
  await tp.page.close();
});

test('IRC channels link to ircs:// and the web chat', async () => {
  const tp = await open();
  const sre = tp.page.getByRole('link', { name: '#wikimedia-sre', exact: true });
  assert.equal(await sre.getAttribute('href'), 'ircs://irc.libera.chat:6697/%23wikimedia-sre');
  const connect = tp.card('traffic').getByRole('link', { name: /Connect to #wikimedia-traffic/ });
  assert.equal(await connect.getAttribute('href'), 'https://web.libera.chat/#wikimedia-traffic');
  assert.equal(await tp.page.locator('a[href^="ircs://"]').count(), 7);
  await tp.page.close();
});

test('the copy button copies the channel name and says so', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const tp = await new TeamPage(page, base).open();
  await tp.card('traffic').getByRole('button', { name: /Copy channel name/ }).click();
  await tp.card('traffic').getByText('Copied ✓').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '#wikimedia-traffic');
  await context.close();
});

test('cards collapse and expand by mouse and keyboard, with aria-expanded and aria-controls', async () => {
  const tp = await open();
  const button = tp.toggle('data-persistence');
  const bodyId = await button.getAttribute('aria-controls');
  const body = tp.page.locator(`[id="${bodyId}"]`);
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await body.isVisible(), false);
  await button.focus();
  await tp.page.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await tp.page.keyboard.press('Space');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await tp.page.getByRole('button', { name: 'Collapse all' }).click();
  assert.equal(await tp.page.locator('.tp-toggle[aria-expanded=true]').count(), 0);
  await tp.expandAll();
  assert.equal(await tp.page.locator('.tp-toggle[aria-expanded=false]').count(), 0);
  await tp.page.close();
});

test('a deep link #team-id opens that card and its ancestors and scrolls to it', async () => {
  const tp = await open();
  await tp.page.getByRole('button', { name: 'Collapse all' }).click();
  await tp.page.goto(base + '#traffic');
  await tp.page.reload();
  await tp.loaded();
  await tp.page.waitForFunction(() => document.querySelector('#traffic')?.getBoundingClientRect().top < 400);
  assert.equal(await tp.toggle('service-operations').getAttribute('aria-expanded'), 'true');
  assert.equal(await tp.toggle('traffic').getAttribute('aria-expanded'), 'true');
  const href = await tp.card('observability').getByRole('link', { name: 'Link to Observability' }).getAttribute('href');
  assert.equal(href, '#observability');
  await tp.page.close();
});

test('people: everyone A–Z with their teams and lead roles; the choice is kept in the URL', async () => {
  const tp = await open();
  await tp.page.getByRole('button', { name: 'Everyone A–Z' }).click();
  assert.match(tp.page.url(), /view=people/);
  const rows = tp.page.locator('.tp-flat-person');
  assert.equal(await rows.count(), 35);
  const names = await rows.locator('.tp-person-name').allTextContents();
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  assert.deepEqual(names, sorted);
  const leo = rows.filter({ hasText: 'Leo Mata' });
  assert.match(await leo.innerText(), /Observability\s*Lead/);
  await tp.page.reload();
  await tp.loaded();
  assert.equal(await tp.page.getByRole('button', { name: 'Everyone A–Z' }).getAttribute('aria-pressed'), 'true');
  await tp.page.close();
});

test('filter: accent-insensitive, highlighted, counted, kept in the URL, restored by back/forward', async () => {
  const tp = await open();
  await tp.filter('boru');
  assert.deepEqual(await tp.visibleTeams(), ['sre', 'infrastructure-foundations']);
  assert.equal(await tp.page.locator('mark').first().textContent(), 'Boru');
  assert.deepEqual(await tp.counts(), { teams: 1, people: 1 });
  await tp.page.waitForURL(/q=boru/);
  await tp.filter('varnish');
  assert.deepEqual(await tp.visibleTeams(), ['sre', 'service-operations', 'traffic']);
  await tp.page.getByRole('button', { name: 'Everyone A–Z' }).click();
  await tp.page.goBack();
  await tp.page.waitForFunction(() => !location.search.includes('view=people'));
  assert.equal(await tp.filterBox.inputValue(), 'varnish');
  await tp.filterBox.press('Escape');
  assert.equal(await tp.filterBox.inputValue(), '');
  assert.equal((await tp.visibleTeams()).length, 7);
  await tp.filter('zzzz-nothing');
  await tp.page.getByRole('button', { name: 'Clear filter' }).click();
  assert.equal((await tp.visibleTeams()).length, 7);
  await tp.page.locator('h1').click();
  await tp.page.keyboard.press('/');
  assert.equal(await tp.page.evaluate(() => document.activeElement?.type), 'search');
  await tp.page.close();
});

test('loading shows a placeholder, then the page', async () => {
  const page = await browser.newPage();
  await page.goto(base + '?manifest=slow.json');
  await page.locator('.tp-loading').waitFor();
  await page.locator('[data-team-id]').first().waitFor();
  assert.equal(await page.locator('.tp-loading').count(), 0);
  await page.close();
});

test('a failed fetch says why and Retry works', async () => {
  failNext = 1;
  const tp = await open('?manifest=flaky.json');
  const alert = tp.page.getByRole('alert');
  assert.match(await alert.innerText(), /HTTP 503/);
  await tp.page.getByRole('button', { name: 'Retry' }).click();
  await tp.card('traffic').waitFor();
  await tp.page.close();
});

test('an invalid manifest shows its path-precise errors', async () => {
  const tp = await open('?manifest=bad.json');
  const text = await tp.page.getByRole('alert').innerText();
  assert.match(text, /team\.id/);
  assert.match(text, /team\.name/);
  await tp.page.close();
});

test('a manifest from another origin is refused unless config.json allows it', async () => {
  const tp = await open('?manifest=' + encodeURIComponent('http://localhost:1/team.json'));
  assert.match(await tp.page.getByRole('alert').innerText(), /does not load manifests from http:\/\/localhost:1/);
  await tp.page.close();
});

test('an empty team says so', async () => {
  const page = await browser.newPage();
  await page.goto(base + '?manifest=empty-team.json');
  await page.getByText('This team has no people or subteams yet.').waitFor();
  await page.close();
});

for (const [file, teams, people] of [['kubernetes-community.json', 274, 143], ['rust-lang-teams.json', 159, 402]]) {
  test(`renders the real dataset ${file}: ${teams} teams, ${people} people`, async () => {
    const tp = await open(`?manifest=datasets/${file}`);
    assert.deepEqual(await tp.counts(), { teams, people });
    await tp.expandAll();
    // Bodies are built a batch per frame, top of the page first; every
    // team, the root's section too (not counted in the status), is then a
    // team element.
    await tp.page.waitForFunction((n) => document.querySelectorAll('[data-team-id]').length === n, teams + 1);
    assert.equal(await tp.page.locator('.tp-toggle[aria-expanded=false]').count(), 0);
    await tp.page.getByRole('button', { name: 'Everyone A–Z' }).click();
    assert.equal(await tp.page.locator('.tp-flat-person').count(), people);
    assert.deepEqual(tp.errors, []);
    await tp.page.close();
  });
}

test('a large manifest that arrives slowly is shown whole once it is in', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const tp = new TeamPage(page, base);
  await page.goto(base + '?manifest=trickle.json');
  await page.getByText('Loading the team…').waitFor({ state: 'attached' });
  const started = Date.now();
  await tp.loaded();
  assert.ok(Date.now() - started > 500, 'the page waited for the whole body');
  assert.deepEqual(await tp.counts(), { teams: 274, people: 143 });
  await tp.filter('sig-node');
  assert.ok((await tp.visibleTeams()).includes('sig-node'));
  assert.deepEqual(tp.errors, []);
  await page.close();
});

test('printing shows every card open and no controls', async () => {
  const tp = await open('?manifest=datasets/kubernetes-community.json');
  assert.equal(await tp.page.locator('.tp-toggle[aria-expanded=false]').count() > 0, true, 'large manifests start collapsed');
  await tp.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await tp.page.emulateMedia({ media: 'print' });
  assert.equal(await tp.page.locator('.tp-toggle[aria-expanded=false]').count(), 0);
  assert.equal(await tp.page.locator('[data-team-id]').count(), 275, 'every card is built');
  assert.equal(await tp.page.locator('.tp-filter').isVisible(), false);
  assert.equal(await tp.page.locator('.tp-copy').first().isVisible(), false);
  await tp.page.emulateMedia({ media: 'screen' });
  await tp.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await tp.page.locator('.tp-toggle[aria-expanded=false]').count() > 0, true, 'the open state comes back');
  await tp.page.close();
});

test('every control is reachable by keyboard alone, with a visible focus ring', async () => {
  const tp = await open();
  const seen = new Set();
  for (let i = 0; i < 80; i++) {
    await tp.page.keyboard.press('Tab');
    const f = await tp.page.evaluate(() => {
      const e = document.activeElement;
      const s = getComputedStyle(e);
      return { key: e.tagName + '|' + (e.getAttribute('aria-label') || e.textContent.trim().slice(0, 30)), outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    if (f.key.startsWith('BODY')) break;
    assert.ok(f.outline !== 'none' && f.width >= 2, `focus ring visible on ${f.key}`);
    seen.add(f.key);
  }
  for (const want of ['INPUT|', 'BUTTON|By team', 'BUTTON|Everyone A–Z', 'BUTTON|Expand all', 'BUTTON|Collapse all', 'A|Link to Traffic']) {
    assert.ok([...seen].some((k) => k.startsWith(want)), `Tab reaches ${want}`);
  }
  assert.ok([...seen].some((k) => k.startsWith('BUTTON|Varnish')), 'Tab reaches the chips');
  await tp.page.close();
});

test('the loading placeholder keeps the layout from jumping', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(base + '?manifest=slow.json');
  await page.locator('[data-team-id]').first().waitFor();
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__cls);
  assert.ok(cls < 0.1, `cumulative layout shift ${cls.toFixed(3)} stays under 0.1`);
  await page.close();
});

test('no horizontal scrolling from 320 to 2560 px', async () => {
  for (const width of [320, 390, 768, 1280, 2560]) {
    const tp = await open('', { viewport: { width, height: 800 } });
    assert.equal(await tp.horizontalOverflow(), 0, `overflow at ${width}px`);
    await tp.page.close();
  }
});

const toRtl = (tp) => tp.page.evaluate(() => { document.documentElement.dir = 'rtl'; });

// Expand all, and wait for every card's body to be built (a batch per frame).
const expandAll = async (tp) => {
  await tp.expandAll();
  await tp.page.waitForFunction(() => [...document.querySelectorAll('.tp-card-body')].every((b) => b.childElementCount > 0));
};

// Every state a visitor can reach, each with the page options and what to do
// once the page is in.
const STATES = [
  ['loaded', '', {}, async () => {}],
  ['all expanded', '', {}, async (tp) => expandAll(tp)],
  ['filtered', '', {}, async (tp) => tp.filter('traffic')],
  ['nothing matches', '', {}, async (tp) => { await tp.filter('zzzz-nothing'); await tp.page.getByText('Nothing matches').waitFor(); }],
  ['an invalid manifest', '?manifest=bad.json', {}, async () => {}],
  ['a failed fetch', '?manifest=down.json', {}, async () => {}],
  ['everyone A–Z', '', {}, async (tp) => tp.page.getByRole('button', { name: 'Everyone A–Z' }).click()],
  ['dark', '', { colorScheme: 'dark' }, async (tp) => expandAll(tp)],
  ['320 px', '', { viewport: { width: 320, height: 800 } }, async (tp) => expandAll(tp)],
  ['right to left', '', {}, async (tp) => { await toRtl(tp); await expandAll(tp); }],
  ['right to left, 320 px', '', { viewport: { width: 320, height: 800 } }, async (tp) => { await toRtl(tp); await expandAll(tp); }],
];

test('axe-core (WCAG 2.2 A and AA, best practices) finds no violation in any state', async () => {
  for (const [name, query, opts, act] of STATES) {
    const tp = await open(query, opts);
    await act(tp);
    assert.deepEqual(await tp.axe(), [], `axe violations when ${name}`);
    await tp.page.close();
  }
});

test('every target is at least 24 by 24 px, or spaced as WCAG 2.2 SC 2.5.8 allows, in every state', async () => {
  for (const [name, query, opts, act] of STATES) {
    const tp = await open(query, opts);
    await act(tp);
    const targets = await tp.targets();
    assert.ok(targets.length > 0, `targets found when ${name}`);
    assert.deepEqual(targets.filter((t) => !t.ok), [], `targets too small when ${name}`);
    await tp.page.close();
  }
});

test('the card permalinks and copy buttons are at least 24 by 24 px themselves', async () => {
  const tp = await open();
  await tp.expandAll();
  // Bodies are built a batch per frame: wait until every card is drawn.
  await tp.page.waitForFunction(() => [...document.querySelectorAll('.tp-permalink')].length === 6
    && [...document.querySelectorAll('.tp-permalink, .tp-copy, .tp-connect')].every((e) => e.getBoundingClientRect().width > 0));
  const sizes = await tp.page.$$eval('.tp-permalink, .tp-copy, .tp-connect', (els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { what: e.getAttribute('aria-label'), width: r.width, height: r.height };
  }));
  assert.ok(sizes.length >= 6 + 7 * 2, 'permalinks, copy buttons and connect links are there');
  for (const s of sizes) assert.ok(s.width >= 24 && s.height >= 24, `${s.what}: ${s.width} x ${s.height} px`);
  await tp.page.close();
});
