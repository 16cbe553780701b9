#!/usr/bin/env bash
# Command 2: installs what is missing (browsers included) and runs every test: formatting,
# lints, native tests of the model, then the browser tests against the real release build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test

say "cargo fmt --check"
cargo fmt --all -- --check
say "cargo clippy"
cargo clippy --all-targets -- -D warnings

say "trunk build --release"
trunk build --release

say "cargo test (native and browser tests)"
cargo test --all-targets -- --test-threads="${PEGASUS_TEST_THREADS:-2}"
