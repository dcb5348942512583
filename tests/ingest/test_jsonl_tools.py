"""Issue 15.2: JSONL written by trafilatura, news-please and newspaper4k is read with its metadata.

trafilatura is a dependency, so its file is written by trafilatura itself (extract(..., output_format=
"json")); news-please and newspaper4k are not installed here, so their records carry the fields their
JSON writers emit (news-please's NewsArticle.get_dict(); newspaper4k's Article.to_json()), with the
types they write (author lists, "YYYY-MM-DD HH:MM:SS" dates, nulls).
"""
from __future__ import annotations

import json

import pytest

from storyline.ingest import read_jsonl

PAGE = """<html><head><title>Harbour wells to be tested again | The Harbour Ledger</title>
<meta name="author" content="Marta Okonjo"><meta property="og:site_name" content="The Harbour Ledger">
<meta property="article:published_time" content="2023-03-14T06:00:00Z"></head>
<body><article><h1>Harbour wells to be tested again</h1>
<p>The harbour authority of Port Velana said on Tuesday that it would test every well in the eastern
district again, after residents reported a metallic taste in their water for the third week running.</p>
<p>Residents said the first tests, carried out last year, had covered fewer than half of the wells.</p>
</article></body></html>"""

BODY = ("The harbour authority of Port Velana said on Tuesday that it would test every well again.\n\n"
        "Residents said the first tests had covered fewer than half of the wells.")

NEWS_PLEASE = {"authors": ["Marta Okonjo", "Ilan Brecht"], "date_download": "2023-03-15 09:12:44",
               "date_modify": None, "date_publish": "2023-03-14 06:00:00", "description": "Wells tested again.",
               "filename": "https%3A%2F%2Fledger.example%2Fwells.json", "image_url": None, "language": "en",
               "localpath": None, "maintext": BODY, "source_domain": "ledger.example",
               "title": "Harbour wells to be tested again", "title_page": None, "title_rss": None,
               "url": "https://ledger.example/2023/03/14/wells"}

NEWSPAPER4K = {"url": "https://ledger.example/2023/03/14/wells", "read_more_link": "", "language": "en",
               "title": "Harbour wells to be tested again", "top_image": "", "meta_img": "", "images": [],
               "movies": [], "keywords": [], "keyword_scores": {}, "meta_keywords": [""], "tags": [],
               "authors": ["Marta Okonjo"], "publish_date": "2023-03-14T06:00:00+00:00", "summary": "",
               "meta_description": "", "meta_lang": "en", "meta_favicon": "", "meta_site_name": "The Harbour Ledger",
               "canonical_link": "https://ledger.example/2023/03/14/wells", "text": BODY}


def _read(tmp_path, records):
    path = tmp_path / "tool.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    items = list(read_jsonl(path))
    assert all(hasattr(i, "content") for i in items), items
    return items


def test_trafilatura_json_as_trafilatura_writes_it(tmp_path) -> None:
    trafilatura = pytest.importorskip("trafilatura")
    written = trafilatura.extract(PAGE, output_format="json", with_metadata=True,
                                  url="https://ledger.example/2023/03/14/wells")
    doc = _read(tmp_path, [json.loads(written)])[0]
    assert doc.kind == "text" and "metallic taste" in doc.content
    assert doc.metadata["title"].startswith("Harbour wells to be tested again")
    assert doc.metadata["author"] == "Marta Okonjo"
    assert doc.metadata["published"] == "2023-03-14"
    assert doc.metadata["url"] == "https://ledger.example/2023/03/14/wells"
    assert doc.metadata["outlet"] == "The Harbour Ledger"


def test_news_please_json(tmp_path) -> None:
    doc = _read(tmp_path, [NEWS_PLEASE])[0]
    assert doc.kind == "text" and doc.content == BODY
    assert doc.metadata["author"] == "Marta Okonjo, Ilan Brecht"
    assert doc.metadata["published"] == "2023-03-14 06:00:00"
    assert doc.metadata["title"] == "Harbour wells to be tested again"
    assert doc.metadata["url"] == NEWS_PLEASE["url"] and doc.metadata["language"] == "en"
    assert "outlet" not in doc.metadata  # a domain is not an outlet's name; the cleaner decides


def test_newspaper4k_json(tmp_path) -> None:
    doc = _read(tmp_path, [NEWSPAPER4K])[0]
    assert doc.content == BODY and doc.metadata["author"] == "Marta Okonjo"
    assert doc.metadata["published"] == "2023-03-14T06:00:00+00:00"
    assert doc.metadata["outlet"] == "The Harbour Ledger" and doc.metadata["language"] == "en"


