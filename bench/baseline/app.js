// The hand-written baseline: teampage's filterable team page in plain
// JavaScript, written the way a careful developer would, to measure the
// Rust/Leptos build against (bench/filter.mjs). Same DOM surface and class
// names as teampage (so the same CSS and the same driver apply), same filter
// rules (crates/teampage-core/src/filter/index.rs) and the same card
// behaviour (src/state.rs: collapsed above 40 teams, bodies built on first
// open, the filter opens every team it keeps and restores the open state
// when cleared).
//
// What makes it "careful": haystacks folded once at load; a filter pass
// that computes the new state first and then writes only the elements whose
// state changed; highlights refreshed only where they can be seen (shown
// teams, open bodies) and only when their marks change; event delegation.
//
// It has teampage's filter bar: the technology chips (the 24 most used,
// filtering by exact technology with the text) and expand / collapse all,
// so that both pages lay out the same page. Left out (not measured by the
// benchmark): the A–Z list and its view switch, #team-id deep links. The
// page is an ES module; the pure parts are exported so that node can run
// the same filter.

export const OPEN_ALL_UP_TO = 40;
/** How many technology chips are offered (src/components/filter_bar.rs). */
export const MAX_CHIPS = 24;
const FIELD = '\u0001';
const PERSON = '\u0002';
export const ALL = 'all';
export const NONE = 'none';

const SPECIAL = {
  'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ħ': 'h', 'ŧ': 't', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe',
  'þ': 'th', 'ſ': 's', 'ς': 'σ', '\u2019': "'", '\u2018': "'", '\u02bc': "'",
};
const SPECIAL_RE = /[łøđðħŧıßæœþſς\u2019\u2018\u02bc]/g;
const MARK_RE = /\p{M}/gu;
const NON_ASCII_RE = /[^\x00-\x7f]/;

/** Case and accent folding: NFD, combining marks stripped, lowercase, a few letters spelled out. */
function foldChar(c) {
  return c.normalize('NFD').replace(MARK_RE, '').toLowerCase().replace(SPECIAL_RE, (x) => SPECIAL[x]);
}
const charFolds = new Map();
function foldCached(c) {
  let f = charFolds.get(c);
  if (f === undefined) charFolds.set(c, (f = foldChar(c)));
  return f;
}
const NON_ASCII_G = /[^\x00-\x7f]/gu;
export function fold(s) {
  const l = s.toLowerCase();
  return NON_ASCII_RE.test(l) ? l.replace(NON_ASCII_G, foldCached) : l;
}

/** The query's words: split on whitespace, folded, without empties and repeats. */
export function parseWords(text) {
  const words = [];
  for (const w of text.split(/[\s\p{Cc}]+/u)) {
    const f = w && fold(w);
    if (f && !words.includes(f)) words.push(f);
  }
  return words;
}

/** Flattens the team tree in pre-order and folds every haystack once. */
export function buildIndex(manifest) {
  const teams = [];
  const slotHay = [];
  const slotPerson = [];
  const personId = new Map();
  const ancestors = [];
  const addSlot = (p) => {
    let hay = fold(p.name) + FIELD;
    if (p.role != null) hay += fold(p.role) + FIELD;
    if (p.irc_nick != null) hay += fold(p.irc_nick) + FIELD;
    slotHay.push(hay);
    let id = personId.get(p.name);
    if (id === undefined) personId.set(p.name, (id = personId.size));
    slotPerson.push(id);
  };
  const walk = (t, parent, depth) => {
    const i = teams.length;
    let ctx = fold(t.name) + FIELD;
    if (t.short_name != null) ctx += fold(t.short_name) + FIELD;
    for (const a of t.aliases ?? []) ctx += fold(a.name) + FIELD;
    if (t.summary != null) ctx += fold(t.summary) + FIELD;
    for (const x of t.technologies ?? []) ctx += fold(x) + FIELD;
    for (const c of t.channels ?? []) {
      ctx += fold(c.channel) + FIELD;
      if (c.description != null) ctx += fold(c.description) + FIELD;
    }
    for (const a of ancestors) ctx += a + FIELD;
    const team = { t, i, parent, depth, end: 0, ctx, slotStart: slotHay.length, slotEnd: 0, blob: '', nLeads: t.leads?.length ?? 0,
      techs: new Set((t.technologies ?? []).map(techKey)) };
    teams.push(team);
    for (const p of t.leads ?? []) addSlot(p);
    for (const p of t.members ?? []) addSlot(p);
    team.slotEnd = slotHay.length;
    team.blob = slotHay.slice(team.slotStart, team.slotEnd).join(PERSON);
    ancestors.push(team.ctx.slice(0, team.ctx.indexOf(FIELD)));
    if (t.short_name != null) ancestors.push(fold(t.short_name));
    for (const s of t.subteams ?? []) walk(s, i, depth + 1);
    ancestors.length -= t.short_name != null ? 2 : 1;
    team.end = teams.length;
  };
  walk(manifest.team, -1, 0);
  return { teams, slotHay, slotPerson: Int32Array.from(slotPerson), nPeople: personId.size };
}

