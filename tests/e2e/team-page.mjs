// Page object of the team page: drives it through its accessible surface
// (docs/ARCHITECTURE.md, "The page's testable surface").
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The rules axe() runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

export class TeamPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page, base) {
    this.page = page;
    this.base = base;
    this.errors = [];
    page.on('console', (m) => { if (m.type() === 'error') this.errors.push(m.text()); });
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  async open(query = '') {
    await this.page.goto(this.base + query);
    await this.loaded();
    return this;
  }

  async loaded() {
    await this.page.locator('[data-team-id], [role=alert]').first().waitFor({ state: 'attached' });
  }

  get filterBox() { return this.page.getByRole('searchbox', { name: /Filter/ }); }
  get status() { return this.page.locator('[role=status]').filter({ hasText: /team/ }); }
  card(id) { return this.page.locator(`[data-team-id="${id}"]`); }
  toggle(id) { return this.card(id).locator('.tp-toggle').first(); }

  /** Ids of the team cards not hidden by the filter, in page order. */
  async visibleTeams() {
    return this.page.$$eval('[data-team-id]', (els) => els.filter((e) => !e.closest('[hidden]')).map((e) => e.dataset.teamId));
  }

  async counts() {
    const text = await this.status.textContent();
    const m = /(\d+) teams?, (\d+) (?:people|person)/.exec(text);
    return { teams: Number(m[1]), people: Number(m[2]) };
  }

  async filter(text) {
    await this.filterBox.fill(text);
  }

  async expandAll() { await this.page.getByRole('button', { name: 'Expand all' }).click(); }

  /** axe-core violations (WCAG 2.0, 2.1 and 2.2, A and AA, and best practices) of the current state. */
  async axe() {
    await this.page.addScriptTag({ content: AXE });
    return this.page.evaluate(async (values) => {
      // label-content-name-mismatch (2.5.3 Label in Name) is experimental in
      // axe, so off unless named; Lighthouse runs it.
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values },
        rules: { 'label-content-name-mismatch': { enabled: true } },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    }, AXE_TAGS);
  }

  /**
   * Every pointer target shown (links, buttons, inputs, summaries) with its
   * box and whether it passes WCAG 2.2 SC 2.5.8 Target Size (Minimum): at
   * least 24 by 24 CSS px, or, smaller, spaced so that a 24 px circle centred
   * on it meets no other target nor another small target's circle. Links
   * inline in running text (an inline box in a block that has text of its
   * own) are the SC's "inline" exception and are left out.
   */
  async targets() {
    return this.page.evaluate(() => {
      const SEL = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [tabindex]:not([tabindex="-1"])';
      const inText = (el) => {
        if (getComputedStyle(el).display !== 'inline') return false;
        let block = el.parentElement;
        while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
        if (block?.tagName !== 'P') return false;
        const own = [...block.childNodes].filter((n) => !n.contains(el)).map((n) => n.textContent).join('');
        return /\p{L}/u.test(own);
      };
      const all = [...document.querySelectorAll(SEL)].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true }) && !inText(el);
      });
      const boxes = all.map((el) => {
        const r = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30) || el.tagName;
        return { what: `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${name}"`,
          x: r.x, y: r.y, width: r.width, height: r.height, cx: r.x + r.width / 2, cy: r.y + r.height / 2 };
      });
      const small = (b) => b.width < 24 || b.height < 24;
      const gap = (b, o) => Math.hypot(Math.max(o.x - b.cx, 0, b.cx - o.x - o.width), Math.max(o.y - b.cy, 0, b.cy - o.y - o.height));
      return boxes.map((b) => {
        const ok = !small(b) || boxes.every((o) => o === b || (gap(b, o) >= 12 && (!small(o) || Math.hypot(o.cx - b.cx, o.cy - b.cy) >= 24)));
        return { what: b.what, width: Math.round(b.width * 10) / 10, height: Math.round(b.height * 10) / 10, ok };
      });
    });
  }

  async horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }
}
