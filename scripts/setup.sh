#!/usr/bin/env bash
# Installs everything the build and the tests need, from crates.io, npm and Debian only
# (these machines reach no other host). Idempotent: each piece is checked first and
# skipped when already present at the right version, so a warm run takes seconds.
# Sourced by scripts/serve.sh and scripts/test.sh; can also be run on its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# 1. The wasm32 target.
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  say "wasm32 target: present"
else
  say "wasm32 target: adding"
  rustup target add wasm32-unknown-unknown
fi

# 1b. The standard library's source, which the release build compiles for the wasm
# (scripts/release-build.sh), from the same place as the target.
if rustup component list --installed | grep -qx 'rust-src'; then
  say "rust-src: present"
else
  say "rust-src: adding"
  rustup component add rust-src
fi

# 2. Trunk 0.21.x (0.22 needs a newer rustc than these machines have).
if trunk --version 2>/dev/null | grep -Eq '^trunk 0\.21\.'; then
  say "trunk: $(trunk --version) present"
else
  say "trunk 0.21: installing from crates.io (about 8 minutes cold)"
  cargo install trunk --version '~0.21' --locked
fi

# 3. wasm-bindgen-cli at exactly the version Cargo.lock resolved; Trunk refuses others offline.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$want" = "$have" ]; then
  say "wasm-bindgen-cli: $have present"
else
  say "wasm-bindgen-cli: installing $want (have '${have:-none}'; about 4 minutes cold)"
  # --locked can fail when a locked dependency was yanked; fall back to a fresh resolve.
  cargo install wasm-bindgen-cli --version "=$want" --locked --force \
    || cargo install wasm-bindgen-cli --version "=$want" --force
fi

# 4. Chromium and its driver, from Debian (browser downloads by test tools fail here).
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  say "chromium: present ($(chromium --version 2>/dev/null | head -1))"
else
  say "chromium + chromium-driver: installing from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# 4b. A CJK font, so Chinese pages render as text (not boxes) in the tests' screenshots.
if dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  say "fonts-noto-cjk: present"
else
  say "fonts-noto-cjk: installing from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk
fi

# 4c. The other engines for the cross-engine tier (tests/engines/): WebKit (WebKitGTK's
# MiniBrowser and its WebDriver, with a virtual display to run under) and Firefox ESR, from
# Debian; Firefox's WebDriver, geckodriver, from crates.io.
missing=()
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then
  say "webkit2gtk-driver, xvfb, firefox-esr: present"
else
  say "${missing[*]}: installing from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
if command -v geckodriver >/dev/null; then
  say "geckodriver: $(geckodriver --version | head -1) present"
else
  say "geckodriver: installing from crates.io (about 3 minutes cold)"
  cargo install geckodriver --locked
fi

# 5. npm packages (Playwright, axe-core, selenium-webdriver, binaryen's wasm-opt, terser), exactly as package-lock.json says.
stamp=node_modules/.setup-stamp
lock_sum=$(sha256sum package-lock.json | awk '{print $1}')
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
  say "npm packages: up to date"
else
  say "npm packages: npm ci"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi
if ! wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  echo "wasm-opt 132 from the npm binaryen package is not first on PATH" >&2
  exit 1
fi

# 6. Crates, so the offline Trunk build finds everything.
say "crates: cargo fetch"
cargo fetch --quiet
say "ready"