/** The key technologies are grouped and selected by (index.rs `tech_key`). */
export function techKey(tech) {
  return fold(tech.trim());
}

/**
 * The technologies with the number of teams using each, most used first
 * (index.rs `technologies`): what the chips offer.
 */
export function technologies(ix) {
  const byKey = new Map();
  for (const team of ix.teams) {
    for (const tech of team.t.technologies ?? []) {
      const key = techKey(tech);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { name: tech, n: 0, key, last: -1 }));
      if (entry.last !== team.i) { entry.n++; entry.last = team.i; }
    }
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byKey.values()].sort((a, b) => b.n - a.n || cmp(fold(a.name), fold(b.name)) || cmp(a.name, b.name));
}

/**
 * Runs a query (index.rs `Index::run`): which teams match (every word in the
 * team's context or in its own people, and every selected technology, by
 * key), which stay (matches and their ancestors), which of their people stay.
 */
export function run(ix, words, techKeys = []) {
  const { teams, slotHay, slotPerson } = ix;
  const n = teams.length;
  const matched = new Uint8Array(n);
  const holds = new Uint8Array(n);
  const people = new Array(n).fill(NONE);
  const personShown = new Uint8Array(ix.nPeople);
  let teamCount = 0;
  let peopleCount = 0;
  const show = (s) => {
    const p = slotPerson[s];
    if (!personShown[p]) { personShown[p] = 1; peopleCount++; }
  };
  for (let i = 0; i < n; i++) {
    const t = teams[i];
    if (techKeys.length && !techKeys.every((k) => t.techs.has(k))) continue;
    const missing = words.filter((w) => !t.ctx.includes(w));
    if (missing.length === 0) {
      matched[i] = 1; teamCount++; people[i] = ALL;
      for (let s = t.slotStart; s < t.slotEnd; s++) show(s);
      continue;
    }
    if (t.slotStart === t.slotEnd || !missing.every((w) => t.blob.includes(w))) continue;
    matched[i] = 1; teamCount++;
    const keep = [];
    for (let s = t.slotStart; s < t.slotEnd; s++) {
      if (missing.some((w) => slotHay[s].includes(w))) { keep.push(s - t.slotStart); show(s); }
    }
    people[i] = keep;
  }
  for (let i = n - 1; i > 0; i--) if (matched[i] || holds[i]) holds[teams[i].parent] = 1;
  const shown = matched.map((m, i) => m | holds[i]);
  // The count is of cards, as teampage's: the root team is none.
  return { shown, people, teamCount: teamCount - matched[0], peopleCount };
}

/** Byte-for-byte the same counts text as teampage. */
export function countsText(teams, people) {
  const n = (x) => x.toLocaleString();
  return `${n(teams)} ${teams === 1 ? 'team' : 'teams'}, ${n(people)} ${people === 1 ? 'person' : 'people'}`;
}

// ---------------------------------------------------------------- the page

