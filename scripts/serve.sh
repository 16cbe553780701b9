#!/usr/bin/env bash
# Command 1: installs what is missing, builds the whole of dist/ (scripts/build.sh) and serves
# it at http://127.0.0.1:8080/ (PEGASUS_ADDR for another address) with the site's static
# server, which step 1 of the build has already compiled.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./scripts/build.sh "$@"
exec "${CARGO_TARGET_DIR:-target}/debug/serve" dist --addr "${PEGASUS_ADDR:-127.0.0.1:8080}"
