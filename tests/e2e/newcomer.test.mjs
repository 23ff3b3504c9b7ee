// End-to-end tests of what a newcomer hit when adopting the page for a made-up
// team (issue "From zero to your own team page"): embeds that own the URL
// restore it, stable ids and working permalinks in embeds, a pinned theme, an
// opaque filter bar, a heading level, the person fields shown in both views,
// a cross-origin message naming CORS, and the small visual items.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
let server, other, browser, base, otherBase;

const html = (body, head = '') => (req, res) => res.writeHead(200, { 'content-type': 'text/html' })
  .end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`);
const json = (value) => (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
const ELEMENT = '<script type="module" src="team-page.js"></script>';

const person = (name, more = {}) => ({ name, ...more });
/** A made-up 10-person team: 3 subteams, IRC and Slack channels, an emergency phone link. */
export const ACME = {
  manifest_version: 1,
  networks: {
    libera: { name: 'Libera.Chat', host: 'irc.libera.chat', webchat: 'https://web.libera.chat/#{channel}' },
    slack: { name: 'Acme Slack', protocol: 'slack', webchat: 'https://acme.slack.com/messages/{channel}' },
  },
  team: {
    id: 'platform',
    name: 'Acme Platform',
    summary: 'We run the platform.',
    channels: [{ network: 'libera', channel: '#acme-platform' }, { network: 'slack', channel: 'acme-platform' }],
    emergency: { title: 'Page the on-call', url: 'https://oncall.acme.example/' },
    leads: [person('Ada Lovelace', {
      pronouns: 'she/her', irc_nick: 'ada', url: 'https://acme.example/ada', timezone: 'Europe/London', email: 'ada@acme.example',
    })],
    subteams: [
      { id: 'storage', name: 'Storage', leads: [person('Grace Hopper', { timezone: 'America/New_York' })], members: [person('Alan Turing', { timezone: 'Mars/Olympus' }), person('Edsger Dijkstra')] },
      { id: 'network', name: 'Network', leads: [person('Radia Perlman')], members: [person('Vint Cerf'), person('Bob Kahn')] },
      { id: 'compute', name: 'Compute', leads: [person('Ken Thompson')], members: [person('Dennis Ritchie'), person('Barbara Liskov')] },
    ],
  },
};

const page = (body, head) => html(body, head);
before(async () => {
  // Another origin, which sends no CORS header.
  other = await serve(DIST, 0, { '/acme.json': json(ACME) });
  otherBase = `http://127.0.0.1:${other.address().port}/`;
  server = await serve(DIST, 0, {
    '/acme.json': json(ACME),
    '/tel.json': json({ ...ACME, team: { ...ACME.team, emergency: { title: 'Call the on-call phone', url: 'tel:+44 20 7946 0000' } } }),
    '/own.html': page(`<h1>Intranet</h1><team-page id="t" src="acme.json" own-url></team-page>${ELEMENT}`),
    '/plain.html': page(`<h1>Intranet</h1><team-page src="acme.json"></team-page>${ELEMENT}`),
    '/ids.html': page(`<div style="height: 3000px"></div><team-page id="t" src="acme.json"></team-page>
      <team-page id-prefix="x-" src="acme.json"></team-page><div style="height: 3000px"></div>${ELEMENT}`),
    '/themes.html': page(`<team-page id="light" theme="light" src="acme.json"></team-page><team-page id="dark" theme="dark" src="acme.json"></team-page>
      <team-page id="auto" src="acme.json"></team-page>${ELEMENT}`),
    '/transparent.html': page(`<div style="background: rgb(250, 250, 250)"><team-page id="t" style="--tp-bg: transparent" src="acme.json"></team-page></div>${ELEMENT}`),
    '/levels.html': page(`<h1>Intranet</h1><team-page id="t" heading-level="2" src="acme.json"></team-page>${ELEMENT}`),
    '/cors.html': page(`<team-page id="t" src="${otherBase}acme.json"></team-page>${ELEMENT}`),
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); other?.close(); });