let ix, words = [], techs = [], qv = 0, saved = null, announceTimer = 0, urlTimer = 0, networks = {};
let statusEl, announceEl, emptyEl, noLeadEl, input, chipEls = [];

/** `h('a.tp-x', { href }, ...children)`: an element with classes, properties and children. */
function h(tag, props, ...kids) {
  const [name, ...classes] = tag.split('.');
  const e = document.createElement(name);
  if (classes.length) e.className = classes.join(' ');
  for (const k in props) {
    const v = props[k];
    if (v == null || v === false) continue;
    if (k === 'hidden') e.hidden = true;
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null && k !== false) e.append(k);
  return e;
}

// Highlightable text: `pre` + text + `post` in its own element; its folded
// form and the map back to the text are made on first use.
function hl(list, tag, props, text, pre = '', post = '') {
  const e = h(tag, props, pre + text + post);
  const item = { e, text, pre, post, key: '', f: null, os: null, oe: null };
  list.push(item);
  paint(item);
  return e;
}

function foldMapped(item) {
  const { text } = item;
  if (!NON_ASCII_RE.test(text)) { item.f = text.toLowerCase(); return; }
  let f = '';
  const os = [], oe = [];
  let last = -1;
  for (let i = 0; i < text.length;) {
    const n = text.codePointAt(i) > 0xffff ? 2 : 1;
    const g = fold(text.slice(i, i + n));
    if (g === '') {
      if (last >= 0) for (let k = last; k < oe.length; k++) oe[k] = i + n; // a mark joins its letter
    } else {
      last = os.length;
      for (let k = 0; k < g.length; k++) { os.push(i); oe.push(i + n); }
      f += g;
    }
    i += n;
  }
  item.f = f; item.os = os; item.oe = oe;
}

/** Ranges of `item.text` that the query's words match, sorted and merged. */
function ranges(item) {
  if (item.f === null) foldMapped(item);
  const { f, os, oe } = item;
  const r = [];
  for (const w of words) {
    for (let at = f.indexOf(w); at >= 0; at = f.indexOf(w, at + 1)) {
      r.push(os ? [os[at], oe[at + w.length - 1]] : [at, at + w.length]);
    }
  }
  if (r.length < 2) return r;
  r.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [r[0]];
  for (const [s, e] of r) {
    const top = out[out.length - 1];
    if (s <= top[1]) top[1] = Math.max(top[1], e); else out.push([s, e]);
  }
  return out;
}

