// Builds public/team-manifest.schema.json. The schema's regular expressions
// are written here in pieces, readable, following teampage-check's rules
// (crates/teampage-core/src/manifest/rules.rs and rules/url.rs); schema.test.mjs checks
// that the file is what this script makes.
//
//   node tests/schema/build-schema.mjs      # rewrite the schema file

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CTRL = '\\u0000-\\u001F\\u007F-\\u009F';
// The pieces of the URL rule (teampage-check's url_problem, as a regex that
// ECMA-262, Python and most other engines read alike: no \p{...}).
// Anywhere in a URL: no whitespace, control character or backslash.
const ANY = `[^\\s${CTRL}\\\\]`;
// A character of a host name's label: letters, digits (any script), - _ ~ % (no other ASCII punctuation).
const LABEL_CHAR = '[^\\s\\u0000-\\u0024\\u0026-\\u002C\\u002E\\u002F\\u003A-\\u0040\\u005B-\\u005E\\u0060\\u007B-\\u009F]';
const hostOf = (label) => `(?:\\[[0-9A-Fa-f:.]+\\]|${label}+(?:\\.${label}+)*\\.?)`;
const PORT = '(?::(?:[0-9]{0,4}|[0-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?';
const USERINFO = `(?:[^\\s${CTRL}\\\\/?#]*@)?`;
const REST = `(?:[/?#]${ANY}*)?`;
const HTTP = `[Hh][Tt][Tt][Pp][Ss]?://${USERINFO}${hostOf(LABEL_CHAR)}${PORT}${REST}`;
const MAILTO = `[Mm][Aa][Ii][Ll][Tt][Oo]:[^\\s${CTRL}\\\\?]*@[^\\s${CTRL}\\\\?]*(?:\\?${ANY}*)?`;
const URL_PATTERN = `^(?:${HTTP}|${MAILTO})$`;
// tel: (an emergency's url only): 3 to 15 digits, an optional leading +, and
// spaces, - . ( ) between them, no space first or last (tel_problem).
const TEL = '[Tt][Ee][Ll]:(?=(?:[^0-9]*[0-9]){3,15}[^0-9]*$)\\+?[0-9().-](?:[0-9 ().-]*[0-9().-])?';
const EMERGENCY_URL_PATTERN = `^(?:${HTTP}|${MAILTO}|${TEL})$`;
// A web chat template: an https URL once {channel} is replaced, which may stand in the host.
const WEBCHAT_PATTERN = `^[Hh][Tt][Tt][Pp][Ss]://${USERINFO}${hostOf(`(?:${LABEL_CHAR}|\\{channel\\})`)}${PORT}${REST}$`;
// An e-mail address as teampage-check's email_problem accepts it.
const EMAIL_LOCAL = '[^\\s\\u0000-\\u0020\\u0022\\u0028\\u0029\\u002C\\u003A\\u003B\\u003C\\u003E\\u0040\\u005B-\\u005D\\u007F-\\u009F]';
const EMAIL_LABEL_CHAR = '[^\\s\\u0000-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u009F]';
const EMAIL_LABEL = `${EMAIL_LABEL_CHAR}(?:(?:${EMAIL_LABEL_CHAR}|-){0,61}${EMAIL_LABEL_CHAR})?`;
const EMAIL_PATTERN = `^${EMAIL_LOCAL}+@${EMAIL_LABEL}(?:\\.${EMAIL_LABEL})*$`;
const DNS_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST_PATTERN = `^(?=.{1,253}\\.?$)${DNS_LABEL}(?:\\.${DNS_LABEL})*\\.?$`;

// A BCP 47 language tag as teampage-check's language_tag_problem accepts it
// (rules/language.rs): RFC 5646's syntax, but a 2- or 3-letter language and
// no irregular grandfathered tag; any case.
const A = '[A-Za-z]';
const AN = '[A-Za-z0-9]';
const LANGTAG = `${A}{2,3}(?:-${A}{3}){0,3}(?:-${A}{4})?(?:-(?:${A}{2}|[0-9]{3}))?`
  + `(?:-(?:${AN}{5,8}|[0-9]${AN}{3}))*(?:-[0-9A-WYZa-wyz](?:-${AN}{2,8})+)*`;
