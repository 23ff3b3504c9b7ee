// End-to-end tests of the reader's language (issue "Every reader"): the
// catalogue chosen from ?lang=, the browser's languages, the host page's lang
// and the element's; no English label left in another language; Intl plurals
// and A–Z order; right to left for Arabic and Hebrew; a host's labels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { TeamPage } from './team-page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
let server, browser, base;

const html = (body, lang = 'en') => (req, res) => res.writeHead(200, { 'content-type': 'text/html' })
  .end(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>${body}<script type="module" src="team-page.js"></script></body></html>`);
const json = (value) => (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));

// Names whose code-point order differs from Japanese collation: hiragana sorts
// before katakana by code point, but か (ka) comes before さ (sa).
const KANA = {
  manifest_version: 1,
  team: { id: 'kana', name: 'Kana', members: [{ name: 'さとう' }, { name: 'カトウ' }, { name: 'あべ' }] },
};

// English labels that must not remain on a page in another language.
const ENGLISH = ['Filter teams and people', 'Expand all', 'Collapse all', 'Everyone A–Z', 'By team',
  'Previously known as', 'Last edited', 'Content is available under', 'In an emergency', 'Copy', 'connect',
  'Chat channels', 'Link to ', 'people', 'subteam', 'Documentation', 'Technologies'];

before(async () => {
  server = await serve(DIST, 0, {
    '/kana.json': json(KANA),
    '/host-es.html': html('<team-page src="team.json"></team-page>', 'es'),
    '/own-ja.html': html('<team-page lang="ja" src="team.json"></team-page>', 'en'),
    '/labels.html': html(`<team-page id="t" src="team.json"></team-page>`, 'en'),
  });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function open(url, { locale = 'en-US', width = 1280 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + url);
  await page.locator('.tp-root [data-team-id]').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(200);
  return { page, context, errors };
}

/** Every text and label the page shows (inside shadow roots too). */
const allText = (page) => page.evaluate(() => {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) out.push(node.textContent);
    if (node.nodeType === 1) {
      for (const a of ['aria-label', 'title', 'placeholder']) if (node.getAttribute(a)) out.push(node.getAttribute(a));
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const c of node.childNodes) walk(c);
  };
  walk(document.body);
  return out.join('\n');
});

for (const [lang, label, status] of [
  ['de', 'Teams und Personen filtern', '6 Teams, 35 Personen'],
  ['fr', 'Filtrer les équipes et les personnes', '6 équipes, 35 personnes'],
  ['es', 'Filtrar equipos y personas', '6 equipos, 35 personas'],
  ['ja', 'チームとメンバーを絞り込む', '6 チーム、35 人'],
  ['ar', 'تصفية الفرق والأشخاص', '6 فرق، 35 شخصًا'],
  ['he', 'סינון צוותים ואנשים', '6 צוותים, 35 אנשים'],
]) {
  test(`?lang=${lang}: the labels, counts and document are in that language, no English label is left`, async () => {
    const { page, context, errors } = await open(`?lang=${lang}`);
    await page.getByRole('button', { name: /./ }).first().waitFor();
    assert.equal(await page.locator('.tp-filter-label').textContent(), label);
    assert.equal(await page.locator('.tp-status').textContent(), status);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    const rtl = lang === 'ar' || lang === 'he';
    assert.equal(await page.evaluate(() => document.documentElement.dir), rtl ? 'rtl' : 'ltr');
    assert.equal(await page.locator('.tp-root').getAttribute('dir'), rtl ? 'rtl' : 'ltr');
    // Open every card, so that every label is on the page.
    await page.locator('.tp-toolbar-end .tp-button').first().click();
    await page.waitForTimeout(300);
    const text = await allText(page);
    // The seed's own text is English: take out what the manifest says.
    const manifest = JSON.stringify(await (await fetch(base + 'team.json')).json());
    // Words French writes as English does.
    const same = lang === 'fr' ? ['Documentation', 'Technologies'] : [];
    for (const english of ENGLISH.filter((e) => !same.includes(e))) {
      // As a word: French "se connecter" is no English "connect".
      const word = new RegExp(`(^|[^\\p{L}])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
      const left = text.split('\n').filter((t) => word.test(t) && !manifest.includes(t.trim()));
      assert.deepEqual(left, [], `English "${english}" left on the ${lang} page`);
    }
    // WCAG 2.2 A and AA in this language, 2.5.3 Label in Name included:
    // each visible label is a word of its element's accessible name.
    assert.deepEqual(await new TeamPage(page).axe(), [], `axe on the ${lang} page`);
    if (rtl) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal overflow ${overflow}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the standalone page follows the browser languages, and ?lang= overrides them', async () => {
  let { page, context } = await open('', { locale: 'fr-FR' });
  assert.equal(await page.locator('.tp-filter-label').textContent(), 'Filtrer les équipes et les personnes');
  await context.close();
  ({ page, context } = await open('?lang=de', { locale: 'fr-FR' }));
  assert.equal(await page.locator('.tp-filter-label').textContent(), 'Teams und Personen filtern');
  await context.close();
  // A language without a catalogue falls back to English.
  ({ page, context } = await open('', { locale: 'fi-FI' }));
  assert.equal(await page.locator('.tp-filter-label').textContent(), 'Filter teams and people');
  await context.close();
});

