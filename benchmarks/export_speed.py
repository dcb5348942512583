"""Export and `quotes` speed (issue 14.7): quotes find their speaker among their own article's mentions.

    python benchmarks/export_speed.py DATASET_DIR --out export_speed.json [--store sqlite:///bench.db] [--copies N]

DATASET_DIR is any folder storyline ingests (e.g. ../shared/data/polnear-dev/dev/text); it is ingested
into --store unless the store already holds articles. The store's quotes are then attributed to
entities twice, by the speaker index before 14.7 (every mention of the corpus scanned for each quote)
and by the one now (the quote's own article's mentions), both answers compared, and the whole
`export --format json` and `list_quotes` timed. `--copies N` repeats the measured work over N
copies of the corpus's entity mentions under new article ids (the cost before 14.7 grows as quotes x
mentions; N copies show the growth without ingesting N times the articles).
Writes {"predictions": {}, "scores": {...}} (BENCHMARKS.md's envelope; there is nothing to score).
"""
from __future__ import annotations

import argparse
import io
import json
import time
from typing import Any

from storyline.export import SpeakerIndex
from storyline.store.base import EntityRecord, MentionRecord


class FullScanIndex(SpeakerIndex):
    """The speaker look-up before issue 14.7 (every mention of the corpus scanned for each quote),
    kept here only to measure against."""

    def __init__(self, entities: list[EntityRecord]) -> None:
        super().__init__(entities)
        self._spans = {(m.article_id, m.start, m.end): e.id for e in entities for m in e.mentions}

    def _overlapping(self, article_id: str, start: int, end: int) -> str | None:
        for (art, s, e), entity_id in self._spans.items():
            if art == article_id and s < end and start < e:
                return entity_id
        return None


def _copies(entities: list[EntityRecord], quotes: list[tuple[str, Any]], n: int):
    if n <= 1:
        return entities, quotes
    grown = [EntityRecord(e.id, e.name, e.type, e.aliases,
                          [MentionRecord(f"{m.article_id}#{c}", m.start, m.end, m.text)
                           for c in range(n) for m in e.mentions]) for e in entities]
    return grown, [(f"{aid}#{c}", span) for c in range(n) for aid, span in quotes]


def _timed(fn):
    start = time.process_time()
    value = fn()
    return value, time.process_time() - start


def measure(store, copies: int) -> dict[str, Any]:
    from storyline.export import list_quotes
    from storyline.export_stream import iter_articles, write_export

    entities = store.list_entities()
    quotes = [(a.id, s) for a in iter_articles(store) for s in a.spans if s.label == "QUOTE"]
    entities, quotes = _copies(entities, quotes, copies)
    mentions = sum(len(e.mentions) for e in entities)
    new, new_s = _timed(lambda: _attribute(SpeakerIndex(entities), quotes))
    old, old_s = _timed(lambda: _attribute(FullScanIndex(entities), quotes))
    _, export_s = _timed(lambda: write_export(store, io.StringIO(), "json"))
    _, list_s = _timed(lambda: list_quotes(store))
    return {"quotes": len(quotes), "mentions": mentions, "copies": copies, "same_answers": new == old,
            "attribute_cpu_s_before": round(old_s, 3), "attribute_cpu_s_now": round(new_s, 3),
            "export_json_cpu_s": round(export_s, 3), "list_quotes_cpu_s": round(list_s, 3)}


def _attribute(index, quotes) -> list[str | None]:
    return [index.entity_of(aid, span.attrs) for aid, span in quotes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset")
    parser.add_argument("--out", required=True)
    parser.add_argument("--store", default="sqlite:///benchmarks/out/export_speed.db")
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    from storyline.ingest.batch import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    store = open_store(args.store)
    if not store.status().articles:
        ingest([args.dataset], store, load_settings(None))
    scores = {"articles": store.status().articles, **measure(store, args.copies)}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"predictions": {}, "scores": scores}, f, indent=1)
    print(json.dumps(scores))


if __name__ == "__main__":
    main()
