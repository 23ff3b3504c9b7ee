#!/usr/bin/env bash
# Benchmarks manifest parsing + validation (teampage-core, native, release
# profile): parses and validates a manifest N times and prints min, median,
# p90 (ms) and MB/s.
#
#   scripts/bench-parse.sh [FILE] [N]
#
# FILE defaults to public/datasets/kubernetes-community.json (409 KB), N to
# 200. This is a benchmark, not a test: it fails only if the build fails or
# the file is not a valid manifest.
#
# The release profile is the project's (opt-level "z", LTO), the one the
# shipped binaries use. To measure with opt-level 3 instead, set
# CARGO_PROFILE_RELEASE_OPT_LEVEL=3 (and best a CARGO_TARGET_DIR of its own,
# so that the usual release artifacts are not rebuilt).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
file="${1:-public/datasets/kubernetes-community.json}"
n="${2:-200}"

cargo build --quiet --release -p teampage-core --example bench_parse
target_dir="${CARGO_TARGET_DIR:-$root/target}"
"$target_dir/release/examples/bench_parse" "$file" "$n"
