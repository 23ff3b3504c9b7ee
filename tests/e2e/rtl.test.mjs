// Right to left: the page under a host's dir="rtl" (on <html>, on the element
// the page is mounted in, on <team-page>) mirrors its layout, while channel
// names, nicks and addresses still read left to right. Headless Chromium.
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

// A person with an IRC nick and an e-mail address, which the seed has not.
const PEOPLE = {
  manifest_version: 1,
  networks: { libera: { name: 'Libera.Chat', protocol: 'irc', host: 'irc.libera.chat', port: 6697, tls: true, webchat: 'https://web.libera.chat/#{channel}' } },
  team: {
    id: 'root', name: 'فريق', emergency: { title: 'Pager', url: 'https://pager.example.org/' },
    subteams: [{ id: 'ops', name: 'العمليات', channels: [{ network: 'libera', channel: '#ops-team' }],
      members: [{ name: 'Dana', irc_nick: 'dana_', email: 'dana@example.org' }] }],
  },
};

const html = (body) => (req, res) => res.writeHead(200, { 'content-type': 'text/html' })
  .end(`<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`);

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  server = await serve(DIST, 0, {
    '/people.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(PEOPLE)),
    '/element-rtl.html': html('<team-page id="t" dir="rtl" src="team.json"></team-page><script type="module" src="team-page.js"></script>'),
    '/mount-rtl.html': html(`<div id="m" dir="rtl"></div><script type="module">
      import { mount } from './team-page.js'; mount(document.getElementById('m'), { manifest: 'team.json' });</script>`),
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function open(query = '', { rtl = true, ...opts } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...opts });
  const tp = await new TeamPage(page, base).open(query);
  if (rtl) await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  return tp;
}

/**
 * Which way an element's drawn arrow points on screen: the tip is the
 * corner where its two visible borders meet, taken through its transform
 * (about its centre, the default origin). Returns 'left', 'right', 'up' or 'down'.
 */
function arrow(el) {
  const s = getComputedStyle(el);
  const w = parseFloat(s.width), h = parseFloat(s.height);
  const x = parseFloat(s.borderRightWidth) > 0 ? w / 2 : -w / 2;
  const y = parseFloat(s.borderBottomWidth) > 0 ? h / 2 : -h / 2;
  const tip = new DOMMatrix(s.transform === 'none' ? undefined : s.transform).transformPoint(new DOMPoint(x, y));
  if (Math.abs(tip.x) > Math.abs(tip.y)) return tip.x < 0 ? 'left' : 'right';
  return tip.y < 0 ? 'up' : 'down';
}

/** The emergency callout's side borders, in px. */
const bars = (el) => {
  const s = getComputedStyle(el);
  return { left: parseFloat(s.borderLeftWidth), right: parseFloat(s.borderRightWidth) };
};

test('the page itself is right to left: its text starts on the right', async () => {
  const tp = await open();
  assert.equal(await tp.page.locator('.tp-root').evaluate((e) => getComputedStyle(e).direction), 'rtl');
  // The heading is a block as wide as the page; its words are not.
  const { text, page } = await tp.page.locator('h1').evaluate((h) => {
    const range = document.createRange();
    range.selectNodeContents(h);
    return { text: range.getBoundingClientRect().toJSON(), page: h.closest('.tp-page').getBoundingClientRect().toJSON() };
  });
  assert.ok(page.right - text.right < text.left - page.left, `title from ${text.left} to ${text.right} px, page from ${page.left} to ${page.right}`);
  await tp.page.close();
});

test('the emergency callout has its coloured bar on the right, and on the left in LTR', async () => {
  const rtl = await open();
  const r = await rtl.page.locator('.tp-emergency').evaluate(bars);
  assert.ok(r.right >= 6 && r.left < r.right, `RTL bar: left ${r.left} px, right ${r.right} px`);
  await rtl.page.close();
  const ltr = await open('', { rtl: false });
  const l = await ltr.page.locator('.tp-emergency').evaluate(bars);
  assert.ok(l.left >= 6 && l.right < l.left, `LTR bar: left ${l.left} px, right ${l.right} px`);
  await ltr.page.close();
});