/** Writes an item's marks, only when they differ from what it shows. */
function paint(item) {
  const r = words.length ? ranges(item) : [];
  const key = r.join(';');
  if (key === item.key) return;
  item.key = key;
  const { e, text, pre, post } = item;
  if (!r.length) { e.textContent = pre + text + post; return; }
  const parts = [];
  let at = 0;
  for (const [s, end] of r) {
    if (s > at) parts.push(text.slice(at, s));
    const m = document.createElement('mark');
    m.textContent = text.slice(s, end);
    parts.push(m);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  e.replaceChildren(pre, ...parts, post);
}

function refresh(list) { for (const item of list) paint(item); }

function percent(s) {
  return Array.from(new TextEncoder().encode(s), (b) => (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    || b === 45 || b === 46 || b === 95 || b === 126 ? String.fromCharCode(b) : '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
}

function channelList(channels) {
  if (!channels?.length) return null;
  return h('ul.tp-channels', { 'aria-label': 'Chat channels' }, ...channels.map((c) => {
    const net = networks[c.network];
    if (!net) return h('li.tp-channel', {}, c.channel);
    const irc = (net.protocol ?? 'irc') === 'irc';
    const tls = net.tls ?? true;
    const native = irc ? `${tls ? 'ircs' : 'irc'}://${net.host}:${net.port ?? (tls ? 6697 : 6667)}/${percent(c.channel)}` : null;
    const web = net.webchat ? net.webchat.replaceAll('{channel}', percent(c.channel.replace(/^#/, ''))) : null;
    const main = irc ? native : web;
    return h('li.tp-channel', {},
      main ? h('a.tp-channel-name', { href: main }, c.channel) : h('span.tp-channel-name', {}, c.channel),
      irc && web && h('a.tp-connect', { href: web, 'aria-label': `Connect to ${c.channel} in the web chat` }, 'connect'),
      h('span.tp-network', {}, irc ? `on ${net.name}` : `on ${net.name} (${net.protocol})`),
      h('button.tp-copy', { type: 'button', 'aria-label': `Copy channel name ${c.channel}`, 'data-copy': c.channel }, 'Copy'),
      h('span.tp-visually-hidden', { 'aria-live': 'polite' }),
      c.description && h('span.tp-channel-desc', {}, c.description));
  }));
}

const KINDS = { docs: 'Docs', tracker: 'Tracker', runbook: 'Runbook', dashboard: 'Dashboard', chat: 'Chat' };
function linkList(links, hls) {
  if (!links?.length) return null;
  return h('ul.tp-links', {}, ...links.map((l) => h('li.tp-link', {}, h('span.tp-badge', {}, KINDS[l.kind] ?? 'Link'),
    hl(hls, 'a', { href: l.url }, l.title), l.text && h('span.tp-link-text', {}, l.text))));
}

/** A team's people list items (`from` = position of the first in leads-then-members order). */
function personItems(team, list, lead, from) {
  return list.map((p, k) => {
    const li = h('li.tp-person' + (lead ? '.tp-lead' : ''), { hidden: personHidden(team.people, from + k) },
      hl(team.bodyHl, p.url ? 'a.tp-person-name' : 'span.tp-person-name', { href: p.url }, p.name),
      lead && h('span.tp-badge.tp-badge-lead', {}, 'Lead'),
      p.role && hl(team.bodyHl, 'span.tp-person-role', {}, p.role),
      p.irc_nick && hl(team.bodyHl, 'span.tp-person-nick', { title: 'IRC nick' }, p.irc_nick, 'IRC: '),
      p.pronouns && h('span.tp-person-pronouns', {}, `(${p.pronouns})`));
    team.lis[from + k] = li;
    team.liHidden[from + k] = li.hidden ? 1 : 0;
    return li;
  });
}

function personHidden(people, k) {
  return people === ALL ? false : people === NONE ? true : !people.includes(k);
}

function heading(level, id, child) {
  if (level <= 6) return h(`h${level}.tp-card-title`, { id }, child);
  return h('div.tp-card-title', { id, role: 'heading', 'aria-level': level }, child);
}

function card(team, level) {
  const { t } = team;
  const seen = new Set();
  const tail = ix.teams[team.end - 1] ?? team;
  for (let s = team.slotStart; s < tail.slotEnd; s++) seen.add(ix.slotPerson[s]);
  const sub = (t.subteams ?? []).length;
  team.level = level;
  team.headHl = [];
  team.toggle = h('button.tp-toggle', { type: 'button', 'aria-expanded': String(team.open), 'aria-controls': `${t.id}--body` },
    h('span.tp-chevron', { 'aria-hidden': 'true' }), hl(team.headHl, 'span.tp-card-name', {}, t.name),
    t.short_name != null && hl(team.headHl, 'span.tp-short', {}, t.short_name, ' (', ')'));
  team.body = h('div.tp-card-body', { id: `${t.id}--body`, hidden: !team.open });
  team.card = h('section.tp-card', { id: t.id, 'data-team-id': t.id, hidden: !team.shown, 'aria-labelledby': `${t.id}--title` },
    h('div.tp-card-head', {}, heading(level, `${t.id}--title`, team.toggle),
      h('div.tp-card-meta', {}, ...(t.aliases ?? []).map((a) => hl(team.headHl, 'span.tp-alias', {}, a.name, a.kind === 'nickname' ? 'aka ' : 'formerly ')),
        h('span.tp-count', {}, `${seen.size} ${seen.size === 1 ? 'person' : 'people'}${sub ? ` · ${sub} ${sub === 1 ? 'subteam' : 'subteams'}` : ''}`),
        h('a.tp-permalink', { href: `#${t.id}`, 'aria-label': `Link to ${t.name}` }, '¶'))),
    team.body);
  team.dShown = team.shown; team.dOpen = team.open; team.hv = qv;
  if (team.built) buildBody(team);
  return team.card;
}

function buildBody(team) {
  const { t } = team;
  team.bodyHl = [];
  team.lis = [];
  team.liHidden = new Uint8Array(team.slotEnd - team.slotStart);
  const people = [...personItems(team, t.leads ?? [], true, 0), ...personItems(team, t.members ?? [], false, team.nLeads)];
  const kids = t.subteams?.length ? h('div.tp-grid.tp-grid-nested', {}, ...t.subteams.map((_, k) => card(childOf(team, k), team.level + 1))) : null;
  team.body.append(
    ...(t.summary ?? '').split('\n\n').map((p) => p.trim()).filter(Boolean).map((p) => hl(team.bodyHl, 'p.tp-summary', {}, p)),
    ...(t.emergency ? [h('p.tp-card-emergency', {}, 'Emergencies: ', t.emergency.url ? h('a', { href: t.emergency.url }, t.emergency.title) : t.emergency.title)] : []),
    ...(t.technologies?.length ? [h('ul.tp-tags', { 'aria-label': 'Technologies' }, ...t.technologies.map((x) => hl(team.bodyHl, 'li.tp-tag', {}, x)))] : []),
    ...[channelList(t.channels), people.length ? h('ul.tp-people', {}, ...people) : null, linkList(t.links, team.bodyHl), kids].filter(Boolean));
  team.dBuilt = true; team.bv = qv;
}

/** The k-th subteam of a team (subtrees are contiguous in pre-order). */
function childOf(team, k) {
  let j = team.i + 1;
  while (k-- > 0) j = ix.teams[j].end;
  return ix.teams[j];
}

/** Makes the DOM match the state, writing only what changed. */
function sync() {
  const teams = ix.teams;
  syncPeople(teams[0]);
  refresh(teams[0].bodyHl);
  for (let i = 1; i < teams.length; i++) {
    const t = teams[i];
    if (!t.card) { i = t.end - 1; continue; } // not built: nor is anything below it
    if (t.dShown !== t.shown) { t.card.hidden = !t.shown; t.dShown = t.shown; }
    if (!t.shown) { i = t.end - 1; continue; } // hidden: so is everything below; synced when shown
    if (t.built && !t.dBuilt) buildBody(t);
    if (t.dOpen !== t.open) {
      t.toggle.setAttribute('aria-expanded', String(t.open));
      t.body.hidden = !t.open;
      t.dOpen = t.open;
    }
    if (t.hv !== qv) { refresh(t.headHl); t.hv = qv; }
    if (t.dBuilt) syncPeople(t);
    if (!t.open) { i = t.end - 1; continue; } // collapsed: its body is refreshed when opened
    if (t.dBuilt && t.bv !== qv) { refresh(t.bodyHl); t.bv = qv; }
  }
}

function syncPeople(t) {
  if (!t.lis) return;
  for (let k = 0; k < t.lis.length; k++) {
    const hide = personHidden(t.people, k) ? 1 : 0;
    if (t.liHidden[k] !== hide) { t.lis[k].hidden = hide === 1; t.liHidden[k] = hide; }
  }
}

function setFilter(text, nextTechs = techs) {
  const next = parseWords(text);
  if (next.join(' ') !== words.join(' ') || nextTechs.join('\n') !== techs.join('\n')) {
    const was = words.length > 0 || techs.length > 0;
    words = next; techs = nextTechs; qv++;
    const teams = ix.teams;
    let counts;
    if (!words.length && !techs.length) {
      for (const t of teams) { t.shown = true; t.people = ALL; if (saved) t.open = saved[t.i]; }
      saved = null;
      counts = [teams.length - 1, ix.nPeople]; // the cards: the root is not one
    } else {
      if (!was) saved = teams.map((t) => t.open);
      const out = run(ix, words, techs.map(techKey));
      for (const t of teams) {
        t.shown = out.shown[t.i] === 1;
        t.people = out.people[t.i];
        if (t.shown) { t.open = true; t.built = true; } // src/state.rs opens every team the filter keeps
      }
      counts = [out.teamCount, out.peopleCount];
    }
    sync();
    for (const chip of chipEls) {
      const pressed = String(techs.includes(chip.dataset.tech));
      if (chip.getAttribute('aria-pressed') !== pressed) chip.setAttribute('aria-pressed', pressed);
    }
    statusEl.textContent = countsText(...counts);
    emptyEl.hidden = counts[0] + counts[1] !== 0;
    if (noLeadEl) {
      // As teampage: the root's leads panel says so when the filter keeps none of them.
      const r0 = teams[0];
      const none = r0.people === NONE || (r0.people !== ALL && !r0.people.some((k) => k < r0.nLeads));
      if (noLeadEl.hidden === none) noLeadEl.hidden = !none;
    }
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => { announceEl.textContent = statusEl.textContent; }, 600);
  }
  // As teampage (src/components/filter_bar.rs, URL_DELAY_MS): the URL follows
  // once typing pauses for 250 ms; `history.replaceState` is a synchronous
  // call into the browser process (0.2 to 12 ms here).
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => writeUrl(text), 250);
}

function writeUrl(text) {
  const url = new URL(location.href);
  if (text) url.searchParams.set('q', text); else url.searchParams.delete('q');
  url.searchParams.delete('tech');
  for (const x of techs) url.searchParams.append('tech', x);
  if (url.href !== location.href) history.replaceState(null, '', url);
}

function validate(m) {
  const problems = [];
  if (m?.manifest_version !== 1) problems.push('manifest_version: must be 1');
  networks = m?.networks ?? {};
  const ids = new Set();
  const url = (u, path) => { if (!/^(https?:\/\/[^\s/]+|mailto:\S)/.test(u ?? '')) problems.push(`${path}: not an https, http or mailto URL`); };
  const walk = (t, path, depth) => {
    if (depth > 16) problems.push(`${path}: nested deeper than 16`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(t?.id ?? '') || ids.has(t.id)) problems.push(`${path}.id: missing, malformed or repeated`);
    ids.add(t?.id);
    if (!t?.name) problems.push(`${path}.name: required`);
    (t.channels ?? []).forEach((c, k) => { if (!networks[c.network]) problems.push(`${path}.channels[${k}].network: unknown network`); });
    (t.links ?? []).forEach((l, k) => url(l.url, `${path}.links[${k}].url`));
    [...(t.leads ?? []), ...(t.members ?? [])].forEach((p, k) => { if (!p?.name) problems.push(`${path}: person ${k} has no name`); if (p.url) url(p.url, `${path}: person ${k}`); });
    (t.subteams ?? []).forEach((s, k) => walk(s, `${path}.subteams[${k}]`, depth + 1));
  };
  if (m?.team) walk(m.team, 'team', 0); else problems.push('team: required');
  return problems;
}

async function main() {
  const root = document.getElementById('app');
  const src = new URLSearchParams(location.search).get('manifest') ?? '../team.json';
  let m;
  try {
    const r = await fetch(src);
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    m = await r.json();
  } catch (e) {
    root.replaceChildren(h('div.tp-error', { role: 'alert' }, `Loading ${src} failed: ${e.message}`));
    return;
  }
  const problems = validate(m);
  if (problems.length) {
    root.replaceChildren(h('div.tp-error', { role: 'alert' }, h('ul.tp-problems', {}, ...problems.map((p) => h('li', {}, p)))));
    return;
  }
  ix = buildIndex(m);
  const teams = ix.teams;
  const openAll = teams.length <= OPEN_ALL_UP_TO;
  for (const t of teams) {
    t.shown = true; t.people = ALL; t.open = t.built = openAll || t.i === 0;
    t.card = null; t.lis = null; t.dBuilt = false;
  }
  const r0 = teams[0];
  const t = m.team;
  r0.bodyHl = []; r0.lis = []; r0.liHidden = new Uint8Array(r0.slotEnd - r0.slotStart);
  const aliases = (kind) => (t.aliases ?? []).filter((a) => a.kind === kind).map((a) => a.name);
  const join = (n) => (n.length < 2 ? n.join('') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`);
  const former = aliases('former'), nick = aliases('nickname');
  input = h('input.tp-filter-input', { id: 'tp-filter', type: 'search', placeholder: 'Name, team, technology, channel…  (press /)',
    autocomplete: 'off', spellcheck: 'false' });
  statusEl = h('p.tp-status', { role: 'status', 'aria-live': 'off' }, countsText(teams.length - 1, ix.nPeople));
  announceEl = h('p.tp-visually-hidden', { 'aria-live': 'polite' });
  chipEls = technologies(ix).slice(0, MAX_CHIPS).map(({ name, n }) =>
    h('button.tp-chip', { type: 'button', 'aria-pressed': 'false', 'data-tech': name }, name,
      h('span.tp-chip-count', { 'aria-label': `${n} teams` }, String(n))));
  emptyEl = h('div.tp-empty', { hidden: true }, h('p', {}, 'Nothing matches this filter.'), h('button.tp-button', { type: 'button', 'data-clear': '' }, 'Clear filter'));
  const meta = m.meta;
  root.replaceChildren(h('div.tp-page', {}, h('main', {},
    // The root team's section, as teampage lays it out (docs/manifest-v1.md).
    h('section.tp-team-root', { id: t.id, 'data-team-id': t.id, 'aria-labelledby': `${t.id}--title` },
    h('header.tp-header', {}, h('h1.tp-title', { id: `${t.id}--title` }, t.name, t.short_name && h('span.tp-short', {}, ` (${t.short_name})`)),
      former.length > 0 && h('p.tp-former', {}, `Previously known as ${join(former)}`),
      nick.length > 0 && h('p.tp-former', {}, `Also known as ${join(nick)}`),
      ...(t.summary ?? '').split('\n\n').map((p) => p.trim()).filter(Boolean).map((p) => h('p.tp-lede', {}, p)),
      t.technologies?.length > 0 && h('ul.tp-tags', { 'aria-label': 'Technologies' }, ...t.technologies.map((x) => h('li.tp-tag', {}, x)))),
    t.emergency && h('aside.tp-emergency', { 'aria-label': 'Emergencies' }, h('span.tp-emergency-icon', { 'aria-hidden': 'true' }, '!'),
      h('div', {}, h('p.tp-emergency-title', {}, 'In an emergency: ', t.emergency.url ? h('a', { href: t.emergency.url }, t.emergency.title) : h('strong', {}, t.emergency.title)),
        t.emergency.text && h('p.tp-emergency-text', {}, t.emergency.text))),
    h('div.tp-reach', {},
      t.leads?.length > 0 && h('section.tp-panel', {}, h('h2.tp-panel-title', {}, t.leads_title ?? 'Leads'), h('ul.tp-people', {}, ...personItems(r0, t.leads, true, 0)),
        noLeadEl = h('p.tp-empty-team', { hidden: true }, 'None of them matches the filter.')),
      t.channels?.length > 0 && h('section.tp-panel', { 'aria-label': 'Chat' }, h('h2.tp-panel-title', {}, 'Chat'), channelList(t.channels)),
      t.links?.length > 0 && h('section.tp-panel', {}, h('h2.tp-panel-title', {}, 'Documentation'), linkList(t.links, r0.bodyHl)))),
    h('div.tp-filter', { role: 'search' }, h('div.tp-filter-row', {}, h('label.tp-filter-label', { for: 'tp-filter' }, 'Filter teams and people'),
      input, h('kbd.tp-key-hint', { title: 'Press / to filter', 'aria-hidden': 'true' }, '/'), statusEl, announceEl),
      chipEls.length > 0 && h('div.tp-chips', { role: 'group', 'aria-label': 'Filter by technology' }, ...chipEls),
      // The view switch is drawn for the same layout; the A–Z list is left out.
      h('div.tp-toolbar', {}, h('div.tp-segmented', { role: 'group', 'aria-label': 'Show' },
        h('button', { type: 'button', 'aria-pressed': 'true' }, 'By team'), h('button', { type: 'button', 'aria-pressed': 'false' }, 'Everyone A–Z')),
      h('div.tp-toolbar-end', {},
        h('button.tp-button', { type: 'button', 'data-all': 'open' }, 'Expand all'),
        h('button.tp-button', { type: 'button', 'data-all': 'closed' }, 'Collapse all'))),
      emptyEl),
    h('section.tp-section', { 'aria-labelledby': 'tp-teams' }, h('h2.tp-section-title', { id: 'tp-teams' }, 'Teams'),
      t.members?.length > 0 && h('ul.tp-people', {}, ...personItems(r0, t.members, false, r0.nLeads)),
      t.subteams?.length > 0 && h('div.tp-grid', {}, ...t.subteams.map((_, k) => card(childOf(r0, k), 3)))),
    t.contact && h('section.tp-contact', { 'aria-labelledby': 'tp-contact' }, h('h2', { id: 'tp-contact' }, 'Contacting the team'),
      t.contact.text && h('p', {}, t.contact.text), linkList(t.contact.links, []))),
  meta && h('footer.tp-footer', {}, meta.last_edited && h('p', {}, formatEdited(meta.last_edited)),
    meta.license && h('p', {}, 'Content is available under ', meta.license.url ? h('a', { href: meta.license.url, rel: 'license' }, meta.license.name) : meta.license.name, ' unless otherwise noted.'),
    (meta.source_url || meta.edit_url) && h('p.tp-footer-links', {}, meta.source_url && h('a', { href: meta.source_url }, 'Source'),
      meta.edit_url && h('a', { href: meta.edit_url }, 'Edit this page')))));
  input.addEventListener('input', () => setFilter(input.value));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input.value) { e.preventDefault(); input.value = ''; setFilter(''); }
  });
  root.addEventListener('click', (e) => {
    const toggle = e.target.closest('.tp-toggle');
    if (toggle) {
      const team = teams[ixOf(toggle.closest('[data-team-id]'))];
      team.open = !team.open;
      if (team.open) team.built = true;
      sync();
    } else if (e.target.closest('[data-tech]')) {
      const tech = e.target.closest('[data-tech]').dataset.tech;
      setFilter(input.value, techs.includes(tech) ? techs.filter((x) => x !== tech) : [...techs, tech]);
    } else if (e.target.closest('[data-all]')) {
      const open = e.target.closest('[data-all]').dataset.all === 'open';
      for (const team of teams.slice(1)) { team.open = open; if (open) team.built = true; }
      sync();
    } else if (e.target.closest('[data-clear]')) {
      input.value = ''; setFilter('', []);
    } else if (e.target.closest('[data-copy]')) {
      navigator.clipboard?.writeText(e.target.closest('[data-copy]').dataset.copy);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName)) { e.preventDefault(); input.focus(); }
  });
  const params = new URLSearchParams(location.search);
  const q = params.get('q') ?? '';
  const wanted = params.getAll('tech');
  if (q || wanted.length) { input.value = q; setFilter(q, wanted); }
}

/** "Last edited on June 11, 2021 at 3:44 PM": the date as Intl writes it in
 * the reader's language, as teampage does (src/i18n.rs `Locale::date`). */
export function formatEdited(value) {
  const [y, m, d] = value.slice(0, 10).split('-');
  if (d === undefined || !/^\d+$/.test(m) || !/^\d+$/.test(d)) return `Last edited on ${value}`;
  const time = value.slice(11, 16);
  const timed = time[2] === ':';
  const [hh, mm] = timed ? time.split(':').map(Number) : [0, 0];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), hh, mm));
  const format = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'long', ...(timed ? { timeStyle: 'short' } : {}) });
  return `Last edited on ${format.format(date)}`;
}

let ids;
function ixOf(card) {
  ids ??= new Map(ix.teams.map((t) => [t.t.id, t.i]));
  return ids.get(card.dataset.teamId);
}

if (typeof document !== 'undefined') main();
