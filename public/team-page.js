// teampage embed module: `mount()` and the <team-page> custom element.
//
//   <script type="module" src="team-page.js"></script>
//   <team-page src="team.json"></team-page>
//
//   import { mount } from './team-page.js';
//   const handle = mount(document.querySelector('#team'), { manifest: 'team.json' });
//   handle.addEventListener('teampage-load', (e) => console.log(e.detail.people));
//
// Nothing is added to `window`; the module defines the `team-page` element.
// Types: team-page.d.ts; tooling: custom-elements.json.
import init, { mountJson } from './teampage.js';

let ready = null;
function load() {
  ready ??= init({ module_or_path: new URL('./teampage_bg.wasm', import.meta.url) });
  return ready;
}

// A default id prefix per element, kept across remounts so that `¶` links
// stay the same.
let instances = 0;
const prefixes = new WeakMap();
function defaultPrefix(element) {
  if (element.id) return `${element.id}-`;
  if (!prefixes.has(element)) prefixes.set(element, `tp${++instances}-`);
  return prefixes.get(element);
}
const THEMES = ['light', 'dark'];
const themeOf = (theme) => (THEMES.includes(theme) ? theme : 'auto');
const levelOf = (level) => Math.min(5, Math.max(1, Math.trunc(Number(level)) || 1));

/** The events a page fires (as `CustomEvent`s with a plain-object `detail`). */
export const EVENTS = ['teampage-load', 'teampage-error', 'teampage-filter', 'teampage-toggle', 'teampage-view'];

/** Message key → text, strings only. */
const labelsOf = (labels) => Object.fromEntries(
  Object.entries(labels && typeof labels === 'object' ? labels : {}).filter(([, t]) => typeof t === 'string'),
);
const techList = (tech) => (Array.isArray(tech) ? tech.map(String) : String(tech ?? '').split(','))
  .map((t) => t.trim())
  .filter(Boolean);

/**
 * Renders a team page into `element` (inside an open shadow root unless
 * `shadow: false`). Options: `manifest` (URL string or manifest object),
 * `filter` (filter text), `tech` (array of technologies), `view`
 * ('teams' | 'people'), `ownUrl` (keep state in the page URL and restore it
 * on load; one instance at most), `idPrefix` (of every element id: defaults to
 * the element's id and "-", else a prefix kept by the element), `theme`
 * ('light' | 'dark' | 'auto'), `headingLevel` (of the team's name, 1–5;
 * default 1), `lang` (of the page's words, BCP 47; default: the nearest
 * `lang` around `element`, else the browser's), `labels` (message key →
 * text, to reword any label), `shadow`. Returns an EventTarget handle that fires the page's
 * events, with `ready` (resolves once the page is mounted),
 * `update({filter, tech, view, theme})` (in place: no reload) and `unmount()`.
 */
export function mount(element, options = {}) {
  if (!(element instanceof HTMLElement)) throw new TypeError('teampage: mount() needs an element');
  const { manifest = 'team.json', view = 'teams', ownUrl = false, shadow = true } = options;
  const idPrefix = options.idPrefix ?? (ownUrl ? '' : defaultPrefix(element));
  const root = shadow ? (element.shadowRoot ?? element.attachShadow({ mode: 'open' })) : element;
  const container = document.createElement('div');
  container.className = 'tp-host';
  const setTheme = (theme) => {
    if (themeOf(theme) === 'auto') delete container.dataset.theme;
    else container.dataset.theme = theme;
  };
  setTheme(options.theme);
  root.replaceChildren(container);
  const state = { filter: String(options.filter ?? ''), tech: techList(options.tech), view: String(view) };
  const json = () => JSON.stringify({
    manifestUrl: typeof manifest === 'string' ? new URL(manifest, document.baseURI).href : null,
    manifestJson: typeof manifest === 'string' ? null : JSON.stringify(manifest),
    ...state,
    idPrefix: String(idPrefix),
    ownUrl: Boolean(ownUrl),
    headingLevel: levelOf(options.headingLevel),
    lang: String(options.lang ?? ''),
    hostLang: element.closest('[lang]')?.getAttribute('lang') ?? '',
    // The catalogue files (i18n/) sit beside this module.
    assets: new URL('./', import.meta.url).href,
  });
  const handle = new EventTarget();
  let page = null;
  let gone = false;
  const fire = (name, detail) => handle.dispatchEvent(new CustomEvent(name, { detail: JSON.parse(detail) }));
  handle.ready = load().then(() => {
    if (!gone) page = mountJson(container, json(), fire, labelsOf(options.labels));
  });
  handle.update = (changes = {}) => {
    if ('filter' in changes) state.filter = String(changes.filter ?? '');
    if ('tech' in changes) state.tech = techList(changes.tech);
    if ('view' in changes) state.view = String(changes.view ?? 'teams');
    if ('theme' in changes) setTheme(changes.theme);
    page?.update(JSON.stringify(state));
  };
  handle.unmount = () => {
    gone = true;
    if (page) { page.unmount(); page.free(); page = null; }
    container.remove();
  };
  return handle;
}

