// Tests of plumb's TextMate grammar, tokenized by vscode-textmate with vscode-oniguruma (the
// engine VS Code uses), with VS Code's own shell grammar for source.shell.
//
// Each file of the built-in pack (templates/), of samples/ and of test/fixtures/ (tricky lines)
// is tokenized and compared, byte for byte, with its snapshot in test/snapshots/. To accept new
// tokens after a change of the grammar, look at the diff, then run
//
//   UPDATE_SNAPSHOTS=1 npm test        (in editors/: node --test test/*.test.js)
//
// which rewrites the snapshots (and deletes those whose file is gone). Independently of the
// snapshots, every file is checked against a reading that follows the lexer (structure.js):
// directive lines are directives, holes are holes from {{ to }}, text is shell, manifests have
// no shell.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { tokenize, render } = require('./tokenize.js');
const { check } = require('./structure.js');
const build = require('../textmate/build.js');

const EDITORS = path.join(__dirname, '..');
const ROOT = path.join(EDITORS, '..');
const SNAPSHOTS = path.join(__dirname, 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** Every *.plumb file under a folder, sorted, as paths relative to `base`. */
function plumbFiles(dir, base) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.plumb')) out.push(path.relative(base, p));
    }
  };
  walk(dir);
  return out;
}

// snapshot name (relative to test/snapshots/, without .tokens) → source file
const sources = new Map();
for (const f of plumbFiles(path.join(ROOT, 'templates'), ROOT)) sources.set(f, path.join(ROOT, f));
for (const f of plumbFiles(path.join(ROOT, 'samples'), ROOT)) sources.set(f, path.join(ROOT, f));
for (const f of plumbFiles(path.join(__dirname, 'fixtures'), __dirname)) sources.set(f, path.join(__dirname, f));

test('the committed grammar is what textmate/build.js writes', () => {
  const committed = fs.readFileSync(build.out, 'utf8');
  assert.ok(committed === build.text(), 'textmate/plumb.tmLanguage.json is stale: run `npm run build-grammar` in editors/');
  const grammar = JSON.parse(committed);
  assert.strictEqual(grammar.scopeName, 'source.plumb');
});

test('the built-in pack, the samples and the fixtures are all there', () => {
  const names = [...sources.keys()];
  assert.ok(names.filter((n) => n.startsWith('templates' + path.sep)).length >= 60, 'templates/');
  assert.ok(names.includes(path.join('templates', 'pack.plumb')));
  assert.ok(names.includes(path.join('samples', 'tutorial', 'pack.plumb')));
  assert.ok(names.filter((n) => n.startsWith('fixtures' + path.sep)).length >= 8, 'test/fixtures/');
});

for (const [name, file] of sources) {
  test(`tokens of ${name.split(path.sep).join('/')}`, async () => {
    const tokenized = await tokenize(fs.readFileSync(file, 'utf8'));
    const problems = check(tokenized);
    assert.deepStrictEqual(problems, [], `tokens that disagree with the lexer in ${file}`);
    const snapshot = path.join(SNAPSHOTS, name + '.tokens');
    const actual = render(tokenized);
    if (UPDATE) {
      fs.mkdirSync(path.dirname(snapshot), { recursive: true });
      if (!fs.existsSync(snapshot) || fs.readFileSync(snapshot, 'utf8') !== actual) fs.writeFileSync(snapshot, actual);
      return;
    }
    assert.ok(fs.existsSync(snapshot), `no snapshot ${path.relative(EDITORS, snapshot)}: run with UPDATE_SNAPSHOTS=1`);
    const expected = fs.readFileSync(snapshot, 'utf8');
    if (actual !== expected) {
      // the first line that differs, then the whole comparison
      const a = actual.split('\n');
      const e = expected.split('\n');
      let i = 0;
      while (i < a.length && a[i] === e[i]) i++;
      assert.strictEqual(actual, expected, `${path.relative(EDITORS, snapshot)} differs at its line ${i + 1}:\n  expected: ${e[i]}\n  actual:   ${a[i]}\n(UPDATE_SNAPSHOTS=1 accepts the new tokens)`);
    }
  });
}

test('no snapshot without its file', () => {
  const stale = [];
  const walk = (d) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.tokens') && !sources.has(path.relative(SNAPSHOTS, p).slice(0, -'.tokens'.length))) stale.push(p);
    }
  };
  walk(SNAPSHOTS);
  if (UPDATE) {
    for (const p of stale) fs.unlinkSync(p);
    return;
  }
  assert.deepStrictEqual(stale.map((p) => path.relative(EDITORS, p)), [], 'snapshots of files that are gone: run with UPDATE_SNAPSHOTS=1');
});
