"""How the CLI shows read-side views: timelines as plain text, Markdown or a standalone HTML page.

(The web app renders the same views through its templates, storyline/serve/templates.)
"""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.link.timelines import TimelineEntry


def timeline_text(entries: list[TimelineEntry], fmt: str = "text") -> str:
    """A timeline as plain text or Markdown (`fmt` "md"): date, summary, and the sources it rests on."""
    lines = []
    for e in entries:
        head = f"## {e.date} ({e.precision})" if fmt == "md" else f"{when(e)}  {e.summary}"
        lines.append(head)
        if fmt == "md":
            lines.append(e.summary)
        lines += [f"{'-' if fmt == 'md' else '   ·'} [{s.article_id[:8]}] {s.text}" for s in e.sources]
        lines.append("")
    return "\n".join(lines)


def when(entry: TimelineEntry) -> str:
    """The entry's date, with its precision when that is coarser than a day ('2020 (year)'), and a
    mark when no words of the sentence state it ('2024-03-13 (by publication)')."""
    date = entry.date if entry.precision == "day" else f"{entry.date} ({entry.precision})"
    return date if entry.basis == "stated" else f"{date} (by publication)"


def timeline_html(entries: list[TimelineEntry], title: str) -> str:
    """A standalone HTML page; every string from the articles is escaped."""
    items = "".join(f"<li><time>{escape(when(e))}</time> <b>{escape(e.summary)}</b><ul>"
                    + "".join(f"<li><code>{escape(s.article_id[:8])}</code> {escape(s.text)}</li>" for s in e.sources)
                    + "</ul></li>" for e in entries)
    return (f"<!doctype html><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<h1>{escape(title)}</h1><ol class='timeline'>{items}</ol>")