test('a closed card\'s chevron points left in RTL (right in LTR), an open one down', async () => {
  for (const [rtl, closed] of [[true, 'left'], [false, 'right']]) {
    const tp = await open('', { rtl, reducedMotion: 'reduce' });
    const chevron = tp.toggle('traffic').locator('.tp-chevron');
    assert.equal(await tp.toggle('traffic').getAttribute('aria-expanded'), 'true');
    assert.equal(await chevron.evaluate(arrow), 'down', `open, ${rtl ? 'RTL' : 'LTR'}`);
    await tp.toggle('traffic').click();
    assert.equal(await tp.toggle('traffic').getAttribute('aria-expanded'), 'false');
    // The turn is animated (not under reduced motion): let any animation end.
    await chevron.evaluate((e) => Promise.all(e.getAnimations().map((a) => a.finished)));
    assert.equal(await chevron.evaluate(arrow), closed, `closed, ${rtl ? 'RTL' : 'LTR'}`);
    await tp.page.close();
  }
});

test('a card\'s body is indented from the right in RTL', async () => {
  const tp = await open();
  const pad = await tp.card('traffic').locator('.tp-card-body').evaluate((e) => {
    const s = getComputedStyle(e);
    return { left: parseFloat(s.paddingLeft), right: parseFloat(s.paddingRight) };
  });
  assert.ok(pad.right > pad.left, `padding left ${pad.left} px, right ${pad.right} px`);
  await tp.page.close();
});

test('channel names, IRC nicks and e-mail addresses stay left to right in RTL text', async () => {
  const tp = await open();
  const sre = tp.page.getByRole('link', { name: '#wikimedia-sre', exact: true });
  assert.equal(await sre.evaluate((e) => getComputedStyle(e).direction), 'ltr');
  // The "#" is drawn on the left of the name, as it is written.
  const box = await sre.evaluate((e) => {
    const range = document.createRange();
    const text = e.firstChild;
    range.setStart(text, 0); range.setEnd(text, 1);
    const hash = range.getBoundingClientRect(), all = e.getBoundingClientRect();
    return { hash: hash.x, start: all.x };
  });
  assert.ok(box.hash - box.start < 2, 'the # comes first on the left');
  await tp.page.close();

  const people = await open('?manifest=people.json');
  await people.expandAll();
  const ops = people.card('ops');
  for (const [what, loc] of [['channel', ops.locator('.tp-channel-name')], ['nick', ops.locator('.tp-person-nick bdi')],
    ['e-mail', ops.getByRole('link', { name: 'dana@example.org' })]]) {
    assert.equal(await loc.evaluate((e) => getComputedStyle(e).direction), 'ltr', `${what} is left to right`);
  }
  assert.equal(await ops.locator('.tp-person-nick').evaluate((e) => getComputedStyle(e).direction), 'rtl', 'its label is not');
  assert.equal(await ops.locator('.tp-person-nick').textContent(), 'IRC: dana_');
  assert.deepEqual(await people.axe(), []);
  await people.page.close();
});

test('no horizontal scrolling in RTL from 320 to 1280 px, cards open or closed', async () => {
  for (const width of [320, 390, 768, 1280]) {
    const tp = await open('', { viewport: { width, height: 800 } });
    assert.equal(await tp.horizontalOverflow(), 0, `overflow at ${width}px`);
    await tp.expandAll();
    await tp.page.getByRole('button', { name: 'Everyone A–Z' }).click();
    assert.equal(await tp.horizontalOverflow(), 0, `overflow at ${width}px, A–Z`);
    await tp.page.close();
  }
});

test('axe-core finds no violation in RTL, all expanded', async () => {
  const tp = await open();
  await tp.expandAll();
  assert.deepEqual(await tp.axe(), []);
  await tp.page.close();
});

for (const [file, how] of [['element-rtl.html', '<team-page dir="rtl">'], ['mount-rtl.html', 'mount() into a dir="rtl" element']]) {
  test(`${how}: the page inside is right to left, chevrons and the emergency bar mirrored`, async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(base + file);
    const card = page.locator('[data-team-id="traffic"]');
    await card.waitFor({ state: 'attached' });
    assert.equal(await page.locator('.tp-root').evaluate((e) => getComputedStyle(e).direction), 'rtl');
    const r = await page.locator('.tp-emergency').evaluate(bars);
    assert.ok(r.right >= 6 && r.left < r.right, `bar: left ${r.left} px, right ${r.right} px`);
    assert.equal(await page.locator('.tp-channel-name').first().evaluate((e) => getComputedStyle(e).direction), 'ltr');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // The card's content is built after the first paint.
    await card.locator('.tp-toggle[aria-expanded="true"]').waitFor();
    await card.locator('.tp-toggle').click();
    await card.locator('.tp-toggle[aria-expanded="false"]').waitFor();
    await card.locator('.tp-chevron').evaluate((e) => Promise.all(e.getAnimations().map((a) => a.finished)));
    assert.equal(await card.locator('.tp-chevron').evaluate(arrow), 'left');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    await page.close();
  });
}
