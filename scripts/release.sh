#!/usr/bin/env bash
# Builds a release for people without Rust, into release/:
#   teampage-VERSION.tar.gz          the site (dist/ without the Rust example):
#                                    page, embed module and its wasm, team.json,
#                                    schema, types, licences, a short README
#   teampage-check-VERSION-TRIPLE.tar.gz   the manifest validator binary
#   SHA256SUMS                       check with: sha256sum -c SHA256SUMS
# VERSION is Cargo.toml's; TRIPLE the host's (rustc -vV).
#   scripts/release.sh               sets up and builds everything first
#   scripts/release.sh --no-build    packs the dist/ already built (CI, after
#                                    `trunk build --release`); the binary is
#                                    still (re)built by cargo, a no-op when current
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
case "${1:-}" in
  --no-build) build=0 ;;
  "") ;;
  *) echo "usage: scripts/release.sh [--no-build]" >&2; exit 2 ;;
esac

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
triple=$(rustc -vV | sed -n 's/^host: //p')
if (( build )); then
  scripts/setup.sh
  source scripts/env.sh
  trunk build --release
fi
[[ -f dist/index.html && -f dist/teampage_bg.wasm && -f dist/team-page.js ]] \
  || { echo "release: dist/ is not built (run trunk build --release, or leave out --no-build)" >&2; exit 1; }
cargo build --quiet --release -p teampage-core --bin teampage-check

out=release
rm -rf "$out"
mkdir -p "$out"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

site="$stage/teampage-$version"
mkdir -p "$site"
# Everything trunk built but the Rust embedding example (that one is for Rust apps).
tar -C dist --exclude=./leptos-example -cf - . | tar -C "$site" -xf -
cp LICENSE-MIT LICENSE-APACHE CHANGELOG.md "$site/"
cat > "$site/README.txt" <<TXT
teampage $version: a filterable team page from one JSON file.

Deploy: copy this folder to any static web host, into any folder, and open
index.html there. Replace team.json with your team's manifest (the format:
team-manifest.schema.json, and docs/manifest-v1.md in the source). The host
must serve .wasm as application/wasm.

Embed in another page: keep team-page.js, teampage.js, teampage_bg.wasm
and the i18n/ folder (the page's words in languages other than English)
side by side and add
  <script type="module" src="team-page.js"></script>
  <team-page src="team.json"></team-page>

Validate a manifest: teampage-check team.json (in the teampage-check archive).

Theme the standalone page: edit page.css (custom properties on body, e.g.
body { --tp-accent: #6b21a8; }).

Licences: code MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE); team.json
(the Wikimedia SRE example) CC BY-SA 3.0; datasets/: see datasets/README.md.
TXT

bin="$stage/bin"
mkdir -p "$bin"
cp target/release/teampage-check "$bin/"
cp LICENSE-MIT LICENSE-APACHE "$bin/"

pack() { # DIR NAME ARCHIVE: reproducible (sorted names, fixed times and owners)
  tar -C "$1" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - "$2" | gzip -n -9 > "$3"
}
pack "$stage" "teampage-$version" "$out/teampage-$version.tar.gz"
tar -C "$bin" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - . | gzip -n -9 \
  > "$out/teampage-check-$version-$triple.tar.gz"
(cd "$out" && sha256sum -- *.tar.gz > SHA256SUMS)

for f in "$out"/*; do
  printf '%10d  %s\n' "$(stat -c %s "$f")" "$f"
done
