#!/usr/bin/env bash
# Shows that storyline's dependencies install on every Python it declares (3.11-3.13), from binary
# wheels only: for each interpreter, a throw-away venv runs `pip install --dry-run --only-binary=:all:`
# of the dependencies and extras in pyproject.toml, first pinned by requirements/lock.txt, then (if a
# locked version has no wheel for that Python) by the ranges alone. Needs PyPI (it is not a test).
#
#   bash scripts/check_pythons.sh                          # python3.11, python3.12, python3.13 on PATH or pyenv
#   PYTHONS="/usr/bin/python3.12" bash scripts/check_pythons.sh
set -uo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find_python() {  # the first python$1 that runs: on PATH (a pyenv shim may not), else pyenv's newest
  for candidate in "$(command -v "python$1")" $(ls -d "$HOME"/.pyenv/versions/"$1".*/bin/python 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && "$candidate" -c pass 2>/dev/null && { echo "$candidate"; return; }
  done
}
pythons=${PYTHONS:-"$(find_python 3.11) $(find_python 3.12) $(find_python 3.13)"}
python3 - >"$work/requirements.txt" <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
extras = project["optional-dependencies"]
for requirement in project["dependencies"] + extras["postgres"] + extras["web"] + extras["distributed"]:
    print(requirement)
PY
status=0
for python in $pythons; do
  version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  "$python" -m venv "$work/v$version" && "$work/v$version/bin/python" -m pip install -q --upgrade pip >/dev/null
  pip=("$work/v$version/bin/python" -m pip install --dry-run --ignore-installed --only-binary=:all: -q
       -r "$work/requirements.txt")
  if "${pip[@]}" -c requirements/lock.txt >"$work/log" 2>&1; then
    echo "python $version: the locked versions install (binary wheels)"
  elif "${pip[@]}" >"$work/log2" 2>&1; then
    echo "python $version: the ranges install; the lock does not: $(grep -m1 -i 'error' "$work/log")"
  else
    echo "python $version: FAILS: $(grep -m1 -i 'error' "$work/log2")"; status=1
  fi
done
exit $status
