#!/usr/bin/env bash
# Creates the corpus venv (.cache/corpus-venv): mypy, ruff, openapi-python-client and the
# runtime dependencies of both generators' SDKs (httpx, pydantic, attrs, python-dateutil).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.cache/corpus-venv"
python="${PYTHON:-python3}"
if [ -x "$venv/bin/openapi-python-client" ] && [ -x "$venv/bin/mypy" ]; then
  exit 0
fi
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet openapi-python-client mypy ruff httpx pydantic attrs python-dateutil