async function open(file, { colorScheme = 'light', width = 1280, context = {} } = {}) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, ...context });
  const p = await ctx.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(base + file);
  return { page: p, errors, close: () => ctx.close() };
}
/** Waits until every <team-page> of the page has rendered its root team. */
const rendered = (p) => p.waitForFunction(() => [...document.querySelectorAll('team-page')]
  .every((e) => e.shadowRoot?.querySelector('[data-team-id], [role=alert]')));
// Playwright's CSS locators pierce open shadow roots.
const shownTeams = (p, host) => p.locator(host).evaluate((h) => [...h.shadowRoot.querySelectorAll('[data-team-id]')]
  .filter((e) => !e.closest('[hidden]')).map((e) => e.dataset.teamId));
const ids = (p, host) => p.locator(host).evaluate((h) => [...h.shadowRoot.querySelectorAll('[data-team-id]')].map((e) => e.id));
const filterValue = (host) => document.querySelector(host).shadowRoot.querySelector('input[type=search]')?.value;

test('an embed that owns the URL restores filter, technologies and view from it on load', async () => {
  const { page: p, errors, close } = await open('own.html?q=storage&view=teams');
  await rendered(p);
  assert.equal(await p.evaluate(filterValue, '#t'), 'storage');
  assert.deepEqual(await shownTeams(p, '#t'), ['platform', 'storage']);
  // Typing writes the URL; a reload keeps it.
  await p.locator('#t input[type=search]').fill('network');
  await p.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'network');
  await p.reload();
  await rendered(p);
  assert.equal(await p.evaluate(filterValue, '#t'), 'network');
  await p.goto(base + 'own.html?view=people&tech=Ceph');
  await rendered(p);
  assert.equal(await p.locator('#t .tp-section:not([hidden]) .tp-section-title').textContent(), 'Everyone A–Z');
  assert.deepEqual(errors, []);
  await close();
});

test('ids are stable: the element id or id-prefix names them, a remount keeps them, and ¶ scrolls to the card', async () => {
  const { page: p, errors, close } = await open('ids.html');
  await rendered(p);
  assert.deepEqual(await ids(p, '#t'), ['t-platform', 't-storage', 't-network', 't-compute']);
  assert.deepEqual(await ids(p, '[id-prefix]'), ['x-platform', 'x-storage', 'x-network', 'x-compute']);
  // Loading anew (another src) keeps the ids.
  await p.locator('#t').evaluate((e) => { e.src = 'acme.json?again'; });
  await p.waitForTimeout(50);
  await rendered(p);
  assert.deepEqual(await ids(p, '#t'), ['t-platform', 't-storage', 't-network', 't-compute']);
  // The second page's ¶ link of Compute: the host's hash names it, and the card is scrolled to.
  await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const card = p.locator('[id-prefix] [data-team-id=compute]');
  await card.locator('.tp-permalink').click();
  assert.equal(new URL(p.url()).hash, '#x-compute');
  // Cards keep 9em (144 px) clear above them for the sticky filter bar.
  await p.waitForFunction(() => {
    const r = document.querySelector('[id-prefix]').shadowRoot.querySelector('[data-team-id=compute]').getBoundingClientRect();
    return Math.abs(r.top - 144) < 8;
  });
  // A link to it from outside (a shared URL) opens the page there too.
  await p.goto(base + 'ids.html#t-network');
  await rendered(p);
  await p.waitForFunction(() => {
    const r = document.querySelector('#t').shadowRoot.querySelector('[data-team-id=network]').getBoundingClientRect();
    return Math.abs(r.top - 144) < 8;
  });
  assert.deepEqual(errors, []);
  await close();
});

const background = (p, host) => p.locator(`${host} .tp-root`).evaluate((e) => getComputedStyle(e).backgroundColor);
const luminance = (rgb) => { const [r, g, b] = rgb.match(/\d+/g).map(Number); return (r + g + b) / 3; };