/**
 * `<team-page src filter tech view own-url theme heading-level id-prefix lang>`:
 * a team page in an open shadow root. Properties `src`, `filter`, `tech`
 * (array), `view`, `ownUrl`, `theme`, `headingLevel`, `idPrefix` and `lang`
 * reflect their attributes; `manifest` (an object, used instead of `src`)
 * and `labels` (message key → text) are properties only. `filter`, `tech`, `view` and `theme` change the page in
 * place; the others load it anew.
 */
export class TeamPageElement extends HTMLElement {
  static observedAttributes = ['src', 'filter', 'tech', 'view', 'own-url', 'theme', 'heading-level', 'id-prefix', 'lang'];
  #handle = null;
  #queued = false;
  #manifest = null;
  #labels = {};

  connectedCallback() {
    // Properties set before the element was defined shadow the accessors.
    for (const p of ['src', 'filter', 'tech', 'view', 'ownUrl', 'theme', 'headingLevel', 'idPrefix', 'manifest', 'labels']) {
      if (Object.prototype.hasOwnProperty.call(this, p)) {
        const value = this[p];
        delete this[p];
        this[p] = value;
      }
    }
    this.#schedule();
  }

  disconnectedCallback() {
    this.#handle?.unmount();
    this.#handle = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (this.#handle && ['filter', 'tech', 'view', 'theme'].includes(name)) {
      this.#handle.update({ filter: this.filter, tech: this.tech, view: this.view, theme: this.theme });
    } else {
      this.#schedule();
    }
  }

  /** Resolves once the current page is mounted. */
  get ready() { return this.#handle?.ready ?? Promise.resolve(); }

  get src() { return this.getAttribute('src') ?? ''; }
  set src(v) { this.setAttribute('src', String(v)); }
  get filter() { return this.getAttribute('filter') ?? ''; }
  set filter(v) { this.setAttribute('filter', String(v ?? '')); }
  get view() { return this.getAttribute('view') === 'people' ? 'people' : 'teams'; }
  set view(v) { this.setAttribute('view', String(v)); }
  /** The selected technologies; the attribute is a comma-separated list. */
  get tech() { return techList(this.getAttribute('tech')); }
  set tech(v) { this.setAttribute('tech', techList(v).join(',')); }
  get ownUrl() { return this.hasAttribute('own-url'); }
  set ownUrl(v) { this.toggleAttribute('own-url', Boolean(v)); }
  /** `light`, `dark`, or `auto` (the visitor's setting; the default). */
  get theme() { return themeOf(this.getAttribute('theme')); }
  set theme(v) { this.setAttribute('theme', String(v)); }
  /** Heading level of the team's name, 1–5 (default 1): 2 under a host's `<h1>`. */
  get headingLevel() { return levelOf(this.getAttribute('heading-level')); }
  set headingLevel(v) { this.setAttribute('heading-level', String(v)); }
  /** Prefix of the page's element ids (default: the element's id and "-"). */
  get idPrefix() { return this.getAttribute('id-prefix'); }
  set idPrefix(v) { if (v == null) this.removeAttribute('id-prefix'); else this.setAttribute('id-prefix', String(v)); }
  /** Message key → text: the page's own words, reworded (never reflected). */
  get labels() { return this.#labels; }
  set labels(v) {
    this.#labels = labelsOf(v);
    if (this.isConnected) this.#schedule();
  }
  /** A manifest object, shown instead of `src` (never reflected). */
  get manifest() { return this.#manifest; }
  set manifest(v) {
    this.#manifest = v ?? null;
    if (this.isConnected) this.#schedule();
  }

  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (!this.isConnected) return;
      this.#handle?.unmount();
      const handle = mount(this, {
        manifest: this.#manifest ?? (this.src || 'team.json'),
        filter: this.filter,
        tech: this.tech,
        view: this.view,
        ownUrl: this.ownUrl,
        theme: this.theme,
        headingLevel: this.headingLevel,
        idPrefix: this.idPrefix ?? undefined,
        lang: this.getAttribute('lang') ?? '',
        labels: this.#labels,
      });
      for (const name of EVENTS) {
        handle.addEventListener(name, (e) => {
          this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: e.detail }));
        });
      }
      this.#handle = handle;
    });
  }
}

if (!customElements.get('team-page')) customElements.define('team-page', TeamPageElement);
