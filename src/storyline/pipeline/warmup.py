"""Ready a process for the document stages before its first real task (issue 16).

Every process that runs the stages pays once for what they load on first use: py3langid's model
(an lzma-compressed file), the public-suffix list behind trafilatura's domain lookup, the rule
files, lazily imported modules. On extraction-dev's pages that was ~0.64 s of CPU inside the
first cleaning task of each worker (the first 16 pages 1.20 s, the same pages again 0.56 s;
`benchmarks/ingest_timeline.py`), on the clock of the ingest and at the same moment in both
workers, so a serial cost the second worker could not share. A worker now pays it while it loads
the model, by running the stages once over a small page written here (invented text, not a
real article); its results are dropped.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from storyline.model import RawDocument
from storyline.stage import StageSpec

log = logging.getLogger(__name__)

#: an invented news page: a title, a byline, a dateline and a date, a quote, a citation of another
#: outlet, a link — enough for every stage to take its usual path once
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Town council approves a new footbridge - Example Gazette</title>
<meta name="author" content="Jane Example">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta property="og:site_name" content="Example Gazette">
<link rel="canonical" href="https://news.example.com/2024/03/05/footbridge">
</head><body><header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<article><h1>Town council approves a new footbridge</h1>
<p class="byline">By Jane Example</p>
<p>SPRINGFIELD, March 5 (Example Gazette) - The town council on Tuesday approved a new
footbridge over the river, ending a debate that began in 2019.</p>
<p>"This bridge will connect two neighbourhoods that have been apart for too long," said Mayor
John Sample, who proposed the plan last year.</p>
<p>The bridge will cost $4 million and open next spring, according to the council. The Daily
Example reported on Monday that two members had opposed the plan.</p>
<p>Construction is expected to start in June, officials said.</p>
</article><footer><p>Copyright 2024 Example Gazette. All rights reserved.</p></footer></body></html>
"""


def warm_stages(flow: Sequence[StageSpec], settings: Mapping[str, Any]) -> None:
    """Run `flow`'s batch and document stages once over `PAGE` in this process (nothing stored);
    a failure is logged and ignored: the real documents will meet it inside their own boundary."""
    from storyline.pipeline.executors import InProcess
    from storyline.pipeline.runner import run_flow
    from storyline.settings import Settings

    document = RawDocument("storyline:warm-up.html", "html", PAGE)
    try:
        run_flow([document], flow, Settings(dict(settings)), InProcess(settings))
    except Exception:  # a warm-up only: the stages' own errors belong to real documents
        log.debug("warming the stages failed", exc_info=True)


def ready_corpus(settings: Mapping[str, Any]) -> None:
    """Import the corpus stages' modules and the SQL store here, so that a worker the refresh's
    stages run on (`run_beside`) starts them at once: ~0.2 s of CPU of imports in a fresh process,
    otherwise on the refresh's clock while the documents' work is done."""
    import storyline.store.sql  # noqa: F401 - `open_store` imports it (SQLAlchemy, Alembic) on first use
    from storyline.pipeline.registry import corpus_stages
    from storyline.settings import Settings

    for spec in corpus_stages(Settings(dict(settings))):
        spec.load()


def freeze_heap() -> None:
    """Move every object alive now (the model, rule tables, compiled forms: ~138k tracked objects
    after a warm-up) out of the cyclic collector's way for the life of the process. Its full
    collections traversed them all: 0.41-0.42 s of the 14.4 s of CPU one process spent on
    extraction-dev's 90 pages, 0.04 s frozen (`gc.callbacks`, two runs each). Garbage is collected
    first, so only live objects are kept; what the documents allocate later is collected as before."""
    import gc

    gc.collect()
    gc.freeze()
