// The default manifest (public/team.json) holds every fact of the seed page
// (tests/seed-sre.txt, the Wikimedia SRE team page as text). The expected
// facts are parsed from the seed text here, not copied from team.json.
//
// Run: node --test tests/schema/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedLines = fs
  .readFileSync(path.join(root, 'tests/seed-sre.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trimEnd());
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'public/team.json'), 'utf8'));
const rootTeam = manifest.team;

// ---------------------------------------------------------------- the seed

function indexOfLine(pred, from = 0) {
  const i = seedLines.findIndex((l, j) => j >= from && pred(l));
  assert.notEqual(i, -1, `seed line not found: ${pred}`);
  return i;
}

const splitNames = (s) => s.split(',').map((n) => n.trim()).filter(Boolean);
const isChannelLine = (l) => /^[#&]\S+ connect$/.test(l);
const channelOf = (l) => l.replace(/ connect$/, '');

// "In teams:": heading, lead, members, then optionally unnamed nested groups
// (lead line + members line) before the next heading.
const inTeamsStart = indexOfLine((l) => l.includes('In teams:')) + 1;
const managementAt = indexOfLine((l) => l.startsWith('Management:'), inTeamsStart);
const groupLines = seedLines.slice(inTeamsStart, managementAt).filter((l) => l.trim());
const seedGroups = []; // { name, lead, members, nested: [{ lead, members }] }
for (let i = 0; i < groupLines.length; ) {
  const l = groupLines[i];
  assert.ok(!l.includes(','), `unexpected comma list in seed at "${l}"`);
  const next = groupLines[i + 1];
  if (next !== undefined && !next.includes(',')) {
    // a heading followed by its lead
    const [lead, ...members] = [next, ...splitNames(groupLines[i + 2] ?? '')];
    seedGroups.push({ name: l, lead, members, nested: [] });
    i += 3;
  } else {
    // a lead directly after a members line: a group nested in the last heading
    assert.ok(seedGroups.length, 'nested group before any heading');
    seedGroups.at(-1).nested.push({ lead: l, members: splitNames(next ?? '') });
    i += 2;
  }
}
const management = splitNames(seedLines[managementAt].slice('Management:'.length));

// "The team's structure": heading, paragraph, channel; a paragraph with no
// heading of its own ("The Observability team, or ...") describes one of the
// unnamed nested groups of "In teams:". That section lists them in the same
// order as "In teams:" does, but not under their parent (Traffic's paragraph
// follows Observability's, under Infrastructure Foundations), so nesting is
// taken from "In teams:" and the names from here, matched in order
// (docs/ARCHITECTURE.md, "The default manifest", seed data notes).
const structStart = indexOfLine((l) => l === "The team's structure") + 1;
const contactAt = indexOfLine((l) => l === 'Contacting the team', structStart);
const structLines = seedLines.slice(structStart, contactAt).filter((l) => l.trim());
const described = []; // { name, summary, channels } for headed teams
const describedNested = []; // the same for paragraphs without a heading
for (let i = 0; i < structLines.length; ) {
  const l = structLines[i];
  if (!isChannelLine(structLines[i + 1] ?? '') && !isChannelLine(l)) {
    // heading, paragraph, channel line(s)
    const entry = { name: l, summary: structLines[i + 1], channels: [] };
    i += 2;
    while (isChannelLine(structLines[i] ?? '')) entry.channels.push(channelOf(structLines[i++]));
    described.push(entry);
  } else {
    const m = /^The (.+?) team\b/.exec(l);
    assert.ok(m, `nested paragraph without a team name: "${l}"`);
    const entry = { name: m[1], summary: l, channels: [] };
    i += 1;
    while (isChannelLine(structLines[i] ?? '')) entry.channels.push(channelOf(structLines[i++]));
    describedNested.push(entry);
  }
}
// Attach the names to the nested groups of "In teams:", in order.
const nestedGroups = seedGroups.flatMap((g) => g.nested);
assert.equal(nestedGroups.length, describedNested.length, 'nested groups vs paragraphs without heading');
nestedGroups.forEach((n, i) => Object.assign(n, describedNested[i]));

// The page's head: "<site> <name>", summary, name again.
const seedName = seedLines[2];
const seedSummary = seedLines[1];
const rootChannels = seedLines.slice(managementAt, structStart).filter(isChannelLine).map(channelOf);
const allSeedChannels = [...new Set(seedLines.join('\n').match(/(?<![\w/])[#&][a-z0-9][\w.-]*/gi))];
const seedPeople = [
  ...management,
  ...seedGroups.flatMap((g) => [g.lead, ...g.members, ...g.nested.flatMap((n) => [n.lead, ...n.members])]),
];

// ------------------------------------------------------------ the manifest

const allTeams = [];
(function walk(t, depth) {
  allTeams.push({ team: t, depth });
  for (const s of t.subteams ?? []) walk(s, depth + 1);
})(rootTeam, 0);
const peopleOf = (t) => [...(t.leads ?? []), ...(t.members ?? [])].map((p) => p.name);
const findTeam = (name) => allTeams.find(({ team }) => team.name === name)?.team;
const channelsOf = (t) => (t.channels ?? []).map((c) => c.channel);

// ------------------------------------------------------------------- tests

test('the seed parses into the expected shape', () => {
  // the same headed teams in both sections (in a different order)
  assert.deepEqual(seedGroups.map((g) => g.name).sort(), described.map((d) => d.name).sort());
  assert.deepEqual(nestedGroups.map((n) => n.name), ['Observability', 'Traffic']);
  assert.ok(seedPeople.length > 30);
});

test('root team: name, short name, former name, summary', () => {
  assert.ok(seedLines[0].endsWith(seedName));
  assert.equal(rootTeam.id, 'sre');
  assert.equal(rootTeam.name, seedName);
  assert.equal(rootTeam.summary, seedSummary);
  const short = /, or (\S+) for short,/.exec(seedSummary)[1];
  assert.equal(rootTeam.short_name, short);
  const former = /Previously known as ([^,]+),/.exec(seedSummary)[1];
  assert.deepEqual(rootTeam.aliases, [{ name: former, kind: 'former' }]);
});

test('Management are the root team\'s leads', () => {
  assert.deepEqual(management, ['Mark Bergsma', 'Faidon Liambotis']);
  assert.equal(rootTeam.leads_title, 'Management');
  assert.deepEqual(rootTeam.leads.map((p) => p.name), management);
  assert.deepEqual(rootTeam.members ?? [], []);
});

test('top-level groups are the root\'s subteams, in the seed\'s order', () => {
  assert.deepEqual(rootTeam.subteams.map((t) => t.name), seedGroups.map((g) => g.name));
});

test('each group: the first name is the lead, the others members, nested groups in place', () => {
  for (const [i, g] of seedGroups.entries()) {
    const t = rootTeam.subteams[i];
    assert.deepEqual(t.leads.map((p) => p.name), [g.lead], `${g.name} lead`);
    assert.deepEqual(t.members.map((p) => p.name), g.members, `${g.name} members`);
    assert.deepEqual((t.subteams ?? []).map((s) => s.name), g.nested.map((n) => n.name), `${g.name} subteams`);
    for (const [j, n] of g.nested.entries()) {
      const s = t.subteams[j];
      assert.deepEqual(s.leads.map((p) => p.name), [n.lead], `${s.name} lead`);
      assert.deepEqual(s.members.map((p) => p.name), n.members, `${s.name} members`);
      assert.deepEqual(s.subteams ?? [], []);
    }
  }
});

test('Observability is nested in Infrastructure Foundations, Traffic in Service Operations', () => {
  const inf = rootTeam.subteams.find((t) => t.name === 'Infrastructure Foundations');
  const so = rootTeam.subteams.find((t) => t.name === 'Service Operations');
  assert.deepEqual(inf.subteams.map((t) => [t.id, t.name]), [['observability', 'Observability']]);
  assert.deepEqual(so.subteams.map((t) => [t.id, t.name]), [['traffic', 'Traffic']]);
  assert.deepEqual(inf.subteams[0].aliases, [{ name: 'o11y', kind: 'nickname' }]);
  assert.equal(allTeams.length, 1 + 4 + 2);
});

test('team summaries are the seed\'s descriptions, verbatim', () => {
  for (const d of [...described, ...describedNested]) assert.equal(findTeam(d.name)?.summary, d.summary, d.name);
  // typographic quotes and apostrophes survived
  assert.match(findTeam('Infrastructure Foundations').summary, /“metal cloud”/);
  assert.match(findTeam('Data Center Operations').summary, /Wikimedia’s/);
  assert.match(findTeam('Service Operations').summary, /etc…/);
});

test('every channel is on its team, on the libera network', () => {
  assert.deepEqual(channelsOf(rootTeam), rootChannels);
  for (const d of [...described, ...describedNested]) assert.deepEqual(channelsOf(findTeam(d.name)), d.channels, d.name);
  const manifestChannels = allTeams.flatMap(({ team }) => channelsOf(team));
  assert.deepEqual([...manifestChannels].sort(), [...allSeedChannels].sort());
  for (const { team } of allTeams) for (const c of team.channels ?? []) assert.equal(c.network, 'libera');
  assert.deepEqual(manifest.networks.libera, {
    name: 'Libera.Chat', protocol: 'irc', host: 'irc.libera.chat', port: 6697, tls: true,
    webchat: 'https://web.libera.chat/#{channel}',
  });
});

test('exactly 35 unique people, the same as in the seed', () => {
  const seedSet = new Set(seedPeople);
  assert.equal(seedPeople.length, seedSet.size, 'nobody is listed twice in the seed');
  assert.equal(seedSet.size, 35);
  const manifestPeople = allTeams.flatMap(({ team }) => peopleOf(team));
  assert.equal(manifestPeople.length, 35);
  assert.deepEqual(new Set(manifestPeople), seedSet);
  // every name in the seed text is somewhere in team.json, spelled the same
  const text = JSON.stringify(manifest);
  for (const n of seedSet) assert.ok(text.includes(JSON.stringify(n)), n);
});

test('emergency, documentation link and contact', () => {
  const emergencyLine = seedLines.find((l) => /emergenc/i.test(l));
  assert.equal(rootTeam.emergency.text, emergencyLine);
  assert.equal(rootTeam.emergency.title, /with (\w+)\.$/.exec(emergencyLine)[1]);
  assert.equal(rootTeam.emergency.url, 'https://klaxon.wikimedia.org/');

  const docsLine = seedLines.find((l) => l.startsWith('Additional documentation'));
  assert.deepEqual(rootTeam.links, [{
    title: 'Wikitech', url: 'https://wikitech.wikimedia.org/wiki/SRE', kind: 'docs', text: docsLine,
  }]);

  const contactLine = seedLines[contactAt + 1];
  const { text, links } = rootTeam.contact;
  assert.equal(links.length, 1);
  assert.equal(text + links[0].title, contactLine);
  assert.equal(links[0].url, 'https://wikitech.wikimedia.org/wiki/SRE/Team_requests');
});

test('last edited and licence (attribution) are in meta', () => {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  const m = /^Last edited on (\d+) (\w+) (\d{4}), at (\d\d):(\d\d)$/.exec(
    seedLines.find((l) => l.startsWith('Last edited')));
  const month = String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0');
  assert.equal(manifest.meta.last_edited, `${m[3]}-${month}-${m[1].padStart(2, '0')}T${m[4]}:${m[5]}:00Z`);

  const licence = /^Content is available under (.+?) unless otherwise noted\.$/.exec(
    seedLines.find((l) => l.startsWith('Content is available'))
  )[1];
  assert.deepEqual(manifest.meta.license, { name: licence, url: 'https://creativecommons.org/licenses/by-sa/3.0/' });
  assert.equal(manifest.meta.source_url, 'https://wikitech.wikimedia.org/wiki/SRE');
  assert.equal(manifest.meta.edit_url, 'https://wikitech.wikimedia.org/w/index.php?title=SRE&action=edit');
});

test('team ids are unique and well formed', () => {
  const ids = allTeams.map(({ team }) => team.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9][a-z0-9-]*$/);
  assert.deepEqual(ids, ['sre', 'data-center-operations', 'data-persistence', 'infrastructure-foundations',
    'observability', 'service-operations', 'traffic']);
});
