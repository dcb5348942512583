"""ECB+ documents as storyline articles, and their gold stories.

    docs = read_documents(DIR)            # [EcbDocument(name, topic, half, sentences)]
    articles = to_articles(docs)          # cleaned by storyline's text cleaner, then extracted

A document is `DIR/<topic>/<topic>_<n>ecb.xml` or `…ecbplus.xml`; its text is the `<token>`
elements, grouped by their `sentence` attribute. The gold story is the topic plus its half (ecb or
ecbplus): each half of a topic is one real-world event. The tokens are detokenised into one line per
sentence, the shape of a plain-text scrape, and go through storyline's own cleaning (headline,
boilerplate, publication date from a dateline) and extraction (entities, times, …), as `storyline
ingest` would treat them: no gold annotation is read beyond the tokens.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_NAME = re.compile(r"^(?P<topic>\d+)_(?P<n>\d+)(?P<half>ecb|ecbplus)\.xml$")
# tokens that attach to the word before them / after them (PTB-style tokenisation of ECB+)
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%'’”" + "''") | {"''", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m",
                                                          "’s", "’re", "’ve", "’ll", "’d", "’m", "..."}
_NO_SPACE_AFTER = frozenset("([{$“‘") | {"``"}
_QUOTES = {"``": "“", "''": "”"}
_URL_START = re.compile(r"^(?:https?|www)$", re.I)


@dataclass(slots=True, frozen=True)
class EcbDocument:
    name: str
    topic: str
    half: str
    sentences: tuple[tuple[str, ...], ...]

    @property
    def gold_story(self) -> str:
        return f"{self.topic}/{self.half}"


def document_paths(root: Path) -> list[Path]:
    """Every ECB+ document under `root`, by topic then number then half."""
    paths = [p for p in root.glob("*/*.xml") if _NAME.match(p.name)]
    def key(p: Path) -> tuple[int, int, str]:
        m = _NAME.match(p.name)
        return int(m["topic"]), int(m["n"]), m["half"]
    return sorted(paths, key=key)


def read_document(path: Path) -> EcbDocument:
    m = _NAME.match(path.name)
    sentences: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    return EcbDocument(path.name, m["topic"], m["half"], tuple(tuple(t) for _, t in sorted(sentences.items())))


def read_documents(root: Path) -> list[EcbDocument]:
    return [read_document(p) for p in document_paths(root)]


def detokenise(tokens: Sequence[str]) -> str:
    """One sentence's tokens as running text: punctuation glued, PTB quotes as curly quotes,
    a URL (tokenised 'http : / / www . …') put back together."""
    tokens = [t for t in tokens if t.strip()]
    if tokens and _URL_START.match(tokens[0]):
        return "".join(tokens)
    out: list[str] = []
    glue = True
    for i, token in enumerate(tokens):
        text = _QUOTES.get(token, token)
        if not (glue or _attaches_left(tokens, i)):
            out.append(" ")
        out.append(text)
        glue = token in _NO_SPACE_AFTER or _opens_straight_quote(tokens, i)
    return "".join(out)


def _attaches_left(tokens: Sequence[str], i: int) -> bool:
    token, before = tokens[i], tokens[i - 1] if i else ""
    if token == '"':
        return tokens[:i].count('"') % 2 == 1  # a closing straight quote
    if token == "s" and before in ("’", "'"):
        return True  # "Lohan ’ s" (ecbplus tokenises the apostrophe apart)
    if token in ("’", "'") and i + 1 < len(tokens) and tokens[i + 1] == "s":
        return True
    if before == ":" and token.isdigit() and i >= 2 and tokens[i - 2].isdigit():
        return True  # clock times "4 : 59"
    if token == ":" and before.isdigit() and i + 1 < len(tokens) and tokens[i + 1].isdigit():
        return True
    return token in _NO_SPACE_BEFORE


def _opens_straight_quote(tokens: Sequence[str], i: int) -> bool:
    return tokens[i] == '"' and tokens[:i].count('"') % 2 == 0


def document_text(doc: EcbDocument) -> str:
    """The document as a plain-text scrape: one line per sentence, blank lines between."""
    return "\n\n".join(line for line in (detokenise(s) for s in doc.sentences) if line)


def to_articles(docs: Sequence[EcbDocument], extract: bool = True) -> list:
    """Storyline articles for the documents, cleaned as plain text (then extracted), ids = file names."""
    from storyline.clean.stages import cleaning_stages
    from storyline.model import Article, RawDocument
    from storyline.pipeline import run_stages

    texts = [document_text(d) for d in docs]
    stages = cleaning_stages()
    articles = []
    for doc, text in zip(docs, texts):
        article = Article.from_raw(RawDocument(source=doc.name, kind="text", content=text))
        result = run_stages(article, stages, "record")
        cleaned = result.article or _uncleaned(article, text)
        cleaned.id = doc.name
        articles.append(cleaned)
    return _extracted(articles) if extract else articles


def _uncleaned(article, text: str):
    """A document the cleaner left empty keeps its whole text (it still has to be clustered)."""
    article.body = text
    return article


def _extracted(articles: list) -> list:
    """Extraction as `storyline ingest` runs it (the pipeline's extraction stages); an article those
    fail on is extracted again from a full parse, so it is still clustered with its entities."""
    from storyline.extract.nlp import parse
    from storyline.extract.stages import extract_article
    from storyline.pipeline.runner import run_extraction
    from storyline.settings import load_settings

    report = run_extraction(articles, load_settings(error_policy="record", workers=1))
    done = {a.id: a for a in report.articles}
    failed = [a for a in articles if a.id not in done]
    for article, doc in zip(failed, parse(a.body for a in failed)):
        done[article.id] = extract_article(article, doc)
    EXTRACTION_FAILURES[:] = [f.source for f in report.failures]
    return [done[a.id] for a in articles]


EXTRACTION_FAILURES: list[str] = []  # the documents the selective parse failed on (last run)