test('theme pins light or dark inside any host; without it the page follows the visitor', async () => {
  for (const scheme of ['dark', 'light']) {
    const { page: p, close } = await open('themes.html', { colorScheme: scheme });
    await rendered(p);
    assert.ok(luminance(await background(p, '#light')) > 200, `theme=light in a ${scheme} system`);
    assert.ok(luminance(await background(p, '#dark')) < 60, `theme=dark in a ${scheme} system`);
    const auto = luminance(await background(p, '#auto'));
    assert.ok(scheme === 'dark' ? auto < 60 : auto > 200, `no theme in a ${scheme} system follows it`);
    if (scheme === 'dark') {
      // Changed in place, without a reload.
      await p.locator('#auto').evaluate((e) => { window.__root = e.shadowRoot.querySelector('.tp-root'); e.theme = 'light'; });
      await p.waitForFunction(() => getComputedStyle(document.querySelector('#auto').shadowRoot.querySelector('.tp-root')).backgroundColor !== 'rgb(18, 20, 23)');
      assert.ok(await p.evaluate(() => window.__root === document.querySelector('#auto').shadowRoot.querySelector('.tp-root')), 'the same page, not a new one');
      assert.ok(luminance(await background(p, '#auto')) > 200);
    }
    await close();
  }
});

