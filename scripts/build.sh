#!/usr/bin/env bash
# The one build: the whole of dist/, step by step. Each tool runs once, from here; none
# starts another from a hook.
#   ./scripts/build.sh [--dev] [--readers-only] [--dist DIR]
#     --dev           debug wasm, no wasm-opt (the edit loop, scripts/dev.sh)
#     --readers-only  leaves out the editors' preview (the hostile-data and benchmark builds)
#     --dist DIR      writes there instead of dist/
# PEGASUS_TIMELINE names another data file (PEGASUS_ALLOW_INVALID=1 lets a flawed one
# through, for tests), PEGASUS_PUBLIC_URL the address dist/ will be published at.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

release=(--release)
preview=1
dist=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --dev) release=() ;;
    --readers-only) preview=0 ;;
    --dist) dist="$2"; shift ;;
    *) echo "usage: scripts/build.sh [--dev] [--readers-only] [--dist DIR]" >&2; exit 2 ;;
  esac
  shift
done
timeline="${PEGASUS_TIMELINE:-public/timeline.json}"
target="${CARGO_TARGET_DIR:-target}"

# 1. The native tools (prerender, serve, check-timeline), from the shipped code alone: the
#    data file is read at run time (--timeline), so another one needs no second build.
say "1/6 cargo build -p pegasus-site (the native tools)"
env -u PEGASUS_TIMELINE -u PEGASUS_ALLOW_INVALID -u PEGASUS_TEST_HOOKS \
  cargo build --quiet -p pegasus-site --bins
tools="$target/debug"

# 2. The readers' wasm and the copied assets, by trunk from index.html (build.rs checks the
#    data and compiles it in; a mistake stops here with the event id and the field).
say "2/6 trunk build ${release[*]} (the readers' wasm) into $dist"
trunk build "${release[@]}" --dist "$dist"

# 3. The start-up script out of the HTML, the glue minified, one stylesheet.
say "3/6 bundle-assets $dist"
node scripts/bundle-assets.mjs "$dist" > "$target/readers-assets.args"
mapfile -t assets < "$target/readers-assets.args"

# 4. The four prerendered pages (index, en, embed, embed-en) and the two share images.
say "4/6 prerender $dist"
"$tools/prerender" "$dist" "${assets[@]}" --timeline "$timeline"

# 5. The editors' preview: its own wasm, by trunk from crates/preview/index.html, its two
#    pages prerendered, then copied in beside the readers'.
if [ "$preview" = 1 ]; then
  say "5/6 trunk build ${release[*]} crates/preview/index.html (the editors' preview)"
  preview_dist="$target/preview-dist"
  trunk build crates/preview/index.html "${release[@]}" --dist "$preview_dist"
  node scripts/bundle-assets.mjs "$preview_dist" --preview > "$target/preview-assets.args"
  mapfile -t preview_assets < "$target/preview-assets.args"
  "$tools/prerender" "$preview_dist" --preview "${preview_assets[@]}"
  rm "$preview_dist/index.html"
  find "$preview_dist" -maxdepth 1 -type f ! -name '*.gz' ! -name '*.br' -exec cp {} "$dist/" \;
else
  say "5/6 the editors' preview left out (--readers-only)"
fi

# 6. No inline script or style in any page; .gz and .br copies for static hosts.
say "6/6 finish-dist $dist"
node scripts/finish-dist.mjs "$dist"
