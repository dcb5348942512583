"""export, serve and settings: the commands that write files, listen, or show configuration."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from storyline.cli.common import ConfigOpt, StoreOpt, console, err_console, escape, fail, load, open_for_reading
from storyline.errors import StorylineError

KindOpt = Annotated[list[str] | None, typer.Option(
    "--kind", help="Records of this kind (repeatable for json): articles, entities, quotes, timex, claims, stories, "
                   "timeline, contradictions, citations, provenance, jsonld.")]


def export(store: StoreOpt = None, config: ConfigOpt = None,
           format: Annotated[str, typer.Option("--format", help="json (default), jsonl, csv or parquet.")] = "json",
           kind: KindOpt = None,
           out: Annotated[Path | None, typer.Option("--out", help="Write this file, not stdout.")] = None) -> None:
    """Export the store: JSON in the shape of ../shared/EXPORT.md, or one kind of record as JSONL, CSV or Parquet."""
    from storyline.export_stream import FORMATS

    if format not in FORMATS:
        fail(_config(f"unknown export format {format!r}", f"use --format {' | '.join(FORMATS)}"))
    if format == "parquet" and out is None:
        fail(_config("--format parquet needs --out FILE (Parquet is not written to a terminal or pipe)",
                     "add --out export.parquet"))
    try:
        if out is not None:
            from storyline.export_stream import check_out_path

            check_out_path(out)
        db = open_for_reading(store, config)
        written = _export_to(db, format, kind, out)
    except StorylineError as exc:
        fail(exc)
    except OSError as exc:
        if out is None:
            raise  # stdout closed by its reader (`| head`): typer exits quietly
        fail(_config(f"cannot write --out {str(out)!r}: {exc.strerror}", "choose a file you may write"))
    if out is not None:
        err_console.print(f"wrote {written} records to {escape(str(out))}", highlight=False)


def _config(message: str, fix: str) -> StorylineError:
    from storyline.errors import ConfigError

    return ConfigError(message, fix=fix)


def _export_to(db, format: str, kinds: list[str] | None, out: Path | None) -> int:
    from storyline.export_stream import replacing, write_export, write_parquet
    from storyline.provenance_export import SPECIAL_KINDS, write_special

    if kinds and set(kinds) & set(SPECIAL_KINDS) and (len(kinds) != 1 or format not in ("json", "jsonl")):
            raise _config(f"--kind {' '.join(kinds)} is written alone, as json (or jsonl for jsonld)",
                      "give that one --kind with --format json")
    if out is None:
        if kinds and kinds[0] in SPECIAL_KINDS:
            return write_special(db, sys.stdout, kinds[0], format)
        return write_export(db, sys.stdout, format, kinds)
    with replacing(out) as tmp:
        if format == "parquet":
            if not kinds or len(kinds) != 1:
                raise _config("--format parquet writes one kind of record", "add one --kind, e.g. --kind articles")
            return write_parquet(db, tmp, kinds[0])
        with open(tmp, "w", encoding="utf-8", newline="") as stream:
            if kinds and kinds[0] in SPECIAL_KINDS:
                return write_special(db, stream, kinds[0], format)
            return write_export(db, stream, format, kinds)


def serve(store: StoreOpt = None, config: ConfigOpt = None,
          host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on (1-65535).")] = 8000,
          allow_ingest: Annotated[bool, typer.Option(
              "--allow-ingest", help="Add the upload-to-ingest page (CSRF-protected); read-only without it.")] = False,
          workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes (read-only when more than 1).")]
          = 1) -> None:
    """Serve the web UI and the JSON API (/api, docs at /api/docs) over the store."""
    from storyline.serve.app import serve as run

    try:
        settings = load(config, store)
        err_console.print(f"storyline: http://{host}:{port}/ over {settings.store_url}"
                          + (" (uploads allowed)" if allow_ingest else " (read-only)"))
        run(settings.store_url, host=host, port=port, allow_ingest=allow_ingest, settings=settings, workers=workers)
    except StorylineError as exc:
        fail(exc)


def settings(markdown: Annotated[bool, typer.Option(help="Print the table as Markdown.")] = False,
             config: ConfigOpt = None) -> None:
    """Show every setting with its value, or the settings table as Markdown."""
    from storyline.settings import SETTINGS, allowed_values, load_settings, settings_markdown

    if markdown:
        sys.stdout.write(settings_markdown())
        return
    try:
        values = load_settings(config, config_required=config is not None).values
    except StorylineError as exc:
        fail(exc)
    for s in SETTINGS:
        console.print(f"[bold]{s.name}[/] = {values[s.name]!r}  [dim]({escape(allowed_values(s))}) "
                      f"{escape(s.help)}[/]")


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command()(serve)
    app.command("settings")(settings)

