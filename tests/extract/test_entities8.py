"""Entity and speaker fixes found on entities8's invented stories (an admissions scandal, a dam
permit): abbreviated name words, ..."""
import pytest

from extract.test_entities import mentions as _mentions
from storyline.extract.entities import Mention


@pytest.fixture(scope="module")
def nlp():
    pytest.importorskip("spacy")
    from storyline.extract.nlp import load_nlp

    return load_nlp()


def test_an_abbreviated_name_word_ends_no_sentence(nlp):
    from storyline.extract.nlp import make_doc_bounded
    from storyline.extract.sentences import split_sentences

    text = "The Natl. Fisheries Service confirmed it. Town manager Cheryl Okafor said Ft. Kessel had asked."
    assert [s.text for s in split_sentences(text)] == [
        "The Natl. Fisheries Service confirmed it.", "Town manager Cheryl Okafor said Ft. Kessel had asked."]
    words = [t.text for t in make_doc_bounded(nlp, text)]
    assert "Natl." in words and "Ft." in words
    # a lower-case word is no name's abbreviation: '6 ft.' keeps spaCy's own tokens
    assert "Dept." in [t.text for t in make_doc_bounded(nlp, "They asked the Dept. of Works.")]


def test_an_abbreviated_head_the_recognizer_left_out_joins_the_name_after_of():
    from storyline.extract.mention_spans import join_abbreviated_heads

    body = "The Dept. of Collegiate Affairs confirmed it had received the request."
    b = body.index("Collegiate")
    cut = [Mention(b, b + 18, "Collegiate Affairs", "ORG")]
    assert [m.text for m in join_abbreviated_heads(cut, body)] == ["The Dept. of Collegiate Affairs"]
    # a name after 'of' with no abbreviated head before it stays as it is
    body = "The mayor of Collegiate Affairs said so."
    b = body.index("Collegiate")
    assert [m.text for m in join_abbreviated_heads([Mention(b, b + 18, "Collegiate Affairs", "ORG")], body)] == [
        "Collegiate Affairs"]


def test_a_given_name_opening_a_three_word_name_is_kept_beside_its_bare_surname():
    from storyline.extract.mention_spans import trim_headline_words

    body = ("A spokeswoman for the firm, Priscilla Van Allen, said the bids were public.\n\n"
            "\"We won those jobs fairly,\" Van Allen said.")
    a, b = body.index("Priscilla"), body.index("Van Allen said")
    found = [Mention(a, a + 19, "Priscilla Van Allen", "PERSON"), Mention(b, b + 9, "Van Allen", "PERSON")]
    assert [m.text for m in trim_headline_words(found, body)] == ["Priscilla Van Allen", "Van Allen"]
    # a headline's verb run into the name is still cut
    body = "Board Hires Maurice Cheeks\n\nThe board hired Cheeks on Monday."
    a, b = body.index("Hires"), body.index("Cheeks on")
    found = [Mention(a, a + 20, "Hires Maurice Cheeks", "PERSON"), Mention(b, b + 6, "Cheeks", "PERSON"),
             Mention(a + 6, a + 20, "Maurice Cheeks", "PERSON")]
    assert trim_headline_words(found, body)[0].text == "Maurice Cheeks"


def test_commissioner_is_a_title_before_a_name():
    from storyline.extract.names import strip_titles

    assert strip_titles("Commissioner Lucas Brannigan Sr.") == "Lucas Brannigan Sr"
    assert strip_titles("Commissioner", person=True) == "Commissioner"



def _merged(**articles: list[tuple[str, str]]):
    from storyline.extract.entities import link_mentions
    from storyline.link.entity_merge import merge_entities

    entities = merge_entities({k: link_mentions(_mentions(*v)) for k, v in articles.items()})
    return sorted(sorted(m.text for _, m in e.mentions) for e in entities), entities


def test_a_companys_name_without_its_designator_or_clipped_is_the_company_not_a_person():
    groups, entities = _merged(a=[("Orvane Hydroelectric Company", "ORG")], b=[("Orvane Hydro", "PERSON")],
                               c=[("Orvane Hydroelectric", "PERSON")], d=[("Keystone Pathways LLC", "ORG")],
                               e=[("Keystone Pathways", "PERSON")])
    assert ["Orvane Hydro", "Orvane Hydroelectric", "Orvane Hydroelectric Company"] in groups
    assert ["Keystone Pathways", "Keystone Pathways LLC"] in groups
    assert all(e.type == "ORG" for e in entities)
    # a person named like the company's founder stays a person
    groups, entities = _merged(a=[("Walter Keystone Co.", "ORG")], b=[("Walter Keystone", "PERSON")])
    assert sorted(e.type for e in entities) == ["ORG", "PERSON"]


