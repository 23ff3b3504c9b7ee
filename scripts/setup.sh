#!/usr/bin/env bash
# Brings a fresh Debian machine (rustup's Rust, Node.js, npm, root, only the
# package registries reachable) to a state where the page builds and every
# test layer runs. Idempotent: a second run checks versions and skips what
# is in place (a few seconds).
#
#   scripts/setup.sh            # everything
#
# Installs: the wasm32-unknown-unknown target; trunk and wasm-bindgen-cli by
# `cargo install` at pinned versions; binaryen's wasm-opt 132 from npm
# (tools/package-lock.json; Debian's binaryen 108 builds a page that stays
# blank); Debian's chromium, chromium-driver, firefox-esr, webkit2gtk-driver
# and xvfb; the test layers' npm packages (tests/package-lock.json) with every
# browser download off.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

TRUNK_VERSION=0.21.14
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
command -v npm >/dev/null || die "npm not found: install Node.js (20+) and npm first"

# 1. The WebAssembly target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen: Cargo.toml pins it exactly, Cargo.lock must agree, and the
#    CLI must be that very version (the generated glue must match the crate).
WBG_LOCK=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
WBG_PIN=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)
WBG_TRUNK=$(sed -n 's/^wasm_bindgen = "\(.*\)"$/\1/p' Trunk.toml)
[ -n "$WBG_LOCK" ] || die "no wasm-bindgen in Cargo.lock"
if [ "$WBG_LOCK" != "$WBG_PIN" ] || [ "$WBG_LOCK" != "$WBG_TRUNK" ]; then
  die "wasm-bindgen versions drifted: Cargo.lock has $WBG_LOCK, Cargo.toml pins =$WBG_PIN, Trunk.toml [tools] says $WBG_TRUNK. Make all three the same."
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_LOCK" ] \
   || [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" != "$WBG_LOCK" ]; then
  say "installing wasm-bindgen-cli $WBG_LOCK (about 6 minutes)"
  # --locked fails here: one of its pinned dependencies is gone from the registry.
  cargo install --force wasm-bindgen-cli --version "$WBG_LOCK"
fi

# 3. trunk, pinned (0.22+ needs a newer rustc than this machine has).
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 13 minutes on 2 cores)"
  cargo install --locked --force trunk --version "$TRUNK_VERSION"
fi

# 4. wasm-opt from npm's binaryen, exactly as tools/package-lock.json says.
if [ "$(tools/node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ]; then
  say "installing binaryen 132 (wasm-opt) from npm"
  (cd tools && npm ci --no-audit --no-fund)
fi

# 5. The browsers from Debian's packages: Chromium and its WebDriver; Firefox
#    ESR (driven by puppeteer-core over WebDriver BiDi); WebKitGTK's
#    WebKitWebDriver and MiniBrowser, which need an X display: Xvfb.
APT=()
{ [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || APT+=(chromium chromium-driver)
[ -x /usr/bin/firefox-esr ] || APT+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || APT+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || APT+=(xvfb)
if [ ${#APT[@]} -gt 0 ]; then
  say "installing ${APT[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${APT[@]}" >/dev/null
fi
export PUPPETEER_SKIP_DOWNLOAD=1 # the tests use Debian's Firefox, never a downloaded one

# 6. The tests' npm packages (playwright-core and puppeteer-core install no browser).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
for dir in tests; do
  if [ "$(cat "$dir/node_modules/.setup-stamp" 2>/dev/null)" != "$(md5sum < "$dir/package-lock.json")" ]; then
    say "installing the npm packages of $dir/"
    (cd "$dir" && npm ci --no-audit --no-fund)
    md5sum < "$dir/package-lock.json" > "$dir/node_modules/.setup-stamp"
  fi
done

# 7. Crates, so that trunk's offline build finds them all.
cargo fetch --quiet

say "ready: rustc $(rustc --version | awk '{print $2}'), trunk $TRUNK_VERSION, wasm-bindgen $WBG_LOCK, wasm-opt 132, $(/usr/bin/chromium --version 2>/dev/null | head -1)"
