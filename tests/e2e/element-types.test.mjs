// The element's descriptions for tools, checked without a build or a browser:
//   (a) public/team-page.d.ts type-checks a host page's TypeScript
//       (tests/types/usage.ts, tsc --strict), including lines that must be
//       errors (ts-expect-error), so that the types are really checked;
//   (b) public/custom-elements.json is a valid Custom Elements Manifest 2.1.0
//       (the schema of the custom-elements-manifest package);
//   (c) both are in step with the code: attributes with observedAttributes
//       (plus lang), events with EVENTS (team-page.js), CSS parts with the
//       part="..." of src/components/*.rs, CSS properties with the --tp-*
//       defined in src/components/theme.css.
//
// Run from the repository root:  node --test tests/e2e/element-types.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TESTS = path.join(ROOT, 'tests');
const read = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const require = createRequire(path.join(TESTS, 'package.json'));

const MANIFEST_FILE = 'public/custom-elements.json';
const manifest = JSON.parse(read(MANIFEST_FILE));
const moduleJs = read('public/team-page.js');
const dts = read('public/team-page.d.ts');

/** The element's declaration in the manifest (fails the test when absent). */
function elementDeclaration() {
  const mod = manifest.modules?.find((m) => m.path === 'team-page.js');
  assert.ok(mod, `${MANIFEST_FILE}: no module team-page.js`);
  const decl = mod.declarations?.find((d) => d.customElement === true && d.tagName === 'team-page');
  assert.ok(decl, `${MANIFEST_FILE}: no custom element declaration with tagName "team-page"`);
  return { mod, decl };
}

/** The string literals of the array `before = [...]` in `text`. */
function arrayLiteral(text, before, what) {
  const m = text.match(new RegExp(`${before}\\s*=\\s*\\[([^\\]]*)\\]`));
  assert.ok(m, `${what}: "${before} = [...]" not found`);
  const items = [...m[1].matchAll(/'([^']*)'|"([^"]*)"/g)].map((x) => x[1] ?? x[2]);
  assert.ok(items.length > 0, `${what}: "${before}" is empty`);
  return items;
}

const sorted = (xs) => [...xs].sort();
const names = (xs, what) => {
  assert.ok(Array.isArray(xs) && xs.length > 0, `${MANIFEST_FILE}: no ${what}`);
  return xs.map((x) => x.name);
};
const noDuplicates = (xs, what) => assert.equal(new Set(xs).size, xs.length, `${what}: a name is listed twice: ${xs}`);

test('(a) the types check a host page\'s TypeScript, and refuse what is wrong', () => {
  const tsc = path.join(TESTS, 'node_modules/.bin/tsc');
  assert.ok(fs.existsSync(tsc), 'tests/node_modules/.bin/tsc is missing: run scripts/setup.sh (or cd tests && npm ci)');
  const usage = fs.readFileSync(path.join(TESTS, 'types/usage.ts'), 'utf8');
  assert.match(usage, /from '\.\.\/\.\.\/public\/team-page\.js'/, 'usage.ts imports the module as a host page does');
  assert.ok((usage.match(/^\s*\/\/ @ts-expect-error/gm) ?? []).length >= 3, 'usage.ts has lines that must be type errors');
  const run = spawnSync(tsc, ['-p', path.join(TESTS, 'types/tsconfig.json'), '--noEmit', '--strict', '--pretty', 'false', '--listFiles'], {
    cwd: TESTS, encoding: 'utf8', timeout: 120_000,
  });
  assert.equal(run.error, undefined, `tsc did not run: ${run.error}`);
  const errors = run.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
  assert.deepEqual(errors, [], `tsc found errors:\n${errors.join('\n')}`);
  assert.equal(run.status, 0, `tsc exited with ${run.status}:\n${run.stdout}${run.stderr}`);
  // The import resolved to the declarations, not to the JavaScript.
  const files = run.stdout.split('\n').map((l) => path.resolve(l.trim()));
  assert.ok(files.includes(path.join(ROOT, 'public/team-page.d.ts')), `tsc did not read public/team-page.d.ts:\n${run.stdout}`);
});

