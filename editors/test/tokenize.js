// Tokenizes plumb files with plumb's TextMate grammar, through vscode-textmate and
// vscode-oniguruma: the engine and the regular-expression library VS Code itself uses. The
// embedded shell grammar, source.shell, is VS Code's own (shell-unix-bash.tmLanguage.json,
// shipped by the tm-grammars package, pinned in package-lock.json).
//
// As a command: `node test/tokenize.js FILE…` prints the tokens of each file in the snapshots'
// format (editors/README.md).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const GRAMMAR = path.join(__dirname, '..', 'textmate', 'plumb.tmLanguage.json');
const SHELL = require.resolve('tm-grammars/grammars/shellscript.json');

let grammarPromise;

/** plumb's grammar (source.plumb), loaded once, with source.shell available to it. */
function plumbGrammar() {
  if (!grammarPromise) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }));
    const files = { 'source.plumb': GRAMMAR, 'source.shell': SHELL };
    const registry = new vsctm.Registry({
      onigLib,
      loadGrammar: async (scopeName) => {
        const file = files[scopeName];
        if (!file) return null;
        return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
    grammarPromise = registry.loadGrammar('source.plumb');
  }
  return grammarPromise;
}

/**
 * The tokens of a text, line by line, as VS Code computes them: each line is tokenized with
 * the state the previous one left. Returns [{ line, tokens: [{ text, scopes }] }].
 */
async function tokenize(text) {
  const grammar = await plumbGrammar();
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // the final newline
  let state = vsctm.INITIAL;
  const result = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    const tokens = r.tokens.map((t) => ({
      text: line.substring(t.startIndex, Math.min(t.endIndex, line.length)),
      scopes: t.scopes,
    }));
    result.push({ line, tokens: tokens.filter((t) => t.text !== '' || line === '') });
    state = r.ruleStack;
  }
  return result;
}

/**
 * The snapshot text of a file's tokens: each line of the file, then one line per token, its
 * text in JSON quotes and its scopes without the root scope (source.plumb, on every token).
 */
function render(tokenized) {
  const out = [];
  tokenized.forEach(({ line, tokens }, i) => {
    out.push(`${i + 1}: ${line}`);
    for (const t of tokens) {
      if (t.text === '') continue;
      const scopes = t.scopes.filter((s, k) => !(k === 0 && s === 'source.plumb'));
      out.push(`  ${JSON.stringify(t.text)} ${scopes.join(' ')}`.trimEnd());
    }
  });
  return out.join('\n') + '\n';
}

module.exports = { tokenize, render, plumbGrammar };

if (require.main === module) {
  (async () => {
    for (const file of process.argv.slice(2)) {
      process.stdout.write(render(await tokenize(fs.readFileSync(file, 'utf8'))));
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
