#!/usr/bin/env bash
# The test command (README and CI): pytest from the project's .venv; any arguments go to pytest.
# pytest's exit code 5 ("no tests collected") counts as a failure: a run that tested nothing
# must not pass, e.g. after a typo in a path or a collection filter.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${STORYLINE_PYTHON:-}
if [ -z "$python" ]; then
  if [ -x .venv/bin/python ]; then python=.venv/bin/python
  elif [ -n "${VIRTUAL_ENV:-}" ]; then python=$VIRTUAL_ENV/bin/python
  else
    echo "test.sh: no .venv in $PWD; run 'bash .ci/run' once (it installs everything), or set STORYLINE_PYTHON" >&2
    exit 1
  fi
fi

rc=0
"$python" -m pytest -q "$@" || rc=$?
if [ "$rc" = 5 ]; then
  echo "test.sh: pytest collected no tests; treating that as a failure" >&2
  exit 1
fi
exit "$rc"
