#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ one after another, each for the same time, and
# prints executions and findings per target (also written to target/fuzz/report.txt).
#
#   scripts/fuzz.sh                 # every target, 10 minutes each
#   scripts/fuzz.sh 60 search       # one target for a minute
#
# Needs the nightly toolchain (libFuzzer's sanitizer flags); cargo-fuzz is installed
# from crates.io when missing. Seeds: the bad-config corpus, the shipped config and
# tree, and fuzz/seeds/. Findings land in fuzz/artifacts/<target>/; turn each into a
# regression test beside the code before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(config_json tree_json password search)

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "cargo fuzz needs the nightly toolchain: rustup toolchain install nightly" >&2
  exit 1
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

seed() { # target -> its seed directory
  local dir="fuzz/corpus/$1"
  mkdir -p "$dir"
  case "$1" in
    config_json) cp -n tests/configs/*.json public/config.json "$dir"/ 2>/dev/null || true ;;
    tree_json) cp -n data/tree.json "$dir"/ 2>/dev/null || true ;;
    *) cp -n fuzz/seeds/"$1"/* "$dir"/ 2>/dev/null || true ;;
  esac
}

mkdir -p target/fuzz
report=target/fuzz/report.txt
printf '%-12s %10s %12s %10s %9s\n' target seconds executions exec/s findings | tee "$report"
status=0
for t in "${targets[@]}"; do
  seed "$t"
  log="target/fuzz/$t.log"
  # The tree seed is 54 KB; let inputs grow that far for it and the config.
  max_len=4096
  case "$t" in config_json | tree_json) max_len=65536 ;; esac
  set +e
  cargo +nightly fuzz run --fuzz-dir fuzz "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  found=$(find "fuzz/artifacts/$t" -type f 2>/dev/null | wc -l)
  [ "$rc" = 0 ] || status=1
  printf '%-12s %10s %12s %10s %9s\n' "$t" "$seconds" "${runs:-?}" \
    "$(( ${runs:-0} / (seconds > 0 ? seconds : 1) ))" "$found" | tee -a "$report"
done
[ "$status" = 0 ] || echo "a target failed: see target/fuzz/<target>.log and fuzz/artifacts/" >&2
exit "$status"
