#!/usr/bin/env bash
# Installs what building (and, with --test, testing) needs, skipping what is already at the
# right version, and puts the tools on PATH. Meant to be sourced by serve.sh and test.sh.
#   source scripts/setup.sh [--test]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${PEGASUS_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pegasus-timeline-tools}"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
TERSER_VERSION="5.44.0"
AXE_VERSION="4.11.4"
PYM_VERSION="1.3.2"
VNU_VERSION="26.9.27"
GECKODRIVER_VERSION="0.37.1"
WANT_TEST_TOOLS=0
[ "${1:-}" = "--test" ] && WANT_TEST_TOOLS=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Whether a command's output has a line matching the pattern. Not `cmd | grep -q`: grep
# stops at the first match, a longer output then ends with SIGPIPE, and `pipefail` reads
# that as "not installed" (geckodriver's three lines were reinstalled on every run).
prints() { local pattern="$1"; shift; "$@" 2>/dev/null | grep -e "$pattern" >/dev/null; }

APT_UPDATED=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "apt-get install ${missing[*]}"
  if [ "$APT_UPDATED" = 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

cd "$ROOT"
export PATH="$HOME/.cargo/bin:$TOOLS/node_modules/.bin:$PATH"

# The three tools built from source (trunk, wasm-bindgen-cli, geckodriver) share one target
# folder, so their common dependencies (tokio, hyper, serde, clap…) compile once, and they are
# built without trunk's fat LTO and single codegen unit: they orchestrate and rewrite files,
# where a few percent of speed is worth nothing next to minutes of compiling on a fresh
# machine. Environment overrides of the release profile apply to `cargo install` only here.
tool_install() {
  CARGO_TARGET_DIR="$TOOLS/cargo-target" \
    CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=2 CARGO_PROFILE_RELEASE_DEBUG=0 \
    cargo install "$@"
}

# The toolchain and wasm target come from rust-toolchain.toml; rustup installs them on first use.
if ! prints '^wasm32-unknown-unknown$' rustup target list --installed; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! prints "^trunk $TRUNK_VERSION\$" trunk --version; then
  say "cargo install trunk@$TRUNK_VERSION (minutes, once)"
  tool_install --locked "trunk@$TRUNK_VERSION"
fi

WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "error: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if ! prints "^wasm-bindgen $WASM_BINDGEN_VERSION\$" wasm-bindgen --version; then
  say "cargo install wasm-bindgen-cli@$WASM_BINDGEN_VERSION (minutes, once)"
  # Without --locked: the CLI's own lock file names a yanked dependency.
  tool_install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

# Debian's binaryen (wasm-opt 108) breaks today's Rust output; npm's build is current.
if ! prints "version ${BINARYEN_VERSION%%.*}" "$TOOLS/node_modules/.bin/wasm-opt" --version; then
  say "npm install binaryen@$BINARYEN_VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "binaryen@$BINARYEN_VERSION"
fi

# wasm-bindgen's JS glue ships unminified; the build hook minifies it (a fifth of its bytes).
if ! grep -qs "\"version\": \"$TERSER_VERSION\"" "$TOOLS/node_modules/terser/package.json"; then
  say "npm install terser@$TERSER_VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "terser@$TERSER_VERSION"
fi
export PEGASUS_TOOLS_DIR="$TOOLS"

if [ "$WANT_TEST_TOOLS" = 1 ]; then
  # fantoccini's TLS stack links OpenSSL; the browser tests drive Debian's Chromium;
  # tests/browser/nginx.rs runs docs/hosting.md's nginx configuration in Debian's nginx, brotli_static included.
  apt_install pkg-config libssl-dev chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth nginx libnginx-mod-http-brotli-static
  if ! prints "^geckodriver $GECKODRIVER_VERSION" geckodriver --version; then
    say "cargo install geckodriver@$GECKODRIVER_VERSION (minutes, once)"
    tool_install --force "geckodriver@$GECKODRIVER_VERSION"
  fi
  # axe-core is injected into the page by the accessibility test.
  if ! grep -qs "\"version\": \"$AXE_VERSION\"" "$TOOLS/node_modules/axe-core/package.json"; then
    say "npm install axe-core@$AXE_VERSION into $TOOLS"
    mkdir -p "$TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "axe-core@$AXE_VERSION"
  fi
  export PEGASUS_AXE="$TOOLS/node_modules/axe-core/axe.min.js"
  # pym.js: the embed test checks that newsrooms' existing pym parents size our iframe.
  if ! grep -qs "\"version\": \"$PYM_VERSION\"" "$TOOLS/node_modules/pym.js/package.json"; then
    say "npm install pym.js@$PYM_VERSION into $TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "pym.js@$PYM_VERSION"
  fi
  export PEGASUS_PYM="$TOOLS/node_modules/pym.js/dist/pym.v1.min.js"
  # The W3C Nu Html Checker: every page of dist/ must validate (tests/build_output.rs). It
  # runs on Java; any Java 11 or later does, Debian's default one is installed if none is.
  command -v java >/dev/null || apt_install default-jre-headless
  if ! grep -qs "\"version\": \"$VNU_VERSION\"" "$TOOLS/node_modules/vnu-jar/package.json"; then
    say "npm install vnu-jar@$VNU_VERSION into $TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "vnu-jar@$VNU_VERSION"
  fi
  export PEGASUS_VNU="$TOOLS/node_modules/vnu-jar/build/dist/vnu.jar"
fi
