#!/usr/bin/env bash
# Sets up, builds the release page and serves it on http://127.0.0.1:8080/
# with the default manifest (public/team.json). PORT=9000 to change the port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release
exec node tests/e2e/server.mjs dist "${PORT:-8080}"
