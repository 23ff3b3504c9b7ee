// teampage embed module: `mount()` and the <team-page> custom element.
//
//   <script type="module" src="team-page.js"></script>
//   <team-page src="team.json" filter="traffic" view="teams"></team-page>
//
//   import { mount } from './team-page.js';
//   const handle = mount(document.querySelector('#team'), { manifest: 'team.json' });
//   handle.unmount();
//
// Nothing is added to `window`; the module defines the `team-page` element.
import init, { mountJson } from './teampage.js';

let ready = null;
function load() {
  ready ??= init({ module_or_path: new URL('./teampage_bg.wasm', import.meta.url) });
  return ready;
}

let instances = 0;

/**
 * Renders a team page into `element` (inside an open shadow root unless
 * `shadow: false`). Options: `manifest` (URL string or manifest object),
 * `filter` (initial filter text), `tech` (array of technologies), `view`
 * ('teams' | 'people'), `ownUrl` (keep state in the page URL; one instance at
 * most), `idPrefix` (defaults to a unique one per instance), `shadow`.
 * Returns `{ ready, unmount() }`; `ready` resolves once the page is mounted.
 */
export function mount(element, options = {}) {
  if (!(element instanceof HTMLElement)) throw new TypeError('teampage: mount() needs an element');
  const { manifest = 'team.json', filter = '', tech = [], view = 'teams', ownUrl = false, shadow = true } = options;
  const idPrefix = options.idPrefix ?? (ownUrl ? '' : `tp${++instances}-`);
  const root = shadow ? (element.shadowRoot ?? element.attachShadow({ mode: 'open' })) : element;
  const container = document.createElement('div');
  container.className = 'tp-host';
  root.replaceChildren(container);
  const json = JSON.stringify({
    manifestUrl: typeof manifest === 'string' ? new URL(manifest, document.baseURI).href : null,
    manifestJson: typeof manifest === 'string' ? null : JSON.stringify(manifest),
    filter: String(filter ?? ''),
    tech: Array.isArray(tech) ? tech.map(String) : String(tech).split(',').filter(Boolean),
    view: String(view),
    idPrefix,
    ownUrl: Boolean(ownUrl),
  });
  let handle = null;
  let gone = false;
  const mounted = load().then(() => {
    if (!gone) handle = mountJson(container, json);
  });
  return {
    ready: mounted,
    unmount() {
      gone = true;
      if (handle) { handle.unmount(); handle.free(); handle = null; }
      container.remove();
    },
  };
}

/** `<team-page src filter tech view own-url>`: a team page in an open shadow root. */
export class TeamPageElement extends HTMLElement {
  static observedAttributes = ['src', 'filter', 'tech', 'view', 'own-url'];
  #handle = null;
  #queued = false;

  connectedCallback() { this.#schedule(); }
  disconnectedCallback() {
    this.#handle?.unmount();
    this.#handle = null;
  }
  attributeChangedCallback() { if (this.isConnected) this.#schedule(); }

  /** Resolves once the current page is mounted. */
  get ready() { return this.#handle?.ready ?? Promise.resolve(); }

  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (!this.isConnected) return;
      this.#handle?.unmount();
      this.#handle = mount(this, {
        manifest: this.getAttribute('src') || 'team.json',
        filter: this.getAttribute('filter') || '',
        tech: (this.getAttribute('tech') || '').split(',').map((t) => t.trim()).filter(Boolean),
        view: this.getAttribute('view') || 'teams',
        ownUrl: this.hasAttribute('own-url'),
      });
    });
  }
}

if (!customElements.get('team-page')) customElements.define('team-page', TeamPageElement);
