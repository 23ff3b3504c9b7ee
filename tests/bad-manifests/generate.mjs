// Generates cases.json (manifests that break one rule each) and
// edge-valid.json (manifests at the edge of the rules that must pass), both
// from the small valid BASE manifest below, by mutation.
//
//   node tests/bad-manifests/generate.mjs          # rewrite the two files
//
// Each bad case: { name, rule, expect_path, manifest } and optionally
//   "schema": false           - JSON Schema cannot express the rule; only
//                               teampage-check rejects the manifest;
//   "schema_expect_path": p   - where the schema's error lands when that is
//                               not expect_path (the schema can only say
//                               "this array must be empty", not "this team is
//                               too deep").
// expect_path is the JSON path that teampage-check must name in an error,
// written as in docs/manifest-v1.md: `team.subteams[2].channels[0].network`;
// a missing field is the path of its object plus the field; "" is the
// document itself.
//
// Each valid case: { name, rule, manifest } and optionally
// "expect_warning_paths": paths teampage-check must warn about (unknown fields).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const BASE = Object.freeze({
  manifest_version: 1,
  networks: {
    libera: {
      name: 'Libera.Chat',
      protocol: 'irc',
      host: 'irc.libera.chat',
      port: 6697,
      tls: true,
      webchat: 'https://web.libera.chat/#{channel}',
    },
    workchat: {
      name: 'Example Slack',
      protocol: 'slack',
      webchat: 'https://example.slack.com/messages/{channel}',
    },
  },
  team: {
    id: 'root',
    name: 'Root Team',
    short_name: 'RT',
    aliases: [{ name: 'Old Root', kind: 'former' }],
    summary: 'First paragraph.\n\nSecond paragraph.',
    technologies: ['Grafana', 'Prometheus'],
    channels: [{ network: 'libera', channel: '#root', description: 'General chat' }],
    emergency: { title: 'Pager', url: 'https://pager.example.org/', text: 'Page us.' },
    links: [{ title: 'Docs', url: 'https://docs.example.org/', kind: 'docs', text: 'Read the docs.' }],
    contact: { text: 'Write to us:', links: [{ title: 'Mail', url: 'mailto:team@example.org' }] },
    leads_title: 'Management',
    leads: [{ name: 'Ada Lead' }],
    members: [{
      name: 'Bob Member', role: 'SRE', irc_nick: 'bob', pronouns: 'he/him', timezone: 'Europe/Berlin',
      url: 'https://example.org/~bob', email: 'bob@example.org',
    }],
    subteams: [
      {
        id: 'alpha',
        name: 'Alpha',
        channels: [{ network: 'libera', channel: '#alpha' }],
        leads: [{ name: 'Cy Alpha' }],
        subteams: [{ id: 'alpha-one', name: 'Alpha One' }],
      },
      {
        id: 'beta',
        name: 'Beta',
        channels: [{ network: 'workchat', channel: 'beta' }],
        links: [{ title: 'Board', url: 'http://board.example.org/beta', kind: 'tracker' }],
      },
    ],
  },
  meta: {
    source_url: 'https://example.org/team',
    edit_url: 'https://example.org/team?action=edit',
    last_edited: '2021-06-11T15:44:00Z',
    license: { name: 'CC BY-SA 3.0', url: 'https://creativecommons.org/licenses/by-sa/3.0/' },
    language: 'en',
  },
});

const clone = (v) => structuredClone(v);
const base = () => clone(BASE);
/** The base manifest changed by `fn(m)`. */
const mut = (fn) => {
  const m = base();
  fn(m);
  return m;
};
/** A chain of `depth` nested teams under the root: team.subteams[0]...subteams[0]. */
function nest(m, depth) {
  let t = m.team;
  for (let d = 1; d <= depth; d++) {
    const s = { id: `level-${d}`, name: `Level ${d}` };
    t.subteams = [s];
    t = s;
  }
  return m;
}
const teamPath = (depth) => 'team' + '.subteams[0]'.repeat(depth);

// Setters for the places most cases touch.
const irc = (m) => m.team.subteams[0].channels[0]; // on libera (irc)
const slack = (m) => m.team.subteams[1].channels[0]; // on workchat (slack)
const IRC_CH = 'team.subteams[0].channels[0].channel';
const SLACK_CH = 'team.subteams[1].channels[0].channel';
const LINK = 'team.links[0]';

