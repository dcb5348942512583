#!/usr/bin/env bash
# Builds storyline's wheel with `pip wheel .`, installs it into a fresh venv and runs the demo there
# (ingest examples/sample, status, articles, export), offline.
#
#   bash scripts/check_wheel.sh            # uses .venv/bin/python's packages as the dependencies
#   PYTHON=/path/to/venv/bin/python bash scripts/check_wheel.sh
#
# Offline: the wheel is built in pip's isolated build environment from a local wheelhouse
# (--no-index --find-links) holding the build backend (setuptools>=68, wheel). The first run fills it
# from PyPI if it is empty (STORYLINE_WHEELHOUSE, default ~/.cache/storyline/wheelhouse); every later
# run needs no network. The fresh venv gets the dependencies by a .pth line pointing at PYTHON's
# site-packages (no download), and the wheel itself with --no-deps --no-index; the script checks that
# `import storyline` then loads the installed wheel, not a source checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
unset PYTHONPATH  # the fresh venv must import the installed wheel, never a source folder
python=${PYTHON:-.venv/bin/python}
wheelhouse=${STORYLINE_WHEELHOUSE:-$HOME/.cache/storyline/wheelhouse}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { echo "== check_wheel: $*" >&2; }

mkdir -p "$wheelhouse"
if ! ls "$wheelhouse"/setuptools-*.whl >/dev/null 2>&1 || ! ls "$wheelhouse"/wheel-*.whl >/dev/null 2>&1; then
  if [ "${STORYLINE_OFFLINE:-0}" = 1 ]; then
    step "no build backend in $wheelhouse and STORYLINE_OFFLINE=1"; exit 3
  fi
  step "filling $wheelhouse with the build backend (once, from PyPI)"
  "$python" -m pip download -q --only-binary=:all: -d "$wheelhouse" "setuptools>=68" wheel
fi

step "pip wheel . (offline, build backend from $wheelhouse)"
"$python" -m pip wheel -q --no-deps --no-index --find-links "$wheelhouse" -w "$work/dist" .
wheel=$(ls "$work"/dist/storyline-*.whl)
step "built $(basename "$wheel")"

step "fresh venv; dependencies from $python's site-packages"
"$python" -m venv --without-pip "$work/venv"
deps=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
site=$("$work/venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
echo "$deps" >"$site/storyline-deps.pth"
"$python" -m pip --python "$work/venv/bin/python" install -q --no-deps --no-index "$wheel"

installed=$("$work/venv/bin/python" -c 'import storyline, pathlib; print(pathlib.Path(storyline.__file__).resolve())')
case "$installed" in
  "$work"/venv/*) step "storyline imports from the wheel: $installed" ;;
  *) step "storyline imports from $installed, not the wheel"; exit 1 ;;
esac

step "demo: ingest the bundled sample with the wheel's storyline"
store="sqlite:///$work/sample.db"
(cd "$work" && "$work/venv/bin/storyline" ingest "$OLDPWD/examples/sample" --store "$store")
"$work/venv/bin/storyline" status --store "$store"
"$work/venv/bin/storyline" articles --store "$store" --limit 3
"$work/venv/bin/storyline" export --store "$store" --out "$work/sample-export.json"
"$work/venv/bin/python" - "$work/sample-export.json" <<'EOF'
import json, sys
export = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(export["articles"]) >= 5 and export["quotes"] and export["stories"], "the demo export is incomplete"
print(f"== check_wheel: ok: {len(export['articles'])} articles, {len(export['quotes'])} quotes, "
      f"{len(export['stories'])} stories", file=sys.stderr)
EOF
