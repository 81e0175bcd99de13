// Tests of the VS Code extension (editors/vscode) that need no VS Code: its manifest and
// language configuration are checked as VS Code and vsce read them, and extension.js is
// activated against stand-ins for the vscode module and vscode-languageclient, to see the
// server it starts. (bin/test also packages the .vsix with vsce.)
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const VSCODE = path.join(__dirname, '..', 'vscode');
const TEXTMATE = path.join(__dirname, '..', 'textmate');
const manifest = JSON.parse(fs.readFileSync(path.join(VSCODE, 'package.json'), 'utf8'));
const config = JSON.parse(fs.readFileSync(path.join(VSCODE, 'language-configuration.json'), 'utf8'));

test('the manifest has what vsce requires', () => {
  for (const field of ['name', 'version', 'publisher', 'engines', 'main', 'displayName', 'description']) {
    assert.ok(manifest[field], `package.json has no ${field}`);
  }
  assert.match(manifest.name, /^[a-z0-9][a-z0-9-]*$/);
  assert.match(manifest.engines.vscode, /^\^1\.\d+\.\d+$/);
  assert.ok(manifest.dependencies['vscode-languageclient'], 'the client library is a dependency (packaged)');
  assert.ok(manifest.scripts['vscode:prepublish'], 'the grammar is copied in before packaging');
});

test('every path the manifest names exists (the grammar once copied in, as vsce does first)', () => {
  const copy = path.join(VSCODE, manifest.scripts['vscode:prepublish'].replace(/^node /, ''));
  assert.ok(fs.existsSync(copy), copy);
  const { contributes } = manifest;
  assert.ok(fs.existsSync(path.join(VSCODE, manifest.main)), manifest.main);
  for (const language of contributes.languages) {
    assert.ok(fs.existsSync(path.join(VSCODE, language.configuration)), language.configuration);
  }
  for (const grammar of contributes.grammars) {
    // scripts/copy-grammar.js copies editors/textmate/plumb.tmLanguage.json there
    assert.strictEqual(path.normalize(grammar.path), path.normalize('./syntaxes/plumb.tmLanguage.json'));
    const source = JSON.parse(fs.readFileSync(path.join(TEXTMATE, 'plumb.tmLanguage.json'), 'utf8'));
    assert.strictEqual(grammar.scopeName, source.scopeName);
    assert.ok(contributes.languages.some((l) => l.id === grammar.language), grammar.language);
  }
});

test('the language is plumb, for every *.plumb file', () => {
  const plumb = manifest.contributes.languages.find((l) => l.id === 'plumb');
  assert.ok(plumb);
  assert.deepStrictEqual(plumb.extensions, ['.plumb']);
  assert.deepStrictEqual(manifest.activationEvents, ['onLanguage:plumb']);
  assert.strictEqual(manifest.contributes.configuration.properties['plumb.path'].default, 'plumb');
  for (const command of manifest.contributes.commands) assert.match(command.command, /^plumb\./);
});

test('the language configuration: comments, brackets, folding and indentation', () => {
  assert.strictEqual(config.comments.lineComment, '#');
  assert.ok(config.brackets.some(([open, close]) => open === '{{' && close === '}}'));
  const start = new RegExp(config.folding.markers.start);
  const end = new RegExp(config.folding.markers.end);
  for (const line of ['%if x', '  %each d in vm.disks', '%block loader', '%if(x)']) assert.match(line, start);
  for (const line of ['%iffy', '%%if x', 'echo %if', '%end', '%elif x', '%# %if']) assert.doesNotMatch(line, start);
  for (const line of ['%end', '    %end', '%end # ignored']) assert.match(line, end);
  for (const line of ['%endif', '%%end', 'echo %end']) assert.doesNotMatch(line, end);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  for (const line of ['%end', '  %else', '%elif x == 1']) assert.match(line, decrease);
  for (const line of ['%each x in y', '%endless', 'else']) assert.doesNotMatch(line, decrease);
  // no line indents what follows it: text lines are emitted with their indentation
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  for (const line of ['%if x', '%each x in y', '%block b', 'echo a']) assert.doesNotMatch(line, increase);
  const continued = new RegExp(config.onEnterRules[0].beforeText);
  assert.match('daemon -p x \\', continued);
  assert.doesNotMatch('  -s 0,hostbridge \\', continued); // already a continuation line
  assert.doesNotMatch('%if x \\', continued);
});

