// The smoke set in Firefox and WebKit (engines.mjs): the release build works
// beyond Chromium — from the root and from a sub-path, under the strict CSP,
// standalone and embedded. WebKit has neither scheduler.postTask nor
// requestIdleCallback, so this is where the page's fallbacks run. Every page
// is served with the recorder (server.mjs, `record: true`) and must end with
// no error, no CSP violation and no console.error.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve, STRICT_CSP } from './server.mjs';
import { launch } from './engines.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
// embed.html loads the Rust example, built by scripts/build-examples.sh; when
// it is absent, its failed load is expected (and said on the page).
const LEPTOS_BUILT = fs.existsSync(path.join(DIST, 'leptos-example/embed_in_leptos.js'));

const ALL = '6 teams, 35 people';
const IRC_SRE = 'ircs://irc.libera.chat:6697/%23wikimedia-sre';
// Traffic matches; Service Operations and the root stay, as its ancestors.
const VARNISH = { status: '1 team, 5 people', teams: ['sre', 'service-operations', 'traffic'] };

// ---- In-page probes: they run in the browser, so they see no closure; -----
// ---- `host` names a shadow host to look in instead of the document. -------

/** Ids of the teams the filter leaves visible, in page order. */
const visibleTeams = (host) => {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  if (!root) return null;
  return [...root.querySelectorAll('[data-team-id]')].filter((e) => !e.closest('[hidden]')).map((e) => e.dataset.teamId);
};

/** Whether the "N teams, M people" status is `want`, and if given, the visible teams `teams`. */
const shows = (want, teams, host) => {
  const root = host ? document.querySelector(host)?.shadowRoot : document;
  if (!root) return false;
  const status = [...root.querySelectorAll('[role=status]')].map((e) => e.textContent.trim()).find((t) => /team/.test(t));
  if (status !== want) return false;
  if (!teams) return true;
  const visible = [...root.querySelectorAll('[data-team-id]')].filter((e) => !e.closest('[hidden]')).map((e) => e.dataset.teamId);
  return JSON.stringify(visible) === JSON.stringify(teams);
};

/** A card's computed look: proof that the component's constructed stylesheet applies. */
const cardStyle = (host) => {
  const root = host ? document.querySelector(host).shadowRoot : document;
  const s = getComputedStyle(root.querySelector('.tp-card'));
  return { sheets: root.adoptedStyleSheets.length, radius: parseFloat(s.borderTopLeftRadius), border: parseFloat(s.borderTopWidth) };
};

const toggleState = (id) => {
  const toggle = document.querySelector(`[data-team-id="${id}"] .tp-toggle`);
  return { expanded: toggle.getAttribute('aria-expanded'), bodyHidden: document.getElementById(toggle.getAttribute('aria-controls')).hidden };
};

// ---- Steps shared by the tests. --------------------------------------------

/** Opens `url` and waits for the status to say `status` (the first load compiles the wasm: more time). */
async function open(b, url, status = ALL) {
  await b.goto(url);
  await b.waitFor(shows, [status, null, null], { timeout: 10_000, what: `the status "${status}" at ${url}` });
}

/**
 * Filters by typing, as a user would, and waits until the page shows `want`
 * ({ status, teams }): both, since a prefix of `text` may give the same count.
 */
async function filter(b, text, want, host = null) {
  await b.type(host ? `${host} >>> input[type=search]` : 'input[type=search]', text);
  await b.waitFor(shows, [want.status, want.teams, host], { what: `"${text}" to show ${JSON.stringify(want)}` });
}

/** The recorder saw nothing wrong on the current page. */
async function assertClean(b, what) {
  const record = await b.eval(() => window.__tpRecord);
  assert.ok(record, `${what}: the recorder ran`);
  const expected = (m) => !LEPTOS_BUILT && m.includes('leptos-example');
  const found = Object.fromEntries(Object.entries(record).map(([k, list]) => [k, list.filter((m) => !expected(m))]));
  assert.deepEqual(found, { errors: [], violations: [], console: [] }, `${b.name}: ${what} ran cleanly`);
}

// Three servers of the same dist/: from the root, from a sub-path, and from a
// sub-path under the strict Content-Security-Policy.
const servers = {};
before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release` first');
  const start = async (prefix, csp = null) => {
    const server = await serve(DIST, 0, {}, { prefix, csp, record: true });
    return { server, base: `http://127.0.0.1:${server.address().port}${prefix}` };
  };
  servers.root = await start('/');
  servers.sub = await start('/a/b/c/');
  servers.strict = await start('/teampage/', STRICT_CSP);
});
after(() => { for (const { server } of Object.values(servers)) server?.close(); });

