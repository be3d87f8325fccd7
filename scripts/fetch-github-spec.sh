#!/usr/bin/env bash
# Fetches GitHub's REST API description (npm @octokit/openapi) into .cache/octokit-openapi/
# and prints the path of api.github.com.json (about 13 MB; never committed).
set -euo pipefail
version="${1:-latest}"
here="$(cd "$(dirname "$0")" && pwd)"
package="$("$here/fetch-npm-package.sh" "@octokit/openapi@$version" octokit-openapi)"
echo "$package/generated/api.github.com.json"
