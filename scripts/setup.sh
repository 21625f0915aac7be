# Sourced by scripts/run, scripts/test and scripts/size-report: installs what is
# missing, idempotently, from the package registries only (crates.io, npm, Debian).
# Each step checks for the right version first and skips when it is there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Tools cargo installs land in $CARGO_HOME/bin; rustup's own proxies in ~/.cargo/bin.
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
TRUNK_VERSION="0.21.14"
MDBOOK_VERSION="0.5.4"
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# ensure_cargo_tool BINARY VERSION CRATE [cargo install flags...]
ensure_cargo_tool() {
  local bin="$1" version="$2" crate="$3"
  shift 3
  # "trunk 0.21.14", "mdbook v0.5.4": the version as a whole word, with or without a v.
  if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep -qE "(^|[ v])${version//./\\.}( |$)"; then
    return 0
  fi
  say "installing $crate $version (cargo install, a few minutes)"
  cargo install "$crate" --version "$version" "$@"
}

# The browser for the tests, fonts so Japanese, Chinese, Korean and Arabic render as text
# (not boxes; WenQuanYi Micro Hei, 1.6 MB, covers Chinese and Korean),
# and pdftoppm to turn the printed guide into pictures.
# python3-venv: the MkDocs virtualenv is made from Debian's own Python (see ensure_mkdocs).
# hugo: Debian 12's (0.111), for the Hugo kit's end-to-end site (about 20 MB).
BROWSER_PACKAGES=(chromium chromium-driver fonts-noto-core fonts-ipafont-gothic fonts-wqy-microhei poppler-utils python3-venv hugo)