def test_our_own_names_win_over_the_aliases(tmp_path) -> None:
    doc = _read(tmp_path, [{"text": BODY, "title": "Ours", "title_page": "Theirs", "published": "2023-03-01",
                            "date_publish": "2020-01-01 00:00:00", "source": "not a url"}])[0]
    assert doc.metadata["title"] == "Ours" and doc.metadata["published"] == "2023-03-01"
    assert "url" not in doc.metadata


def test_the_tools_shapes_ingest_with_their_dates_and_titles(tmp_path) -> None:
    from typer.testing import CliRunner

    from storyline.cli.main import app

    records = [NEWS_PLEASE, NEWSPAPER4K | {"text": BODY + "\n\nA third paragraph makes this copy its own."}]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "tools.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = f"sqlite:///{tmp_path / 's.db'}"
    env = {"STORYLINE_EXTRACT_ON_INGEST": "false"}
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--store", store], env=env)
    assert result.exit_code == 0, result.output
    out = CliRunner().invoke(app, ["export", "--store", store, "--format", "jsonl", "--kind", "articles"], env=env)
    articles = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(articles) == 2
    assert {a["published"]["date"] for a in articles} == {"2023-03-14"}
    assert {a["title"] for a in articles} == {"Harbour wells to be tested again"}
    assert {a["url"] for a in articles} == {NEWS_PLEASE["url"]}


# schema.org JSON-LD (a NewsArticle as a page embeds it), a NewsAPI `articles` object and a Guardian
# content-API result, with the nesting their documentation shows (objects for authors and sources).
SCHEMA_ORG = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wells to be tested again",
              "datePublished": "2023-03-14T06:00:00Z", "articleBody": BODY, "inLanguage": "en",
              "author": [{"@type": "Person", "name": "Marta Okonjo"}, {"@type": "Person", "name": "Ilan Brecht"}],
              "publisher": {"@type": "Organization", "name": "The Harbour Ledger"},
              "url": "https://ledger.example/2023/03/14/wells"}
NEWSAPI = {"source": {"id": None, "name": "The Harbour Ledger"}, "author": "Marta Okonjo",
           "title": "Harbour wells to be tested again", "description": "Wells tested again.",
           "url": "https://ledger.example/2023/03/14/wells", "urlToImage": None,
           "publishedAt": "2023-03-14T06:00:00Z", "content": BODY}
GUARDIAN = {"id": "world/2023/mar/14/wells", "type": "article", "webPublicationDate": "2023-03-14T06:00:00Z",
            "webTitle": "Harbour wells to be tested again", "webUrl": "https://ledger.example/2023/03/14/wells",
            "fields": {"byline": "Marta Okonjo", "bodyText": BODY}}


@pytest.mark.parametrize("record", [SCHEMA_ORG, NEWSAPI, GUARDIAN], ids=["schema.org", "newsapi", "guardian"])
def test_nested_writers_give_their_document_and_metadata(tmp_path, record) -> None:
    doc = _read(tmp_path, [record])[0]
    assert doc.kind == "text" and doc.content == BODY
    assert doc.metadata["title"] == "Harbour wells to be tested again"
    assert doc.metadata["author"].startswith("Marta Okonjo")
    assert doc.metadata["published"] == "2023-03-14T06:00:00Z"
    assert doc.metadata["url"] == "https://ledger.example/2023/03/14/wells"


def test_a_list_where_another_writer_keeps_text_is_passed_over(tmp_path) -> None:
    # feedparser's entry dump holds `content` as a list of objects; the record's `text` is the document
    doc = _read(tmp_path, [{"content": [{"value": "<p>x</p>"}], "text": BODY}])[0]
    assert doc.content == BODY


def test_an_author_field_of_a_text_record_is_its_byline(tmp_path) -> None:
    from typer.testing import CliRunner

    from storyline.cli.main import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "api.jsonl").write_text(json.dumps(NEWSAPI) + "\n", encoding="utf-8")
    store = f"sqlite:///{tmp_path / 's.db'}"
    env = {"STORYLINE_EXTRACT_ON_INGEST": "false"}
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--store", store], env=env)
    assert result.exit_code == 0, result.output
    out = CliRunner().invoke(app, ["export", "--store", store, "--format", "jsonl", "--kind", "articles"], env=env)
    article = json.loads(out.stdout.splitlines()[0])
    assert article["byline"] == "Marta Okonjo" and article["outlet"] == "The Harbour Ledger"
    assert article["published"]["date"] == "2023-03-14"
