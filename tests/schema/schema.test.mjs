// public/team-manifest.schema.json is a real JSON Schema (draft 2020-12) that
// agrees with docs/manifest-v1.md and with the Rust validator (teampage-check):
//   (a) the schema compiles in Ajv's strict mode and documents every property;
//   (b) the default manifest, the datasets and the examples of
//       docs/manifest-v1.md validate;
//   (c) every bad manifest of tests/bad-manifests/cases.json is refused, at the
//       path the case names (except "schema": false cases, which JSON Schema
//       cannot express), and every edge case of edge-valid.json is accepted;
//   (d) teampage-check refuses every bad case with an error at expect_path,
//       accepts the good manifests, and agrees with the schema's verdict.
//
// Run from the repository root:  node --test tests/schema/
// (d) runs `cargo run --quiet --release -p teampage-core --bin teampage-check`,
// or the binary named by TEAMPAGE_CHECK, e.g.
//   TEAMPAGE_CHECK=target/release/teampage-check node --test tests/schema/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { BAD, VALID, serialize } from '../bad-manifests/generate.mjs';
import { serialized as builtSchema } from './build-schema.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (p) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));

const SCHEMA_FILE = 'public/team-manifest.schema.json';
const schema = readJson(SCHEMA_FILE);
const GOOD_FILES = [
  'public/team.json',
  'public/datasets/kubernetes-community.json',
  'public/datasets/rust-lang-teams.json',
];
const badCases = readJson('tests/bad-manifests/cases.json');
const validCases = readJson('tests/bad-manifests/edge-valid.json');

function newAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}
let validate;
try {
  validate = newAjv().compile(schema);
} catch {
  // reported by the first test
}

/** Ajv's instancePath (/team/subteams/0/id) in the spec's notation (team.subteams[0].id). */
function specPath(pointer, extra) {
  const parts = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}
/** The paths named by Ajv's errors; a missing property is named by its own path. */
const schemaErrorPaths = (errors) =>
  (errors ?? []).map((e) => specPath(e.instancePath, e.keyword === 'required' ? e.params.missingProperty : undefined));

// ------------------------------------------------------------- (a) schema

test('(a) the schema is draft 2020-12 and compiles in strict mode', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const ajv = newAjv();
  assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
  assert.doesNotThrow(() => newAjv().compile(schema));
  assert.equal(typeof validate, 'function');
});

test('(a) the schema file is what build-schema.mjs makes', () => {
  assert.equal(fs.readFileSync(path.join(root, SCHEMA_FILE), 'utf8'), builtSchema(),
    'edit tests/schema/build-schema.mjs, then run: node tests/schema/build-schema.mjs');
});

test('(a) every property has a description', () => {
  const missing = [];
  (function walk(node, where) {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}/${i}`));
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties') {
        for (const [name, sub] of Object.entries(v)) {
          // `true` only re-declares a property for strictRequired (network if/then/else)
          if (sub !== true && !(typeof sub?.description === 'string' && sub.description.length > 10)) {
            missing.push(`${where}/properties/${name}`);
          }
        }
      }
      walk(v, `${where}/${k}`);
    }
  })(schema, '#');
  for (const [name, def] of Object.entries(schema.$defs)) {
    if (!def.description) missing.push(`#/$defs/${name}`);
  }
  assert.deepEqual(missing, []);
});

test('(a) nesting is limited to depth 16 by the teamDepth0..teamDepth16 chain', () => {
  assert.equal(schema.properties.team.$ref, '#/$defs/teamDepth0');
  for (let d = 0; d < 16; d++) {
    const level = schema.$defs[`teamDepth${d}`];
    assert.equal(level.$ref, '#/$defs/team');
    assert.equal(level.properties.subteams.items.$ref, `#/$defs/teamDepth${d + 1}`);
  }
  assert.equal(schema.$defs.teamDepth16.properties.subteams.maxItems, 0);
  assert.equal(schema.$defs.teamDepth17, undefined);
  assert.match(schema.description, /teampage-check/);
});

// ---------------------------------------------------- (b) good manifests

