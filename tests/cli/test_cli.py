"""The CLI end to end on a temporary SQLite store, over documents written here."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from storyline.cli.main import app

runner = CliRunner()

SCRAPE = """Port inquiry widens as wells are tested again

Sign up now: Get the Ledger's newsletters delivered to your inbox

BY MARTA OKONJO

March 14, 2023 06:00 AM, Updated March 14, 2023 05:27 PM

The harbour authority of Port Velana said on Tuesday that it would test every well in the eastern district again, after residents reported a metallic taste in their water for the third week running.

“We are not hiding anything,” the authority’s director, Ana Verlo, told reporters. “Every result will be published.”

Residents said the first tests, carried out last year, had covered fewer than half of the wells in the district.

Be the first to comment

© 2023 The Harbour Ledger
"""


def invoke(*args):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_ingest_show_status_export(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(SCRAPE, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    store = f"sqlite:///{tmp_path / 's.db'}"
    result = invoke("ingest", str(tmp_path / "in"), "--store", store)
    assert result.exit_code == 1, result.output  # an input failed: non-zero, summarised by reason
    assert "added 1" in result.output and "empty" in result.output and "1 empty" in result.output
    again = invoke("ingest", str(tmp_path / "in"), "--store", store)
    assert "added 0, already stored 1" in again.output
    exported = json.loads(invoke("export", "--store", store).stdout)
    article = exported["articles"][0]
    assert article["published"]["date"] == "2023-03-14" and article["byline"] == "Marta Okonjo"
    assert "Be the first to comment" not in article["body"]
    shown = invoke("show", article["id"][:6], "--store", store)
    assert "comments" in shown.output and "Marta Okonjo" in shown.output
    status = invoke("status", "--store", store)
    assert "articles 1" in status.output and "empty" in status.output


def test_a_missing_store_exits_4_with_a_message(tmp_path):
    result = invoke("show", "ffffffff", "--store", f"sqlite:///{tmp_path / 's.db'}")
    assert result.exit_code == 4 and "no store" in result.output  # a read command never creates the store


def test_settings_markdown():
    assert "`store_url`" in invoke("settings", "--markdown").stdout
