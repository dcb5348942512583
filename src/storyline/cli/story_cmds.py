"""The story commands: timeline (of a story, or focused on a query) and contradictions.

A story is named by its id, a merged id, or a unique prefix of 4+ characters (as `show` takes
article ids and the web app story ids); anything else is exit 3 "unknown id", never a silent query.
"""
from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from storyline.cli.common import ConfigOpt, StoreOpt, escape, fail, open_for_reading, usage
from storyline.cli.output import FORMATS, FormatOpt, LimitOpt, OffsetOpt, check_format, emit_page, page_of
from storyline.errors import StorylineError

TIMELINE_FORMATS = (*FORMATS, "text", "md", "html")


def timeline(story: Annotated[str | None, typer.Argument(help="A story id or a unique prefix of it.")] = None,
             query: Annotated[str | None, typer.Option(
                 "--query", help="Build a query-focused timeline over the whole store from these words.")] = None,
             store: StoreOpt = None, config: ConfigOpt = None,
             format: Annotated[str, typer.Option("--format", help="text (default), md, html, table, json, jsonl, csv.")]
             = "text",
             limit: LimitOpt = 1000, offset: OffsetOpt = 0) -> None:
    """A dated timeline in which every entry cites the sentences it rests on."""
    from storyline.cli.render import timeline_html, timeline_text
    from storyline.link.story_view import entry_record, query_timeline, view_story

    check_format(format, TIMELINE_FORMATS)
    if (story is None) == (query is None):
        usage("give a story id or --query TEXT (one of them)",
              "`storyline timeline STORY_ID`, or `storyline timeline --query 'words'`")
    try:
        db = open_for_reading(store, config)
        if story is not None:
            view = view_story(db, story)
            entries, title = view.timeline, view.title
        else:
            entries, title = query_timeline(db, query or ""), query or ""
    except StorylineError as exc:
        fail(exc)
    page = page_of([entry_record(e) for e in entries], limit, offset)
    shown = entries[offset:offset + limit]
    if format == "html":
        sys.stdout.write(timeline_html(shown, title) + "\n")
    elif format in ("text", "md", "table"):
        sys.stdout.write(timeline_text(shown, "md" if format == "md" else "text") + "\n")
    else:
        emit_page(page, [], format, "timeline entries")


def contradictions(story: Annotated[str, typer.Argument(help="A story id (or a unique prefix of 4+ characters).")],
                   store: StoreOpt = None, config: ConfigOpt = None, format: FormatOpt = "table",
                   limit: LimitOpt = 50, offset: OffsetOpt = 0) -> None:
    """Claims in a story that cannot both hold, with both sentences, both speakers and why."""
    from storyline.link.story_view import view_story

    check_format(format)
    try:
        found = view_story(open_for_reading(store, config), story).contradictions
    except StorylineError as exc:
        fail(exc)
    emit_page(page_of(found, limit, offset), [], format, "contradictions", _contradiction_lines)


def _contradiction_lines(c: dict[str, Any]) -> str:
    lines = [f"[bold]{c['kind']}[/] ({c['family']}): {escape(c['explanation'])}"]
    lines += [f"   [dim]{side['article'][:8]}[/] {escape(side['speaker'])}: {escape(' '.join(side['text'].split()))}"
              for side in (c["a"], c["b"])]
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    app.command()(timeline)
    app.command()(contradictions)