ensure_chromium() {
  local missing=()
  for package in "${BROWSER_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Java for the W3C's HTML checker (npm vnu-jar): any Java 11 or newer; Debian's
# default-jre-headless when there is none.
ensure_java() {
  if command -v java >/dev/null && java -version 2>&1 | grep -qE 'version "(1[1-9]|[2-9][0-9])'; then
    return 0
  fi
  say "installing Debian package: default-jre-headless (for the HTML checker)"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq default-jre-headless >/dev/null
}

ensure_node_modules() {
  # npm ci when node_modules is missing or older than the lock file.
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] \
    || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm packages (wasm-opt, terser, playwright-core, axe-core, eslint, vnu-jar)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

setup_build() {
  ensure_wasm_target
  # Without --locked: the locked webpki-roots is not in the registry copy (the shared
  # toolchain notes, ../shared/TOOLCHAIN.md beside a checkout, record it).
  ensure_cargo_tool wasm-bindgen "$WASM_BINDGEN_VERSION" wasm-bindgen-cli
  # With --locked: 0.21.14 does not compile otherwise; 0.22 needs a newer rustc.
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
  ensure_node_modules
  # Trunk builds offline; fetch the crates first.
  (cd "$ROOT" && cargo fetch --quiet)
}

# MkDocs Material for the end-to-end suite, in a virtualenv of the project's own
# (target/mkdocs-venv), at the versions tests/e2e/mkdocs/requirements.txt pins.
# The virtualenv is made from the platform's own interpreter, Debian 12's /usr/bin/python3
# (3.11.2), on purpose: not whatever python3 comes first on PATH (a version manager's
# newer one would hide a pin that does not install on the README's platform). PYTHON
# overrides it; the version it must have is the one the pins were resolved for.
PLATFORM_PYTHON="${PYTHON:-/usr/bin/python3}"
PINS_RESOLVED_FOR="3.11.2"

ensure_mkdocs() {
  # MkDocs Material and, in the same virtualenv (their pins share packages), Sphinx and Furo.
  local venv="$ROOT/target/mkdocs-venv" pins="$ROOT/tests/e2e/mkdocs/requirements.txt"
  local sphinx_pins="$ROOT/tests/e2e/sphinx/requirements.txt"
  if [ ! -x "$PLATFORM_PYTHON" ]; then
    echo "error: $PLATFORM_PYTHON not found. The MkDocs tests need Python $PINS_RESOLVED_FOR, Debian 12's own" >&2
    echo "  (apt-get install python3 python3-venv), or set PYTHON=/path/to/python3.11 to another interpreter." >&2
    return 1
  fi
  local have
  have="$("$PLATFORM_PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')"
  if [ "$have" != "$PINS_RESOLVED_FOR" ]; then
    say "note: $PLATFORM_PYTHON is Python $have; tests/e2e/mkdocs/requirements.txt was resolved for $PINS_RESOLVED_FOR"
  fi
  # Rebuilt when the pins change or when the venv was made from another interpreter.
  if [ -x "$venv/bin/mkdocs" ] && [ "$venv/.pins" -nt "$pins" ] && [ "$venv/.pins" -nt "$sphinx_pins" ] \
    && [ "$(cat "$venv/.python" 2>/dev/null)" = "$PLATFORM_PYTHON $have" ]; then
    return 0
  fi
  say "installing MkDocs Material, Sphinx and Furo into target/mkdocs-venv (pip, pinned, Python $have from $PLATFORM_PYTHON)"
  rm -rf "$venv"
  "$PLATFORM_PYTHON" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$pins" -r "$sphinx_pins"
  "$venv/bin/pip" check --disable-pip-version-check >/dev/null
  echo "$PLATFORM_PYTHON $have" > "$venv/.python"
  touch "$venv/.pins"
}

# A docs generator's Python package with the built guide inside, as a wheel:
# build_guide_wheel <integration folder under integrations/> <package> <output folder under target/>.
# The release build's files and prerendered copies go into <package>/guide/, and
# integrations/python/_guide.py (the options read one way for every generator) beside
# them; the pinned virtualenv's pip builds the wheel (setuptools, no download).
build_guide_wheel() {
  local integration="$1" package="$2" out="$ROOT/target/$3"
  local names files=()
  # The build's files as post-build lists them (dist/prerendered/files.json).
  if ! names=$(node "$ROOT/scripts/guide-files.mjs" "$ROOT/dist" 2>/dev/null) || [ ! -f "$ROOT/dist/prerendered/options.json" ]; then
    echo "$3: dist/ holds no built guide; run it without --no-build" >&2
    return 1
  fi
  while IFS= read -r name; do files+=("$ROOT/dist/$name"); done <<<"$names"
  rm -rf "$out"
  mkdir -p "$out/src"
  cp -r "$ROOT/integrations/$integration/." "$out/src/"
  # The build's fingerprint as the version's local label (0.1.0+<hash>): pip replaces an
  # installed package made from another build without being forced.
  local build
  build=$(node -p 'require(process.argv[1]).build' "$ROOT/dist/prerendered/files.json")
  sed -i "s/^version = \"\([0-9.]*\)\"/version = \"\1+$build\"/" "$out/src/pyproject.toml"
  cp "$ROOT/integrations/python/_guide.py" "$out/src/$package/"
  mkdir -p "$out/src/$package/guide/prerendered"
  cp "${files[@]}" "$out/src/$package/guide/"
  cp "$ROOT"/dist/prerendered/*.html "$ROOT"/dist/prerendered/{locales,options}.json "$out/src/$package/guide/prerendered/"
  "$ROOT/target/mkdocs-venv/bin/pip" wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation \
    -w "$out" "$out/src"
  rm -rf "$out/src"
  ls "$out"/*.whl
}

setup_test() {
  setup_build
  ensure_chromium
  ensure_java
  # The end-to-end suite builds a real book with the guide inside, and real MkDocs and Sphinx sites.
  ensure_cargo_tool mdbook "$MDBOOK_VERSION" mdbook --locked
  ensure_mkdocs
}

release_build() {
  say "release build (trunk build --release --offline)"
  # Panic locations keep their source paths in the wasm; these prefixes (this checkout,
  # the registry's folders) say nothing to a reader, and cost bytes.
  local remap="--remap-path-prefix=$ROOT=" index
  for index in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do remap+=" --remap-path-prefix=$index="; done
  (cd "$ROOT" && RUSTFLAGS="$remap" trunk build --release --offline)
}
