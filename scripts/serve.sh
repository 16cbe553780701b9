#!/usr/bin/env bash
# Command 1: installs what is missing, builds the release and serves it at http://127.0.0.1:8080/
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
say "trunk build --release"
trunk build --release
say "serving dist/"
exec cargo run --quiet --release --bin serve -- dist --addr "${PEGASUS_ADDR:-127.0.0.1:8080}"
