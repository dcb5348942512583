#!/usr/bin/env bash
# The test command (README and CI): install what is missing (scripts/setup.sh), start a private
# PostgreSQL on 127.0.0.1 (scripts/start_postgres.sh) unless STORYLINE_TEST_PG_URL is set, then
# run ruff and mypy, then pytest from .venv; any arguments go to pytest.
# pytest's exit code 5 ("no tests collected") counts as a failure: a run that tested nothing
# must not pass, e.g. after a typo in a path or a collection filter.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
if [ -z "${STORYLINE_TEST_PG_URL:-}" ]; then
  echo "== test: starting PostgreSQL" >&2
  url=$(scripts/start_postgres.sh)  # not `export X=$(…)`: that would hide a failure from set -e
  export STORYLINE_TEST_PG_URL=$url
fi

# the habits the project keeps (pyproject.toml: [tool.ruff], [tool.mypy]): a finding fails the run
echo "== test: ruff and mypy" >&2
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/mypy

rc=0
.venv/bin/python -m pytest -q "$@" || rc=$?
if [ "$rc" = 5 ]; then
  echo "test.sh: pytest collected no tests; treating that as a failure" >&2
  exit 1
fi
exit "$rc"