const PRIVATE_USE = `[Xx](?:-${AN}{1,8})+`;
const LANGUAGE_PATTERN = `^(?:${LANGTAG}(?:-${PRIVATE_USE})?|${PRIVATE_USE})$`;

const url = (what) => ({ description: `${what} An absolute https, http or mailto URL; anything else (javascript:, data:, ftp:, relative or malformed) is an error.`, $ref: '#/$defs/url' });
const str = (description) => ({ description, type: 'string' });

const MAX_DEPTH = 16;
const levels = {};
for (let d = 0; d <= MAX_DEPTH; d++) {
  levels[`teamDepth${d}`] = {
    description: d === 0
      ? 'The root team (depth 0).'
      : `A team at depth ${d} (the root is depth 0).${d === MAX_DEPTH ? ' The deepest allowed: it may have no subteams.' : ''}`,
    type: 'object',
    $ref: '#/$defs/team',
    properties: {
      subteams: d < MAX_DEPTH
        ? { description: `Subteams, at depth ${d + 1}.`, type: 'array', items: { $ref: `#/$defs/teamDepth${d + 1}` } }
        : { description: `Subteams: none allowed here, since nesting deeper than ${MAX_DEPTH} is an error.`, type: 'array', maxItems: 0 },
    },
  };
}

