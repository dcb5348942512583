"""The read commands over stored articles: articles, show, status, entities, quotes, stories.

Each reads a store that must exist, and writes a table or json/jsonl/csv (storyline.cli.output).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from storyline.cli.common import ConfigOpt, StoreOpt, console, escape, fail, open_for_reading
from storyline.cli.output import (
    Column,
    FormatOpt,
    LimitOpt,
    OffsetOpt,
    Page,
    check_format,
    emit_page,
    emit_record,
    page_of,
)
from storyline.errors import StorylineError

if TYPE_CHECKING:
    from storyline.store.base import ArticleSummary
    from storyline.store.sql import SqlStore

ARTICLE_COLUMNS = [Column("id", "id", 13), Column("published", "published_shown", 18),
                   Column("outlet", "outlet", 20), Column("title", "title_shown")]


def articles(store: StoreOpt = None, config: ConfigOpt = None, format: FormatOpt = "table",
             limit: LimitOpt = 50, offset: OffsetOpt = 0) -> None:
    """List stored articles: id, date, outlet, title."""
    page = _listing(store, config, format, limit, offset, lambda db: db.count_articles(),
                    lambda db: [_article_record(a) for a in db.list_article_summaries(limit=limit, offset=offset)])
    if format == "table":
        page = Page([_shown_article(r) for r in page.records], page.total, limit, offset)
    emit_page(page, ARTICLE_COLUMNS, format, "articles")


def _listing(store: str | None, config: Path | None, format: str, limit: int, offset: int,
             count: Callable[[SqlStore], int], read: Callable[[SqlStore], list[dict[str, Any]]]) -> Page:
    """One page of a listing (articles, entities, stories): the total and this page's records of a
    store that must exist; a store error ends the command."""
    check_format(format)
    try:
        db = open_for_reading(store, config)
        return Page(read(db), count(db), limit, offset)
    except StorylineError as exc:
        fail(exc)


def _article_record(a: ArticleSummary) -> dict[str, Any]:
    return {"id": a.id, "published": a.published, "precision": a.precision, "outlet": a.outlet,
            "title": a.title, "duplicate_of": a.duplicate_of, "source": a.source}


def _shown_article(record: dict[str, Any]) -> dict[str, Any]:
    reprint = f" (reprint of {record['duplicate_of'][:8]})" if record["duplicate_of"] else ""
    return {**record, "id": record["id"][:12], "title_shown": (record["title"] or "") + reprint,
            "published_shown": f"{record['published'] or '?'} ({record['precision']})"}


def show(article_id: Annotated[str, typer.Argument(help="Article id or a unique prefix of it (4+ characters).")],
         store: StoreOpt = None, config: ConfigOpt = None,
         dropped: Annotated[bool, typer.Option(help="List the dropped lines with reasons.")] = True,
         format: FormatOpt = "table") -> None:
    """Show one article: metadata with evidence, clean text, and every dropped line with its reason."""
    from storyline.export import article_record

    check_format(format)
    try:
        article = open_for_reading(store, config).get_article(article_id)
    except StorylineError as exc:
        fail(exc)
    emit_record(article_record(article), format, lambda: _print_article(article, dropped))


def _print_article(article, dropped: bool) -> None:
    p = article.published
    console.rule(escape(article.title or "(no title)"))
    fields = [("id", article.id), ("source", article.source + (f" ({article.record})" if article.record else "")),
              ("outlet", f"{article.outlet or '?'}  ← {article.evidence.get('outlet', 'no evidence')}"),
              ("byline", f"{article.byline or '?'}  ← {article.evidence.get('byline', 'no evidence')}"),
              ("published", f"{p.value or 'unknown'} ({p.precision})  ← {p.evidence or '; '.join(p.tried)}"),
              ("reprint of", article.duplicate_of or "-")]
    for name, value in fields:
        console.print(f"[bold]{name:>11}[/] {escape(value)}")
    console.rule("body")
    console.print(escape(article.body))
    if dropped:
        console.rule(f"dropped lines ({len(article.dropped)})")
        for d in article.dropped:
            console.print(f"[dim]{d.line_no:>4}[/] [yellow]{d.reason:<10}[/] {escape(d.text)}")


def status(store: StoreOpt = None, config: ConfigOpt = None, format: FormatOpt = "table") -> None:
    """Counts of articles, reprints and failures, and why documents were skipped."""
    check_format(format)
    try:
        db = open_for_reading(store, config)
        st, failures = db.status(), db.failures()
    except StorylineError as exc:
        fail(exc)
    from storyline.watch import watcher_status

    watching = watcher_status(db)
    record = {"articles": st.articles, "duplicates": st.duplicates, "dropped_lines": st.dropped_lines,
              "failures": st.failures, "failures_by_error": dict(st.failures_by_error),
              "refresh_pending": st.refresh_pending, "watch": watching,
              "failed": [{"source": f.source, "record": f.record, "error": f.error, "message": f.message,
                          "stage": f.stage} for f in failures]}

    def human() -> None:
        console.print(f"articles {st.articles}, reprints {st.duplicates}, dropped lines {st.dropped_lines}, "
                      f"failures {st.failures}")
        if st.refresh_pending:
            console.print(f"[bold yellow]corpus refresh pending[/]: {st.refresh_pending} article(s) stored since the "
                          "last refresh (an ingest was interrupted or crashed); run `storyline repair`")
        if watching["sources"]:
            console.print(f"watching {watching['sources']} source(s): {watching['failing']} failing, "
                          f"{watching['open_circuits']} resting (circuit open), next poll {watching['next_poll'] or '-'}, "
                          f"{watching['alerts_undelivered']} alert(s) not yet delivered")
        for f in failures:
            where = f"{f.source} ({f.record})" if f.record else f.source
            stage = f" in stage {f.stage}" if f.stage else ""
            console.print(f"  [yellow]{f.error}[/]{stage} {escape(where)}: {escape(f.message)}")
    emit_record(record, format, human)


def entities(store: StoreOpt = None, config: ConfigOpt = None,
             type: Annotated[str | None, typer.Option("--type", help="Only this type (PERSON, ORG, GPE, …).")] = None,
             format: FormatOpt = "table", limit: LimitOpt = 50, offset: OffsetOpt = 0) -> None:
    """Canonical entities across all articles, most mentioned first: name, type, mentions, surface forms."""
    wanted = type.upper() if type else None
    page = _listing(store, config, format, limit, offset, lambda db: db.count_entities(wanted),
                    lambda db: [{"id": e.id, "name": e.name, "type": e.type, "mentions": e.mentions,
                                 "articles": e.articles, "aliases": list(e.aliases)}
                                for e in db.list_entity_summaries(wanted, limit=limit, offset=offset)])
    emit_page(page, [], format, "entities", _entity_line)


def _entity_line(e: dict[str, Any]) -> str:
    return (f"{e['id']:<6} [bold]{escape(e['name'])}[/] ({e['type']}, {e['mentions']} mentions)  "
            f"[dim]{escape('; '.join(e['aliases']))}[/]")


def quotes(store: StoreOpt = None, config: ConfigOpt = None,
           speaker: Annotated[str | None, typer.Option(
               "--speaker", help="Only quotes by this speaker (name, alias or description).")] = None,
           format: FormatOpt = "table", limit: LimitOpt = 50, offset: OffsetOpt = 0) -> None:
    """Who said what: every quote with its speaker and cue."""
    from storyline.export import list_quotes

    check_format(format)
    try:
        found = list_quotes(open_for_reading(store, config), speaker)
    except StorylineError as exc:
        fail(exc)
    emit_page(page_of(found, limit, offset), [], format, "quotes", _quote_line)


def _quote_line(q: dict[str, Any]) -> str:
    s = q["speaker"]
    who = s["name"] or (f"({s['descriptor']})" if s["descriptor"] else "unknown")
    return f"[bold]{escape(who)}[/] [dim]{q['cue'] or ''} · {q['article'][:8]}[/]  “{escape(q['text'])}”"


def stories(store: StoreOpt = None, config: ConfigOpt = None, format: FormatOpt = "table",
            limit: LimitOpt = 50, offset: OffsetOpt = 0) -> None:
    """Stories, biggest first: id, number of articles, date span, title."""
    page = _listing(store, config, format, limit, offset, lambda db: db.count_stories(),
                    lambda db: [{"id": s.id, "title": s.title, "articles": s.articles, "outlets": s.outlets,
                                 "first_published": s.first_published, "last_published": s.last_published}
                                for s in db.list_story_summaries(limit=limit, offset=offset)])
    emit_page(page, [], format, "stories", _story_line)


def _story_line(s: dict[str, Any]) -> str:
    first, last = s["first_published"], s["last_published"]
    span = f"{first} … {last}" if first else "undated"
    return f"{s['id']:<10} {s['articles']:>3} articles  {span:<25} {escape(s['title'])}"


def register(app: typer.Typer) -> None:
    for command in (articles, show, status, entities, quotes, stories):
        app.command()(command)
