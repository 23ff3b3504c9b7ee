// Runs every snippet of README.md as a reader would copy it, in order, so
// that none can rot:
//   - ```sh blocks run with bash in one scratch folder holding the release
//     (scripts/release.sh --no-build), with that folder first on PATH (the
//     unpacked teampage-check); the ```json manifest before them is saved
//     there as team.json;
//   - ```html blocks are served beside the built site and opened in
//     Chromium: every <team-page> must show its team without an error;
//   - a ```js block is the file the HTML before it loads (`src="x.js"`), or,
//     if none, a module of its own on a page with the element it queries;
//   - the ```text Content-Security-Policy is the one the tests enforce.
// The first block (scripts/serve.sh, scripts/test.sh) is what CI itself
// runs; here its scripts must exist and parse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve, STRICT_CSP } from './server.mjs';
import { launch } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The fenced blocks of the README, in order: { lang, code, line }. */
function blocks(markdown) {
  const out = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let m; (m = re.exec(markdown));) {
    out.push({ lang: m[1], code: m[2], line: markdown.slice(0, m.index).split('\n').length });
  }
  return out;
}
const ALL = blocks(README);
const [FIRST, ...REST] = ALL;
const PLAN = plan();

const page = (body) => (req, res) => res.writeHead(200, { 'content-type': 'text/html' })
  .end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,"></head><body><h1>Intranet</h1>${body}</body></html>`);

let scratch, server, browser, base;

before(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'teampage-readme-'));
  execFileSync('bash', [path.join(ROOT, 'scripts/release.sh'), '--no-build'], { cwd: ROOT, stdio: 'pipe' });
  for (const f of fs.readdirSync(path.join(ROOT, 'release'))) fs.copyFileSync(path.join(ROOT, 'release', f), path.join(scratch, f));
  const routes = {};
  const js = (code) => (req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
  for (const [i, { url, script }] of Object.entries(PLAN)) {
    const b = REST[i];
    if (b.lang === 'html') routes[url] = page(b.code);
    else if (script) routes[`/${script}`] = js(b.code);
    else {
      // A module of its own, on a page with the elements it looks up.
      routes[url.replace(/\.html$/, '.js')] = js(b.code);
      const ids = [...b.code.matchAll(/querySelector\('#([\w-]+)'\)|getElementById\('([\w-]+)'\)/g)].map((m) => m[1] ?? m[2]);
      routes[url] = page(`${ids.map((id) => `<div id="${id}"></div>`).join('')}<script type="module" src="${url.slice(1).replace(/\.html$/, '.js')}"></script>`);
    }
  }
  server = await serve(DIST, 0, routes, { csp: STRICT_CSP });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

test('the README has runnable snippets of each kind', () => {
  const kinds = new Set(ALL.map((b) => b.lang));
  for (const k of ['sh', 'json', 'html', 'js']) assert.ok(kinds.has(k), `no \`\`\`${k} block`);
  assert.deepEqual(ALL.map((b) => b.lang).filter((l) => !['sh', 'json', 'html', 'js', 'text', 'nginx'].includes(l)), [],
    'a block of a kind this test does not run');
});

test('the first two commands are the project\'s serve and test scripts', () => {
  const commands = FIRST.code.split('\n').filter(Boolean).map((l) => l.split(/\s+#/)[0].trim());
  assert.deepEqual(commands, ['scripts/serve.sh', 'scripts/test.sh']);
  for (const c of commands) execFileSync('bash', ['-n', path.join(ROOT, c)]);
});

test('the manifest and shell snippets work in order: unpack and check the release, validate the manifest', () => {
  const env = { ...process.env, PATH: `${scratch}:${process.env.PATH}` };
  let manifests = 0;
  for (const b of REST) {
    if (b.lang === 'json' && /"manifest_version"/.test(b.code)) {
      fs.writeFileSync(path.join(scratch, 'team.json'), b.code);
      manifests++;
    } else if (b.lang === 'sh') {
      try {
        execFileSync('bash', ['-euo', 'pipefail', '-c', b.code], { cwd: scratch, env, stdio: 'pipe' });
      } catch (e) {
        assert.fail(`README.md line ${b.line}: the shell snippet failed:\n${b.code}\n${e.stdout}${e.stderr}`);
      }
    }
  }
  assert.ok(manifests > 0, 'no manifest snippet');
  assert.ok(fs.existsSync(path.join(scratch, 'teampage-check')), 'the release snippet unpacks teampage-check');
  // The manifest validates without a warning, as the README says.
  const out = execFileSync('teampage-check', ['--strict', 'team.json'], { cwd: scratch, env, encoding: 'utf8' });
  assert.doesNotMatch(out, /warning/);
});

test('the Content-Security-Policy the README gives is the one the tests enforce', () => {
  const csp = REST.filter((b) => b.lang === 'text' && /default-src/.test(b.code));
  assert.equal(csp.length, 1);
  assert.equal(csp[0].code.trim(), STRICT_CSP.trim());
});

for (const [i, { url }] of Object.entries(PLAN).filter(([, v]) => v.url)) {
  test(`README.md line ${REST[i].line}: the ${REST[i].lang} snippet shows the team, under the strict policy`, async () => {
    const p = await browser.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await p.goto(base + url);
    await p.waitForFunction(() => document.querySelector('team-page, [id]')
      && [...document.querySelectorAll('team-page, body > div[id]')]
        .every((e) => e.shadowRoot?.querySelector('.tp-card') || e.querySelector?.('.tp-card')));
    const status = await p.locator('[role=status]').filter({ hasText: /team/ }).allTextContents();
    assert.ok(status.length > 0 && status.every((s) => !/^0 teams/.test(s)), `status: ${status}`);
    assert.equal(await p.locator('[role=alert]').count(), 0);
    assert.deepEqual(errors, []);
    await p.close();
  });
}

/**
 * Per HTML or JS snippet (by index in REST): the page that shows it (`url`),
 * or for JS that an HTML snippet before it loads, that script's name.
 */
function plan() {
  const out = {};
  let lastHtml = null;
  REST.forEach((b, i) => {
    if (b.lang === 'html') { out[i] = { url: `/readme-${i}.html` }; lastHtml = b; }
    if (b.lang === 'js') {
      const script = lastHtml && [...lastHtml.code.matchAll(/src="([\w.-]+\.js)"/g)].map((m) => m[1])
        .find((f) => !fs.existsSync(path.join(DIST, f)));
      out[i] = script ? { script } : { url: `/readme-${i}.html` };
      lastHtml = null;
    }
  });
  return out;
}
