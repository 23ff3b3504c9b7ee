// A host page's TypeScript, compiled against public/team-page.d.ts by
// tests/e2e/element-types.test.mjs (tsc --noEmit --strict). A line marked
// ts-expect-error must be an error, or tsc fails: the types are checked.
import { EVENTS, mount, TeamPageElement } from '../../public/team-page.js';
import type { TeamManifest, TeamPageEventName, TeamPageFilterDetail, TeamPageHandle } from '../../public/team-page.js';

// The tag name maps to the class.
document.createElement('team-page').filter = 'x';
const el: TeamPageElement = document.createElement('team-page');
el.tech = ['Go'];
el.tech = 'Go, Rust';
const techs: string[] = el.tech;
el.view = 'people';
el.ownUrl = true;
el.src = 'datasets/rust-lang-teams.json';
el.manifest = null;
el.theme = 'dark';
el.headingLevel = 2;
el.idPrefix = 'team-';
// @ts-expect-error: the theme is 'light', 'dark' or 'auto'
el.theme = 'blue';
const ready: Promise<void> = el.ready;
// @ts-expect-error: the view is 'teams' or 'people'
el.view = 'cards';
// @ts-expect-error: ready is read-only
el.ready = Promise.resolve();

// Events, with their details, on the element and on its ancestors.
el.addEventListener('teampage-filter', (e) => e.detail.teams.toFixed());
el.addEventListener('teampage-load', (e) => console.log(e.detail.people + e.detail.teams));
el.addEventListener('teampage-error', (e) => e.detail.problems.map((p) => `${p.path}: ${p.message}`).join(e.detail.message));
el.addEventListener('teampage-toggle', (e) => (e.detail.open ? e.detail.id : ''));
el.addEventListener('click', (e) => e.clientX);
document.addEventListener('teampage-view', (e) => { const v: 'teams' | 'people' = e.detail.view; return v; });
document.body.addEventListener('teampage-filter', (e) => { const d: TeamPageFilterDetail = e.detail; return d.tech.join(); });
// @ts-expect-error: a filter event's detail has no `count`
el.addEventListener('teampage-filter', (e) => e.detail.count);
// @ts-expect-error: teams is a number
el.addEventListener('teampage-load', (e) => e.detail.teams.toUpperCase());

// mount() and its handle.
const div = document.createElement('div');
const manifest: TeamManifest = { manifest_version: 1, team: { id: 'sre', name: 'SRE', subteams: [{ id: 'traffic', name: 'Traffic' }] } };
mount(div, { manifest: { manifest_version: 1, team: { id: 'sre', name: 'SRE' } } }).update({ view: 'people' });
const handle: TeamPageHandle = mount(div, { manifest, filter: 'varnish', tech: ['Go'], view: 'teams', ownUrl: false, idPrefix: 'a-', shadow: true });
mount(div, { manifest, theme: 'light', headingLevel: 2 }).update({ theme: 'auto' });
handle.addEventListener('teampage-toggle', (e) => e.detail.id.length);
handle.update({ filter: 'x' });
handle.update();
void handle.ready.then(() => handle.unmount());
mount(div, { manifest: 'team.json' });
// @ts-expect-error: a manifest needs a team
mount(div, { manifest: { manifest_version: 1 } });
// @ts-expect-error: update() takes filter, tech and view only
handle.update({ src: 'team.json' });
// @ts-expect-error: mount() needs an element
mount('#team');

const names: readonly TeamPageEventName[] = EVENTS;
const attrs: string[] = TeamPageElement.observedAttributes;
export { techs, ready, names, attrs };
