"""The lead's thirty-seventh invented story: a wire cited at a sentence's start, a barrister's title, a
hyphenated unit's acronym, a league's name after 'The Premier' (invented text only)."""
from storyline.extract.names import acronym_spellings, looks_like_org


def test_a_news_agency_opening_a_sentence_is_cited():
    from storyline.extract.citations import find_citations

    [citation] = find_citations("News agency SPA reported on Monday that the adviser had criticised the club.", (), ())
    assert citation.outlet == "SPA"


def test_a_barristers_title_is_no_part_of_the_speakers_name():
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    body = "\u201cHe has done nothing wrong and he will clear his name,\u201d his lawyer, Barrister Kamal Rashid, said."
    [quote] = find_quotes(body, load_nlp()(body))
    assert quote.speaker.name == "Kamal Rashid"


def test_a_hyphenated_word_gives_an_initial_for_each_part():
    assert "acu" in acronym_spellings("Anti-Corruption Unit")


def test_a_league_is_an_organisation():
    assert looks_like_org("Premier T20 League") and looks_like_org("Arab League")


def test_a_colon_dateline_opening_the_story_is_no_speaker():
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    body = ("MULTAN: The cricket board fined the Multan Hawks eight million rupees on Monday for failing to report an "
            "approach made to one of their players, the board said.\n\n\u201cWe accept the decision,\u201d the "
            "club's chief executive said.")
    assert all((q.speaker.name or "").casefold() != "multan" for q in find_quotes(body, load_nlp()(body)))
    # a transcript's heads are its speakers
    transcript = "PENCE: Well, I think the president has been very clear.\n\nKAINE: That is not true at all."
    assert {q.speaker.name for q in find_quotes(transcript, load_nlp()(transcript))} == {"Pence", "KAINE"}


def test_the_state_and_party_of_a_lawmaker_describe_him():
    """lead38: 'the Florida Republican said' went to a body called 'Republican'."""
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    body = ("Sen. Rick Dolan said Wednesday that the sanctions should never have been eased.\n\n"
            "\u201cWe told you so. He was never going to leave,\u201d the Florida Republican said.")
    [quote] = [q for q in find_quotes(body, load_nlp()(body)) if "told you" in q.text]
    assert quote.speaker.name == "Rick Dolan"


def test_a_colon_dateline_is_parsed_apart_from_the_lede():
    """lead37: 'LAHORE: The board fined …, the board said in a statement.' gave a claim of saying only."""
    from storyline.clean.wire_dateline import colon_dateline_end
    from storyline.extract.claims import find_claims
    from storyline.extract.nlp import parse_selectively

    body = ("MULTAN: The cricket board fined the Multan Hawks eight million rupees on Monday for failing to report "
            "an approach made to one of their players, the board said in a statement.")
    assert colon_dateline_end(body) == len("MULTAN: ")
    assert colon_dateline_end("PENCE: Well.") is None
    assert "fine" in {c.predicate for c in find_claims(next(parse_selectively([body])))}
