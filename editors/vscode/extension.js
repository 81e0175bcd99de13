// The plumb extension: colours come from the TextMate grammar (package.json contributes it);
// this client starts `plumb lsp` over stdio for diagnostics, hover and completion. Without a
// plumb command the colours still work, and a message says how to set plumb.path.
'use strict';

const os = require('node:os');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;
let watcher;

/** The command to run: plumb.path, with ~/ and paths relative to the first workspace folder. */
function plumbCommand() {
  const configured = (vscode.workspace.getConfiguration('plumb').get('path') || 'plumb').trim() || 'plumb';
  if (configured.startsWith('~/')) return path.join(os.homedir(), configured.slice(2));
  if (configured.includes('/') && !path.isAbsolute(configured)) {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    if (folder && folder.uri.scheme === 'file') return path.join(folder.uri.fsPath, configured);
  }
  return configured; // a bare name is looked up on PATH
}

/** The client of `plumb lsp`, not yet started. */
function createClient() {
  const command = plumbCommand();
  // a pack is many files: the server hears of the ones changed outside the editor
  watcher = vscode.workspace.createFileSystemWatcher('**/*.plumb');
  // No transport: the client then talks over the process's stdin and stdout, and adds no
  // --stdio argument (it would with TransportKind.stdio).
  const serverOptions = { command, args: ['lsp'] };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plumb' },
      { scheme: 'untitled', language: 'plumb' },
    ],
    synchronize: { fileEvents: watcher },
  };
  return new LanguageClient('plumb', 'plumb', serverOptions, clientOptions);
}

async function start() {
  client = createClient();
  try {
    await client.start();
  } catch (e) {
    const command = plumbCommand();
    await stop();
    const choice = await vscode.window.showErrorMessage(
      `plumb: could not start '${command} lsp' (${e && e.message ? e.message : e}). ` +
        'Colours work without it; diagnostics, hover and completion need it: set plumb.path to the plumb command.',
      'Open Settings',
    );
    if (choice === 'Open Settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'plumb.path');
    }
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (watcher) {
    watcher.dispose();
    watcher = undefined;
  }
  if (running) {
    try {
      await running.stop();
    } catch (e) {
      // the server may already be gone; nothing else to stop
    }
  }
}

async function restart() {
  await stop();
  await start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('plumb.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('plumb.path')) restart();
    }),
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate, plumbCommand };
