#!/usr/bin/env bash
# Installs the Prism mock server (npm @stoplight/prism-cli) into .tools/, once.
# The end-to-end tests run every Svix SDK call against it, with request validation on.
set -euo pipefail
version="${1:-5.14.2}"
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/.tools"
prism="$tools/node_modules/.bin/prism"
if [ -x "$prism" ] && [ "$("$prism" --version 2>/dev/null)" = "$version" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "install-prism: npm is required (Node.js 18+)" >&2; exit 1; }
mkdir -p "$tools"
npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$version" >&2
"$prism" --version >/dev/null
