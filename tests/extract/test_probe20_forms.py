"""Forms an invented story of branch probe20 (a stolen church relic found in a museum abroad: an Irish daily, a
US wire, a public radio station, an art-trade weekly, a magazine, a newsletter) read wrong, on invented text."""
from storyline.clean.byline import read_byline
from storyline.clean.outlet import site_from_title
from storyline.clean.text import clean_text


def test_a_bare_call_sign_beside_its_station_s_description_is_the_station():
    assert site_from_title("WKDX | Lakeland Public Radio") == "WKDX"
    assert site_from_title("Lakeland Public Radio | WKDX") == "WKDX"
    # four capitals beside no medium word are as often a section label
    assert site_from_title("KIDS | Fun Stuff") is None
    # and the call sign is no reporter's name in 'X | Outlet'
    assert read_byline("WKDX | Lakeland Public Radio") is None
    found = read_byline("Jane Doe | Lakeland Public Radio")
    assert found is not None and found.names == ("Jane Doe",)


def test_fr_is_a_priest_s_title_not_his_given_name():
    from storyline.extract.article_people import clean_name
    from storyline.extract.names import strip_titles

    assert clean_name(["Fr", "Aidan", "Kearney"]) == ["Aidan", "Kearney"]
    assert clean_name(["Fr.", "Kearney"]) == ["Kearney"]
    assert strip_titles("Fr Aidan Kearney") == "Aidan Kearney"
    # a given name that only starts so stays
    assert clean_name(["Fred", "Kearney"]) == ["Fred", "Kearney"]


def test_a_definite_museum_speaks_as_the_museum_named_before():
    from storyline.extract.quotes import find_quotes

    body = ("The Wexcombe Museum of Art's board met on Monday to discuss the loan.\n\n"
            'The museum said in a statement that it had "cooperated fully with the inquiry."')
    quotes = [q for q in find_quotes(body) if "cooperated fully" in q.text]
    # the body's name, without the possessive it was named with ("The … Museum of Art's board")
    assert quotes and quotes[0].speaker.kind == "org" and quotes[0].speaker.name == "Wexcombe Museum of Art"


_PROSE = ["The museum filed its lawsuit in federal court on Tuesday, seeking the return of the money it paid.",
          "The complaint says the dealer knew or should have known that the object had been stolen from a church.",
          "A lawyer for the gallery said the suit was without merit and that the gallery would defend it in court.",
          "The case is the third this year in which a museum has sued a dealer over an object later seized."]


def test_a_two_writer_bio_box_and_a_newsletter_s_forward_call_are_no_body():
    page = "\n\n".join(["THE SAMPLE LEDGER", "Market  Museums  Heritage  Law", "Museum sues dealer over seized relic",
                        "Words: Jane Roe and John Doe", *_PROSE,
                        "Jane Roe and John Doe cover heritage and the law for The Sample Ledger.", "© The Sample Ledger Ltd 2023"])
    body = clean_text(page).body
    assert _PROSE[-1] in body and "cover heritage" not in body
    page = "\n\n".join(["The Sample Desk", "Home  Archive  About", "What the settlement tells buyers", "Hal Roe | The Sample Desk",
                        "Jan 16, 2025", *_PROSE,
                        "Thanks for reading The Sample Desk. Forward this to a colleague who buys at auction."])
    body = clean_text(page).body
    assert _PROSE[-1] in body and "Forward this" not in body


def test_fr_with_its_period_ends_no_sentence():
    from storyline.extract.sentences import split_sentences

    text = "In Ireland, Fr. Aidan Kearney told a local station on Tuesday that the village would wait."
    assert len(split_sentences(text)) == 1
    assert len(split_sentences("The village waited. Kearney said so.")) == 2


def test_co_before_a_county_s_name_is_county():
    from storyline.extract.names import spelling_key

    assert spelling_key("co kerry") == spelling_key("county kerry")
    # after a name it is still a company's 'Co.'
    assert spelling_key("pell and co") == spelling_key("pell and company")


