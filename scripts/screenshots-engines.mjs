// Screenshots of the built standalone page in Firefox and WebKit
// (tests/e2e/engines.mjs) at 1280 and 390 px, light and dark, to compare the
// engines' layout with Chromium's (scripts/screenshots.mjs). Prints each
// file, and anything the in-page recorder saw go wrong.
//   node scripts/screenshots-engines.mjs [OUTDIR] [QUERY]     (OUTDIR: /tmp/engine-shots)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/engines.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? '/tmp/engine-shots');
const query = process.argv[3] ?? '';
const HEIGHT = 900;
fs.mkdirSync(out, { recursive: true });

// MiniBrowser's window cannot be made as narrow as a phone: a page narrower
// than the window is the page in an iframe of that width (media queries and
// layout see the iframe's width), shot as an element.
const frame = (req, res) => {
  const { searchParams } = new URL(req.url, 'http://x');
  const src = JSON.stringify(searchParams.get('src')).replace(/</g, '\\u003c');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!DOCTYPE html><html><head><meta charset="utf-8">
    <title>frame</title><link rel="icon" href="data:,"></head><body style="margin:0">
    <iframe id="frame" src=${src} style="display:block;border:0;width:${Number(searchParams.get('w'))}px;height:${HEIGHT}px"></iframe></body></html>`);
};
// With the recorder, so that a page error shows up next to its screenshot.
const server = await serve(path.join(root, 'dist'), 0, { '/__frame.html': frame }, { record: true });
const base = `http://127.0.0.1:${server.address().port}/`;

// The page's document: the iframe's, if the page is in one (in-page probe).
const loaded = () => {
  const doc = document.getElementById('frame')?.contentDocument ?? document;
  return doc.querySelector('[data-team-id], [role=alert]') !== null;
};
const settled = () => {
  const doc = document.getElementById('frame')?.contentDocument ?? document;
  // Fonts in, then two frames: the screenshot shows the settled page.
  return doc.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
};
const record = () => (document.getElementById('frame')?.contentWindow ?? window).__tpRecord;

try {
  for (const engine of ['firefox', 'webkit']) {
    // Neither engine here emulates the colour scheme per page (Firefox's
    // BiDi has no media emulation; MiniBrowser takes --dark-mode): one
    // browser per scheme.
    for (const scheme of ['light', 'dark']) {
      const b = await launch(engine, { dark: scheme === 'dark' });
      try {
        for (const width of [1280, 390]) {
          const got = await b.resize(width, HEIGHT);
          const framed = got.width !== width; // (the iframe fits: the window is wider, as high)
          await b.goto(framed ? `${base}__frame.html?w=${width}&src=${encodeURIComponent(base + query)}` : base + query);
          await b.waitFor(loaded, [], { timeout: 10_000, what: 'the page' });
          await b.eval(settled);
          const file = path.join(out, `${engine}-${width}-${scheme}.png`);
          await b.screenshot(file, framed ? '#frame' : undefined);
          console.log(file + (framed ? `  (the window is at least ${got.width} px wide: the page in an iframe ${width} px wide)` : ''));
          for (const [kind, list] of Object.entries(await b.eval(record) ?? {})) {
            for (const m of list) console.error(`  ${engine} ${width}px ${scheme}: ${kind}: ${m}`);
          }
        }
      } finally {
        await b.close();
      }
    }
  }
} finally {
  server.close();
}