test('(b) custom-elements.json is a valid Custom Elements Manifest 2.1.0', () => {
  const schemaFile = require.resolve('custom-elements-manifest/schema.json');
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(schemaFile), 'package.json'), 'utf8'));
  assert.equal(manifest.schemaVersion, '2.1.0');
  assert.equal(pkg.version, manifest.schemaVersion, 'the schema package is the version the manifest declares');
  const ajv = new Ajv({ allErrors: true, strict: false });
  const report = (v, where = '') => (v.errors ?? []).map((e) => `${where}${e.instancePath || '/'} ${e.message}`).join('\n');
  const validate = ajv.compile(schema);
  assert.ok(validate(manifest), `${MANIFEST_FILE} is invalid:\n${report(validate)}`);

  // A declaration or export passes the schema's anyOf through any branch (a
  // class's events are not checked as long as it passes as a plain class):
  // each is checked again against the definition of its own kind.
  ajv.addSchema(schema, 'cem');
  const definition = (name) => ajv.compile({ $ref: `cem#/definitions/${name}` });
  const { mod, decl } = elementDeclaration();
  const kinds = {
    class: (d) => (d.customElement ? 'CustomElementDeclaration' : 'ClassDeclaration'),
    function: () => 'FunctionDeclaration',
    variable: () => 'VariableDeclaration',
    js: () => 'JavaScriptExport',
    'custom-element-definition': () => 'CustomElementExport',
  };
  for (const [list, items] of [['declarations', mod.declarations], ['exports', mod.exports]]) {
    items.forEach((item, i) => {
      assert.ok(kinds[item.kind], `${list}[${i}]: kind ${item.kind} is not checked here`);
      const v = definition(kinds[item.kind](item));
      assert.ok(v(item), `${MANIFEST_FILE}: ${list}[${i}] (${item.name}) is not a valid ${kinds[item.kind](item)}:\n${report(v, `${list}[${i}]`)}`);
    });
  }
  const field = definition('ClassField');
  decl.members.forEach((m, i) => assert.ok(field(m), `members[${i}] (${m.name}) is not a valid ClassField:\n${report(field, `members[${i}]`)}`));

  // What the schema leaves open but tools rely on.
  assert.equal(mod.kind, 'javascript-module');
  assert.equal(decl.kind, 'class');
  assert.equal(decl.name, 'TeamPageElement');
  const exported = (mod.exports ?? []).map((e) => `${e.kind} ${e.name} -> ${e.declaration?.name} (${e.declaration?.module})`);
  assert.ok(exported.includes('custom-element-definition team-page -> TeamPageElement (team-page.js)'), `exports: ${exported}`);
  for (const name of ['TeamPageElement', 'mount', 'EVENTS']) {
    assert.ok(exported.includes(`js ${name} -> ${name} (team-page.js)`), `exports: no js export of ${name}: ${exported}`);
    assert.match(moduleJs, new RegExp(`^export (?:const|function|class) ${name}\\b`, 'm'), `team-page.js exports no ${name}`);
    assert.ok(mod.declarations.some((d) => d.name === name), `${MANIFEST_FILE}: no declaration of ${name}`);
  }
  const fields = new Set(decl.members.filter((m) => m.kind === 'field').map((m) => m.name));
  for (const a of decl.attributes) {
    assert.ok(a.fieldName, `attribute ${a.name} has no fieldName`);
    assert.ok(fields.has(a.fieldName), `attribute ${a.name}: no field ${a.fieldName} among the members`);
  }
  for (const e of decl.events) assert.match(e.type?.text ?? '', /^CustomEvent<\{.+\}>$/, `event ${e.name}: its type names its detail`);
  for (const f of ['src', 'filter', 'tech', 'view', 'ownUrl', 'manifest', 'ready']) {
    assert.ok(fields.has(f), `no member ${f}`);
    assert.match(moduleJs, new RegExp(`get ${f}\\(\\)`), `team-page.js has no getter ${f} (the manifest lists it)`);
  }
});

test('(c) attributes, events, parts and custom properties are those of the code', () => {
  const { decl } = elementDeclaration();

  const observed = arrayLiteral(moduleJs, 'static observedAttributes', 'public/team-page.js');
  const attributes = names(decl.attributes, 'attributes');
  noDuplicates(attributes, 'attributes');
  assert.deepEqual(sorted(attributes), sorted([...new Set([...observed, 'lang'])]), 'attributes = observedAttributes (lang among them)');

  const events = arrayLiteral(moduleJs, 'export const EVENTS', 'public/team-page.js');
  const listed = names(decl.events, 'events');
  noDuplicates(listed, 'events');
  assert.deepEqual(sorted(listed), sorted(events), 'events = EVENTS of team-page.js');
  const eventMap = dts.match(/export interface TeamPageEventMap \{([^}]*)\}/);
  assert.ok(eventMap, 'team-page.d.ts: no TeamPageEventMap');
  assert.deepEqual(sorted([...eventMap[1].matchAll(/'([\w-]+)':/g)].map((m) => m[1])), sorted(events), 'TeamPageEventMap = EVENTS');

  const dir = path.join(ROOT, 'src/components');
  const rs = fs.readdirSync(dir).filter((f) => f.endsWith('.rs')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  // part="…" on an element, or a part handed to heading(…, Some("…"), title).
  const parts = new Set([...rs.matchAll(/\bpart="([^"]*)"|\bheading\([^;]*?Some\("([\w-]+)"\)/g)]
    .flatMap((m) => (m[1] ?? m[2]).split(/\s+/).filter(Boolean)));
  assert.ok(parts.size > 0, 'no part="..." in src/components/*.rs');
  const cssParts = names(decl.cssParts, 'cssParts');
  noDuplicates(cssParts, 'cssParts');
  assert.deepEqual(sorted(cssParts), sorted(parts), 'cssParts = the part="..." of src/components/*.rs');

  const theme = read('src/components/theme.css').replace(/\/\*[\s\S]*?\*\//g, '');
  const defined = new Set([...theme.matchAll(/(--tp-[\w-]+)\s*:/g)].map((m) => m[1]));
  assert.ok(defined.size > 0, 'no --tp-* defined in src/components/theme.css');
  const cssProperties = names(decl.cssProperties, 'cssProperties');
  noDuplicates(cssProperties, 'cssProperties');
  assert.deepEqual(sorted(cssProperties), sorted(defined), 'cssProperties = the --tp-* defined in theme.css');
  // Each default is the first (light) value theme.css gives it: of a
  // light-dark(light, dark) pair, the light one.
  const light = (v) => v.replace(/light-dark\(((?:[^(),]|\([^()]*\))*),(?:[^()]|\([^()]*\))*\)/g, (_, l) => l.trim());
  const first = new Map();
  for (const m of theme.matchAll(/(--tp-[\w-]+)\s*:\s*([^;]+);/g)) if (!first.has(m[1])) first.set(m[1], light(m[2].trim()));
  for (const p of decl.cssProperties) {
    assert.ok(p.description, `${p.name} has no description`);
    assert.equal(p.default, first.get(p.name), `${p.name}: its default is theme.css's`);
  }
});
