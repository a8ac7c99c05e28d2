#!/usr/bin/env bash
# The benchmark command: speed, size and memory against budgets. Not part of the tests.
#   scripts/bench.sh                    # everything, 9 cold loads per startup figure
#   scripts/bench.sh --runs 15          # more cold loads
#   scripts/bench.sh --skip-lighthouse  # or --skip-native; flags go to scripts/bench.mjs
# Sets up like the tests, builds the release bundle, runs the criterion benchmarks of the
# domain, then measures in headless Chromium (scripts/bench.mjs). Prints one table and
# writes target/bench/report.json; figures over budget are marked OVER.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

criterion_dir=""
if [[ " $* " != *" --skip-native "* ]]; then
  say "criterion benchmarks (native)"
  mkdir -p target/bench
  cargo bench --locked --bench domain -- --noplot >target/bench/criterion.log 2>&1 \
    || { cat target/bench/criterion.log; exit 1; }
  criterion_dir="${CARGO_TARGET_DIR:-target}/criterion"
fi
say "release build"
scripts/release-build.sh >/dev/null 2>&1 || scripts/release-build.sh
args=()
for a in "$@"; do [ "$a" = --skip-native ] || args+=("$a"); done
node scripts/bench.mjs ${criterion_dir:+--criterion "$criterion_dir"} "${args[@]}"
