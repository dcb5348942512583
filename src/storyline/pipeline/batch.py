"""The batch stages run in the writer process between document segments (registry.FLOW)."""
from __future__ import annotations

from collections.abc import Sequence

from storyline.model import Article, RawDocument
from storyline.stage import Batch


def count_lines(documents: Sequence[RawDocument], articles: Sequence[Article], batch: Batch) -> None:
    """Line repetition across the chunk's text documents (a boilerplate signal for cleaning)."""
    from storyline.clean.text import count_lines as count

    batch.line_stats = count(d.content for d in documents if d.kind == "text")


def name_outlets(documents: Sequence[RawDocument], articles: Sequence[Article], batch: Batch) -> None:
    """The outlets the chunk's articles name, for citation detection ("X reported")."""
    batch.outlets = tuple(sorted({a.outlet for a in articles if a.outlet}))
