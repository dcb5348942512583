#!/usr/bin/env bash
# Screenshots of the web UI, desktop and 390 px (story page, its coverage, an entity hub, a search),
# in Debian's Chromium driven by Playwright: scripts/web_screenshots.py [OUT] [--store URL].
# OUT defaults to /tmp/screens (not committed); the README's docs/img/web-story.png is story-desktop.png.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
PYTHONPATH=src "$PYTHON" scripts/web_screenshots.py "$@"
