#!/usr/bin/env bash
# Command 2: installs what is missing (browsers included) and runs every test: formatting,
# lints, native tests of the model, then the browser tests against the real release build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test

say "cargo fmt --check"
cargo fmt --all -- --check
say "cargo clippy (native, and the wasm's own code)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
# The readers' wasm as trunk builds it: without the story text (index.html).
cargo clippy --target wasm32-unknown-unknown --no-default-features --lib --bin pegasus-timeline -- -D warnings

say "trunk build --release"
trunk build --release

say "trunk build --release of the hostile-data fixture (for tests/hostile.rs)"
# Its own target dir, so the two builds do not invalidate each other's cache.
# The readers' pages only (PEGASUS_SKIP_PREVIEW): the preview has its own hostile-data test.
PEGASUS_SKIP_PREVIEW=1 PEGASUS_TIMELINE=tests/fixtures/hostile/timeline.json PEGASUS_ALLOW_INVALID=1 PEGASUS_TEST_HOOKS=1 \
  CARGO_TARGET_DIR=target/hostile trunk build --release --dist target/hostile-dist

say "cargo test (native and browser tests)"
cargo test --all-targets -- --test-threads="${PEGASUS_TEST_THREADS:-2}"
