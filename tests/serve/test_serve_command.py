"""`storyline serve`: the options reach the server; library errors become the CLI's exit codes."""
from __future__ import annotations

from typer.testing import CliRunner

from storyline.cli.main import app


def test_serve_passes_its_options(monkeypatch, tmp_path) -> None:
    seen = {}
    monkeypatch.setattr("storyline.serve.app.serve", lambda url, **kw: seen.update(url=url, **kw))
    url = f"sqlite:///{tmp_path / 'x.db'}"
    result = CliRunner().invoke(app, ["serve", "--store", url, "--port", "8123", "--host", "0.0.0.0", "--allow-ingest"])
    assert result.exit_code == 0, result.output
    assert (seen["url"], seen["host"], seen["port"], seen["allow_ingest"]) == (url, "0.0.0.0", 8123, True)


def test_serve_is_read_only_by_default(monkeypatch, tmp_path) -> None:
    seen = {}
    monkeypatch.setattr("storyline.serve.app.serve", lambda url, **kw: seen.update(kw))
    result = CliRunner().invoke(app, ["serve", "--store", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 0 and seen["allow_ingest"] is False and seen["port"] == 8000 and seen["workers"] == 1
    assert seen["host"] == "127.0.0.1"


def test_several_workers_are_read_only(tmp_path) -> None:
    result = CliRunner().invoke(app, ["serve", "--store", f"sqlite:///{tmp_path / 'x.db'}", "--workers", "2",
                                      "--allow-ingest"])
    assert result.exit_code == 2 and "single worker" in result.output


def test_serve_on_a_bad_store_fails_with_a_message(tmp_path) -> None:
    result = CliRunner().invoke(app, ["serve", "--store", f"sqlite:///{tmp_path / 'missing' / 'x.db'}"])
    assert result.exit_code == 4 and "does not" in result.output and "create the folder" in result.output  # store error
