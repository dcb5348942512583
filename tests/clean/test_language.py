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
