#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium (package `chromium`), once. The docs site
# test loads the built site in it. Prints the browser's path.
set -euo pipefail
for name in chromium chromium-browser; do
  if command -v "$name" >/dev/null; then
    command -v "$name"
    exit 0
  fi
done
command -v apt-get >/dev/null || { echo "install-chromium: apt-get is required" >&2; exit 1; }
sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "install-chromium: root or sudo is required" >&2; exit 1; }
  sudo="sudo -n"
fi
export DEBIAN_FRONTEND=noninteractive
if ! $sudo apt-get install -y --no-install-recommends chromium >&2; then
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y --no-install-recommends chromium >&2
fi
command -v chromium
