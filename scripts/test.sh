#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs every test layer:
#   1. native `cargo test` of the pure logic (teampage-core: manifest,
#      validation, chat links, filter) and the teampage-check CLI;
#   2. component tests with wasm-bindgen-test in headless Chromium;
#   3. the release build (trunk, wasm-opt) and examples/embed_in_leptos.rs;
#   4. end-to-end tests of the release build served over HTTP in headless
#      Chromium (Playwright via playwright-core, axe-core), a smoke set in
#      Firefox and WebKit (tests/e2e/engines.test.mjs), and the schema tests
#      (Ajv 2020 against the Rust validator).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
start=$SECONDS

step "1/4 native tests: cargo test -p teampage-core"
cargo test -p teampage-core

step "2/4 component tests in headless Chromium: cargo test --target wasm32-unknown-unknown"
cargo test --target wasm32-unknown-unknown -p teampage

step "3/4 release build: trunk build --release, and the Rust embedding example"
trunk build --release
scripts/build-examples.sh
node scripts/sizes.mjs

step "4/4 end-to-end and schema tests: node --test"
node --test --test-concurrency=1 tests/schema/ tests/e2e/

echo "all test layers passed in $((SECONDS - start)) s"
