#!/usr/bin/env bash
# Command 2: installs what is missing (browsers included) and runs every test: formatting,
# lints, the two builds the browser tests need, then every crate's unit tests and the two
# test binaries (tests/data, tests/browser) against the real release build (docs/testing.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test

say "cargo fmt --check"
cargo fmt --all -- --check

say "cargo clippy: natively, then each wasm as trunk builds it"
cargo clippy --workspace --all-targets -- -D warnings
# The readers' wasm is built without the story text (index.html); the preview's with it.
cargo clippy --target wasm32-unknown-unknown -p pegasus-timeline --no-default-features --lib --bins -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p pegasus-preview --lib --bins -- -D warnings

./scripts/build.sh

say "the hostile-data build (for tests/browser/hostile.rs), readers' pages only"
# The same target folder: only the readers' crate is compiled again (build.rs reads the
# other data file), every dependency and the native tools are reused.
PEGASUS_TIMELINE=tests/fixtures/hostile/timeline.json PEGASUS_ALLOW_INVALID=1 PEGASUS_TEST_HOOKS=1 \
  ./scripts/build.sh --readers-only --dist target/hostile-dist

say "cargo test --workspace (unit tests, tests/data, tests/browser)"
cargo test --workspace --all-targets -- --test-threads="${PEGASUS_TEST_THREADS:-2}"
