// Copies plumb's TextMate grammar (editors/textmate/plumb.tmLanguage.json, the one the tests
// check) into syntaxes/, where package.json's grammar contribution points: vsce packages only
// the extension's folder. vsce runs this as vscode:prepublish before it packages.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const from = path.join(__dirname, '..', '..', 'textmate', 'plumb.tmLanguage.json');
const to = path.join(__dirname, '..', 'syntaxes', 'plumb.tmLanguage.json');
JSON.parse(fs.readFileSync(from, 'utf8')); // a grammar that does not parse is not packaged
fs.mkdirSync(path.dirname(to), { recursive: true });
fs.copyFileSync(from, to);
console.log(`copied ${path.relative(process.cwd(), from)} to ${path.relative(process.cwd(), to)}`);
