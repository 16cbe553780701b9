#!/usr/bin/env bash
# The first-view benchmark (docs/performance.md): builds the release, then measures our
# page, its no-script floor and TimelineJS 3.9.11 in headless Chromium, throttled, and our
# page at 1,000 and 5,000 events. Not a test: it prints a Markdown table for docs/performance.md
# (also in target/bench/results.md). BENCH_RUNS / BENCH_SCALE_RUNS set the run counts.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --test

PLAYWRIGHT_VERSION="1.56.1"
TIMELINEJS_VERSION="3.9.11"
# playwright-core only drives Debian's Chromium (never `playwright install`); TimelineJS
# is served from this machine, like our page.
for pkg in "playwright-core@$PLAYWRIGHT_VERSION" "@knight-lab/timelinejs@$TIMELINEJS_VERSION"; do
  name="${pkg%@*}"
  if ! grep -qs "\"version\": \"${pkg##*@}\"" "$TOOLS/node_modules/$name/package.json"; then
    say "npm install $pkg into $TOOLS"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS" "$pkg"
  fi
done

./scripts/build.sh

say "benchmark"
PEGASUS_TOOLS_DIR="$TOOLS" node scripts/bench.mjs
