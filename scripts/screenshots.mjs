// Screenshots of the built page at 1280 and 390 px, light and dark, left to
// right (QUERY, default none: English) and right to left (RTL_QUERY,
// default ?lang=ar: the Arabic page), for the README.
//   node scripts/screenshots.mjs [OUTDIR] [QUERY]
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs/screenshots'));
const query = process.argv[3] ?? '';
const rtlQuery = process.env.RTL_QUERY ?? '?lang=ar';
const server = await serve(path.join(root, 'dist'));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
for (const dir of ['ltr', 'rtl']) for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
    await page.goto(base + (dir === 'rtl' ? rtlQuery : query));
    await page.locator('[data-team-id]').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const file = path.join(out, `page-${width}-${scheme}${dir === 'rtl' ? '-rtl' : ''}.png`);
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
server.close();
