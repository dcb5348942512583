"""Forms of branch probe17's invented story (an Australian university's image-fraud case, 2021-2024):
'Professor' as a name's title, a quote paragraph after reported speech, a TV site's owning group in its
copyright line, a news brand's market, a newsletter and an Australian radio call sign cited, a
father's suffix in provenance, 'Mrs NAME' tagged a law, and newsletter promo lines. Invented text only."""
import pytest

from conftest import make_article
from storyline.model import PublishedDate, Span


@pytest.fixture(scope="module")
def quotes():
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    nlp = load_nlp()
    return lambda text: {q.text[:15]: q.speaker.name for q in find_quotes(text, nlp(text))}


def test_professor_before_a_surname_is_a_title_not_a_given_name(quotes):
    text = ("The vice-chancellor, Professor Ingrid Salo, said the inquiry would start soon.\n\n"
            '"We have learnt hard lessons about listening," Professor Salo said.')
    assert quotes(text)["We have learnt "] == "Ingrid Salo"


def test_a_quote_paragraph_after_a_persons_reported_words_is_theirs(quotes):
    text = ("Ross Delaney and his wife Maree Delaney joined the trial in 2018.\n\n"
            "Mrs Delaney said nobody from the university had contacted them.\n\n"
            '"We trusted them completely. Someone has to pick up the phone."')
    assert quotes(text)["We trusted them"] == "Maree Delaney"
    # an organisation's reported statement lends no speaker to the next paragraph's quote
    org = ("The university said it would contact every patient.\n\n"
           '"We trusted them completely. Someone has to pick up the phone."')
    assert quotes(org)["We trusted them"] is None


def test_a_stations_owning_group_in_the_copyright_line_is_not_its_outlet():
    from storyline.clean.stages import cleaning_stages
    from storyline.model import Article
    from storyline.pipeline import run_stages

    body = ("A Brisbane couple who took part in an early trial of a heart drug say they want answers.\n\n"
            "Ross Delaney, 68, and his wife joined the trial at the university in 2018 and were told it was safe.\n\n"
            "A university spokeswoman said trial participants would be contacted this week by letter.\n")
    raw = ("QBN9 NEWS Brisbane\n\nLatest  Queensland  Weather  Traffic  Watch Live  Contests\n\n"
           "Patients in heart drug trial 'worried' after research questions\n\nBy Jess Corrigan\n\n"
           f"{body}\nCopyright 2021 Southern Skies Media. All rights reserved.\n")
    result = run_stages(Article(id="a", source="a.txt", kind="text", raw=raw), cleaning_stages())
    assert result.article is not None
    assert (result.article.outlet or "").casefold() == "qbn9 news"


def test_media_group_holders_and_news_brand_markets():
    from storyline.clean.outlet import is_media_group, without_market

    assert is_media_group("Southern Skies Media") and is_media_group("Kestrel Broadcasting")
    assert not is_media_group("Media") and not is_media_group("The Harbour Ledger")
    assert without_market("QBN9 NEWS Brisbane") == "QBN9 NEWS"
    assert without_market("CBS News Chicago") == "CBS News"
    assert without_market("The Hamilton News Herald") == "The Hamilton News Herald"  # a masthead word goes on
    assert without_market("Sky News") == "Sky News"


def test_a_newsletter_named_after_its_noun_is_cited():
    from storyline.extract.citations import find_citations

    def cited(text):
        return [c.outlet for c in find_citations(text, known_outlets=["Harbour Notes"])]

    assert cited("The problems were first reported by Dr Ana Ruiz in her newsletter, Harbour Notes, last week.") == [
        "Harbour Notes"]
    assert cited("Dr. Ana Ruiz, whose newsletter Harbour Notes first flagged the images in 2021, said she was glad.") == [
        "Harbour Notes"]
    assert cited("The study was published in the Journal of Medicine in March.") == []


def test_an_australian_radio_call_sign_after_radio_is_an_outlet():
    from storyline.extract.citations import find_citations

    assert [c.outlet for c in find_citations("Dr Menon told Radio 4MB last year that patients were forgotten.")] == [
        "Radio 4MB"]
    assert [c.outlet for c in find_citations("The phone has 4GB of memory, she told reporters.")] == []


def test_a_fathers_suffix_is_no_surname_when_a_dated_citation_checks_its_people():
    """'Whitcombe told The Australian Ledger in August 2021': the mention is 'Graham Whitcombe Sr.', whose
    surname is Whitcombe, not 'Sr', so the cited month's article naming him resolves."""
    from storyline.link.provenance import citation_links

    target_body = "Professor Graham Whitcombe rejected the claims."
    target = make_article(target_body, outlet="The Australian Ledger", published=PublishedDate("2021-08-21", "day"),
                          spans=[Span(10, 26, "PERSON", "entities", "Graham Whitcombe", {"name": "Graham Whitcombe"})])
    body = "Whitcombe told The Australian Ledger in August 2021 that no image had been altered."
    citing = make_article(body, published=PublishedDate("2022-03-16", "day"), spans=[
        Span(0, len(body), "CITATION", "citations", body, {"outlet": "The Australian Ledger", "time": "2021-08"}),
        Span(0, 9, "PERSON", "entities", "Whitcombe", {"name": "Graham Whitcombe Sr."})])
    assert {x.article_id: x.resolves_to for x in citation_links([target, citing])} == {citing.id: target.id}


def test_a_surname_after_a_courtesy_title_tagged_a_law_is_a_person():
    from storyline.extract.entities import find_mentions
    from storyline.extract.nlp import load_nlp

    text = ("Ross Delaney and his wife Maree Delaney joined the trial.\n\n"
            '"I was told this drug was my best chance," Mr Delaney said.\n\nMrs Delaney said nobody had called.')
    people = {m.text for m in find_mentions(load_nlp()(text), text) if m.label == "PERSON"}
    assert {"Mr Delaney", "Mrs Delaney"} <= people


def test_newsletter_and_partnership_lines_are_not_the_story():
    from storyline.clean.lines import explicit_reason as reason

    assert reason("Thanks for reading Duplicated! Subscribe for free to receive new posts and support my work.") == "promo"
    assert reason("Want more stories like this? Sign up for The Monitor Weekly.") == "promo"
    assert reason("This story was produced in partnership with The Australian Ledger.") == "credit"
    assert reason("Thanks for reading this far, the mayor told the council.") is None


def test_a_newsletters_closing_call_set_aside_still_names_it():
    """'Thanks for reading NAME! Subscribe …' is dropped from the body as a promo, and still names the outlet."""
    from storyline.clean.stages import cleaning_stages
    from storyline.model import Article
    from storyline.pipeline import run_stages

    body = ("Over the past six weeks I have gone through every paper the laboratory published since 2012.\n\n"
            "In 14 of those papers I found images that appear more than once, each labelled as another experiment.\n\n"
            "I sent my findings to the university on August 2, and it has not replied to any of my messages.\n")
    raw = (f"Fourteen papers, one lab\n\n{body}\nThanks for reading Harbour Notes! Subscribe for free to receive new posts "
           "and support my work.\n")
    article = run_stages(Article(id="a", source="a.txt", kind="text", raw=raw), cleaning_stages()).article
    assert article is not None and "Thanks for reading" not in article.body
    assert article.outlet == "Harbour Notes"
