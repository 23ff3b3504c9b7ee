// Types of the teampage embed module (team-page.js): the <team-page> custom
// element, mount() and the events both fire. Copied to dist/ beside
// team-page.js; TypeScript picks it up for `import ... from './team-page.js'`.
// The machine-readable description for editors and tools is
// custom-elements.json (the Custom Elements Manifest).

/** Which way people are shown: team cards, or everyone once, A–Z. */
export type TeamPageView = 'teams' | 'people';

/** A team of the manifest (public/team-manifest.schema.json has every field). */
export interface TeamManifestTeam {
  id: string;
  name: string;
  subteams?: TeamManifestTeam[];
  [field: string]: unknown;
}

/**
 * A team manifest, version 1 (public/team-manifest.schema.json). It is checked
 * when the page loads it: an invalid one fires `teampage-error` with its
 * problems.
 */
export interface TeamManifest {
  manifest_version: number;
  team: TeamManifestTeam;
  networks?: Record<string, unknown>;
  /** `language`: the BCP 47 tag of the manifest's text, e.g. "de-CH". */
  meta?: { language?: string; [field: string]: unknown };
  [field: string]: unknown;
}

/** One problem of an invalid manifest, at its JSON path (`team.subteams[0].id`). */
export interface TeamPageProblem {
  path: string;
  message: string;
}

/** `teampage-load`: a manifest loaded and is shown. */
export interface TeamPageLoadDetail {
  /** The subteams (cards); the root team is the page itself and is not counted. */
  teams: number;
  people: number;
}

/**
 * `teampage-error`: the manifest could not be shown: why, and (when it is
 * invalid) its problems; `problems` is empty for a network or HTTP fault.
 */
export interface TeamPageErrorDetail {
  message: string;
  problems: TeamPageProblem[];
}

/**
 * `teampage-filter`: the visitor changed the filter text or technologies (told
 * once typing settles, 250 ms); `teams` and `people` are the counts shown
 * (`teams`: matching subteams; the root team is not counted).
 */
export interface TeamPageFilterDetail {
  filter: string;
  tech: string[];
  teams: number;
  people: number;
}

/** `teampage-toggle`: the visitor opened or closed the card of team `id`. */
export interface TeamPageToggleDetail {
  id: string;
  open: boolean;
}

/** `teampage-view`: the visitor switched between team cards and the A–Z list. */
export interface TeamPageViewDetail {
  view: TeamPageView;
}

/**
 * The events of a page, by name. They are told for what the visitor or the
 * loading did, never for a change the host made (a property, an attribute,
 * `update()`). On the element they bubble and are composed; on a mount()
 * handle they do not bubble.
 */
export interface TeamPageEventMap {
  'teampage-load': CustomEvent<TeamPageLoadDetail>;
  'teampage-error': CustomEvent<TeamPageErrorDetail>;
  'teampage-filter': CustomEvent<TeamPageFilterDetail>;
  'teampage-toggle': CustomEvent<TeamPageToggleDetail>;
  'teampage-view': CustomEvent<TeamPageViewDetail>;
}

export type TeamPageEventName = keyof TeamPageEventMap;

/** The names of the events a page fires. */
export const EVENTS: readonly TeamPageEventName[];

/** The technologies: an array, or a comma-separated string. */
export type TeamPageTechInput = readonly string[] | string;

/** What `update()` changes, in place (no reload; no event). */
export interface TeamPageUpdate {
  filter?: string;
  tech?: TeamPageTechInput;
  view?: TeamPageView;
  theme?: TeamPageTheme;
}

/** Light or dark colours; `"auto"` follows the visitor's system setting. */
export type TeamPageTheme = 'light' | 'dark' | 'auto';

export interface TeamPageMountOptions {
  /** A manifest URL (relative to the document) or a manifest object. Default `"team.json"`. */
  manifest?: string | TeamManifest;
  /** Initial filter text. Default `""`. */
  filter?: string;
  /** Initially selected technologies. Default none. */
  tech?: TeamPageTechInput;
  /** Initial view. Default `"teams"`. */
  view?: TeamPageView;
  /** Keep filter and view in the page URL (`?q=`, `tech=`, `view=`, `#team-id`, the `/` key) and restore them from it on load. One instance per page at most. Default `false`. */
  ownUrl?: boolean;
  /** Prefix of every element id (and so of `#` permalinks). Default: the element's `id` and `"-"`, else one the element keeps across remounts (`tp1-`); `""` with `ownUrl`. */
  idPrefix?: string;
  /** Pin light or dark colours. Default `"auto"`. */
  theme?: TeamPageTheme;
  /** Heading level of the team's name, 1–5 (sections one below, cards below those): 2 under a host page's own `<h1>`. Default 1. */
  headingLevel?: number;
  /** Language of the page's words (BCP 47); default: the nearest `lang` around the element, else the browser's. */
  lang?: string;
  /** Message key → text, to reword any label (keys listed in the README). */
  labels?: Record<string, string>;
  /** Render inside an open shadow root of the element. Default `true`. */
  shadow?: boolean;
}

