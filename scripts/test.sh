#!/usr/bin/env bash
# Sets up and runs every test tier, stopping at the first failure:
#   format, lints (native and wasm32), native tests, browser unit tests, release build,
#   the pre-rendered pages it wrote, end-to-end tests in headless Chromium, the same journeys in
#   WebKit and Firefox (tests/engines/), and the size report with its budget.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
# The main bundle as Trunk builds it, with the interface's Chinese texts fetched (index.html).
cargo clippy --locked --target wasm32-unknown-unknown --features fetched-chinese --bin recovery-assistant -- -D warnings

step "native tests"
cargo test --locked

step "browser unit tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

step "release build (with the pre-rendered pages)"
scripts/release-build.sh

step "pre-rendered pages (native, reading dist/)"
cargo test --locked --test prerendered -- --ignored

step "end-to-end tests (Playwright, headless Chromium)"
npx playwright test

step "cross-engine tests (WebKit and Firefox over WebDriver)"
cargo build --locked --example qr_scan
xvfb-run -a node tests/engines/run.mjs

step "size report"
node scripts/size-report.mjs dist
