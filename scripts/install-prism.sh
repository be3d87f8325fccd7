#!/usr/bin/env bash
# Installs the Prism mock server (npm @stoplight/prism-cli) into .tools/, once, from the
# committed lock file requirements/npm/package-lock.json (`npm ci` checks every package's
# integrity hash). The end-to-end tests run SDK calls against it, with request validation on.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/.tools"
prism="$tools/node_modules/.bin/prism"
lock="$root/requirements/npm/package-lock.json"
if [ -x "$prism" ] && cmp -s "$lock" "$tools/package-lock.json"; then
  exit 0
fi
command -v npm >/dev/null || { echo "install-prism: npm is required (Node.js 18+)" >&2; exit 1; }
mkdir -p "$tools"
cp "$root/requirements/npm/package.json" "$lock" "$tools/"
npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error >&2
"$prism" --version >/dev/null
