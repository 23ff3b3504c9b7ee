// How the page copes with very large manifests: for generated manifests of
// about 10, 50 and 100 MiB (scripts/gen-manifest.mjs, seeded), the time from
// navigation to the first painted page (or to the error that refuses it) and
// the renderer's peak memory (resident set of Chromium's renderer
// processes, sampled every 50 ms). The numbers behind MAX_MANIFEST_BYTES
// (crates/teampage-core/src/response.rs) and bench/RESULTS.md.
//
//   node bench/manifest-size.mjs [--sizes 10,50,100,120] [--runs 3] [--dist DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '10,50,100,120').split(',').map(Number);
const runs = Number(arg('runs', '3'));
const dist = path.resolve(arg('dist', path.join(ROOT, 'dist')));
// People and teams per size in MiB: about 240 bytes a person, one team per 20.
const SHAPE = (mb) => ({ people: Math.round(mb * 4300), teams: Math.round(mb * 215) });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teampage-size-'));
const routes = {};
for (const mb of sizes) {
  const file = path.join(dir, `m${mb}.json`);
  const { people, teams } = SHAPE(mb);
  execFileSync('node', [path.join(ROOT, 'scripts/gen-manifest.mjs'), '--people', people, '--teams', teams, '--seed', '1'],
    { stdio: ['ignore', fs.openSync(file, 'w'), 'inherit'], maxBuffer: 1 << 30 });
  routes[`/m${mb}.json`] = (req, res) => {
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
  };
}

/** Resident memory of Chromium's renderer processes, in MB. */
function rendererRss() {
  const out = execFileSync('ps', ['-eo', 'rss,args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes('--type=renderer')).reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[0]), 0) / 1024;
}

const server = await serve(dist, 0, routes);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
console.log(`dist: ${dist}`);
console.log('size (MB)  people   teams  run  navigation → painted (ms)  renderer peak RSS (MB)  outcome');
for (const mb of sizes) {
  const bytes = fs.statSync(path.join(dir, `m${mb}.json`)).size;
  for (let run = 1; run <= runs; run++) {
    const page = await browser.newPage();
    let peak = 0;
    const sampler = setInterval(() => { peak = Math.max(peak, rendererRss()); }, 50);
    let outcome;
    const start = Date.now();
    try {
      await page.goto(`${base}?manifest=m${mb}.json`);
      await page.locator('[role=status]:has-text("people"), [role=alert]').first().waitFor({ timeout: 120_000 });
      outcome = (await page.locator('[role=alert]').count()) ? `refused: ${(await page.locator('[role=alert] p').first().innerText()).slice(0, 90)}` : 'shown';
    } catch (e) {
      outcome = `failed: ${String(e.message).split('\n')[0]}`;
    }
    const ms = Date.now() - start;
    // Then the search index (built after the first paint) and a rare query.
    let query = '';
    if (outcome === 'shown') {
      await page.waitForTimeout(3000);
      const before = await page.locator('[role=status]:has-text("people")').first().innerText();
      const t = Date.now();
      await page.getByRole('searchbox', { name: /Filter/ }).fill('zzq');
      await page.waitForFunction((b) => document.querySelector('[role=status]')?.textContent !== b
        && [...document.querySelectorAll('[role=status]')].some((e) => e.textContent !== b && /team/.test(e.textContent)), before, { timeout: 60_000 });
      query = `, rare query ${Date.now() - t} ms`;
    }
    clearInterval(sampler);
    const { people, teams } = SHAPE(mb);
    console.log(`${(bytes / 1024 / 1024).toFixed(1).padStart(9)}  ${String(people).padStart(6)}  ${String(teams).padStart(6)}  ${String(run).padStart(3)}  ${String(ms).padStart(25)}  ${peak.toFixed(0).padStart(22)}  ${outcome}${query}`);
    await page.close();
  }
}
await browser.close();
server.close();
fs.rmSync(dir, { recursive: true });
