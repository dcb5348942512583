"""Fuzz targets over every parser, shared by tests/fuzz (a brief run in CI) and scripts/fuzz.py.

Each target takes one generated input and runs a parser on it. A storyline error (StorylineError:
InputError, ExtractionError…) is an expected refusal; any other exception is a finding. The inputs
mix arbitrary Unicode (surrogates included) with the shapes that broke parsers before: runs of
quotes, punctuation, whitespace and brackets, nesting, very long tokens and sentences, impossible
character references.
"""
from __future__ import annotations

import datetime as dt
import io
import ipaddress
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

# characters and pieces that stressed tokenizers, quote finders and regexes (issue 14)
HOSTILE_CHARS = "\"'“”«»‘’()[]{}<>.,;:!?-—–/\\&#$%*_=+|~`@^ \t\n\r\u00a0\u2028\u200b\ufeff\ud800\udfff😀"
PIECES = ["“a” ", '"a ', "He said: ", "said ", " ", "\n", "\n\n", "(", ")", "<div>", "&#99999999999;", "&#xD800;",
          "Mr. ", "1,000 ", "on 3 March 2020 ", "—", "...", "'", "\"", "http://a/", "a-", "Monday, ", "!?", "\u00a0",
          "« ", " »", "according to ", "not ", "Smith ", "The ", ". "]


@st.composite
def hostile_text(draw: Any, max_runs: int = 2000) -> str:
    """Arbitrary text, a long run of one hostile piece, or a mix of both."""
    kind = draw(st.sampled_from(["unicode", "run", "mix", "chars"]))
    if kind == "unicode":
        return str(draw(st.text(max_size=300)))
    if kind == "chars":
        return str(draw(st.text(alphabet=HOSTILE_CHARS, max_size=3000)))
    if kind == "run":
        return str(draw(st.sampled_from(PIECES))) * int(draw(st.integers(1, max_runs)))
    parts = draw(st.lists(st.tuples(st.sampled_from(PIECES), st.integers(1, max_runs // 10)), max_size=12))
    words = draw(st.text(max_size=100))
    return "".join(p * n for p, n in parts) + words


@dataclass(slots=True, frozen=True)
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    run: Callable[[Any], object]
    warm: Any = "Warm up: the model said “yes” on 3 March."  # run once untimed (imports, model load)

    def warm_up(self) -> None:
        try:
            self.run(self.warm)
        except Exception as exc:  # a refusal is fine here; only the imports matter
            if not is_expected(exc):
                raise


def _decode(data: bytes) -> object:
    from storyline.ingest.decode import decode_bytes

    return decode_bytes(data, source="fuzz", html=True)


def _jsonl(text: str) -> object:
    from storyline.ingest.jsonl import read_jsonl_stream

    line = json.dumps({"text": text, "title": text[:50]}).encode() + b"\n"
    return list(read_jsonl_stream(io.BytesIO(line + text.encode("utf-8", "surrogatepass")), source="fuzz.jsonl"))


def _feed(text: str) -> object:
    from storyline.ingest.feeds import read_feed_bytes

    body = text.encode("utf-8", "surrogatepass")
    data = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>' + body[:100] + b"</title><item><title>"
            + body[:50] + b"</title><description>" + body + b"</description></item><item><title>ok</title>"
            b"<description>Fine.</description></item></channel></rss>")
    return list(read_feed_bytes(data, source="fuzz.rss"))


def _warc(data: bytes) -> object:
    from storyline.ingest.warc import read_warc_stream

    head = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: %d\r\n\r\n" % len(data)
    return list(read_warc_stream(io.BytesIO(head + data), source="fuzz.warc"))


def _clean(markup: str) -> object:
    from storyline.ingest.decode import valid_unicode
    from storyline.model import RawDocument
    from storyline.pipeline.runner import clean_document
    from storyline.settings import load_settings

    doc = RawDocument(source="fuzz.html", kind="html", content=valid_unicode(markup))
    return clean_document(doc, load_settings(None))


def _extract(text: str) -> object:
    from storyline.extract.nlp import parse_selectively
    from storyline.extract.stages import extract_article
    from storyline.ingest.decode import valid_unicode
    from storyline.model import Article, RawDocument

    text = valid_unicode(text)
    article = Article.from_raw(RawDocument(source="fuzz.txt", kind="text", content=text))
    article.body = text
    return extract_article(article, next(parse_selectively([text])), ("Reuters",))


def _marks(text: str) -> object:
    from storyline.extract.marks import find_marked

    return find_marked(text)


def _times(text: str) -> object:
    from storyline.extract.times import find_times

    return find_times(text, dt.date(2020, 3, 3))


def _url(url: str) -> object:
    from storyline.fetch import GuardedClient

    def public(host: str, port: int) -> list[Any]:
        return [ipaddress.ip_address("93.184.216.34")]

    with GuardedClient(resolver=public) as client:
        return client.check(url)


_URLS = st.one_of(st.text(max_size=200), st.builds(lambda h, p: f"http://{h}/{p}", st.text(max_size=60),
                                                   st.text(max_size=60)))
TARGETS = [
    Target("decode", st.one_of(st.binary(max_size=5000), hostile_text().map(
        lambda t: t.encode("utf-8", "surrogatepass"))), _decode, b"warm"),
    Target("jsonl", hostile_text(), _jsonl),
    Target("feed", hostile_text(), _feed),
    Target("warc", st.one_of(st.binary(max_size=3000), hostile_text().map(
        lambda t: b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + t.encode("utf-8", "surrogatepass"))), _warc,
           b"HTTP/1.1 200 OK\r\n\r\n<p>warm</p>"),
    Target("clean", hostile_text().map(lambda t: f"<html><body><p>{t}</p><div>{t[:500]}</div></body></html>"), _clean),
    Target("extract", hostile_text(max_runs=1500), _extract),
    Target("marks", hostile_text(max_runs=20_000), _marks),
    Target("times", hostile_text(max_runs=5000), _times),
    Target("url", _URLS, _url),
]
BY_NAME = {t.name: t for t in TARGETS}


def is_expected(exc: BaseException) -> bool:
    """A named storyline error is a refusal the caller handles; anything else is a finding."""
    from storyline.errors import StorylineError

    return isinstance(exc, StorylineError)
