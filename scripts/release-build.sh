#!/usr/bin/env bash
# The release build of dist/ (used by serve.sh, test.sh and bench.sh): Trunk, with the
# standard library rebuilt for the wasm at the release profile's size settings and three of
# the compiler's size options (docs/performance.md, "Size options of the compiler").
#
# These options are unstable: RUSTC_BOOTSTRAP=1 lets this machine's stable rustc (1.95,
# the only toolchain it can have) accept them, for the wasm builds of this script only.
# - build-std: std, core and alloc compiled with the release profile (opt-level "z", LTO)
#   instead of the prebuilt copies, which are built for speed; needs the rust-src
#   component (scripts/setup.sh adds it).
# - -Cpanic=immediate-abort: a panic traps at once; no panic message is formatted, so the
#   formatting and unwinding code leave the wasm. The page shows the same "Something went
#   wrong" notice (public/boot.js catches the trap); the message itself is only in debug
#   builds (trunk serve), where the panic hook (src/ui/panic.rs) logs it.
# - -Zlocation-detail=none: no file names and line numbers kept for panics.
# - -Zfmt-debug=none: `{:?}` formats nothing (no visitor ever sees a Debug form).
# A rustc that renamed one of them fails this build loudly; nothing is silently bigger.
set -euo pipefail
cd "$(dirname "$0")/.."

export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Replaces .cargo/config.toml's rustflags for the wasm target, so that one is repeated.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
exec trunk build --release --offline=true "$@"
