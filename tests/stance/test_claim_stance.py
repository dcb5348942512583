"""`storyline claim`, assess_claim and /api/claims over a store built here."""
from __future__ import annotations

import json

import pytest
from stance_texts import BODIES, CLAIM
from typer.testing import CliRunner

from conftest import make_article
from storyline.cli.main import app
from storyline.errors import InputError
from storyline.model import PublishedDate, Span
from storyline.stance.claims import assess_claim, claim_record
from storyline.store import open_store


def _store(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    store = open_store(url)
    # the quote names what it calls a hoax: one shared word ("spider") is no proposition (stance/quotes.py)
    quote = "“The giant spider found in a Leeds bathroom is a hoax and the photo is fake,” said Jo Bell, a pest control officer."
    day = {"agree": "2024-03-01", "disagree": "2024-03-03", "discuss": "2024-03-02", "unrelated": "2024-03-04"}
    for label, body in BODIES.items():
        text = body + ("\n\n" + quote if label == "disagree" else "")
        spans = []
        if label == "disagree":
            start = text.index("“")
            end = text.index("”") + 1
            spans = [Span(start, end, "QUOTE", "quotes", text[start:end],
                          {"speaker_name": "Jo Bell", "speaker_kind": "person"})]
        store.save_article(make_article(text, source=f"{label}.txt", outlet=f"The {label.title()} Post",
                                        title=f"{label} story", published=PublishedDate(day[label], "day"),
                                        spans=spans))
    return url, store


def test_assess_claim_lists_every_side_by_date_with_sentences_and_quotes(tmp_path):
    _, store = _store(tmp_path)
    found = claim_record(assess_claim(store, CLAIM))
    assert [(a["stance"], a["published"]) for a in found["articles"]] == [
        ("agree", "2024-03-01"), ("discuss", "2024-03-02"), ("disagree", "2024-03-03")]
    assert found["counts"] == {"agree": 1, "disagree": 1, "discuss": 1}
    assert all(a["sentences"] and a["outlet"] for a in found["articles"])
    [quote] = found["quotes"]
    assert quote["speaker"] == "Jo Bell" and quote["stance"] == "disagree"


@pytest.mark.parametrize("text", ["", "   ", "x" * 1001])
def test_an_empty_or_article_long_claim_is_a_named_error(tmp_path, text):
    _, store = _store(tmp_path)
    with pytest.raises(InputError):
        assess_claim(store, text)


def test_claim_command_text_and_json(tmp_path):
    url, _ = _store(tmp_path)
    runner = CliRunner()
    out = runner.invoke(app, ["claim", CLAIM, "--store", url, "--json"], catch_exceptions=False)
    assert out.exit_code == 0
    assert json.loads(out.stdout)["counts"]["disagree"] == 1
    text = runner.invoke(app, ["claim", CLAIM, "--store", url], catch_exceptions=False)
    assert "disagree" in text.stdout and "The Disagree Post" in text.stdout
    empty = runner.invoke(app, ["claim", " ", "--store", url])
    assert empty.exit_code == 1 and "empty claim" in empty.stderr


def test_api_claims(tmp_path):
    from fastapi.testclient import TestClient

    from storyline.serve.app import create_app

    _, store = _store(tmp_path)
    client = TestClient(create_app(store, warm=0), base_url="http://localhost")
    r = client.get("/api/claims", params={"q": CLAIM})
    assert r.status_code == 200 and r.json()["counts"] == {"agree": 1, "disagree": 1, "discuss": 1}
    assert client.get("/api/claims", params={"q": ""}).status_code == 422
    assert client.get("/api/claims", params={"q": CLAIM, "story": "nope"}).status_code == 404


def test_claims_page_lists_the_sides_escaped(tmp_path):
    from fastapi.testclient import TestClient

    from storyline.serve.app import create_app

    _, store = _store(tmp_path)
    client = TestClient(create_app(store, warm=0), base_url="http://localhost")
    empty = client.get("/claims")
    assert empty.status_code == 200 and "Write a claim" in empty.text
    page = client.get("/claims", params={"q": CLAIM + " <script>x</script>"})
    assert page.status_code == 200 and "The Disagree Post" in page.text and "Jo Bell" in page.text
    assert "<script>x</script>" not in page.text
