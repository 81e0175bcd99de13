#!/bin/sh
# The editors' tests (bin/test runs them): the TextMate grammar's tests and the VS Code
# extension's (node --test test/*.test.js), then the extension packaged into a .vsix with
# vsce, and its files checked. Installs the npm packages pinned in package-lock.json (npm ci) where
# node_modules is missing or was installed from another lock.
set -eu
cd "$(dirname -- "$0")"
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "editors/test.sh: node and npm are needed (Node.js 20 or later) for the editors' tests" >&2
  exit 1
fi

# npm ci in folder $1 unless its node_modules came from the same package-lock.json
install() {
  if ! cmp -s "$1/package-lock.json" "$1/node_modules/.plumb-installed-lock" 2>/dev/null; then
    echo "editors/test.sh: npm ci in $(cd "$1" && basename "$(pwd)")/" >&2
    (cd "$1" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
    cp "$1/package-lock.json" "$1/node_modules/.plumb-installed-lock"
  fi
}

install .
node --test test/*.test.js

install vscode
rm -f vscode/plumb-*.vsix
vscode/package.sh >/dev/null
version=$(node -p 'require("./vscode/package.json").version')
[ -f "vscode/plumb-$version.vsix" ] || { echo "editors/test.sh: vsce made no vscode/plumb-$version.vsix" >&2; exit 1; }
# the files the .vsix holds besides node_modules: exactly these
files=$(cd vscode && ./node_modules/.bin/vsce ls | grep -v '^node_modules/' | sort | tr '\n' ' ')
expected="README.md extension.js language-configuration.json package.json syntaxes/plumb.tmLanguage.json "
if [ "$files" != "$expected" ]; then
  echo "editors/test.sh: the .vsix holds: $files; expected: $expected" >&2
  exit 1
fi
(cd vscode && ./node_modules/.bin/vsce ls | grep -qx 'node_modules/vscode-languageclient/package.json') ||
  { echo "editors/test.sh: the .vsix lacks vscode-languageclient" >&2; exit 1; }
echo "editors/test.sh: packaged editors/vscode/plumb-$version.vsix"
