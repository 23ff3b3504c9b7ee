// The release a user downloads (scripts/release.sh --no-build, from the
// dist/ built before): checksums that verify, a site that works unpacked
// from a sub-folder, and a validator binary that works on its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VERSION = /^version = "(.*)"$/m.exec(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'))[1];
let dir, site, check, server, browser;

before(async () => {
  execFileSync('bash', [path.join(ROOT, 'scripts/release.sh'), '--no-build'], { cwd: ROOT, stdio: 'pipe' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teampage-release-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'release'))) fs.copyFileSync(path.join(ROOT, 'release', f), path.join(dir, f));
  site = path.join(dir, `teampage-${VERSION}`);
  check = path.join(dir, 'teampage-check');
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.tar.gz'))) execFileSync('tar', ['xzf', f], { cwd: dir });
});
after(async () => {
  await browser?.close();
  server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the archives are the ones SHA256SUMS names, and hold the site and the binary', () => {
  const sums = fs.readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n').map((l) => l.split(/\s+\*?/)[1]).sort();
  assert.deepEqual(sums, fs.readdirSync(dir).filter((f) => f.endsWith('.tar.gz')).sort());
  assert.equal(sums.length, 2);
  execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, stdio: 'pipe' });
  for (const f of ['index.html', 'teampage_bg.wasm', 'teampage.js', 'team-page.js', 'team.json', 'team-manifest.schema.json',
    'team-page.d.ts', 'custom-elements.json', 'LICENSE-MIT', 'LICENSE-APACHE', 'README.txt', 'CHANGELOG.md']) {
    assert.ok(fs.existsSync(path.join(site, f)), `the site has ${f}`);
  }
  assert.ok(!fs.existsSync(path.join(site, 'leptos-example')), 'the Rust example is not part of the site');
  // A second run packs the same bytes (sorted names, fixed times and owners).
  const first = fs.readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8');
  execFileSync('bash', [path.join(ROOT, 'scripts/release.sh'), '--no-build'], { cwd: ROOT, stdio: 'pipe' });
  assert.equal(fs.readFileSync(path.join(ROOT, 'release/SHA256SUMS'), 'utf8'), first);
});

test('the unpacked site works from a sub-folder: the page and the embed module', async () => {
  server = await serve(site, 0, {}, { prefix: '/intranet/team/' });
  browser = await launch();
  const base = `http://127.0.0.1:${server.address().port}/intranet/team/`;
  const p = await browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(base);
  await p.locator('[data-team-id=traffic]').waitFor({ state: 'attached' });
  assert.equal(await p.title(), 'Site Reliability Engineering');
  await p.goto(`${base}embed.html`);
  await p.locator('#element-form [data-team-id]').first().waitFor({ state: 'attached' });
  assert.deepEqual(errors, []);
  await p.close();
});

test('the unpacked teampage-check validates on its own', () => {
  assert.match(execFileSync(check, ['--version'], { encoding: 'utf8' }), new RegExp(VERSION.replace(/\./g, '\\.')));
  execFileSync(check, ['--strict', path.join(site, 'team.json')], { stdio: 'pipe' });
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, JSON.stringify({ manifest_version: 1, team: { id: 'x', name: 'X', subteams: [{ id: 'Bad Id', name: 'Y' }] } }));
  const r = spawnSync(check, [bad], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stdout + r.stderr, /team\.subteams\[0\]\.id/);
});
