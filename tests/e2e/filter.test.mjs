// End-to-end tests of filtering in the browser (release build, headless Chromium).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { TeamPage } from './team-page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
let server, browser, base;
before(async () => {
  // A generated manifest of 10,000 people in 500 teams (the benchmark's), served as /gen/m10k.json.
  const m10k = execFileSync('node', [path.join(ROOT, 'scripts/gen-manifest.mjs'), '--people', '10000', '--teams', '500', '--seed', '1'],
    { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  const json = (body) => (req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
  server = await serve(DIST, 0, { '/gen/m10k.json': json(m10k) });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function open(query = '') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  return new TeamPage(page, base).open(query);
}

test('several words narrow the result; marks highlight every word', async () => {
  const tp = await open();
  await tp.filter('service');
  // Observability's summary says "services"; Traffic sits in Service Operations.
  assert.deepEqual(await tp.visibleTeams(), ['sre', 'infrastructure-foundations', 'observability', 'service-operations', 'traffic']);
  await tp.filter('service kubernetes');
  assert.deepEqual(await tp.visibleTeams(), ['sre', 'service-operations']);
  const marks = await tp.page.locator('mark').allTextContents();
  assert.ok(marks.some((m) => /^service$/i.test(m)) && marks.includes('Kubernetes'), marks.join('|'));
  await tp.page.close();
});

test('the leads panel says when none of its people matches, and shows the one who does', async () => {
  const tp = await open();
  const panel = tp.page.getByRole('region', { name: 'Management' });
  const note = panel.getByText('None of them matches the filter.');
  assert.equal(await note.isVisible(), false);
  await tp.filter('varnish');
  await note.waitFor({ state: 'visible' });
  assert.deepEqual(await panel.locator('.tp-person:visible .tp-person-name').allTextContents(), []);
  await tp.filter('bergsma');
  await note.waitFor({ state: 'hidden' });
  assert.deepEqual(await panel.locator('.tp-person:visible .tp-person-name').allTextContents(), ['Mark Bergsma']);
  await tp.filter('');
  await note.waitFor({ state: 'hidden' });
  assert.ok((await panel.locator('.tp-person:visible').count()) >= 2);
  await tp.page.close();
});

test('technology chips filter by exact technology and combine with the text', async () => {
  const tp = await open();
  const chip = tp.page.getByRole('button', { name: /^Varnish/ });
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await tp.visibleTeams(), ['sre', 'service-operations', 'traffic']);
  assert.equal(new URL(tp.page.url()).searchParams.get('tech'), 'Varnish');
  await tp.filter('brandon');
  assert.deepEqual(await tp.counts(), { teams: 1, people: 1 });
  await tp.filter('wolfgang');
  assert.deepEqual(await tp.counts(), { teams: 0, people: 0 });
  await tp.page.waitForURL(/q=wolfgang/);
  await tp.page.reload();
  await tp.loaded();
  assert.equal(await tp.page.getByRole('button', { name: /^Varnish/ }).getAttribute('aria-pressed'), 'true');
  assert.equal(await tp.filterBox.inputValue(), 'wolfgang');
  await tp.page.close();
});

test('typing replaces the history entry instead of adding one per keystroke', async () => {
  const tp = await open();
  const before = await tp.page.evaluate(() => history.length);
  await tp.filterBox.pressSequentially('traffic', { delay: 10 });
  await tp.page.waitForURL(/q=traffic/);
  assert.equal(await tp.page.evaluate(() => history.length), before);
  assert.equal(new URL(tp.page.url()).searchParams.get('q'), 'traffic');
  await tp.page.close();
});

test('clearing the filter restores the open/closed state the cards had before', async () => {
  const tp = await open();
  await tp.toggle('data-persistence').click();
  await tp.toggle('traffic').click();
  const state = () => tp.page.$$eval('.tp-toggle', (bs) => bs.map((b) => b.getAttribute('aria-expanded')).join());
  const before = await state();
  await tp.filter('persistence');
  assert.equal(await tp.toggle('data-persistence').getAttribute('aria-expanded'), 'true', 'a card holding a match opens');
  await tp.filter('');
  assert.equal(await state(), before);
  await tp.page.close();
});

test('no keystroke is lost or reordered on a large manifest', async () => {
  const tp = await open('?manifest=datasets/kubernetes-community.json');
  const text = 'special interest networking é&%/?#';
  await tp.filterBox.click();
  await tp.page.keyboard.type(text, { delay: 0 });
  assert.equal(await tp.filterBox.inputValue(), text);
  for (let i = 0; i < 8; i++) await tp.page.keyboard.press('Backspace');
  await tp.page.keyboard.type('!', { delay: 0 });
  assert.equal(await tp.filterBox.inputValue(), text.slice(0, -8) + '!');
  await tp.filter('special interest network');
  const teams = await tp.visibleTeams();
  assert.ok(teams.includes('sig-network'), teams.join());
  await tp.page.waitForURL((u) => u.searchParams.get('q') === 'special interest network');
  await tp.page.close();
});

test('the count updates at once; what screen readers hear is debounced', async () => {
  const tp = await open();
  const live = tp.page.locator('.tp-filter [aria-live=polite]');
  await tp.filter('traffic');
  assert.match(await tp.status.textContent(), /^1 team, 5 people$/);
  await tp.filter('traffic brandon');
  const heardAtOnce = await live.textContent();
  assert.notEqual(heardAtOnce, '1 team, 1 person');
  await tp.page.waitForFunction(() => document.querySelector('.tp-filter [aria-live=polite]').textContent === '1 team, 1 person');
  await tp.page.close();
});

test('an empty result offers "Clear filter"; Escape clears; "/" focuses the box unless typing elsewhere', async () => {
  const tp = await open();
  await tp.filter('no such thing');
  assert.ok(await tp.page.getByText('Nothing matches this filter.').isVisible());
  await tp.filterBox.press('Escape');
  assert.equal(await tp.filterBox.inputValue(), '');
  assert.equal((await tp.visibleTeams()).length, 7);
  await tp.page.evaluate(() => { const t = document.createElement('textarea'); t.id = 'elsewhere'; document.body.prepend(t); });
  await tp.page.locator('#elsewhere').focus();
  await tp.page.keyboard.press('/');
  assert.equal(await tp.page.locator('#elsewhere').inputValue(), '/', 'typing "/" elsewhere stays there');
  await tp.page.locator('h1').click();
  await tp.page.keyboard.press('/');
  assert.equal(await tp.page.evaluate(() => document.activeElement?.getAttribute('type')), 'search');
  await tp.page.close();
});

test('subteam cards hidden by the filter when their parent opens are whole once shown', async () => {
  const tp = await open('?manifest=datasets/kubernetes-community.json');
  const incomplete = () => tp.page.$$eval('.tp-card[data-team-id]', (els) => els
    .filter((e) => !e.hidden && !(e.querySelector('.tp-toggle') && e.querySelector('.tp-card-title') && e.querySelector('.tp-count')))
    .map((e) => e.dataset.teamId));
  const sigs = tp.card('special-interest-groups');
  await tp.filter('kindnet');
  // Its ancestors open as context; their other subteams are hidden.
  assert.deepEqual(await tp.visibleTeams(), ['kubernetes-community', 'special-interest-groups', 'sig-network', 'kindnet']);
  assert.ok(await sigs.locator('.tp-card-body [data-team-id][hidden]').count() >= 20, 'the other SIGs are there, hidden');
  await tp.filter('');
  assert.deepEqual(await incomplete(), []);
  // Shown again, the other SIGs have their heads: names, counts and toggles
  // that open them.
  await tp.toggle('special-interest-groups').click();
  const sub = tp.card('sig-apps');
  assert.ok(await sub.isVisible());
  const toggle = sub.locator('.tp-toggle').first();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(tp.errors, []);
  await tp.page.close();
});

test('subteam cards hidden by the filter are whole when shown again before the next frame', async () => {
  const tp = await open('?manifest=datasets/kubernetes-community.json');
  // Both keystrokes and the check in one task: no frame in between, so
  // the page had no time to fill in the hidden cards on its own.
  const unfilled = await tp.page.evaluate(async () => {
    const input = document.querySelector('input[type=search]');
    const settle = async () => { for (let i = 0; i < 50; i++) await Promise.resolve(); };
    const empty = () => [...document.querySelectorAll('.tp-card')].filter((e) => !e.hidden && !e.querySelector('.tp-toggle')).length;
    input.value = 'kindnet';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    const hiddenEmpty = [...document.querySelectorAll('.tp-card[hidden]')].filter((e) => !e.querySelector('.tp-toggle')).length;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    return { hiddenEmpty, shownEmpty: empty() };
  });
  assert.ok(unfilled.hiddenEmpty > 0, 'hidden cards start empty');
  assert.equal(unfilled.shownEmpty, 0, 'every card shown is whole');
  assert.deepEqual(tp.errors, []);
  await tp.page.close();
});

test('a keystroke while the cards a query opens are still being built shows at once, and the build finishes', async () => {
  const tp = await open('?manifest=/gen/m10k.json');
  // Open cards whose bodies are missing or empty: what is left to build (in the page).
  const UNBUILT = () => [...document.querySelectorAll('.tp-toggle[aria-expanded=true]')]
    .filter((t) => !t.closest('[hidden]'))
    .filter((t) => !(document.getElementById(t.getAttribute('aria-controls'))?.childElementCount > 0)).length;
  const frame = () => tp.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await tp.filterBox.click();
  await tp.page.keyboard.type('e');
  await frame();
  const left = await tp.page.evaluate(UNBUILT);
  assert.ok(left > 0, 'a common query leaves bodies to build after its frame');
  // The next keystroke comes while they are built; its count is on the page
  // at once and its bodies are built too.
  await tp.page.keyboard.type('t');
  assert.match(await tp.status.textContent(), /^[\d,]+ teams?, [\d,]+ (people|person)$/);
  const counted = await tp.status.textContent();
  await tp.page.waitForFunction(`(${UNBUILT})() === 0`);
  assert.equal(await tp.status.textContent(), counted);
  // The bodies show this query, not the last: every mark on the page is "et".
  const marks = await tp.page.$$eval('mark', (ms) => ms.filter((m) => !m.closest('[hidden]'))
    .map((m) => m.textContent.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
  assert.ok(marks.length > 100, `${marks.length} marks`);
  assert.deepEqual([...new Set(marks)], ['et']);
  assert.deepEqual(tp.errors, []);
  await tp.page.close();
});