export const BAD = [
  // ---- manifest_version
  { name: 'missing manifest_version', rule: 'manifest_version is required', expect_path: 'manifest_version',
    manifest: mut((m) => delete m.manifest_version) },
  { name: 'manifest_version 2', rule: 'a larger major version is refused ("newer than supported")', expect_path: 'manifest_version',
    manifest: mut((m) => { m.manifest_version = 2; }) },
  { name: 'manifest_version 0', rule: 'only version 1 is supported', expect_path: 'manifest_version',
    manifest: mut((m) => { m.manifest_version = 0; }) },
  { name: 'manifest_version as a string', rule: 'manifest_version is an integer', expect_path: 'manifest_version',
    manifest: mut((m) => { m.manifest_version = '1'; }) },
  { name: 'manifest_version 1.5', rule: 'manifest_version is an integer', expect_path: 'manifest_version',
    manifest: mut((m) => { m.manifest_version = 1.5; }) },

  // ---- document and team shape
  { name: 'document is an array', rule: 'the manifest is a JSON object', expect_path: '',
    manifest: [] },
  { name: 'missing team', rule: 'team is required', expect_path: 'team',
    manifest: mut((m) => delete m.team) },
  { name: 'team is a string', rule: 'team is an object', expect_path: 'team',
    manifest: mut((m) => { m.team = 'sre'; }) },
  { name: 'networks is an array', rule: 'networks is an object keyed by network id', expect_path: 'networks',
    manifest: mut((m) => { m.networks = [m.networks.libera]; }) },
  { name: 'subteams is an object', rule: 'subteams is an array of teams', expect_path: 'team.subteams',
    manifest: mut((m) => { m.team.subteams = { alpha: m.team.subteams[0] }; }) },
  { name: 'subteam is a string', rule: 'a subteam is a team object', expect_path: 'team.subteams[1]',
    manifest: mut((m) => { m.team.subteams[1] = 'beta'; }) },
  { name: 'summary is a list', rule: 'summary is plain text (a string)', expect_path: 'team.summary',
    manifest: mut((m) => { m.team.summary = ['First paragraph.', 'Second paragraph.']; }) },
  { name: 'summary is null', rule: 'null is a wrong type everywhere (leave an optional field out instead)', expect_path: 'team.summary',
    manifest: mut((m) => { m.team.summary = null; }) },
  { name: 'meta is a string', rule: 'meta is an object', expect_path: 'meta',
    manifest: mut((m) => { m.meta = 'CC BY-SA 3.0'; }) },
  { name: 'network is a string', rule: 'a network is an object', expect_path: 'networks.libera',
    manifest: mut((m) => { m.networks.libera = 'irc.libera.chat'; }) },
  { name: 'leads is an object', rule: 'leads is an array of persons', expect_path: 'team.leads',
    manifest: mut((m) => { m.team.leads = { name: 'Ada Lead' }; }) },

  // ---- team ids
  { name: 'root team without id', rule: 'team id is required', expect_path: 'team.id',
    manifest: mut((m) => delete m.team.id) },
  { name: 'subteam without id', rule: 'team id is required', expect_path: 'team.subteams[1].id',
    manifest: mut((m) => delete m.team.subteams[1].id) },
  { name: 'id with uppercase', rule: 'team id matches [a-z0-9][a-z0-9-]*', expect_path: 'team.subteams[0].id',
    manifest: mut((m) => { m.team.subteams[0].id = 'Alpha'; }) },
  { name: 'id with leading dash', rule: 'team id matches [a-z0-9][a-z0-9-]*', expect_path: 'team.subteams[0].subteams[0].id',
    manifest: mut((m) => { m.team.subteams[0].subteams[0].id = '-one'; }) },
  { name: 'id with space', rule: 'team id matches [a-z0-9][a-z0-9-]*', expect_path: 'team.id',
    manifest: mut((m) => { m.team.id = 'root team'; }) },
  { name: 'id with underscore', rule: 'team id matches [a-z0-9][a-z0-9-]*', expect_path: 'team.subteams[1].id',
    manifest: mut((m) => { m.team.subteams[1].id = 'beta_team'; }) },
  { name: 'empty id', rule: 'team id matches [a-z0-9][a-z0-9-]*', expect_path: 'team.subteams[1].id',
    manifest: mut((m) => { m.team.subteams[1].id = ''; }) },
  { name: 'id is a number', rule: 'team id is a string', expect_path: 'team.subteams[1].id',
    manifest: mut((m) => { m.team.subteams[1].id = 7; }) },
  { name: 'duplicate sibling ids', rule: 'team ids are unique in the whole manifest', expect_path: 'team.subteams[1].id', schema: false,
    manifest: mut((m) => { m.team.subteams[1].id = 'alpha'; }) },
  { name: 'nested id equal to the root id', rule: 'team ids are unique in the whole manifest', expect_path: 'team.subteams[0].subteams[0].id', schema: false,
    manifest: mut((m) => { m.team.subteams[0].subteams[0].id = 'root'; }) },

  // ---- team names
  { name: 'empty team name', rule: 'team name is required and not empty', expect_path: 'team.subteams[0].name',
    manifest: mut((m) => { m.team.subteams[0].name = ''; }) },
  { name: 'missing team name', rule: 'team name is required', expect_path: 'team.subteams[1].name',
    manifest: mut((m) => delete m.team.subteams[1].name) },
  { name: 'team name is a number', rule: 'team name is a string', expect_path: 'team.name',
    manifest: mut((m) => { m.team.name = 42; }) },

  // ---- nesting
  { name: 'nesting 17 deep', rule: 'nesting deeper than 16 is an error (root = depth 0)', expect_path: teamPath(17),
    schema_expect_path: teamPath(16) + '.subteams',
    manifest: nest({ manifest_version: 1, team: { id: 'root', name: 'Root' } }, 17) },

  // ---- channels
  { name: 'unknown network', rule: 'a channel\'s network is a key of networks', expect_path: 'team.subteams[0].channels[0].network', schema: false,
    manifest: mut((m) => { irc(m).network = 'oftc'; }) },
  { name: 'channel without network', rule: 'channel network is required', expect_path: 'team.channels[0].network',
    manifest: mut((m) => delete m.team.channels[0].network) },
  { name: 'channel without name', rule: 'channel name is required', expect_path: 'team.channels[0].channel',
    manifest: mut((m) => delete m.team.channels[0].channel) },
  { name: 'irc channel without #', rule: 'irc channel starts with # or &', expect_path: IRC_CH, schema: false,
    manifest: mut((m) => { irc(m).channel = 'alpha'; }) },
  { name: 'irc channel with a space', rule: 'irc channel has no space', expect_path: IRC_CH, schema: false,
    manifest: mut((m) => { irc(m).channel = '#alpha team'; }) },
  { name: 'irc channel with a comma', rule: 'irc channel has no comma', expect_path: IRC_CH, schema: false,
    manifest: mut((m) => { irc(m).channel = '#alpha,#beta'; }) },
  { name: 'irc channel with a colon', rule: 'irc channel has no colon', expect_path: IRC_CH, schema: false,
    manifest: mut((m) => { irc(m).channel = '#alpha:team'; }) },
  { name: 'irc channel with a control character', rule: 'irc channel has no control character', expect_path: IRC_CH,
    manifest: mut((m) => { irc(m).channel = '#alpha\u0007'; }) },
  { name: 'irc channel of 51 characters', rule: 'irc channel has 2 to 50 characters', expect_path: IRC_CH, schema: false,
    manifest: mut((m) => { irc(m).channel = '#' + 'a'.repeat(50); }) },
  { name: 'irc channel "#"', rule: 'irc channel has 2 to 50 characters', expect_path: IRC_CH, schema: false,
    manifest: mut((m) => { irc(m).channel = '#'; }) },
  { name: 'irc channel on a network with default protocol, without #', rule: 'protocol defaults to irc, so irc channel rules apply', expect_path: 'team.channels[0].channel', schema: false,
    manifest: mut((m) => { delete m.networks.libera.protocol; m.team.channels[0].channel = 'root'; }) },
  { name: 'slack channel of 81 characters', rule: 'non-irc channel has 1 to 80 characters', expect_path: SLACK_CH,
    manifest: mut((m) => { slack(m).channel = 'b'.repeat(81); }) },
  { name: 'empty slack channel', rule: 'non-irc channel has 1 to 80 characters', expect_path: SLACK_CH,
    manifest: mut((m) => { slack(m).channel = ''; }) },
  { name: 'slack channel with a newline', rule: 'non-irc channel has no control character', expect_path: SLACK_CH,
    manifest: mut((m) => { slack(m).channel = 'beta\nchat'; }) },
  { name: 'slack channel with a C1 control character', rule: 'non-irc channel has no control character', expect_path: SLACK_CH,
    manifest: mut((m) => { slack(m).channel = 'beta\u0085chat'; }) },

  // ---- links
  { name: 'link url javascript:', rule: 'link url is absolute https, http or mailto', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'javascript:alert(1)'; }) },
  { name: 'link url data:', rule: 'link url is absolute https, http or mailto', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'data:text/html,<script>alert(1)</script>'; }) },
  { name: 'link url relative', rule: 'link url is absolute https, http or mailto', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = '/wiki/SRE'; }) },
  { name: 'link url protocol-relative', rule: 'link url is absolute https, http or mailto', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = '//docs.example.org/'; }) },
  { name: 'link url malformed (https//x)', rule: 'link url is absolute https, http or mailto', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'https//x'; }) },
  { name: 'link url without host (https://)', rule: 'link url is absolute https, http or mailto', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'https://'; }) },
  { name: 'link url with a space', rule: 'link url is a well-formed URL', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'https://docs.example.org/a page'; }) },
  { name: 'link url with an empty host label', rule: 'link url is a well-formed URL', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'https://docs..example.org/'; }) },
  { name: 'link url with port 99999', rule: 'link url is a well-formed URL', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'https://docs.example.org:99999/'; }) },
  { name: 'link url with a backslash', rule: 'link url is a well-formed URL', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'https://docs.example.org\\@evil.example/'; }) },
  { name: 'link url with < in the host', rule: 'link url is a well-formed URL', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'https://docs<example.org/'; }) },
  { name: 'link url ftp:', rule: 'link url is absolute https, http or mailto', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'ftp://ftp.example.org/pub/'; }) },
  { name: 'link url empty mailto:', rule: 'link url is a well-formed URL', expect_path: 'team.contact.links[0].url',
    manifest: mut((m) => { m.team.contact.links[0].url = 'mailto:'; }) },
  { name: 'link url mailto: without @', rule: 'link url is a well-formed URL', expect_path: 'team.contact.links[0].url',
    manifest: mut((m) => { m.team.contact.links[0].url = 'mailto:team'; }) },
  { name: 'contact link url javascript:', rule: 'link url is absolute https, http or mailto', expect_path: 'team.contact.links[0].url',
    manifest: mut((m) => { m.team.contact.links[0].url = 'javascript:void(0)'; }) },
  { name: 'subteam link url relative', rule: 'link url is absolute https, http or mailto', expect_path: 'team.subteams[1].links[0].url',
    manifest: mut((m) => { m.team.subteams[1].links[0].url = 'board/beta'; }) },
  { name: 'link without title', rule: 'link title is required', expect_path: `${LINK}.title`,
    manifest: mut((m) => delete m.team.links[0].title) },
  { name: 'link without url', rule: 'link url is required', expect_path: `${LINK}.url`,
    manifest: mut((m) => delete m.team.links[0].url) },
  { name: 'bad link kind', rule: 'link kind is docs|tracker|runbook|dashboard|chat|other', expect_path: `${LINK}.kind`,
    manifest: mut((m) => { m.team.links[0].kind = 'wiki'; }) },

  // ---- aliases
  { name: 'bad alias kind', rule: 'alias kind is former|nickname', expect_path: 'team.aliases[0].kind',
    manifest: mut((m) => { m.team.aliases[0].kind = 'old'; }) },
  { name: 'alias without name', rule: 'alias name is required', expect_path: 'team.aliases[0].name',
    manifest: mut((m) => delete m.team.aliases[0].name) },

  // ---- networks
  { name: 'network without name', rule: 'network name is required', expect_path: 'networks.libera.name',
    manifest: mut((m) => delete m.networks.libera.name) },
  { name: 'irc network without host', rule: 'host is required for irc', expect_path: 'networks.libera.host',
    manifest: mut((m) => delete m.networks.libera.host) },
  { name: 'network of default protocol without host', rule: 'protocol defaults to irc, which requires host', expect_path: 'networks.libera.host',
    manifest: mut((m) => { delete m.networks.libera.protocol; delete m.networks.libera.host; }) },
  { name: 'irc host with spaces', rule: 'host is a DNS name', expect_path: 'networks.libera.host',
    manifest: mut((m) => { m.networks.libera.host = 'irc libera chat'; }) },
  { name: 'irc host is a URL', rule: 'host is a DNS name', expect_path: 'networks.libera.host',
    manifest: mut((m) => { m.networks.libera.host = 'ircs://irc.libera.chat:6697'; }) },
  { name: 'irc host with a port', rule: 'host is a DNS name', expect_path: 'networks.libera.host',
    manifest: mut((m) => { m.networks.libera.host = 'irc.libera.chat:6697'; }) },
  { name: 'irc host label with leading dash', rule: 'host is a DNS name', expect_path: 'networks.libera.host',
    manifest: mut((m) => { m.networks.libera.host = '-irc.libera.chat'; }) },
  { name: 'slack network without webchat', rule: 'webchat is required for every protocol but irc', expect_path: 'networks.workchat.webchat',
    manifest: mut((m) => delete m.networks.workchat.webchat) },
  { name: 'webchat over http', rule: 'webchat is an https template', expect_path: 'networks.libera.webchat',
    manifest: mut((m) => { m.networks.libera.webchat = 'http://web.libera.chat/#{channel}'; }) },
  { name: 'webchat javascript:', rule: 'webchat is an https template', expect_path: 'networks.workchat.webchat',
    manifest: mut((m) => { m.networks.workchat.webchat = 'javascript:alert("{channel}")'; }) },
  { name: 'webchat relative', rule: 'webchat is an https template', expect_path: 'networks.workchat.webchat',
    manifest: mut((m) => { m.networks.workchat.webchat = '/messages/{channel}'; }) },
  { name: 'webchat without {channel}', rule: 'webchat template contains {channel}', expect_path: 'networks.workchat.webchat',
    manifest: mut((m) => { m.networks.workchat.webchat = 'https://example.slack.com/messages/'; }) },
  { name: 'bad protocol', rule: 'protocol is irc|slack|zulip|matrix|other', expect_path: 'networks.workchat.protocol',
    manifest: mut((m) => { m.networks.workchat.protocol = 'discord'; }) },
  { name: 'protocol in capitals', rule: 'protocol is irc|slack|zulip|matrix|other', expect_path: 'networks.libera.protocol',
    manifest: mut((m) => { m.networks.libera.protocol = 'IRC'; }) },
  { name: 'port 0', rule: 'port is 1 to 65535', expect_path: 'networks.libera.port',
    manifest: mut((m) => { m.networks.libera.port = 0; }) },
  { name: 'port 70000', rule: 'port is 1 to 65535', expect_path: 'networks.libera.port',
    manifest: mut((m) => { m.networks.libera.port = 70000; }) },
  { name: 'port as a string', rule: 'port is an integer', expect_path: 'networks.libera.port',
    manifest: mut((m) => { m.networks.libera.port = '6697'; }) },
  { name: 'tls as a string', rule: 'tls is a boolean', expect_path: 'networks.libera.tls',
    manifest: mut((m) => { m.networks.libera.tls = 'yes'; }) },

  // ---- people
  { name: 'lead without name', rule: 'person name is required', expect_path: 'team.leads[0].name',
    manifest: mut((m) => { m.team.leads[0] = { role: 'Manager' }; }) },
  { name: 'member with empty name', rule: 'person name is not empty', expect_path: 'team.members[0].name',
    manifest: mut((m) => { m.team.members[0].name = ''; }) },
  { name: 'person is a string', rule: 'a person is an object', expect_path: 'team.subteams[0].leads[0]',
    manifest: mut((m) => { m.team.subteams[0].leads[0] = 'Cy Alpha'; }) },
  { name: 'person url javascript:', rule: 'person url is absolute https, http or mailto', expect_path: 'team.members[0].url',
    manifest: mut((m) => { m.team.members[0].url = 'javascript:alert(document.cookie)'; }) },
  { name: 'person email without @', rule: 'person email is an e-mail address', expect_path: 'team.members[0].email',
    manifest: mut((m) => { m.team.members[0].email = 'bob at example.org'; }) },
  { name: 'person email as a mailto URL', rule: 'person email is an e-mail address', expect_path: 'team.members[0].email',
    manifest: mut((m) => { m.team.members[0].email = 'mailto:bob@example.org'; }) },
  { name: 'person irc_nick is a number', rule: 'person fields are strings', expect_path: 'team.members[0].irc_nick',
    manifest: mut((m) => { m.team.members[0].irc_nick = 7; }) },

  // ---- technologies
  { name: 'technologies not strings', rule: 'technologies are strings', expect_path: 'team.technologies[1]',
    manifest: mut((m) => { m.team.technologies[1] = { name: 'Prometheus' }; }) },
  { name: 'technology empty', rule: 'technologies are strings, none empty', expect_path: 'team.technologies[0]',
    manifest: mut((m) => { m.team.technologies[0] = ''; }) },
  { name: 'technologies is a string', rule: 'technologies is an array', expect_path: 'team.technologies',
    manifest: mut((m) => { m.team.technologies = 'Grafana, Prometheus'; }) },

  // ---- emergency and contact
  { name: 'emergency without title', rule: 'emergency title is required', expect_path: 'team.emergency.title',
    manifest: mut((m) => delete m.team.emergency.title) },
  { name: 'emergency url data:', rule: 'emergency url is absolute https, http, mailto or tel', expect_path: 'team.emergency.url',
    manifest: mut((m) => { m.team.emergency.url = 'data:text/plain,help'; }) },
  { name: 'emergency url tel: with letters', rule: 'a tel url is a phone number: digits, a leading +, spaces, - . ( )', expect_path: 'team.emergency.url',
    manifest: mut((m) => { m.team.emergency.url = 'tel:call-us'; }) },
  { name: 'emergency url tel: with 2 digits', rule: 'a tel url has 3 to 15 digits', expect_path: 'team.emergency.url',
    manifest: mut((m) => { m.team.emergency.url = 'tel:12'; }) },
  { name: 'emergency url tel: with a leading space', rule: 'a tel url is a phone number: no space first or last', expect_path: 'team.emergency.url',
    manifest: mut((m) => { m.team.emergency.url = 'tel: 112'; }) },
  { name: 'link url tel:', rule: 'tel urls are for an emergency only; a link url is absolute https, http or mailto', expect_path: `${LINK}.url`,
    manifest: mut((m) => { m.team.links[0].url = 'tel:+1 555 0100'; }) },
  { name: 'person url tel:', rule: 'tel urls are for an emergency only; a person url is absolute https, http or mailto', expect_path: 'team.members[0].url',
    manifest: mut((m) => { m.team.members[0].url = 'tel:+15550100'; }) },
  { name: 'contact links is an object', rule: 'contact links is an array of links', expect_path: 'team.contact.links',
    manifest: mut((m) => { m.team.contact.links = m.team.contact.links[0]; }) },

  // ---- meta
  { name: 'last_edited "yesterday"', rule: 'last_edited is an RFC 3339 date or date-time', expect_path: 'meta.last_edited',
    manifest: mut((m) => { m.meta.last_edited = 'yesterday'; }) },
  { name: 'last_edited in the seed\'s words', rule: 'last_edited is an RFC 3339 date or date-time', expect_path: 'meta.last_edited',
    manifest: mut((m) => { m.meta.last_edited = '11 June 2021, at 15:44'; }) },
  { name: 'last_edited month 13', rule: 'last_edited is an RFC 3339 date or date-time', expect_path: 'meta.last_edited',
    manifest: mut((m) => { m.meta.last_edited = '2021-13-11'; }) },
  { name: 'last_edited 29 February 2021', rule: 'last_edited is an RFC 3339 date (a real day of the calendar)', expect_path: 'meta.last_edited',
    manifest: mut((m) => { m.meta.last_edited = '2021-02-29'; }) },
  { name: 'last_edited date-time without offset', rule: 'an RFC 3339 date-time has a time zone offset', expect_path: 'meta.last_edited',
    manifest: mut((m) => { m.meta.last_edited = '2021-06-11T15:44:00'; }) },
  { name: 'language "e"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'e'; }) },
  { name: 'language "english"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'english'; }) },
  { name: 'language "en_US"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'en_US'; }) },
  { name: 'language "en-"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'en-'; }) },
  { name: 'language "123"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = '123'; }) },
  { name: 'language empty', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = ''; }) },
  { name: 'language "en-US-Latn"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'en-US-Latn'; }) },
  { name: 'language "en-GB-oed"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'en-GB-oed'; }) },
  { name: 'language "i-klingon"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'i-klingon'; }) },
  { name: 'language "en-x"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'en-x'; }) },
  { name: 'language "en-a-x-y"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'en-a-x-y'; }) },
  { name: 'language "de-CH-é"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'de-CH-é'; }) },
  { name: 'language "de-1996-CH"', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 'de-1996-CH'; }) },
  { name: 'language is a number', rule: 'language is a BCP 47 tag (RFC 5646 syntax)', expect_path: 'meta.language',
    manifest: mut((m) => { m.meta.language = 1; }) },
  { name: 'license without name', rule: 'license name is required', expect_path: 'meta.license.name',
    manifest: mut((m) => delete m.meta.license.name) },
  { name: 'license url ftp:', rule: 'license url is absolute https, http or mailto', expect_path: 'meta.license.url',
    manifest: mut((m) => { m.meta.license.url = 'ftp://example.org/by-sa-3.0.txt'; }) },
  { name: 'meta.source_url relative', rule: 'source_url is absolute https, http or mailto', expect_path: 'meta.source_url',
    manifest: mut((m) => { m.meta.source_url = 'wiki/SRE'; }) },
  { name: 'meta.edit_url javascript:', rule: 'edit_url is absolute https, http or mailto', expect_path: 'meta.edit_url',
    manifest: mut((m) => { m.meta.edit_url = 'javascript:edit()'; }) },
];

export const VALID = [
  { name: 'base', rule: 'the base of every bad case is valid', manifest: base() },
  { name: 'minimal', rule: 'only manifest_version and the root team\'s id and name are required',
    manifest: { manifest_version: 1, team: { id: 'x', name: 'X' } } },
  { name: 'nesting 16 deep', rule: 'depth 16 is allowed (root = depth 0)',
    manifest: nest({ manifest_version: 1, team: { id: 'root', name: 'Root' } }, 16) },
  { name: 'ids of digits and hyphens', rule: 'team id matches [a-z0-9][a-z0-9-]*',
    manifest: mut((m) => { m.team.id = '0'; m.team.subteams[0].id = '9-lives'; m.team.subteams[1].id = 'a--b'; }) },
  { name: 'irc channels at the limits', rule: 'irc channel: # or &, 2 to 50 characters',
    manifest: mut((m) => {
      m.team.channels = [
        { network: 'libera', channel: '#' + 'a'.repeat(49) },
        { network: 'libera', channel: '&local' },
        { network: 'libera', channel: '##' },
        { network: 'libera', channel: '#wikimedia-sre.ops_é' },
      ];
    }) },
  { name: 'non-irc channels at the limits', rule: 'non-irc channel: 1 to 80 characters, spaces, commas and colons allowed',
    manifest: mut((m) => {
      m.team.subteams[1].channels = [
        { network: 'workchat', channel: 'b' },
        { network: 'workchat', channel: 'c'.repeat(80) },
        { network: 'workchat', channel: 'Beta team: help, questions' },
      ];
    }) },
  { name: 'all protocols', rule: 'protocol is irc|slack|zulip|matrix|other; non-irc need only name and webchat',
    manifest: mut((m) => {
      for (const p of ['zulip', 'matrix', 'other']) {
        m.networks[p] = { name: p, protocol: p, webchat: `https://chat.example.org/${p}/{channel}` };
        m.team.subteams[1].channels.push({ network: p, channel: `${p} stream` });
      }
    }) },
  { name: 'irc network with defaults', rule: 'protocol defaults to irc; port, tls and webchat are optional',
    manifest: mut((m) => { m.networks.libera = { name: 'Libera.Chat', host: 'irc.libera.chat' }; }) },
  { name: 'irc ports at the limits, tls off', rule: 'port is 1 to 65535; tls is a boolean',
    manifest: mut((m) => {
      m.networks.libera.port = 1;
      m.networks.libera.tls = false;
      m.networks.oftc = { name: 'OFTC', protocol: 'irc', host: 'irc.oftc.net.', port: 65535 };
      m.team.channels.push({ network: 'oftc', channel: '#root' });
    }) },
  { name: 'http and mailto urls everywhere', rule: 'urls are absolute https, http or mailto',
    manifest: mut((m) => {
      m.team.links.push({ title: 'Plain', url: 'http://example.org' }, { title: 'Mail', url: 'mailto:team@example.org?subject=Hi' });
      m.team.emergency.url = 'mailto:oncall@example.org';
      m.team.members[0].url = 'http://example.org:8080/people/bob?tab=1#top';
      m.meta.license.url = 'http://creativecommons.org/licenses/by-sa/3.0/';
    }) },
  { name: 'urls of every accepted form', rule: 'urls: any case of scheme, user info, IPv6, non-ASCII host, trailing dot, port, query, fragment',
    manifest: mut((m) => {
      m.team.links = [
        'HTTPS://DOCS.EXAMPLE.ORG/A?B#C', 'https://user:pw@example.org/', 'https://[2001:db8::1]:443/',
        'https://bücher.example/', 'https://example.org./x', 'https://groups.google.com/forum/#!forum/x',
        'https://example.org/{braces}/é', 'MAILTO:team@example.org',
      ].map((url, i) => ({ title: `Link ${i}`, url }));
    }) },
  { name: 'tel: emergency urls', rule: 'an emergency url may be tel: with a phone number (3 to 15 digits, a leading +, spaces, - . ( ))',
    manifest: mut((m) => {
      m.team.emergency.url = 'tel:+1 (555) 010-0199';
      m.team.subteams[0].emergency = { title: 'Call', url: 'tel:112' };
      m.team.subteams[1].emergency = { title: 'Hotline', url: 'TEL:+44.20.7946.0958' };
    }) },
  { name: 'webchat templates', rule: 'webchat is https with {channel}, which may stand anywhere',
    manifest: mut((m) => {
      m.networks.libera.webchat = 'https://{channel}.chat.example.org/';
      m.networks.workchat.webchat = 'https://example.slack.com/messages/{channel}?from={channel}';
    }) },
  { name: 'e-mail addresses', rule: 'person email is local@domain',
    manifest: mut((m) => {
      m.team.members.push({ name: 'Cy', email: 'a.b+c@x-y.z' }, { name: 'Dé', email: 'ü@bücher.example' }, { name: 'Ed', email: 'x@localhost' });
    }) },
  { name: 'irc-only fields on a slack network are warnings', rule: 'host, port and tls apply to irc only; elsewhere they are ignored',
    manifest: mut((m) => { Object.assign(m.networks.workchat, { host: 'not a host name', port: 443, tls: false }); }),
    expect_warning_paths: ['networks.workchat.host', 'networks.workchat.port', 'networks.workchat.tls'] },
  { name: '$schema', rule: 'the root may name its schema ($schema is a known field)',
    manifest: mut((m) => { m.$schema = 'https://example.org/team-manifest.schema.json'; }) },
  { name: 'last_edited as a date', rule: 'last_edited is an RFC 3339 date or date-time',
    manifest: mut((m) => { m.meta.last_edited = '2021-06-11'; }) },
  { name: 'leap second', rule: 'last_edited is an RFC 3339 date or date-time',
    manifest: mut((m) => { m.meta.last_edited = '2016-12-31T23:59:60Z'; }) },
  { name: 'leap day', rule: 'last_edited is an RFC 3339 date or date-time',
    manifest: mut((m) => { m.meta.last_edited = '2020-02-29'; }) },
  { name: 'date-time with offset', rule: 'last_edited is an RFC 3339 date or date-time',
    manifest: mut((m) => { m.meta.last_edited = '2021-06-11T15:44:00.123+02:00'; }) },
  ...['de-CH', 'zh-Hant-TW', 'sr-Latn', 'sr-Latn-RS', 'es-419', 'EN-us', 'fil', 'zh-yue-HK', 'zh-min-nan', 'de-CH-1996',
    'hy-Latn-IT-arevela', 'de-DE-u-co-phonebk', 'en-x-mine', 'x-private'].map((tag) => (
    { name: `language "${tag}"`, rule: 'language is a BCP 47 tag (RFC 5646 syntax: language, extlang, script, region, variants, extensions, private use; any case)',
      manifest: mut((m) => { m.meta.language = tag; }) })),
  { name: 'defaults and empty lists', rule: 'alias and link kinds are optional; every list may be empty',
    manifest: mut((m) => {
      delete m.team.aliases[0].kind;
      delete m.team.links[0].kind;
      Object.assign(m.team.subteams[1], { aliases: [], technologies: [], channels: [], links: [], leads: [], members: [], subteams: [] });
      m.team.contact = {};
      m.meta = {};
    }) },
  { name: 'unknown time zones are warnings', rule: 'a person timezone is an IANA name; an unknown one is a warning (the value is still shown)',
    manifest: mut((m) => {
      m.team.members[0].timezone = 'Mars/Olympus';
      m.team.leads[0].timezone = 'UTC';
      m.team.subteams[0].leads[0].timezone = 'Asia/Kolkata';
    }), expect_warning_paths: ['team.members[0].timezone'] },
  { name: 'unknown fields are warnings', rule: 'unknown fields are accepted (the validator warns)',
    manifest: mut((m) => {
      m.x_generator = 'hand';
      m.team.x_notes = 'not rendered';
      m.team.members[0].github = 'bob';
      m.networks.libera.sasl = true;
    }), expect_warning_paths: ['x_generator', 'team.x_notes', 'team.members[0].github', 'networks.libera.sasl'] },
];

/** One case a line: readable, and diffs show which case changed. */
export const serialize = (cases) => '[\n' + cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(path.join(here, 'cases.json'), serialize(BAD));
  fs.writeFileSync(path.join(here, 'edge-valid.json'), serialize(VALID));
  console.log(`${BAD.length} bad cases (${BAD.filter((c) => c.schema === false).length} beyond JSON Schema), ${VALID.length} valid edge cases`);
}