test('the sticky filter bar stays opaque when the host makes the page background transparent', async () => {
  const { page: p, close } = await open('transparent.html');
  await rendered(p);
  assert.equal(await background(p, '#t'), 'rgba(0, 0, 0, 0)', 'the host asked for a transparent page');
  const bar = await p.locator('#t [role=search]').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.match(bar, /^rgb\(/, `filter bar background ${bar} is opaque`);
  await close();
});

test('heading-level puts the team under the host page\'s own h1', async () => {
  const { page: p, close } = await open('levels.html');
  await rendered(p);
  const levels = await p.locator('#t').evaluate((h, root = h.shadowRoot) => ({
    h1: root.querySelectorAll('h1').length,
    title: root.querySelector('.tp-title').tagName,
    section: root.querySelector('.tp-section-title').tagName,
    panel: root.querySelector('.tp-panel-title').tagName,
    card: root.querySelector('.tp-card-title').tagName,
  }));
  assert.deepEqual(levels, { h1: 0, title: 'H2', section: 'H3', panel: 'H3', card: 'H4' });
  const plain = await open('plain.html');
  await rendered(plain.page);
  assert.equal(await plain.page.locator('team-page').evaluate((h) => h.shadowRoot.querySelector('.tp-title').tagName), 'H1');
  await plain.close();
  await close();
});

test('people show their local time, e-mail, link, pronouns and nick, in the cards and in the A–Z list alike', async () => {
  const { page: p, errors, close } = await open('plain.html');
  await rendered(p);
  const expected = await p.evaluate(() => new Intl.DateTimeFormat(undefined, { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit' }).format(new Date()));
  const ada = (items) => {
    const li = items.find((e) => e.textContent.includes('Ada Lovelace'));
    const q = (sel) => li.querySelector(sel);
    return {
      href: q('a.tp-person-name')?.getAttribute('href'), nick: q('.tp-person-nick')?.textContent,
      pronouns: q('.tp-person-pronouns')?.textContent, time: q('.tp-person-time')?.textContent,
      zone: q('.tp-person-time')?.title, email: q('.tp-person-email')?.getAttribute('href'),
    };
  };
  const inCards = await p.locator('team-page .tp-person').evaluateAll(ada);
  assert.deepEqual(inCards, {
    href: 'https://acme.example/ada', nick: 'IRC: ada', pronouns: '(she/her)', time: `${expected} local time`,
    zone: 'Time zone: Europe/London', email: 'mailto:ada@acme.example',
  });
  await p.locator('team-page').evaluate((h) => { h.view = 'people'; });
  await p.locator('team-page .tp-flat-person').first().waitFor();
  assert.deepEqual(await p.locator('team-page .tp-flat-person').evaluateAll(ada), inCards);
  // An unknown time zone shows no time, and breaks nothing.
  assert.equal(await p.locator('team-page .tp-flat-person', { hasText: 'Alan Turing' }).locator('.tp-person-time').count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

test('a manifest on another site without CORS says so', async () => {
  const { page: p, close } = await open('cors.html');
  const alert = p.locator('#t [role=alert]');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /another site/);
  assert.match(text, /Access-Control-Allow-Origin/);
  assert.ok(text.includes(otherBase.replace(/\/$/, '')), text);
  await close();
});

test('channels: one "#" before a channel name, and the network named once', async () => {
  const { page: p, close } = await open('plain.html');
  await rendered(p);
  const channels = await p.locator('team-page .tp-team-root .tp-channel').evaluateAll((items) => items.map((li) => ({
    name: li.querySelector('.tp-channel-name').textContent,
    shown: [...li.querySelectorAll('.tp-channel-icon, .tp-channel-name')].map((e) => e.textContent).join(''),
    network: li.querySelector('.tp-network').textContent,
  })));
  assert.deepEqual(channels, [
    { name: '#acme-platform', shown: '#acme-platform', network: 'on Libera.Chat' },
    { name: 'acme-platform', shown: '#acme-platform', network: 'on Acme Slack' },
  ]);
  await close();
});

test('the filter box: its placeholder fits at 390 px, and the "/" hint shows only where "/" works', async () => {
  // A phone: touch, no hover; the standalone page owns the "/" key.
  const phone = await open('', { width: 390, context: { hasTouch: true, isMobile: true } });
  const box = phone.page.getByRole('searchbox');
  await box.waitFor();
  const fit = await box.evaluate((input) => {
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    return { text: ctx.measureText(input.placeholder).width, room, placeholder: input.placeholder };
  });
  assert.ok(fit.text <= fit.room, `placeholder "${fit.placeholder}" (${fit.text} px) fits in ${fit.room} px`);
  assert.doesNotMatch(fit.placeholder, /press/);
  assert.equal(await phone.page.locator('.tp-key-hint').isVisible(), false, 'no "/" hint without a keyboard');
  await phone.close();
  const desktop = await open('');
  await desktop.page.locator('.tp-key-hint').waitFor();
  assert.equal(await desktop.page.getByRole('searchbox').getAttribute('aria-keyshortcuts'), '/');
  await desktop.close();
  // An embed does not own the "/" key, so it does not offer it.
  const embed = await open('plain.html');
  await rendered(embed.page);
  assert.equal(await embed.page.locator('team-page .tp-key-hint').count(), 0);
  await embed.close();
});

test('the status counts the cards on the page, and the tab title is the team\'s name', async () => {
  const { page: p, close } = await open('?manifest=acme.json');
  await p.locator('[role=status]').filter({ hasText: /team/ }).waitFor();
  assert.equal(await p.locator('[role=status]').filter({ hasText: /team/ }).textContent(), '3 teams, 10 people');
  assert.equal(await p.locator('.tp-card').count(), 3);
  assert.equal(await p.title(), 'Acme Platform');
  await close();
});

test('the standalone page can be themed by editing its page.css (no integrity hash refuses the edit)', async () => {
  const css = fs.readFileSync(path.join(DIST, 'page.css'), 'utf8');
  const s = await serve(DIST, 0, {
    '/page.css': (req, res) => res.writeHead(200, { 'content-type': 'text/css' })
      .end(`${css}\nbody { --tp-accent: rgb(200, 0, 100); }`),
  });
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  await p.goto(`http://127.0.0.1:${s.address().port}/`);
  const link = p.locator('.tp-channel-name').first();
  await link.waitFor();
  assert.equal(await link.evaluate((a) => getComputedStyle(a).color), 'rgb(200, 0, 100)');
  await ctx.close();
  s.close();
});

test('an emergency phone number is a tel: link', async () => {
  const { page: p, errors, close } = await open('?manifest=tel.json');
  const link = p.getByRole('link', { name: 'Call the on-call phone' });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), 'tel:+44 20 7946 0000');
  assert.deepEqual(errors, []);
  await close();
});
