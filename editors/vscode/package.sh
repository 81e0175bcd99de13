#!/bin/sh
# Builds the VS Code extension: editors/vscode/plumb-VERSION.vsix (not published anywhere).
# Installs the pinned npm packages (package-lock.json) when node_modules is missing, copies the
# TextMate grammar in (vscode:prepublish), and packages with @vscode/vsce. No install script is
# run: packaging needs none. The project has no LICENSE file nor a public repository URL: vsce
# is told so (--skip-license, --allow-missing-repository) instead of asking.
set -eu
cd "$(dirname -- "$0")"
command -v npm >/dev/null 2>&1 || { echo "package.sh: npm is needed (Node.js 20 or later)" >&2; exit 1; }
[ -d node_modules ] || npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
npm run --silent package
