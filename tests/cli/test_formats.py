"""Issue 15.1: every listing, `show` and `status` in table, json, jsonl and csv, parsed back and compared.

One store is built per module from the bundled sample corpus (examples/sample, written by the project)
with extraction on, so quotes, entities, stories and timelines exist.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli.main import app

REPO = Path(__file__).resolve().parents[2]
LISTINGS = ["articles", "entities", "quotes", "stories"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('formats') / 's.db'}"
    result = CliRunner().invoke(app, ["ingest", str(REPO / "examples" / "sample"), "--store", url])
    assert result.exit_code == 0, result.output
    return url


def cli(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def parsed(command: list[str], fmt: str) -> list[dict]:
    out = cli(*command, "--format", fmt).stdout
    if fmt == "json":
        return json.loads(out)["items"]
    if fmt == "jsonl":
        return [json.loads(line) for line in out.splitlines()]
    return list(csv.DictReader(io.StringIO(out)))


def as_text(value) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else str(value)


@pytest.mark.parametrize("command", LISTINGS)
def test_json_jsonl_and_csv_hold_the_same_records(store, command) -> None:
    base = [command, "--store", store, "--limit", "7"]
    from_json, from_jsonl, from_csv = (parsed(base, f) for f in ("json", "jsonl", "csv"))
    assert from_json and from_json == from_jsonl
    assert len(from_csv) == len(from_json)
    for row, record in zip(from_csv, from_json, strict=True):
        for key, value in record.items():
            if not isinstance(value, dict):
                assert row[key] == as_text(value)


@pytest.mark.parametrize("command", ["articles", "entities", "quotes"])  # the sample is one story
def test_limit_and_offset_page_through_with_n_of_m(store, command) -> None:
    everything = json.loads(cli(command, "--store", store, "--format", "json", "--limit", "1000").stdout)
    total = everything["total"]
    assert total == len(everything["items"]) >= 3 and everything["next_offset"] is None
    page = cli(command, "--store", store, "--format", "json", "--limit", "2", "--offset", "1")
    body = json.loads(page.stdout)
    assert body["items"] == everything["items"][1:3] and body["total"] == total and body["next_offset"] == 3
    assert f"2–3 of {total}" in page.stderr and "--offset 3" in page.stderr
    table = cli(command, "--store", store, "--limit", "2", "--offset", "1")
    assert f"of {total}" in table.stderr and f"of {total}" not in table.stdout


def test_table_rows_are_whole_when_not_on_a_terminal(store) -> None:
    records = parsed(["articles", "--store", store, "--limit", "1000"], "json")
    longest = max((r["title"] or "" for r in records), key=len)
    assert len(longest) > 60  # the sample has a title that a narrow column would cut
    table = cli("articles", "--store", store, "--limit", "1000").stdout
    assert longest in table and "…" not in table


def test_show_formats_match_the_export_record(store) -> None:
    article = parsed(["articles", "--store", store, "--limit", "1"], "json")[0]
    shown = json.loads(cli("show", article["id"][:8], "--store", store, "--format", "json").stdout)
    exported = json.loads(cli("export", "--store", store).stdout)
    assert shown == next(a for a in exported["articles"] if a["id"] == article["id"])
    assert json.loads(cli("show", article["id"], "--store", store, "--format", "jsonl").stdout) == shown
    row = next(csv.DictReader(io.StringIO(cli("show", article["id"], "--store", store, "--format", "csv").stdout)))
    assert row["id"] == article["id"] and row["published.date"] == as_text(shown["published"]["date"])
    text = cli("show", article["id"], "--store", store).stdout
    assert all(line in text for line in shown["body"].splitlines() if line)  # not wrapped at 80 columns


def test_status_formats(store) -> None:
    status = json.loads(cli("status", "--store", store, "--format", "json").stdout)
    articles = json.loads(cli("articles", "--store", store, "--format", "json").stdout)["total"]
    assert status["articles"] == articles and status["failed"] == [] and status["failures"] == 0
    row = next(csv.DictReader(io.StringIO(cli("status", "--store", store, "--format", "csv").stdout)))
    assert int(row["articles"]) == articles


def test_timeline_by_prefix_and_by_query(store) -> None:
    stories = parsed(["stories", "--store", store], "json")
    story = stories[0]["id"]
    whole = json.loads(cli("timeline", story, "--store", store, "--format", "json").stdout)
    by_prefix = json.loads(cli("timeline", story[:5], "--store", store, "--format", "json").stdout)
    assert whole == by_prefix and whole["items"]
    lines = cli("timeline", story, "--store", store, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == whole["items"]
    focused = json.loads(cli("timeline", "--query", "wells", "--store", store, "--format", "json").stdout)
    assert focused["items"] and all(e["sources"] for e in focused["items"])
    missing = CliRunner().invoke(app, ["timeline", "wells", "--store", store])
    assert missing.exit_code == 3 and "unknown id" in missing.stderr  # words are not silently a query


def test_contradictions_formats(store) -> None:
    story = parsed(["stories", "--store", store], "json")[0]["id"]
    found = parsed(["contradictions", story, "--store", store], "json")
    assert found == parsed(["contradictions", story, "--store", store], "jsonl")
    assert all({"a", "b", "explanation"} <= set(c) for c in found)