def test_a_titled_bare_surname_joins_the_namesake_the_corpus_gave_that_title():
    groups, _ = _merged(a=[("Commissioner Lucas Brannigan Sr.", "PERSON")],
                        b=[("Lucas Brannigan Jr.", "PERSON"), ("Brannigan Jr.", "PERSON"), ("Brannigan Jr.", "PERSON")],
                        c=[("Commissioner Brannigan", "PERSON")])
    assert ["Commissioner Brannigan", "Commissioner Lucas Brannigan Sr."] in groups


def test_an_institution_called_by_its_one_distinctive_word_is_that_institution():
    groups, _ = _merged(a=[("Carrowmore University", "ORG")], b=[("Carrowmore", "ORG")], c=[("Wasilla", "GPE")],
                        d=[("Wasilla Bible Church", "ORG")])
    assert ["Carrowmore", "Carrowmore University"] in groups
    assert ["Wasilla"] in groups  # a place the institution is named for stays the place
    groups, _ = _merged(a=[("Harbour Times", "ORG")], b=[("Harbour", "ORG")])
    assert ["Harbour"] in groups  # a paper named for its town is no institution called by its first word


def _speaker_of(text: str, piece: str, nlp) -> str | None:
    from storyline.extract.quotes import find_quotes

    doc = nlp(text)
    hits = [q for q in find_quotes(text, doc) if piece in q.text]
    assert hits, piece
    return hits[0].speaker.name


def test_the_current_holder_is_not_the_former_one_and_a_predecessor_is_the_former(nlp):
    text = ("“The rules are strict,” said Ilse Marwick, the agency's director.\n\n"
            "The plan was approved after the former director of the agency, Walter Pennock, had twice sent it "
            "back. Pennock left the agency in 2023. The current director said the firm had answered every question.")
    assert _speaker_of(text, "the firm had answered", nlp) == "Ilse Marwick"
    text = ("The finance director, Ilse Marwick, said she had ended the practice. “I closed it,” the director said.\n\n"
            "Her predecessor, Walter Pennock, who retired in 2023, said the fund had existed before his time. "
            "The former director said he never saw a payment made without approval.")
    assert _speaker_of(text, "he never saw a payment", nlp) == "Walter Pennock"


def test_his_wife_as_a_source_is_the_wife_the_article_named_beside_those_words(nlp):
    text = ("Harold Quenby and his wife, Edith Quenby, said they paid the firm $9,000.\n\n"
            "“We were told it was a fee for coaching,” Mr. Quenby said. His wife said the firm later asked for more.")
    assert _speaker_of(text, "the firm later asked", nlp) == "Edith Quenby"
    # two wives named so: no one is taken
    text = ("Harold Quenby and his wife, Edith Quenby, spoke first. Paul Tarrow and his wife, Nina Tarrow, spoke next.\n\n"
            "His wife said the firm later asked for more.")
    assert _speaker_of(text, "the firm later asked", nlp) is None


def test_a_ticker_symbol_names_the_company_it_follows():
    from storyline.extract.entities import link_mentions
    from storyline.extract.stated_names import stated_names

    body = ("Velmont Hydro Co. said the permit was sound. Its shares, which trade under the symbol VLMH, "
            "fell. VLMH closed at $31.")
    found = [Mention(0, 17, "Velmont Hydro Co.", "ORG"), Mention(body.index("VLMH closed"), body.index("VLMH closed") + 4, "VLMH", "ORG")]
    linked = link_mentions(stated_names(found, body))
    assert [sorted(m.text for m in e.mentions) for e in linked] == [["VLMH", "VLMH", "Velmont Hydro Co."]]
    body = "Velmont Hydro Co. (NASDAQ: VLMH) fell. Traders sold VLMH."
    linked = link_mentions(stated_names([Mention(0, 17, "Velmont Hydro Co.", "ORG")], body))
    assert [sorted(m.text for m in e.mentions) for e in linked] == [["VLMH", "VLMH", "Velmont Hydro Co."]]