export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:teampage:team-manifest:1',
  title: 'Team manifest, version 1',
  description: 'The JSON document a teampage renders (docs/manifest-v1.md). Unknown fields are allowed (forward compatibility; the viewer ignores them and teampage-check reports them as warnings). Checked by teampage-check only, because JSON Schema cannot express them: a larger manifest_version gets a "newer than supported" message; team ids are unique across the manifest; every channel\'s network is a key of `networks`; channel names on an irc network start with # or &, have 2 to 50 characters and no space, comma or colon (the schema checks only the rule shared by all protocols: 1 to 80 characters, no control character). Nesting deeper than 16 is refused by this schema too (through the teamDepth0..teamDepth16 chain).',
  $comment: 'Kept in step with teampage-check by tests/schema/schema.test.mjs (every case of tests/bad-manifests gets the same verdict from both). Known differences in corner cases: JSON Schema counts 1.0 as the integer 1, teampage-check refuses manifest_version 1.0; the schema lets non-ASCII punctuation through in URL hosts and e-mail addresses (teampage-check wants letters and digits); the calendar (29 February, 30 April) and leap seconds are checked through the "date" and "date-time" formats, which only validators that assert formats (e.g. Ajv with ajv-formats) check, and those allow second 60 only at 23:59 UTC while teampage-check allows it at any minute; a repeated key in an object is a warning of teampage-check that JSON Schema cannot see.',
  type: 'object',
  required: ['manifest_version', 'team'],
  properties: {
    $schema: {
      description: 'Optional: the URL of this schema, so that editors can check the manifest as it is written.',
      type: 'string',
    },
    manifest_version: {
      description: 'The manifest format\'s major version; this schema describes version 1. A larger one is refused ("newer than supported").',
      type: 'integer',
      const: 1,
    },
    networks: {
      description: 'Chat networks, keyed by the id that channels use in their `network` field.',
      type: 'object',
      additionalProperties: { $ref: '#/$defs/network' },
    },
    team: { description: 'The root team; every team has the same shape.', $ref: '#/$defs/teamDepth0' },
    meta: { description: 'Where the content comes from, when it last changed, and its licence.', $ref: '#/$defs/meta' },
  },
  $defs: {
    url: {
      description: 'An absolute https, http or mailto URL with no whitespace or control characters.',
      type: 'string',
      pattern: URL_PATTERN,
      $comment: 'http(s): scheme in any case, "//", optional user info, a host (labels of letters, digits, -, _, ~ and %, or [IPv6]), optional port 0-65535, then anything; mailto: an address with "@" before any "?". No whitespace, control character or backslash anywhere.',
    },
    emergencyUrl: {
      description: 'An emergency\'s url: an absolute https, http or mailto URL (as #/$defs/url), or a tel: URL with a phone number.',
      type: 'string',
      pattern: EMERGENCY_URL_PATTERN,
      $comment: 'tel: in any case, then 3 to 15 digits with an optional leading + and spaces, -, ., ( or ) between them (no space first or last; no %-escapes, no ;parameters).',
    },
    id: {
      description: 'A team id: lowercase ASCII letters, digits and hyphens, not starting with a hyphen; unique in the whole manifest (uniqueness is checked by teampage-check only).',
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]*$',
    },
    network: {
      description: 'A chat network. An irc network (the default protocol) needs a host; every other protocol needs a webchat template.',
      type: 'object',
      required: ['name'],
      properties: {
        name: { description: 'The network\'s display name, e.g. "Libera.Chat".', type: 'string', minLength: 1 },
        protocol: {
          description: 'The chat protocol; irc when absent. No ircs:// link is ever built for a non-irc network.',
          enum: ['irc', 'slack', 'zulip', 'matrix', 'other'],
          default: 'irc',
        },
        host: {
          description: 'The IRC server, a DNS name such as "irc.libera.chat" (required for irc; on other protocols it is ignored, and teampage-check warns).',
          type: 'string',
        },
        port: {
          description: 'The IRC port (irc only); default 6697 when tls, else 6667.',
          type: 'integer',
          minimum: 1,
          maximum: 65535,
        },
        tls: { description: 'Whether IRC connections use TLS (irc only); default true.', type: 'boolean', default: true },
        webchat: {
          description: 'A web chat URL template: absolute https, containing {channel}, which the viewer replaces with the channel name without its leading "#", percent-encoded. Optional for irc, required otherwise.',
          type: 'string',
          allOf: [
            { pattern: WEBCHAT_PATTERN },
            { pattern: '\\{channel\\}' },
          ],
        },
      },
      if: { properties: { protocol: { description: 'irc, written or by default.', const: 'irc' } } },
      then: {
        type: 'object',
        required: ['host'],
        properties: {
          host: {
            description: 'On irc: a DNS name, dot-separated labels of 1 to 63 ASCII letters, digits and "-" (not at either end of a label), at most 253 characters, one trailing dot allowed.',
            type: 'string',
            pattern: HOST_PATTERN,
            format: 'hostname',
          },
        },
      },
      else: { type: 'object', properties: { webchat: true }, required: ['webchat'] },
    },
    team: {
      description: 'The fields of a team, at any depth (the teamDepthN definitions add the limit on nesting).',
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { description: 'The team id, unique in the whole manifest; also the element id for deep links (#observability).', $ref: '#/$defs/id' },
        name: { description: 'The team\'s name; not empty.', type: 'string', minLength: 1 },
        short_name: str('A short name or abbreviation, e.g. "SRE".'),
        aliases: { description: 'Other names the team is or was known by.', type: 'array', items: { $ref: '#/$defs/alias' } },
        summary: str('What the team does: plain text (never HTML), paragraphs separated by a blank line.'),
        technologies: { description: 'Technologies the team works with, e.g. "Grafana"; none empty.', type: 'array', items: { type: 'string', minLength: 1 } },
        channels: { description: 'The team\'s chat channels.', type: 'array', items: { $ref: '#/$defs/channel' } },
        emergency: { description: 'How to reach the team in an emergency.', $ref: '#/$defs/emergency' },
        links: { description: 'Links to documentation, trackers, runbooks, dashboards, ...', type: 'array', items: { $ref: '#/$defs/link' } },
        contact: { description: 'How to get in touch with the team.', $ref: '#/$defs/contact' },
        leads_title: str('The heading for this team\'s leads; "Leads" when absent.'),
        leads: { description: 'The team\'s leads (managers).', type: 'array', items: { $ref: '#/$defs/person' } },
        members: { description: 'The team\'s other members (not those of its subteams).', type: 'array', items: { $ref: '#/$defs/person' } },
        subteams: { description: 'Teams inside this one, same shape, nested up to depth 16 (the root is depth 0).', type: 'array' },
      },
    },
    ...levels,
    alias: {
      description: 'Another name of a team.',
      type: 'object',
      required: ['name'],
      properties: {
        name: { description: 'The other name, e.g. "Technical Operations".', type: 'string', minLength: 1 },
        kind: { description: 'former (an earlier name) or nickname (the default).', enum: ['former', 'nickname'], default: 'nickname' },
      },
    },
    channel: {
      description: 'A chat channel on one of the manifest\'s networks.',
      type: 'object',
      required: ['network', 'channel'],
      properties: {
        network: { description: 'The id of a network in `networks` (checked by teampage-check only).', type: 'string' },
        channel: {
          description: 'The channel name: 1 to 80 characters without control characters. On an irc network teampage-check also requires a leading # or &, 2 to 50 characters and no space, comma or colon.',
          type: 'string',
          minLength: 1,
          maxLength: 80,
          pattern: `^[^${CTRL}]*$`,
        },
        description: str('What the channel is for.'),
      },
    },
    emergency: {
      description: 'How to reach the team in an emergency.',
      type: 'object',
      required: ['title'],
      properties: {
        title: { description: 'The name of the emergency tool or procedure, e.g. "Klaxon".', type: 'string', minLength: 1 },
        url: {
          description: 'Where to raise the alarm: an absolute https, http or mailto URL, or a phone number as a tel: URL (e.g. "tel:+1 555 0100": 3 to 15 digits, an optional leading +, spaces, -, ., ( or ) between them); anything else is an error.',
          $ref: '#/$defs/emergencyUrl',
        },
        text: str('A sentence about it, e.g. "Notify us of emergencies with Klaxon."'),
      },
    },
    link: {
      description: 'A link shown with the team.',
      type: 'object',
      required: ['title', 'url'],
      properties: {
        title: { description: 'The link text.', type: 'string', minLength: 1 },
        url: url('The link target.'),
        kind: {
          description: 'What the link leads to; other when absent.',
          enum: ['docs', 'tracker', 'runbook', 'dashboard', 'chat', 'other'],
          default: 'other',
        },
        text: str('An optional sentence shown with the link.'),
      },
    },
    contact: {
      description: 'How to get in touch with the team.',
      type: 'object',
      properties: {
        text: str('Instructions, plain text.'),
        links: { description: 'Where to get in touch.', type: 'array', items: { $ref: '#/$defs/link' } },
      },
    },
    person: {
      description: 'A lead or member of a team.',
      type: 'object',
      required: ['name'],
      properties: {
        name: { description: 'The person\'s name.', type: 'string', minLength: 1 },
        role: str('The person\'s role in the team.'),
        irc_nick: str('The person\'s IRC nickname.'),
        pronouns: str('The person\'s pronouns.'),
        timezone: str('The person\'s time zone: an IANA time zone name such as "Europe/Berlin", "America/Los_Angeles" or "UTC" (not an offset like "UTC+2" or an abbreviation like "PST"). An unknown name is only a warning of teampage-check, which this schema does not repeat.'),
        url: url('The person\'s page or profile.'),
        email: {
          description: 'The person\'s e-mail address, written alone (local@domain, without "mailto:").',
          type: 'string',
          pattern: EMAIL_PATTERN,
        },
      },
    },
    meta: {
      description: 'Where the content comes from, when it last changed, and its licence (attribution).',
      type: 'object',
      properties: {
        source_url: url('The page the content comes from.'),
        edit_url: url('Where to edit the content.'),
        last_edited: {
          description: 'When the content last changed: an RFC 3339 date (2021-06-11) or date-time (2021-06-11T15:44:00Z).',
          type: 'string',
          pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?$',
          anyOf: [{ format: 'date' }, { format: 'date-time' }],
        },
        license: {
          description: 'The content\'s licence.',
          type: 'object',
          required: ['name'],
          properties: {
            name: { description: 'The licence\'s name, e.g. "CC BY-SA 3.0".', type: 'string', minLength: 1 },
            url: url('The licence text.'),
          },
        },
        language: {
          description: 'The language the manifest\'s own text (team names, summaries, roles ...) is written in, not the page\'s interface: a BCP 47 language tag such as "en", "de-CH", "pt-BR", "zh-Hant-TW" or "sr-Latn" (any case). The page marks the content with it (lang) so that screen readers pronounce it right; absent, the text is taken to be in the page\'s language.',
          type: 'string',
          pattern: LANGUAGE_PATTERN,
        },
      },
    },
  },
};
export const serialized = () => JSON.stringify(schema, null, 2) + '\n';
export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/team-manifest.schema.json');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(SCHEMA_FILE, serialized());
  console.log(`wrote ${SCHEMA_FILE}`);
}
