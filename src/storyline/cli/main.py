"""The `storyline` command: each command is a thin shell over one library call.

Library errors (the StorylineError tree) are translated here, and only here, into a red message
and exit code 1 (2 for a usage/config problem, 3 for an unknown id).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from storyline.errors import ConfigError, NotFoundError, StorylineError

app = typer.Typer(help="Follow a news story across outlets and years.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
console = Console()
err_console = Console(stderr=True)

LOG_LEVELS = ("debug", "info", "warning", "error")

StoreOpt = Annotated[str | None, typer.Option("--store", help="Database URL (default: setting store_url).")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="TOML config file (default: ./storyline.toml).")]


def _show_version(value: bool) -> None:
    if value:
        from storyline import __version__

        console.print(f"storyline {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                               help="Print the version and exit.")] = False,
         verbose: Annotated[int, typer.Option("-v", "--verbose", count=True,
                                              help="More log lines on stderr: -v info, -vv debug.")] = 0,
         log_level: Annotated[str | None, typer.Option(
             "--log-level", help="Log level: debug, info, warning (default) or error.")] = None) -> None:
    """Follow a news story across outlets and years."""
    import logging

    if log_level is not None and log_level.lower() not in LOG_LEVELS:
        _fail(ConfigError(f"unknown log level {log_level!r}", fix=f"use one of {', '.join(LOG_LEVELS)}"))
    name = log_level.lower() if log_level else ("debug" if verbose > 1 else "info" if verbose else "warning")
    logging.basicConfig(level=getattr(logging, name.upper()), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)
    # progress lines (when stderr is not a terminal) show at the default level too
    logging.getLogger("storyline.progress").setLevel(min(logging.INFO, getattr(logging, name.upper())))


def _open(store_url: str | None, config: Path | None, **overrides):
    from storyline.settings import load_settings
    from storyline.store import open_store

    settings = load_settings(config, store_url=store_url, **overrides)
    return settings, open_store(settings.store_url)


def _fail(exc: StorylineError) -> None:
    err_console.print(f"[bold red]error[/] ({exc.code}): {_escape(str(exc))}")
    code = 2 if isinstance(exc, ConfigError) else 3 if isinstance(exc, NotFoundError) else 1
    raise typer.Exit(code)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Files, folders, globs or URLs.")],
           store: StoreOpt = None, config: ConfigOpt = None,
           scheduler: Annotated[str | None, typer.Option(
               "--scheduler", help="Run the per-document stages on Dask: a scheduler address, or 'local'.")] = None,
           workers: Annotated[int | None, typer.Option(
               "--workers", help="Worker processes (setting workers: 0 = every core, 1 = this process).")] = None,
           ) -> None:
    """Read, clean, extract and store articles, chunk by chunk; re-running adds nothing new.

    Exits 1 when any input failed (summarised by reason), 130 when interrupted (what was stored stays)."""
    from storyline.pipeline.progress import for_stream
    from storyline.pipeline.runner import ingest as run_ingest

    progress = for_stream(sys.stderr, err_console)
    try:
        settings, db = _open(store, config, workers=workers)
        executor = _executor(scheduler, settings)
        report = run_ingest(paths, db, settings, progress=progress, executor=executor)
    except StorylineError as exc:
        _fail(exc)
    finally:
        stop = getattr(progress, "stop", None)
        if stop:
            stop()
    _print_ingest(report)


def _print_ingest(report) -> None:
    console.print(f"added {len(report.added)}, already stored {len(report.existing)}, "
                  f"reprints linked {len(report.reprints)}, skipped {len(report.failures)}")
    for failure in report.failures:
        where = f"{failure.source} ({failure.record})" if failure.record else failure.source
        console.print(f"  [yellow]skipped[/] {_escape(where)}: {failure.error}: {_escape(failure.message)}")
    if report.interrupted:
        err_console.print("[bold yellow]interrupted[/]: every article listed as added is stored; the corpus "
                          "refresh is pending (the next ingest or `storyline repair` runs it)")
        raise typer.Exit(130)
    if report.failures:
        reasons = ", ".join(f"{n} {code}" for code, n in report.failures_by_reason().items())
        err_console.print(f"[bold red]{len(report.failures)} input(s) failed[/]: {reasons}")
        raise typer.Exit(1)


def _executor(scheduler: str | None, settings):
    """None (the runner picks in-process or a local pool from the settings), or a Dask executor."""
    if scheduler is None:
        return None
    from storyline.distributed import DaskExecutor, connect

    return DaskExecutor(connect(scheduler), dict(settings.values))


@app.command()
def repair(store: StoreOpt = None, config: ConfigOpt = None) -> None:
    """Finish what a crashed or interrupted ingest left undone: the corpus refresh, if pending."""
    from storyline.pipeline.corpus import repair as run_repair

    try:
        settings, db = _open(store, config)
        pending = run_repair(db, settings)
    except StorylineError as exc:
        _fail(exc)
    if pending:
        console.print(f"repaired: corpus records refreshed ({pending} article(s) stored since the last refresh)")
    else:
        console.print("nothing to repair: the corpus records are current")


@app.command()
def articles(store: StoreOpt = None, config: ConfigOpt = None,
             limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50) -> None:
    """List stored articles: id, date, outlet, title."""
    try:
        _, db = _open(store, config)
        rows = db.list_articles(limit=limit)
    except StorylineError as exc:
        _fail(exc)
    width = max(console.width - 52, 24)
    console.print(f"[bold]{'id':<13}{'published':<18}{'outlet':<20}title[/]")
    for a in rows:
        reprint = f" (reprint of {a.duplicate_of[:8]})" if a.duplicate_of else ""
        title = (a.title or "") + reprint
        title = title if len(title) <= width else title[:width - 1] + "…"
        published = f"{a.published.value or '?'} ({a.published.precision})"
        console.print(f"{a.id[:12]:<13}{published:<18}{(a.outlet or '')[:19]:<20}{title}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def show(article_id: Annotated[str, typer.Argument(help="Article id or a unique prefix of it.")],
         store: StoreOpt = None, config: ConfigOpt = None,
         dropped: Annotated[bool, typer.Option(help="List the dropped lines with reasons.")] = True) -> None:
    """Show one article: metadata with evidence, clean text, and every dropped line with its reason."""
    try:
        _, db = _open(store, config)
        article = db.get_article(article_id)
    except StorylineError as exc:
        _fail(exc)
    _print_article(article, dropped)


def _print_article(article, dropped: bool) -> None:
    p = article.published
    console.rule(_escape(article.title or "(no title)"))
    fields = [("id", article.id), ("source", article.source + (f" ({article.record})" if article.record else "")),
              ("outlet", f"{article.outlet or '?'}  ← {article.evidence.get('outlet', 'no evidence')}"),
              ("byline", f"{article.byline or '?'}  ← {article.evidence.get('byline', 'no evidence')}"),
              ("published", f"{p.value or 'unknown'} ({p.precision})  ← {p.evidence or '; '.join(p.tried)}"),
              ("reprint of", article.duplicate_of or "-")]
    for name, value in fields:
        console.print(f"[bold]{name:>11}[/] {_escape(value)}")
    console.rule("body")
    console.print(_escape(article.body))
    if dropped:
        console.rule(f"dropped lines ({len(article.dropped)})")
        for d in article.dropped:
            console.print(f"[dim]{d.line_no:>4}[/] [yellow]{d.reason:<10}[/] {_escape(d.text)}")


@app.command()
def status(store: StoreOpt = None, config: ConfigOpt = None) -> None:
    """Counts of articles, reprints and failures, and why documents were skipped."""
    try:
        _, db = _open(store, config)
        st, failures = db.status(), db.failures()
    except StorylineError as exc:
        _fail(exc)
    console.print(f"articles {st.articles}, reprints {st.duplicates}, dropped lines {st.dropped_lines}, "
                  f"failures {st.failures}")
    if st.refresh_pending:
        console.print(f"[bold yellow]corpus refresh pending[/]: {st.refresh_pending} article(s) stored since the "
                      "last refresh (an ingest was interrupted or crashed); run `storyline repair`")
    for failure in failures:
        where = f"{failure.source} ({failure.record})" if failure.record else failure.source
        stage = f" in stage {failure.stage}" if failure.stage else ""
        console.print(f"  [yellow]{failure.error}[/]{stage} {_escape(where)}: {_escape(failure.message)}")


@app.command()
def export(store: StoreOpt = None, config: ConfigOpt = None,
           format: Annotated[str, typer.Option("--format", help="Only 'json' for now.")] = "json",
           out: Annotated[Path | None, typer.Option("--out", help="Write here instead of stdout.")] = None) -> None:
    """Export the store as JSON (the shape in ../shared/EXPORT.md)."""
    from storyline.export import export_json

    if format != "json":
        _fail(ConfigError(f"unknown export format {format!r}", fix="use --format json"))
    try:
        _, db = _open(store, config)
        text = json.dumps(export_json(db), ensure_ascii=False, indent=1)
    except StorylineError as exc:
        _fail(exc)
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")


@app.command()
def entities(store: StoreOpt = None, config: ConfigOpt = None,
             type: Annotated[str | None, typer.Option("--type", help="Only this type (PERSON, ORG, GPE, …).")] = None,
             limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50) -> None:
    """Canonical entities across all articles: name, type, mentions, every surface form seen."""
    try:
        _, db = _open(store, config)
        found = [e for e in db.list_entities() if type is None or e.type == type.upper()][:limit]
    except StorylineError as exc:
        _fail(exc)
    for e in found:
        console.print(f"{e.id:<6} [bold]{_escape(e.name)}[/] ({e.type}, {len(e.mentions)} mentions)  "
                      f"[dim]{_escape('; '.join(e.aliases))}[/]", soft_wrap=True)


@app.command()
def quotes(store: StoreOpt = None, config: ConfigOpt = None,
           speaker: Annotated[str | None, typer.Option("--speaker", help="Only quotes by this speaker (name, alias or description).")] = None) -> None:
    """Who said what: every quote with its speaker and cue."""
    from storyline.export import list_quotes

    try:
        _, db = _open(store, config)
        found = list_quotes(db, speaker)
    except StorylineError as exc:
        _fail(exc)
    for q in found:
        s = q["speaker"]
        who = s["name"] or (f"({s['descriptor']})" if s["descriptor"] else "unknown")
        console.print(f"[bold]{_escape(who)}[/] [dim]{q['cue'] or ''} · {q['article'][:8]}[/]  “{_escape(q['text'])}”",
                      soft_wrap=True)


@app.command()
def stories(store: StoreOpt = None, config: ConfigOpt = None) -> None:
    """Stories: id, number of articles, date span, title."""
    try:
        _, db = _open(store, config)
        found, articles = db.list_stories(), {a.id: a for a in db.list_articles(with_raw=False)}
    except StorylineError as exc:
        _fail(exc)
    for s in found:
        dates = sorted(articles[i].published.value for i in s.article_ids if i in articles and articles[i].published.value)
        span = f"{dates[0]} … {dates[-1]}" if dates else "undated"
        console.print(f"{s.id:<10} {len(s.article_ids):>3} articles  {span:<25} {_escape(s.title)}", soft_wrap=True)


@app.command()
def timeline(target: Annotated[str, typer.Argument(help="A story id, or words to build a query-focused timeline.")],
             store: StoreOpt = None, config: ConfigOpt = None,
             format: Annotated[str, typer.Option("--format", help="text, md, json or html.")] = "text") -> None:
    """A dated timeline in which every entry cites the sentences it rests on."""
    from storyline.cli.render import timeline_html, timeline_text
    from storyline.link.story_view import query_timeline, view_story
    from storyline.records import entry_record

    if format not in ("text", "md", "json", "html"):
        _fail(ConfigError(f"unknown timeline format {format!r}", fix="use text, md, json or html"))
    try:
        _, db = _open(store, config)
        story_ids = {s.id for s in db.list_stories()} | set(db.story_aliases())
        if target in story_ids:
            view = view_story(db, target)
            entries, title = view.timeline, view.title
        else:
            entries, title = query_timeline(db, target), target
    except StorylineError as exc:
        _fail(exc)
    if format == "json":
        sys.stdout.write(json.dumps([entry_record(e) for e in entries], ensure_ascii=False, indent=1) + "\n")
    elif format == "html":
        sys.stdout.write(timeline_html(entries, title) + "\n")
    else:
        sys.stdout.write(timeline_text(entries, format) + "\n")


@app.command()
def contradictions(story: Annotated[str, typer.Argument(help="A story id.")],
                   store: StoreOpt = None, config: ConfigOpt = None) -> None:
    """Claims in a story that cannot both hold, with both sentences, both speakers and why."""
    from storyline.link.story_view import view_story

    try:
        _, db = _open(store, config)
        found = view_story(db, story).contradictions
    except StorylineError as exc:
        _fail(exc)
    for c in found:
        console.print(f"[bold]{c['kind']}[/] ({c['family']}): {_escape(c['explanation'])}", soft_wrap=True)
        for side in (c["a"], c["b"]):
            console.print(f"   [dim]{side['article'][:8]}[/] {_escape(side['speaker'])}: {_escape(side['text'])}", soft_wrap=True)


@app.command()
def serve(store: StoreOpt = None, config: ConfigOpt = None,
          host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
          allow_ingest: Annotated[bool, typer.Option("--allow-ingest", help="Add the upload-to-ingest page (CSRF-protected); read-only without it.")] = False,
          workers: Annotated[int, typer.Option(min=1, help="Server processes (read-only when more than 1).")] = 1) -> None:
    """Serve the web UI and the JSON API (/api, docs at /api/docs) over the store."""
    from storyline.serve.app import serve as run
    from storyline.settings import load_settings

    try:
        settings = load_settings(config, store_url=store)
        err_console.print(f"storyline: http://{host}:{port}/ over {settings.store_url}"
                          + (" (uploads allowed)" if allow_ingest else " (read-only)"))
        run(settings.store_url, host=host, port=port, allow_ingest=allow_ingest, settings=settings, workers=workers)
    except StorylineError as exc:
        _fail(exc)


@app.command("settings")
def settings_cmd(markdown: Annotated[bool, typer.Option(help="Print the table as Markdown.")] = False,
                 config: ConfigOpt = None) -> None:
    """Show every setting with its value, or the settings table as Markdown."""
    from storyline.settings import SETTINGS, load_settings, settings_markdown

    if markdown:
        sys.stdout.write(settings_markdown())
        return
    try:
        values = load_settings(config).values
    except StorylineError as exc:
        _fail(exc)
    for s in SETTINGS:
        console.print(f"[bold]{s.name}[/] = {values[s.name]!r}  [dim]{_escape(s.help)}[/]")


def _register_command_groups() -> None:
    from storyline.cli import watch

    watch.register(app)


_register_command_groups()

@app.command()
def claim(text: Annotated[str, typer.Argument(help="The claim, in words (a sentence or a headline).")],
          story: Annotated[str | None, typer.Option("--story", help="Only this story's articles.")] = None,
          store: StoreOpt = None, config: ConfigOpt = None,
          as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Who agrees with a claim, who denies it, who reports it: articles and quotes, by outlet and date."""
    from storyline.stance.claims import assess_claim, claim_record

    try:
        _, db = _open(store, config)
        found = claim_record(assess_claim(db, text, story))
    except StorylineError as exc:
        _fail(exc)
    if as_json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=1) + "\n")
        return
    console.print(f"[bold]{_escape(found['claim'])}[/]  " + "  ".join(f"{k}: {v}" for k, v in found["counts"].items()))
    for a in found["articles"]:
        console.print(f"[bold]{a['stance']:<8}[/] {a['published'] or 'undated':<10} {_escape(a['outlet'] or '?')} "
                      f"[dim]{a['article'][:8]}[/] {_escape(a['title'] or '')}", soft_wrap=True)
        for sentence in a["sentences"]:
            console.print(f"           [dim]·[/] {_escape(sentence)}", soft_wrap=True)
    for q in found["quotes"]:
        console.print(f"[bold]{q['stance']:<8}[/] quote by {_escape(q['speaker'] or 'unknown')} "
                      f"[dim]{q['article'][:8]}[/] “{_escape(q['text'])}”", soft_wrap=True)


if __name__ == "__main__":
    app()