def test_a_banks_name_without_its_trade_head_and_its_ticker_are_the_bank():
    from storyline.extract.entities import link_mentions
    from storyline.extract.stated_names import stated_names

    groups, entities = _merged(a=[("Quarry Trust Bancorp", "ORG")], b=[("Quarry Trust", "PERSON")],
                               c=[("Quarry Trust", "ORG")])
    assert groups == [["Quarry Trust", "Quarry Trust", "Quarry Trust Bancorp"]] and entities[0].type == "ORG"
    body = "Quarry Trust, which trades under the ticker QTBC, fell. QTBC lost 9 percent."
    found = [Mention(0, 12, "Quarry Trust", "PERSON")]
    linked = link_mentions(stated_names(found, body))
    assert [sorted(m.text for m in e.mentions) for e in linked] == [["QTBC", "QTBC", "Quarry Trust"]]


def test_a_surname_a_courtesy_title_gives_makes_the_full_name_a_person_whatever_its_tag():
    from storyline.extract.entities import correct_labels

    fixed = correct_labels(_mentions(("Anjali Ravensworth", "ORG"), ("Ms. Ravensworth", "PERSON"), ("Ravensworth Capital", "ORG")))
    assert [m.label for m in fixed] == ["PERSON", "PERSON", "ORG"]


def test_a_one_word_name_after_a_capitalised_role_is_a_person():
    from storyline.extract.entities import correct_labels

    body = "Director Velasquez-Hart said the board would keep its review open. Banking Velmont rose."
    found = [Mention(9, 23, "Velasquez-Hart", "ORG"), Mention(body.index("Velmont"), body.index("Velmont") + 7, "Velmont", "ORG")]
    assert [m.label for m in correct_labels(found, body)] == ["PERSON", "ORG"]


def test_an_untagged_abbreviated_body_after_a_place_is_one_organisation():
    from storyline.extract.mention_spans import untagged_abbreviated_bodies

    body = "She asked why the Nebraska Dept. of Banking had missed the errors."
    place = Mention(body.index("Nebraska"), body.index("Nebraska") + 8, "Nebraska", "GPE")
    assert [m.text for m in untagged_abbreviated_bodies([place], body)] == ["Nebraska Dept. of Banking"]
    # a span the recognizer made over it stays
    whole = Mention(body.index("the Nebraska"), body.index(" had"), "the Nebraska Dept. of Banking", "ORG")
    assert untagged_abbreviated_bodies([whole], body) == [whole]


def test_a_body_ending_in_its_head_and_of_a_place_is_one_name():
    from storyline.extract.mention_spans import bodies_of_places

    body = "The Federal Reserve Bank of Kestrel City said it was aware. Officials of Kestrel City agreed."
    a, b = body.index("Kestrel"), body.index("Officials")
    found = [Mention(0, 24, "The Federal Reserve Bank", "ORG"), Mention(a, a + 12, "Kestrel City", "GPE"),
             Mention(b + 13, b + 25, "Kestrel City", "GPE")]
    assert [m.text for m in bodies_of_places(found, body)] == ["The Federal Reserve Bank of Kestrel City", "Kestrel City"]


def test_a_one_word_name_tagged_a_thing_before_a_verb_of_saying_is_a_person():
    """'"This is the beginning," Delaney said' with 'Delaney' tagged LAW made an entity of its own beside
    Marcus Delaney (branch probe14); a law named before other words stays a law."""
    from storyline.extract.entities import correct_labels

    body = '"This is the beginning of the work," Delaney said. The Harlan Act requires a review.'
    found = [Mention(body.index("Delaney"), body.index("Delaney") + 7, "Delaney", "LAW"),
             Mention(body.index("Harlan Act"), body.index("Harlan Act") + 10, "Harlan Act", "LAW")]
    assert [m.label for m in correct_labels(found, body)] == ["PERSON", "LAW"]


def test_a_companys_name_less_its_designator_tagged_a_place_in_another_article_is_the_company():
    groups, entities = _merged(a=[("Corvane Asia-Pacific Inc.", "ORG")], b=[("Corvane Asia-Pacific", "GPE")],
                               c=[("New Harlow Post Ltd", "ORG")], d=[("New Harlow", "GPE")])
    assert ["Corvane Asia-Pacific", "Corvane Asia-Pacific Inc."] in groups
    # a place that opens a company's name ('New Harlow' of 'New Harlow Post Ltd') stays the place
    assert ["New Harlow"] in groups
    assert sorted(e.type for e in entities) == ["GPE", "ORG", "ORG"]
