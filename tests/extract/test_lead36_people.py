"""The lead's thirty-sixth invented story: a Malaysian official titled 'Datuk' and called by his given name on
second reference, and an outlet cited with its country in the possessive after 'told' (invented text only)."""


def test_a_malay_name_called_by_its_given_name_is_the_full_name():
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    body = ("At least 120 users have lodged police reports, said the department's director, Datuk Aziz Rahman.\n\n"
            "\u201cDo not send any more money to this platform,\u201d Aziz said.")
    [quote] = [q for q in find_quotes(body, load_nlp()(body)) if "Do not send" in q.text]
    assert quote.speaker.name == "Aziz Rahman"


def test_an_outlet_with_its_country_in_the_possessive_after_told_is_cited():
    from storyline.extract.citations import find_citations

    body = "Users lost more than 30 billion naira, the victims' group told Ghana's CoastFM in March."
    [citation] = find_citations(body, (), ("CoastFM",))
    assert citation.outlet == "CoastFM"
    body = "The minister told Kenya's Coast Herald on Friday that she would not resign."
    assert [c.outlet for c in find_citations(body, (), ())] == ["Coast Herald"]
