#!/usr/bin/env bash
# Builds examples/embed_in_leptos.rs (the Rust form of embedding) in release
# into dist/leptos-example/, for public/embed.html. Run after `trunk build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cargo build --release --offline --target wasm32-unknown-unknown -p teampage --example embed_in_leptos
out=dist/leptos-example
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/release/examples/embed_in_leptos.wasm
wasm-opt -Os --enable-bulk-memory --enable-nontrapping-float-to-int -o "$out/embed_in_leptos_bg.wasm" "$out/embed_in_leptos_bg.wasm"
ls -l "$out"