for (const engine of ['firefox', 'webkit']) {
  describe(engine, () => {
    // One browser per engine, one tab, navigated from test to test. A browser
    // that does not start fails every test with its reason (a failed hook
    // would only cancel them).
    let b, failed;
    before(async () => { b = await launch(engine).catch((e) => { failed = e; }); });
    after(async () => { await b?.close(); });
    const test = (name, fn) => it(name, async () => { if (failed) throw failed; await fn(); });

    test('the standalone page renders, filters, clears, toggles, links IRC and switches views', async () => {
      await open(b, servers.root.base);
      assert.equal((await b.eval(visibleTeams)).length, 7, 'the root team and its 6 subteams');
      assert.equal(await b.eval(() => document.querySelector('.tp-team-root')?.dataset.teamId), 'sre');

      // Joanna Boruń is in Infrastructure Foundations only.
      await filter(b, 'boru', { status: '1 team, 1 person', teams: ['sre', 'infrastructure-foundations'] });
      // (Hidden cards keep their old marks until they are shown again.)
      const marks = await b.eval(() => [...document.querySelectorAll('mark')].filter((m) => !m.closest('[hidden]')).map((m) => m.textContent));
      assert.deepEqual(marks, ['Boru']);
      // Escape clears the box (README, "Using the page").
      await b.press('input[type=search]', 'Escape');
      await b.waitFor(shows, [ALL, null, null], { what: 'Escape to bring every team back' });
      assert.equal(await b.eval(() => document.querySelector('input[type=search]').value), '');
      assert.equal((await b.eval(visibleTeams)).length, 7);

      const toggle = '[data-team-id="data-persistence"] .tp-toggle';
      const expanded = (want) => b.waitFor((sel, v) => document.querySelector(sel).getAttribute('aria-expanded') === v,
        [toggle, want], { what: `aria-expanded="${want}"` });
      assert.deepEqual(await b.eval(toggleState, 'data-persistence'), { expanded: 'true', bodyHidden: false });
      await b.click(toggle);
      await expanded('false');
      assert.deepEqual(await b.eval(toggleState, 'data-persistence'), { expanded: 'false', bodyHidden: true });
      await b.click(toggle);
      await expanded('true');
      assert.deepEqual(await b.eval(toggleState, 'data-persistence'), { expanded: 'true', bodyHidden: false });

      const irc = await b.eval(() => [...document.querySelectorAll('a[href^="ircs://"]')].map((a) => a.getAttribute('href')));
      assert.equal(irc.length, 7, 'one ircs:// link per team');
      assert.ok(irc.includes(IRC_SRE), `the root team's channel links to ${IRC_SRE}`);

      const views = await b.eval(() => [...document.querySelectorAll('.tp-segmented button')].map((e) => e.textContent.trim()));
      assert.deepEqual(views, ['By team', 'Everyone A–Z']);
      await b.click('.tp-segmented button:nth-child(2)');
      await b.waitFor(() => document.querySelectorAll('.tp-flat-person').length === 35, [], { what: 'the 35 people of Everyone A–Z' });
      assert.equal(await b.eval(() => document.querySelector('.tp-segmented button:nth-child(2)').getAttribute('aria-pressed')), 'true');
      await b.click('.tp-segmented button:nth-child(1)');
      await b.waitFor(() => document.querySelectorAll('[data-team-id]').length === 7 && !document.querySelector('.tp-flat-person'),
        [], { what: 'By team to bring the 7 teams back' });
      await assertClean(b, 'the standalone page');
    });

    test('from a sub-path: the page, ?manifest= and a #team-id deep link', async () => {
      const { base } = servers.sub;
      await open(b, base);
      assert.equal((await b.eval(visibleTeams)).length, 7);
      await assertClean(b, base);

      // A large manifest starts collapsed: the status counts every team, the
      // top of the tree is built.
      await open(b, `${base}?manifest=datasets/kubernetes-community.json`, '274 teams, 143 people');
      assert.ok((await b.eval(visibleTeams)).includes('special-interest-groups'), 'the Kubernetes manifest renders');
      await assertClean(b, 'the Kubernetes manifest from a sub-path');

      // Scrolled into view, and not under the sticky filter bar.
      await b.goto(`${base}#traffic`);
      await b.waitFor(() => {
        const top = document.getElementById('traffic')?.getBoundingClientRect().top;
        const bar = document.querySelector('.tp-filter')?.getBoundingClientRect().bottom ?? 0;
        return top >= bar && top < innerHeight;
      }, [], { what: '#traffic to be scrolled into view, below the filter bar' });
      assert.ok(await b.eval(() => scrollY > 0), 'the page scrolled to the card');
      assert.deepEqual(await b.eval(toggleState, 'traffic'), { expanded: 'true', bodyHidden: false });
      await assertClean(b, `${base}#traffic`);
    });

    test('under the strict CSP, from /teampage/: the page is styled and filters; embed.html renders both shadow roots styled', async () => {
      const { base } = servers.strict;
      await open(b, base);
      assert.equal((await b.eval(visibleTeams)).length, 7);
      const style = await b.eval(cardStyle);
      assert.ok(style.sheets >= 1, 'the document adopted the constructed stylesheet');
      assert.ok(style.radius > 0 && style.border > 0, `cards are styled (${JSON.stringify(style)})`);
      await filter(b, 'varnish', VARNISH);
      await assertClean(b, 'the standalone page under the strict CSP');

      await b.goto(`${base}embed.html`);
      await b.waitFor(shows, [ALL, null, '#element-form'], { what: 'the <team-page> element' });
      await b.waitFor(shows, ['159 teams, 402 people', null, '#js-form'], { what: 'the mount() form' });
      for (const host of ['#element-form', '#js-form']) {
        assert.equal(await b.eval((h) => document.querySelector(h).shadowRoot?.mode, host), 'open', `${host} has an open shadow root`);
        const s = await b.eval(cardStyle, host);
        assert.ok(s.sheets >= 1 && s.radius > 0 && s.border > 0, `${host} is styled (${JSON.stringify(s)})`);
      }
      if (LEPTOS_BUILT) {
        await b.waitFor(() => !!document.querySelector('#leptos-app [data-team-id]'), [], { what: 'the Rust form' });
      }
      // Typing into one shadow root filters that instance only.
      const jsBefore = await b.eval(visibleTeams, '#js-form');
      await filter(b, 'varnish', VARNISH, '#element-form');
      assert.deepEqual(await b.eval(visibleTeams, '#js-form'), jsBefore);
      await assertClean(b, 'embed.html under the strict CSP');
    });
  });
}