for (const file of GOOD_FILES) {
  test(`(b) ${file} is valid against the schema`, () => {
    const ok = validate(readJson(file));
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  });
}

test('(b) every ```json example of docs/manifest-v1.md is valid against the schema', () => {
  const spec = fs.readFileSync(path.join(root, 'docs/manifest-v1.md'), 'utf8');
  const blocks = [...spec.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  assert.ok(blocks.length > 0, 'no ```json block');
  for (const block of blocks) {
    assert.ok(validate(JSON.parse(block)), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  }
});

// ------------------------------------------------------- (c) bad manifests

test('cases.json and edge-valid.json are what generate.mjs makes', () => {
  assert.equal(fs.readFileSync(path.join(root, 'tests/bad-manifests/cases.json'), 'utf8'), serialize(BAD),
    'run: node tests/bad-manifests/generate.mjs');
  assert.equal(fs.readFileSync(path.join(root, 'tests/bad-manifests/edge-valid.json'), 'utf8'), serialize(VALID),
    'run: node tests/bad-manifests/generate.mjs');
});

test('the bad-case table is well formed and covers the spec', () => {
  assert.ok(badCases.length >= 30);
  const names = new Set();
  for (const c of badCases) {
    assert.ok(c.name && !names.has(c.name), `unique name: ${c.name}`);
    names.add(c.name);
    assert.equal(typeof c.rule, 'string');
    assert.equal(typeof c.expect_path, 'string');
    assert.ok('manifest' in c);
  }
  const beyond = badCases.filter((c) => c.schema === false);
  assert.ok(beyond.length * 4 < badCases.length, 'cases beyond JSON Schema are a minority');
  // every rule of the spec has at least one case
  const rules = badCases.map((c) => c.rule).join('\n');
  for (const r of [/manifest_version is required/, /newer than supported/, /team is required/, /team id is required/,
    /\[a-z0-9\]\[a-z0-9-\]\*/, /ids are unique/, /not empty/, /deeper than 16/, /network is a key of networks/,
    /starts with # or &/, /no space/, /no comma/, /no colon/, /irc channel has no control/, /2 to 50/, /1 to 80/,
    /non-irc channel has no control/, /https, http or mailto/, /link title is required/, /link kind/,
    /alias kind/, /network name is required/, /host is required for irc/, /DNS name/, /webchat is required/,
    /https template/, /contains \{channel\}/, /protocol is/, /port is 1 to 65535/, /tls is a boolean/,
    /person name is required/, /person url/, /technologies are strings/, /RFC 3339/, /license name/,
    /emergency title/, /source_url/]) {
    assert.match(rules, r);
  }
});

test('(c) the schema refuses every bad case at its path', async (t) => {
  for (const c of badCases) {
    await t.test(c.name, () => {
      const ok = validate(c.manifest);
      const paths = schemaErrorPaths(validate.errors);
      if (c.schema === false) {
        assert.ok(ok, `marked "schema": false but the schema refuses it: ${paths.join(', ')}`);
      } else {
        assert.equal(ok, false, 'the schema accepts it');
        const want = c.schema_expect_path ?? c.expect_path;
        assert.ok(paths.includes(want), `no schema error at "${want}"; errors at: ${paths.join(', ')}`);
      }
    });
  }
});

test('(c) the schema accepts every valid edge case', async (t) => {
  for (const c of validCases) {
    await t.test(c.name, () => {
      assert.ok(validate(c.manifest), JSON.stringify(validate.errors?.slice(0, 5)));
    });
  }
});

// ------------------------------------------------ (d) the Rust validator

const CLI_SOURCE = path.join(root, 'crates/teampage-core/src/bin/teampage-check.rs');

/**
 * Runs teampage-check once on all files; returns its exit status and parsed
 * --json report. A CLI that is missing or moved fails these tests: they
 * never skip.
 */
function runRustValidator(files) {
  let cmd;
  let args;
  if (process.env.TEAMPAGE_CHECK) {
    cmd = path.resolve(root, process.env.TEAMPAGE_CHECK);
    args = ['--json', ...files];
  } else {
    assert.ok(fs.existsSync(CLI_SOURCE), `teampage-check's source is not at ${CLI_SOURCE} (set TEAMPAGE_CHECK to a built binary, or fix this path)`);
    cmd = 'cargo';
    args = ['run', '--quiet', '--release', '-p', 'teampage-core', '--bin', 'teampage-check', '--', '--json', ...files];
  }
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${cmd} exited ${r.status}:\n${r.stderr}`);
  }
  const report = JSON.parse(r.stdout);
  return { status: r.status, report };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'teampage-cases-'));
const entries = [
  ...badCases.map((c, i) => ({ kind: 'bad', c, file: path.join(tmp, `bad-${String(i).padStart(3, '0')}.json`) })),
  ...validCases.map((c, i) => ({ kind: 'edge', c, file: path.join(tmp, `edge-${String(i).padStart(3, '0')}.json`) })),
];
for (const e of entries) fs.writeFileSync(e.file, JSON.stringify(e.c.manifest, null, 1));
const goodFiles = GOOD_FILES.map((f) => path.join(root, f));
const rust = runRustValidator([...goodFiles, ...entries.map((e) => e.file)]);
fs.rmSync(tmp, { recursive: true, force: true });

const byFile = new Map();
if (rust.report) {
  for (const r of rust.report) byFile.set(path.resolve(root, r.file), r);
}
const problemPaths = (list) => (list ?? []).map((p) => (typeof p === 'string' ? p : p.path));
const describe = (r) => JSON.stringify(r?.errors ?? r, null, 1);

test('(d) teampage-check reports one result per file and exits 1', () => {
  assert.equal(rust.status, 1);
  assert.equal(rust.report.length, goodFiles.length + entries.length);
});

test('(d) teampage-check accepts the default manifest and the datasets without warnings', async (t) => {
  for (const f of goodFiles) {
    await t.test(path.relative(root, f), () => {
      const r = byFile.get(f);
      assert.ok(r, 'no result');
      assert.equal(r.valid, true, describe(r));
      assert.deepEqual(problemPaths(r.errors), []);
      assert.deepEqual(problemPaths(r.warnings), []);
    });
  }
});

test('(d) teampage-check refuses every bad case with one error, at expect_path', async (t) => {
  for (const e of entries.filter((x) => x.kind === 'bad')) {
    await t.test(e.c.name, () => {
      const r = byFile.get(e.file);
      assert.ok(r, 'no result');
      assert.equal(r.valid, false, 'teampage-check accepts it');
      const paths = problemPaths(r.errors);
      assert.ok(paths.includes(e.c.expect_path), `no error at "${e.c.expect_path}"; errors: ${describe(r)}`);
      // each case breaks one rule only, so that it tests that rule
      assert.equal(paths.length, 1, `more than one error: ${describe(r)}`);
      assert.deepEqual(problemPaths(r.warnings), []);
    });
  }
});

test('(d) teampage-check accepts every valid edge case (warning only about unknown fields)', async (t) => {
  for (const e of entries.filter((x) => x.kind === 'edge')) {
    await t.test(e.c.name, () => {
      const r = byFile.get(e.file);
      assert.ok(r, 'no result');
      assert.equal(r.valid, true, describe(r));
      assert.deepEqual(problemPaths(r.warnings).sort(), [...(e.c.expect_warning_paths ?? [])].sort());
    });
  }
});

test('(d) the schema and teampage-check give the same verdict on every manifest', () => {
  const disagreements = [];
  const all = [
    ...goodFiles.map((f) => ({ file: f, manifest: JSON.parse(fs.readFileSync(f, 'utf8')), name: path.relative(root, f) })),
    ...entries.map((e) => ({ file: e.file, manifest: e.c.manifest, name: e.c.name, beyond: e.c.schema === false })),
  ];
  for (const x of all) {
    const bySchema = validate(x.manifest);
    const byRust = byFile.get(x.file)?.valid;
    const expected = x.beyond ? !byRust && bySchema : bySchema === byRust;
    if (!expected) disagreements.push(`${x.name}: schema ${bySchema ? 'accepts' : 'refuses'}, teampage-check ${byRust ? 'accepts' : 'refuses'}`);
  }
  assert.deepEqual(disagreements, []);
});
