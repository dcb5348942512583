"""Branch probe24's invented story: a Nigerian minister titled 'Alhaji' before his name, the title no part of the
speaker's name (invented text only)."""


def test_a_hajj_honorific_is_no_part_of_the_speakers_name():
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    body = ("The Minister of Fisheries, Alhaji Musa Garba, has ordered a review of all trawler licences.\n\n"
            "\u201cNo licence will be renewed until the review is complete,\u201d the minister said.\n\n"
            "\u201cWe will publish the list of defaulters,\u201d Garba added.")
    speakers = {q.speaker.name for q in find_quotes(body, load_nlp()(body)) if q.speaker}
    assert speakers == {"Musa Garba"}


def test_a_station_named_with_the_filipino_word_for_radio_is_cited():
    from storyline.extract.citations import find_citations

    body = "In an interview with Radyo Silangan on Monday night, the engineer said he had kept copies of the files."
    assert [c.outlet for c in find_citations(body, (), ())] == ["Radyo Silangan"]


def test_a_firm_of_two_surnames_and_llp_is_an_organisation():
    from storyline.extract.entities import find_mentions
    from storyline.extract.nlp import load_nlp

    body = "He said the audit would be conducted by an independent firm, Brennan Walsh LLP, and would take six weeks."
    labels = {m.text: m.label for m in find_mentions(load_nlp()(body), body)}
    assert labels.get("Brennan Walsh LLP") == "ORG"