/** What mount() returns: fires the page's events (they do not bubble). */
export interface TeamPageHandle extends EventTarget {
  /** Resolves once the page is mounted (the manifest may still be loading). */
  readonly ready: Promise<void>;
  /** Changes the filter, technologies or view in place. */
  update(changes?: TeamPageUpdate): void;
  /** Removes the page and stops its work. */
  unmount(): void;
  addEventListener<K extends keyof TeamPageEventMap>(
    type: K,
    listener: (this: TeamPageHandle, ev: TeamPageEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TeamPageEventMap>(
    type: K,
    listener: (this: TeamPageHandle, ev: TeamPageEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

/**
 * Renders a team page into `element` (inside an open shadow root unless
 * `shadow: false`). Throws a TypeError if `element` is not an HTMLElement.
 */
export function mount(element: HTMLElement, options?: TeamPageMountOptions): TeamPageHandle;

/**
 * `<team-page src filter tech view own-url theme heading-level id-prefix lang>`:
 * a team page in an open shadow root. `filter`, `tech`, `view` and `theme`
 * change the page in place; `src`, `manifest`, `own-url`, `heading-level` and
 * `id-prefix` load it anew, as do `lang` (HTMLElement's own, the page's
 * language) and the `labels` property.
 */
export class TeamPageElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Resolves once the current page is mounted. */
  readonly ready: Promise<void>;
  /** The manifest URL (attribute `src`); `"team.json"` is loaded when it is empty. */
  get src(): string;
  set src(value: string);
  /** The filter text (attribute `filter`). */
  get filter(): string;
  set filter(value: string | null | undefined);
  /** The selected technologies (attribute `tech`, comma-separated). */
  get tech(): string[];
  set tech(value: TeamPageTechInput);
  /** The view (attribute `view`); `"teams"` unless it is `"people"`. */
  get view(): TeamPageView;
  set view(value: TeamPageView);
  /** Keep filter and view in the page URL (boolean attribute `own-url`). */
  get ownUrl(): boolean;
  set ownUrl(value: boolean);
  /** Light, dark or auto (attribute `theme`); `"auto"` unless it is `"light"` or `"dark"`. */
  get theme(): TeamPageTheme;
  set theme(value: TeamPageTheme);
  /** Heading level of the team's name, 1–5 (attribute `heading-level`). Default 1. */
  get headingLevel(): number;
  set headingLevel(value: number);
  /** Message key → text: the page's labels reworded (property only). */
  get labels(): Record<string, string>;
  set labels(value: Record<string, string>);
  /** Prefix of the page's element ids (attribute `id-prefix`); null: the element's id and "-". */
  get idPrefix(): string | null;
  set idPrefix(value: string | null);
  /** A manifest object, shown instead of `src` (a property only, never reflected). */
  get manifest(): TeamManifest | null;
  set manifest(value: TeamManifest | null | undefined);

  addEventListener<K extends keyof TeamPageElementEventMap>(
    type: K,
    listener: (this: TeamPageElement, ev: TeamPageElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TeamPageElementEventMap>(
    type: K,
    listener: (this: TeamPageElement, ev: TeamPageElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The element's events: an HTMLElement's and the page's. */
export interface TeamPageElementEventMap extends HTMLElementEventMap, TeamPageEventMap {}

declare global {
  interface HTMLElementTagNameMap {
    'team-page': TeamPageElement;
  }
  // The element's events bubble and are composed: its ancestors and the
  // document hear them too.
  interface HTMLElementEventMap {
    'teampage-load': CustomEvent<TeamPageLoadDetail>;
    'teampage-error': CustomEvent<TeamPageErrorDetail>;
    'teampage-filter': CustomEvent<TeamPageFilterDetail>;
    'teampage-toggle': CustomEvent<TeamPageToggleDetail>;
    'teampage-view': CustomEvent<TeamPageViewDetail>;
  }
  interface DocumentEventMap {
    'teampage-load': CustomEvent<TeamPageLoadDetail>;
    'teampage-error': CustomEvent<TeamPageErrorDetail>;
    'teampage-filter': CustomEvent<TeamPageFilterDetail>;
    'teampage-toggle': CustomEvent<TeamPageToggleDetail>;
    'teampage-view': CustomEvent<TeamPageViewDetail>;
  }
}
