#!/usr/bin/env bash
# Set up (Python packages only; SQLite needs no server) and run the main job on the bundled sample
# corpus: ingest examples/sample into ./sample.db, then show what came out and export it as JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
STORYLINE_SKIP_APT=1 bash scripts/setup.sh
store="sqlite:///$PWD/sample.db"
.venv/bin/storyline ingest examples/sample --store "$store"
.venv/bin/storyline status --store "$store"
.venv/bin/storyline articles --store "$store"
.venv/bin/storyline export --store "$store" --out sample-export.json
echo "demo: wrote sample-export.json; try: .venv/bin/storyline show <id> --store $store"