test('an embed speaks its host page\'s lang, and an element\'s own lang wins', async () => {
  let { page, context } = await open('host-es.html', { locale: 'de-DE' });
  assert.equal(await page.locator('team-page .tp-filter-label').textContent(), 'Filtrar equipos y personas');
  await context.close();
  ({ page, context } = await open('own-ja.html'));
  assert.equal(await page.locator('team-page .tp-filter-label').textContent(), 'チームとメンバーを絞り込む');
  assert.equal(await page.locator('team-page .tp-root').getAttribute('lang'), 'ja');
  // The host page keeps its own language.
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await context.close();
});

test('a host rewords any label with `labels`, plural forms included', async () => {
  const { page, context } = await open('labels.html');
  await page.evaluate(() => {
    document.querySelector('#t').labels = { 'expand-all': 'Open every card', people: '{n} humans', 'people.one': 'one human' };
  });
  await page.waitForFunction(() => document.querySelector('#t').shadowRoot?.querySelector('.tp-toolbar-end .tp-button')?.textContent === 'Open every card');
  assert.equal(await page.locator('team-page .tp-status').textContent(), '6 teams, 35 humans');
  await page.locator('team-page .tp-filter-input').fill('Mark Bergsma');
  await page.waitForFunction(() => document.querySelector('#t').shadowRoot.querySelector('.tp-status').textContent.includes('one human'));
  await context.close();
});

test('the A–Z list is in the reader\'s collation order (Intl.Collator), not code-point order', async () => {
  const { page, context } = await open('?lang=ja&view=people&manifest=kana.json');
  const names = await page.locator('.tp-flat-person .tp-person-name').allTextContents();
  assert.deepEqual(names, ['あべ', 'カトウ', 'さとう']);
  await context.close();
});

test('Arabic plurals come from Intl.PluralRules: one, two, few and many forms', async () => {
  const { page, context } = await open('?lang=ar');
  const counts = await page.locator('.tp-card .tp-count').allTextContents();
  // Cards with 4 (few) and 11 (many) people, and one subteam (one).
  assert.ok(counts.some((c) => c.includes('4 أشخاص')), counts.join(' | '));
  assert.ok(counts.some((c) => c.includes('11 شخصًا') && c.includes('فريق فرعي واحد')), counts.join(' | '));
  await context.close();
});

test('why a manifest could not be loaded is said in the reader\'s language too', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${base}?lang=de&manifest=missing.json`);
  const alert = page.locator('.tp-error[role=alert]');
  await alert.waitFor();
  assert.equal(await alert.locator('.tp-error-title').textContent(), 'Das Team konnte nicht geladen werden');
  assert.match(await alert.locator('p').textContent(), /^Laden von missing\.json fehlgeschlagen: der Server antwortete mit HTTP 404\b/);
  await page.goto(`${base}?lang=ja&manifest=${encodeURIComponent('ftp://example.org/team.json')}`);
  await page.locator('.tp-error[role=alert]').waitFor();
  assert.equal(await page.locator('.tp-error p').textContent(),
    'マニフェストのアドレス「ftp://example.org/team.json」は http か https を使う必要があります。');
  await context.close();
});

test('without its catalogue file the page shows English, and says why in the console', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.route('**/i18n/de.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${base}?lang=de`);
  await page.locator('.tp-root [data-team-id]').first().waitFor({ state: 'attached' });
  assert.equal(await page.locator('.tp-filter-label, label[for$=filter]').first().textContent(), 'Filter teams and people');
  assert.ok(warnings.some((w) => w.includes('i18n/de.json') && w.includes('HTTP 404')), warnings.join('\n'));
  // The words are marked as English, inside the German root.
  assert.equal(await page.locator('.tp-root').getAttribute('lang'), 'de');
  assert.equal(await page.locator('.tp-page').getAttribute('lang'), 'en');
  await context.close();
});
