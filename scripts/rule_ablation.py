"""Leave one rule out: on how many dev sites, in which fold, each date and byline rule decides the answer.

    PYTHONPATH=src python scripts/rule_ablation.py ../shared/data/dates-dev [--rules NAME ...]

Where scripts/metadata_site_support.py counts the rule whose evidence an answer carries, this one turns
each rule of clean.pubdate, clean.pubdate_checks and clean.metadata off in turn (the function replaced by
one that finds nothing, or that keeps what it was given) and runs the cleaning stages again on dates-dev's
dev half (HTML and text; the held-out half is never read). Per rule it prints the distinct sites whose
answer it makes right (right with it, not without: its support) and whose answer it makes wrong (wrong
with it, right or unknown without: its harm), per dev fold (benchmarks/dates.py --half dev-a|dev-b). A
rule supported on one fold's sites only, and on one or two of them, is one no second site confirms.
No page text is printed.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def _none(*_args: Any, **_kwargs: Any) -> None:
    return None


def _keep(_article: Any, found: Any) -> Any:
    return found


def _empty(*_args: Any, **_kwargs: Any) -> list[Any]:
    return []


# (name, field, module, attribute, replacement): each rule as the function that applies it
RULES: tuple[tuple[str, str, str, str, Callable[..., Any]], ...] = (
    ("markup checked against the printed dateline", "date", "pubdate_checks", "_checked_against_dateline", _keep),
    ("a <time> element's rendered local day", "date", "pubdate_checks", "_rendered_day", _none),
    ("answer checked against the URL's day", "date", "pubdate_checks", "_checked_against_url", _keep),
    ("labelled date ('Published on', 'Datum:')", "date", "pubdate", "_from_labelled", _none),
    ("htmldate's guess confirmed by a printed day", "date", "pubdate", "_from_printed_guess", _none),
    ("date in the URL", "date", "pubdate", "_from_url", _none),
    ("related-stories teaser lines skipped", "date", "pubdate", "_teaser_lines", lambda _a: set()),
    ("datelines cleaning set aside below (text)", "date", "pubdate", "set_aside_datelines", _empty),
    ("the headline's block", "date", "pubdate", "below_headline", _empty),
    ("unsettled slash date in markup refused", "date", "pubdate_checks", "unsettled_slash_guess", lambda *_a: False),
    ("archived page's capture day", "date", "pubdate", "_archive_capture", _none),
    ("byline: reporter credited in the lead", "byline", "metadata", "_lead_credit", _none),
    ("byline: closing credit lines", "byline", "metadata", "_closing_credits", _empty),
    ("byline: signed at the end", "byline", "metadata", "_signed_at_the_end", _none),
    ("byline: author's tagline (bio)", "byline", "metadata", "_tagline", _none),
    ("byline: bare signature", "byline", "metadata", "_bare_signature", _none),
    ("byline: names beside the dateline (find_byline)", "byline", "metadata", "_names_beside_dateline", _none),
    ("byline: reporters named in their places", "byline", "metadata", "names_in_places", _none),
    ("byline: bare name below the headline", "byline", "metadata", "_person_below_headline", _none),
    ("byline: a wire dateline's agency", "byline", "metadata", "_wire_dateline", lambda _a: (None, "")),
    ("byline: source line closing the article", "byline", "metadata", "_closing_source", lambda _a: (None, "")),
    ("byline: the author field's fuller form on the page", "byline", "metadata", "_fuller",
     lambda _a, field, _found: field),
    ("byline: names beside the chosen date's dateline", "byline", "metadata", "byline_beside_date", lambda a: a),
)


@contextmanager
def rule_off(module: str, attribute: str, replacement: Callable[..., Any]) -> Iterator[None]:
    import importlib

    target = importlib.import_module(f"storyline.clean.{module}")
    original = getattr(target, attribute)
    setattr(target, attribute, replacement)
    stages = importlib.import_module("storyline.clean.stages")
    # the stages module holds byline_beside_date by name
    patched_stage = module == "metadata" and hasattr(stages, attribute)
    if patched_stage:
        setattr(stages, attribute, replacement)
    try:
        yield
    finally:
        setattr(target, attribute, original)
        if patched_stage:
            setattr(stages, attribute, original)


def outcomes(folder: Path, kinds: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, str, str | None, str | None]]:
    """(kind, file) → (site, fold, date outcome, byline outcome) for every dev page."""
    import dates as bench
    from storyline.clean.stages import cleaning_stages
    from storyline.clean.text import count_lines
    from storyline.ingest.files import load_file
    from storyline.model import Article
    from storyline.pipeline import run_stages

    scorer = bench.load_scorer(bench.DEFAULT_SCORER)
    out = {}
    for kind in kinds:
        cases = [c for c in bench.load_cases(folder, kind) if c["half"] == "dev"]
        docs = [replace(load_file(c["path"]), source=c["file"]) for c in cases]
        stages = cleaning_stages(count_lines(d.content for d in docs if d.kind == "text"))
        for case, doc in zip(cases, docs):
            article = run_stages(Article.from_raw(doc), stages).article
            day = scorer.date_outcome({"date": article.published.value, "precision": article.published.precision}
                                      if article else None, case["date"])[0] if case.get("date") else None
            byline = scorer.byline_outcome(article.byline if article else None, case["byline"]) \
                if case.get("byline") else None
            out[(kind, case["file"])] = (case["site"], case["fold"], day, byline)
    return out


RIGHT = {"exact", "all", "any"}


def effect(base: dict[tuple[str, str], Any], off: dict[tuple[str, str], Any], field: str) -> dict[str, set[str]]:
    """Sites per '<fold> support' (right only with the rule) and '<fold> harm' (wrong only with it)."""
    index = 2 if field == "date" else 3
    found: dict[str, set[str]] = {}
    for key, (site, fold, *values) in base.items():
        with_rule, without = values[index - 2], off[key][index]
        if with_rule is None or with_rule == without:
            continue
        if with_rule in RIGHT and without not in RIGHT:
            found.setdefault(f"{fold} support", set()).add(site)
        elif with_rule == "wrong" and without != "wrong":
            found.setdefault(f"{fold} harm", set()).add(site)
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dates_dev", type=Path)
    ap.add_argument("--kind", nargs="+", choices=("html", "text"), default=["html", "text"])
    ap.add_argument("--rules", nargs="*", help="only the rules whose name contains one of these")
    a = ap.parse_args()
    kinds = tuple(a.kind)
    base = outcomes(a.dates_dev, kinds)
    print("| rule | sites it makes right: dev-a / dev-b | sites it makes wrong: dev-a / dev-b | note |")
    print("|---|---|---|---|")
    for name, field, module, attribute, replacement in RULES:
        if a.rules and not any(r in name for r in a.rules):
            continue
        with rule_off(module, attribute, replacement):
            off = outcomes(a.dates_dev, kinds)
        e = {k: len(v) for k, v in effect(base, off, field).items()}
        support = (e.get("dev-a support", 0), e.get("dev-b support", 0))
        harm = (e.get("dev-a harm", 0), e.get("dev-b harm", 0))
        note = "one fold only" if sum(support) and 0 in support else ""
        note = "no dev support" if not sum(support) else note
        print(f"| {name} | {support[0]} / {support[1]} | {harm[0]} / {harm[1]} | {note} |", flush=True)


if __name__ == "__main__":
    main()
