#!/usr/bin/env bash
# Regenerates the README's screenshot of a story page (docs/img/web-story.png): runs the browser
# test that takes it (a live server over examples/sample, Debian's Chromium) and copies the image.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest -q -p no:cacheprovider "tests/serve/test_browser.py::test_story_page_draws_every_timeline_entry_on_the_axis"
mkdir -p docs/img
cp artifacts/browser/story-sample-top.png docs/img/web-story.png
echo "docs/img/web-story.png updated"
