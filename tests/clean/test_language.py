from conftest import make_article
from storyline.clean.language import assign_language, detect_language, is_english


def test_german_and_japanese_pages_are_told_apart_from_english():
    german = make_article(body="Die Stadt hat am Montag den Hafen wieder geöffnet, sagte der Bürgermeister. "
                               "Die Schiffe dürfen ab sofort wieder anlegen.")
    japanese = make_article(body="市は月曜日に港を再開したと市長が述べた。船は直ちに再び停泊できる。")
    english = make_article(body="The city reopened the port on Monday, the mayor said. Ships may dock again.")
    assert [assign_language(a).language for a in (german, japanese, english)] == ["de", "ja", "en"]
    assert [is_english(a) for a in (german, japanese, english)] == [False, False, True]
    assert "py3langid" in german.evidence["language"]


def test_too_little_text_is_unknown_and_english_nlp_may_run():
    article = assign_language(make_article(body="OK 12"))
    assert article.language is None and is_english(article)
    assert detect_language("") is None


def test_german_and_japanese_pages_are_ingested_with_their_language_and_no_english_entities(tmp_path):
    """Through the whole pipeline: the language is stored and the English NLP stages are skipped."""
    from storyline.pipeline.runner import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "de.html").write_text(
        "<html><head><title>Hafen wieder offen</title></head><body><article><h1>Hafen wieder offen</h1>"
        "<p>Was die Stadt am Montag beschlossen hat, überraschte viele: Der Bürgermeister sagte, der Hafen "
        "werde sofort wieder geöffnet, und die Schiffe könnten noch in dieser Woche anlegen.</p>"
        "<p>Die Händler am Kai begrüßten die Entscheidung, denn seit dem Sturm im Winter war der Hafen "
        "geschlossen und viele Geschäfte mussten schließen.</p></article></body></html>", encoding="utf-8")
    (folder / "ja.html").write_text(
        "<html><head><title>港が再開</title></head><body><article><h1>港が再開</h1>"
        "<p>市は月曜日に港を再開したと市長が述べた。船は直ちに再び停泊できる。冬の嵐以来、港は閉鎖されていた。</p>"
        "<p>岸壁の商人たちはこの決定を歓迎した。多くの店が閉店を余儀なくされていたからだ。</p>"
        "</article></body></html>", encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    report = ingest([folder], store, load_settings(tmp_path / "none.toml", workers=1))
    assert len(report.added) == 2 and report.failures == []
    by_lang = {a.language: a for a in store.list_articles()}
    assert set(by_lang) == {"de", "ja"}
    for article in by_lang.values():
        assert not [s for s in article.spans if s.stage == "entities"], article.language
        assert "parse" not in article.stages
    store.close()


def test_stop_list_coverage_by_word_index_counts_as_each_list_would() -> None:
    from collections import Counter

    from storyline.clean.stopwords import _coverages, stoplists

    counts = Counter(["the", "of", "and", "der", "die", "und", "le", "la", "les", "de", "el", "que", "il", "che", "e", "o", "a"] * 3 + ["harbour"])
    assert _coverages(counts) == {lang: sum(n for w, n in counts.items() if w in words)
                                  for lang, words in stoplists().items()}
