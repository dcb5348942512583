"""Every stage storyline runs, declared in one place, in the order they run.

A new extractor is one file (its stage function) plus one line here. Settings choose which stages
run: `stages` (only these) and `skip_stages` (all but these); `select` checks
that every need of a selected stage is added by a stage before it and names the gap if not.

Per-document and per-batch stages interleave in `FLOW`: the runner executes each run of
consecutive document stages on its workers and each batch stage in the writer process between
them (line statistics before cleaning, outlets before extraction, reprints while storing); the
last document stage, `pack`, makes each article's stored form on the workers so that the writer
runs little more than SQL. Corpus
stages run after the batch's articles are stored, when the store's refresh mark says they must;
each is called as `stage(store, since=generation)`: recompute what the articles stored after that
generation can change (0: everything; storyline.pipeline.corpus).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from storyline.errors import ConfigError
from storyline.settings import Settings
from storyline.stage import StageSpec

_CLEAN = "storyline.clean.stages"
_EXTRACT = "storyline.extract.stages"
_BATCH = "storyline.pipeline.batch"
_LINK = "storyline.link"

FLOW: tuple[StageSpec, ...] = (
    StageSpec("lines", "batch", f"{_BATCH}:count_lines", needs=("raw",), adds=("line_stats",),
              help="Line repetition across the chunk's text documents (a boilerplate signal)."),
    StageSpec("decode", "document", f"{_CLEAN}:decode", needs=("raw",), adds=("raw:valid",),
              help="Make the text valid Unicode: unpaired surrogates replaced, and the repair recorded."),
    StageSpec("body", "document", f"{_CLEAN}:extract_body", needs=("raw:valid", "line_stats"),
              adds=("body", "title", "dropped"), settings=("repeated_line_min_articles", "max_html_depth"),
              help="The cleaned body: trafilatura for HTML, the line classifier for text."),
    StageSpec("language", "document", f"{_CLEAN}:language", needs=("body",), adds=("language",),
              help="The article's language (py3langid, ISO 639-1), so English NLP runs only on English."),
    # metadata and pubdate read the page too (closing lines, datelines): a worker gets `raw` for them
    StageSpec("metadata", "document", f"{_CLEAN}:metadata", needs=("body", "raw:valid"), adds=("outlet", "byline"),
              help="Outlet, byline and the rest of the metadata, each with its evidence."),
    StageSpec("pubdate", "document", f"{_CLEAN}:pubdate", needs=("body", "raw:valid"), adds=("published",),
              help="The publication date with its precision and evidence (null when unknown)."),
    # last of the cleaning segment: the page crosses to the extraction worker compressed, not whole
    StageSpec("compress", "document", "storyline.pipeline.pack:compress", needs=("raw:valid",), adds=("raw:packed",),
              help="The page compressed as the store keeps it, where it was cleaned (it then travels small)."),
    StageSpec("outlets", "batch", f"{_BATCH}:name_outlets", needs=("outlet",), adds=("outlets",),
              help="The outlets the chunk names, for citation detection (\"X reported\")."),
    # the English model finds people in "Что" and crashed on a Japanese text: other languages get
    # the language-independent stages (dates, outlets, bylines, reprints, clustering) only
    StageSpec("parse", "document", f"{_EXTRACT}:parse", needs=("body",), adds=("doc",),
              settings=("extract_on_ingest",), applies="storyline.clean.language:is_english",
              help="One spaCy parse per article, shared by every extractor after it."),
    StageSpec("entities", "document", f"{_EXTRACT}:entities", needs=("doc",), adds=("spans:entities",),
              help="Named-entity mentions, linked within the article."),
    StageSpec("times", "document", f"{_EXTRACT}:times", needs=("body", "published"), adds=("spans:times",),
              help="Time expressions, normalised against the publication date."),
    StageSpec("quotes", "document", f"{_EXTRACT}:quotes", needs=("doc", "spans:times"), adds=("spans:quotes",),
              help="Direct and reported quotes with speaker, cue and when they were said."),
    StageSpec("claims", "document", f"{_EXTRACT}:claims", needs=("doc", "spans:times", "spans:quotes"),
              adds=("spans:claims",), help="Claims: predicate, polarity, modality, asserter, time, figures."),
    StageSpec("citations", "document", f"{_EXTRACT}:citations", needs=("spans:times", "outlets"),
              adds=("spans:citations",), help="Citations of other outlets' reporting."),
    # last, so the article is final; it reads the page to compress it, so the page travels to the
    # worker for this segment too (~0.3 ms of pickling per page against ~4 ms of zlib in the writer)
    StageSpec("pack", "document", "storyline.pipeline.pack:pack", needs=("raw:valid", "body"), adds=("packed",),
              settings=("near_duplicate_threshold",),
              help="The article's stored form, made on the worker: page compressed, MinHash signature and "
                   "band keys, storability checked (the writer runs only SQL)."),
    StageSpec("reprints", "batch", "storyline.pipeline.writer:link_reprint", needs=("body",),
              adds=("duplicate_of",), settings=("near_duplicate_threshold",),
              help="Links a near-copy to its syndication group's original while storing."),
)

CORPUS: tuple[StageSpec, ...] = (
    StageSpec("merge-entities", "corpus", f"{_LINK}.entities:link_entities", needs=("spans:entities",),
              adds=("entities",), help="Canonical entities across the corpus."),
    StageSpec("resolve-citations", "corpus", f"{_LINK}.provenance:resolve_citations",
              needs=("spans:citations",), adds=("citation_links",),
              help="Each citation linked to the stored article it points to."),
    # stories read the articles' own entity spans (story_features.entity_keys), not the canonical
    # entities: no stage of the refresh waits for another, so they may run at once (corpus.levels)
    StageSpec("stories", "corpus", f"{_LINK}.stories:link_stories", needs=("spans:entities",), adds=("stories",),
              help="Stories with stable ids (merged ids kept as aliases)."),
    StageSpec("timelines", "corpus", f"{_LINK}.story_view:view_story", needs=("stories", "spans:times"),
              adds=("timeline",), on_ingest=False,
              help="A story's dated timeline; computed when the story is viewed, cached by revision."),
    StageSpec("contradictions", "corpus", f"{_LINK}.story_view:view_story", needs=("stories", "spans:claims"),
              adds=("contradictions",), on_ingest=False,
              help="Claims of a story that cannot both hold; computed with the story's view."),
)

#: extraction stages, in the order their spans are kept on the article (stored positions, export);
#: re-extraction replaces exactly these stages' spans
EXTRACTORS: tuple[str, ...] = ("entities", "quotes", "times", "claims", "citations")
#: what the input itself provides
GIVEN = frozenset({"raw"})


def declared() -> dict[str, StageSpec]:
    """Every declared stage by name, FLOW then CORPUS (read at call time: a test may add one)."""
    return {s.name: s for s in (*FLOW, *CORPUS)}


def select(settings: Settings) -> list[StageSpec]:
    """The FLOW stages that run under these settings, in order; checked for unmet needs."""
    chosen = _chosen(settings)
    flow = [s for s in FLOW if s.name in chosen]
    check_needs(flow)
    return flow


def corpus_stages(settings: Settings) -> list[StageSpec]:
    """The corpus stages an ingest refreshes, in order."""
    chosen = _chosen(settings)
    return [s for s in CORPUS if s.on_ingest and s.name in chosen]


def _chosen(settings: Settings) -> set[str]:
    only, skip = _names(settings.stages, "stages"), _names(settings.skip_stages, "skip_stages")
    chosen = set(only) if only else set(declared())
    if not settings.extract_on_ingest:
        chosen -= {"parse", *EXTRACTORS}
    return chosen - set(skip)


def _names(value: str, setting: str) -> list[str]:
    names = [n.strip() for n in (value or "").split(",") if n.strip()]
    known = declared()
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ConfigError(f"setting {setting} names unknown stages {unknown}",
                          fix=f"use stage names from: {', '.join(known)}")
    return names


def check_needs(flow: Sequence[StageSpec], given: Iterable[str] = GIVEN) -> None:
    """Raise ConfigError naming the first stage whose need no earlier stage adds."""
    have = set(given)
    for spec in flow:
        missing = [n for n in spec.needs if n not in have]
        if missing:
            makers = sorted({s.name for s in FLOW if set(s.adds) & set(missing)})
            raise ConfigError(f"stage {spec.name!r} needs {missing}, which no selected stage before it adds",
                              fix=f"also run {makers} or skip {spec.name!r} (settings stages / skip_stages)")
        have.update(spec.adds)


def segments(flow: Sequence[StageSpec]) -> list[list[StageSpec]]:
    """The flow cut into runs of same-scope stages: [[batch…], [document…], [batch…], …]."""
    runs: list[list[StageSpec]] = []
    for spec in flow:
        if runs and runs[-1][0].scope == spec.scope:
            runs[-1].append(spec)
        else:
            runs.append([spec])
    return runs
