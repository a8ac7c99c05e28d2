#!/usr/bin/env bash
# Sets up, builds the app in release mode and serves dist/ on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
scripts/release-build.sh
echo "Serving on http://127.0.0.1:${PORT:-8080} (Ctrl+C to stop)"
exec node tests/e2e/serve.mjs dist "${PORT:-8080}"
