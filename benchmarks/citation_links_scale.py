"""Time of resolving citations (link.provenance.citation_links) as the corpus grows.

    python benchmarks/citation_links_scale.py --sizes 1000,8000 --out FILE

Generated corpora: N articles from 200 outlets over one year, a tenth of them citing another outlet
with a month. Each size is timed best of three; the figure is seconds per run. Linear resolution
keeps seconds / N about flat; a scan of every article per citing article grows with N.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from storyline.link.provenance import citation_links
from storyline.model import Article, PublishedDate, RawDocument, Span


def corpus(n: int) -> list[Article]:
    articles = []
    for i in range(n):
        article = Article.from_raw(RawDocument(source=f"a{i}.txt", kind="text", content=f"article {i}"))
        article.outlet = f"Paper {i % 200} Times"
        article.published = PublishedDate(f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", "day")
        if i % 10 == 0:
            body = f"Paper {(i * 7) % 200} Times reported it."
            article.body = body
            article.spans = [Span(0, len(body), "CITATION", "citations", body,
                                  {"outlet": f"Paper {(i * 7) % 200} Times", "time": f"2023-{1 + i % 12:02d}"})]
        articles.append(article)
    return articles


def seconds(articles: list[Article]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        citation_links(articles)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,8000")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    scores = {}
    for n in (int(x) for x in args.sizes.split(",")):
        scores[str(n)] = round(seconds(corpus(n)), 4)
    args.out.write_text(json.dumps({"predictions": {}, "scores": {"seconds": scores}}, indent=1))
    print(json.dumps(scores))


if __name__ == "__main__":
    main()
