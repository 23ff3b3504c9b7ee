#!/usr/bin/env bash
# Benchmarks the page's filter in headless Chromium: teampage's release build
# (dist/) against the hand-written JavaScript baseline (bench/baseline/), on
# 10,000 people / 500 teams and 50,000 people / 2,000 teams. Prints medians
# (ms), memory and DOM sizes; see bench/README.md for the method and
# bench/RESULTS.md for results. A benchmark, not a test: it fails only when
# something cannot run.
#
#   scripts/bench-filter.sh [--runs N] [--runs-50k N] [--sizes 10k,50k] [--json FILE]
#   scripts/bench-filter.sh --profile [--sizes 10k]     (where the time goes)
#   scripts/bench-filter.sh --serve                     (both pages on :8090)
#
# It generates the manifests into bench-out/ (gitignored) when missing and
# builds dist/ (`trunk build --release`) only when dist/ is missing. With
# --profile it also makes bench-out/named/: the same release build, from the
# wasm cargo left in target/, with a name section (wasm-bindgen, then wasm-opt
# -Os -g), so that profiles name Rust functions; it is used only when its
# JavaScript glue is identical to dist/teampage.js (the same build).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/env.sh

mkdir -p bench-out
gen() {
  local out="bench-out/$1"
  if [[ ! -s "$out" ]]; then
    node scripts/gen-manifest.mjs --people "$2" --teams "$3" --seed 1 > "$out.tmp"
    mv "$out.tmp" "$out"
  fi
}
gen m10k.json 10000 500
gen m50k.json 50000 2000

if [[ ! -f dist/index.html || ! -f dist/teampage_bg.wasm ]]; then
  echo "bench-filter: dist/ is missing; building it (trunk build --release)" >&2
  trunk build --release
fi

if [[ ! -d tests/node_modules/playwright-core ]]; then
  echo "bench-filter: tests/node_modules is missing; run scripts/setup.sh first" >&2
  exit 1
fi

if [[ " $* " == *" --profile "* ]]; then
  wasm=target/wasm32-unknown-unknown/release/teampage.wasm
  named=bench-out/named
  if [[ -f "$wasm" ]] && command -v wasm-bindgen >/dev/null && command -v wasm-opt >/dev/null; then
    if [[ ! -f "$named/teampage_bg.wasm" || "$wasm" -nt "$named/teampage_bg.wasm" ]]; then
      rm -rf "$named.tmp" && mkdir -p "$named.tmp"
      wasm-bindgen --target web --no-typescript --out-dir "$named.tmp" "$wasm"
      wasm-opt -Os -g --enable-bulk-memory --enable-nontrapping-float-to-int \
        -o "$named.tmp/teampage_bg.wasm" "$named.tmp/teampage_bg.wasm"
      rm -rf "$named" && mv "$named.tmp" "$named"
    fi
    if ! cmp -s "$named/teampage.js" dist/teampage.js; then
      echo "bench-filter: $wasm is not the build in dist/ (glue differs); profiling without names" >&2
      rm -rf "$named"
    fi
  fi
fi

exec node bench/filter.mjs "$@"