def test_a_name_after_two_titles_the_model_tagged_apart_is_one_person():
    from storyline.extract.entities import find_mentions
    from storyline.extract.nlp import parse_one

    text = '"It was reported within hours," said Detective Sergeant Ciarán Tobin, who now leads the inquiry.'
    found = [(m.text, m.label) for m in find_mentions(parse_one(text), text)]
    assert ("Detective Sergeant Ciarán Tobin", "PERSON") in found
    assert not any(label == "GPE" for _, label in found)


def test_a_saint_s_name_before_a_church_is_the_church():
    from storyline.extract.entities import find_mentions
    from storyline.extract.nlp import parse_one

    text = "The relic disappeared from St Aidan's Church in Ballyrow in November 1987."
    found = [(m.text, m.label) for m in find_mentions(parse_one(text), text)]
    assert ("St Aidan's Church", "FAC") in found
    assert not any(label == "PERSON" for _, label in found)


def test_a_museum_called_by_its_first_word_is_the_museum():
    from storyline.extract.entities import ArticleEntity, Mention, find_mentions
    from storyline.extract.nlp import parse_one
    from storyline.link.entity_merge import merge_entities

    text = ("The Wexcombe Museum of Art said it was reviewing the claim.\n\n"
            "The museum, known around town simply as the Wexcombe, was founded in 1931.")
    found = [(m.text, m.label) for m in find_mentions(parse_one(text), text)]
    assert ("Wexcombe", "ORG") in found
    full = ArticleEntity("ORG", "Wexcombe Museum of Art", [Mention(0, 22, "Wexcombe Museum of Art", "ORG")])
    short = ArticleEntity("ORG", "Wexcombe", [Mention(90, 98, "Wexcombe", "ORG")])
    merged = merge_entities({"a": [full], "b": [short]})
    assert len(merged) == 1


def test_a_yearless_day_near_a_full_date_takes_that_date_s_year():
    import datetime as dt

    from storyline.extract.times import find_times

    text = ("A police file shows the theft was reported on November 22nd, 1987. The relic was taken between "
            "the evening Mass on Saturday, November 21st, and the next morning.")
    values = {t.text: t.value for t in find_times(text, dt.date(2022, 3, 21))}
    assert values["Saturday, November 21st"] == "1987-11-21"
    # a yearless day far from it, or after a year alone, is still the one nearest the publication date
    values = {t.text: t.value for t in find_times("Sales rose in 2019. The store closes on March 25.", dt.date(2022, 3, 21))}
    assert values["March 25"] == "2022-03-25"
    values = {t.text: t.value for t in find_times("It opened on June 2, 1990. It closes on March 25.", dt.date(2022, 3, 21))}
    assert values["March 25"] == "2022-03-25"


def test_two_bodies_tagged_as_one_span_are_two_when_the_corpus_names_each():
    from storyline.extract.entities import ArticleEntity, Mention
    from storyline.link.entity_merge import merge_entities

    both = ArticleEntity("ORG", "Wexcombe Museum of Art and Hale & Son",
                         [Mention(4, 41, "Wexcombe Museum of Art and Hale & Son", "ORG")])
    museum = ArticleEntity("ORG", "Wexcombe Museum of Art", [Mention(0, 22, "Wexcombe Museum of Art", "ORG")])
    gallery = ArticleEntity("ORG", "Hale & Son", [Mention(0, 10, "Hale & Son", "ORG")])
    names = {e.name for e in merge_entities({"a": [both], "b": [museum], "c": [gallery]})}
    assert names == {"Wexcombe Museum of Art", "Hale & Son"}
    # a name with 'and' in it whose sides the corpus does not name apart stays one
    one = ArticleEntity("ORG", "Department of Health and Human Services",
                        [Mention(0, 39, "Department of Health and Human Services", "ORG")])
    assert {e.name for e in merge_entities({"a": [one], "c": [gallery]})} == {"Department of Health and Human Services", "Hale & Son"}


def test_a_courtesy_title_finds_the_namesake_named_with_a_suffix():
    from storyline.extract.quotes import find_quotes

    body = ("Conrad Hale Jr., who runs the gallery, said his father had bought it at auction.\n\n"
            '"There is no record anywhere that it was ever stolen," Mr Hale said.')
    quotes = [q for q in find_quotes(body) if "no record" in q.text]
    assert quotes and quotes[0].speaker.name == "Conrad Hale Jr."
