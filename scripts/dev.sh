#!/usr/bin/env bash
# The edit loop for the readers' page: a fast build (debug wasm, no preview), served at
# http://127.0.0.1:8080/, rebuilt whenever a file under src/, style/, public/, crates/ or
# index.html changes. Reload the browser tab once the terminal says "rebuilt": the pages are
# prerendered, so there is no live reload to inject (the strict CSP would refuse its script).
#   ./scripts/dev.sh [--with-preview]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
flags=(--dev --readers-only)
[ "${1:-}" = "--with-preview" ] && flags=(--dev)
watched=(src style public crates index.html Cargo.toml build.rs scripts/boot.js scripts/embed-choices.js)
stamp="$(mktemp)"
server=""
trap 'rm -f "$stamp"; [ -z "$server" ] || kill "$server" 2>/dev/null || true' EXIT

./scripts/build.sh "${flags[@]}"
"${CARGO_TARGET_DIR:-target}/debug/serve" dist --addr "${PEGASUS_ADDR:-127.0.0.1:8080}" &
server=$!
while true; do
  touch "$stamp"
  # Polling keeps the loop free of a file-watching tool to install; a second is quick enough.
  until [ -n "$(find "${watched[@]}" -newer "$stamp" -type f -print -quit 2>/dev/null)" ]; do sleep 1; done
  if ./scripts/build.sh "${flags[@]}"; then
    printf '\033[1m==> rebuilt: reload the tab\033[0m\n' >&2
  else
    printf '\033[1m==> the build failed (above); fix and save again\033[0m\n' >&2
  fi
done