/** Loads extension.js with stand-ins for vscode and vscode-languageclient/node. */
function loadExtension(settings, folders) {
  const state = { clients: [], commands: {}, configListeners: [], errors: [], watchers: [] };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: false, stopped: false });
      state.clients.push(this);
    }
    async start() {
      if (state.failStart) throw new Error('spawn plumb ENOENT');
      this.started = true;
    }
    async stop() {
      this.stopped = true;
    }
  }
  const vscode = {
    workspace: {
      getConfiguration: (section) => ({ get: (key) => settings[`${section}.${key}`] }),
      workspaceFolders: folders,
      createFileSystemWatcher: (glob) => {
        const w = { glob, disposed: false, dispose() { w.disposed = true; } };
        state.watchers.push(w);
        return w;
      },
      onDidChangeConfiguration: (listener) => {
        state.configListeners.push(listener);
        return { dispose() {} };
      },
    },
    window: {
      showErrorMessage: async (message) => {
        state.errors.push(message);
        return undefined;
      },
    },
    commands: {
      registerCommand: (id, run) => {
        state.commands[id] = run;
        return { dispose() {} };
      },
      executeCommand: async () => undefined,
    },
  };
  const file = path.join(VSCODE, 'extension.js');
  const original = Module._load;
  Module._load = function load(request, parent, isMain) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return { LanguageClient };
    return original.call(this, request, parent, isMain);
  };
  try {
    delete require.cache[file];
    return { extension: require(file), state };
  } finally {
    Module._load = original;
  }
}

test('activation starts `plumb lsp` over stdio for plumb documents', async () => {
  const { extension, state } = loadExtension({ 'plumb.path': 'plumb' }, undefined);
  const context = { subscriptions: [] };
  await extension.activate(context);
  assert.strictEqual(state.clients.length, 1);
  const client = state.clients[0];
  assert.ok(client.started);
  // no transport: vscode-languageclient would add a --stdio argument for TransportKind.stdio
  assert.deepStrictEqual(client.serverOptions, { command: 'plumb', args: ['lsp'] });
  assert.deepStrictEqual(client.clientOptions.documentSelector.map((s) => s.language), ['plumb', 'plumb']);
  assert.deepStrictEqual(state.watchers.map((w) => w.glob), ['**/*.plumb']);
  assert.strictEqual(client.clientOptions.synchronize.fileEvents, state.watchers[0]);
  assert.ok(state.commands['plumb.restartServer']);
  assert.strictEqual(context.subscriptions.length, 2);

  await state.commands['plumb.restartServer']();
  assert.strictEqual(state.clients.length, 2);
  assert.ok(state.clients[0].stopped && state.clients[1].started);
  assert.deepStrictEqual(state.watchers.map((w) => w.disposed), [true, false], 'one watcher at a time');

  await state.configListeners[0]({ affectsConfiguration: (s) => s === 'editor.fontSize' });
  assert.strictEqual(state.clients.length, 2, 'another setting restarts nothing');
  await extension.deactivate();
  assert.ok(state.clients[1].stopped);
  assert.ok(state.watchers.every((w) => w.disposed));
});

test('plumb.path: a name on PATH, ~/, a path relative to the workspace folder', () => {
  const folder = [{ uri: { scheme: 'file', fsPath: path.join(path.sep, 'work', 'pack') } }];
  const command = (value) => loadExtension({ 'plumb.path': value }, folder).extension.plumbCommand();
  assert.strictEqual(command('plumb'), 'plumb');
  assert.strictEqual(command(undefined), 'plumb');
  assert.strictEqual(command('  '), 'plumb');
  assert.strictEqual(command('/opt/plumb/bin/plumb'), '/opt/plumb/bin/plumb');
  assert.strictEqual(command('~/bin/plumb'), path.join(os.homedir(), 'bin', 'plumb'));
  assert.strictEqual(command('bin/plumb'), path.join(path.sep, 'work', 'pack', 'bin', 'plumb'));
});

test('without a plumb command the extension says how to set one, and colours stay', async () => {
  const { extension, state } = loadExtension({ 'plumb.path': 'no-such-plumb' }, undefined);
  state.failStart = true;
  await extension.activate({ subscriptions: [] });
  assert.strictEqual(state.errors.length, 1);
  assert.match(state.errors[0], /could not start 'no-such-plumb lsp'.*plumb\.path/);
  await extension.deactivate(); // nothing running: nothing to stop, no error
});
