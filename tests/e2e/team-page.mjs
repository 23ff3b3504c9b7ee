// Page object of the team page: drives it through its accessible surface
// (docs/ARCHITECTURE.md, "The page's testable surface").
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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

  /** axe-core violations (WCAG 2 A/AA and best practices) of the current state. */
  async axe() {
    await this.page.addScriptTag({ content: AXE });
    return this.page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
  }

  async horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }
}
