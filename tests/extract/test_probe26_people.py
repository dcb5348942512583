"""probe26's invented story: a Malaysian title with its grade word ('Datuk Seri') before a minister's name, at
first mention and on second reference (invented text only)."""


def _speaker(body: str, starts: str) -> str | None:
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    [quote] = [q for q in find_quotes(body, load_nlp()(body)) if starts in q.text]
    return quote.speaker.name if quote.speaker else None


def test_a_graded_malaysian_title_is_no_part_of_the_name():
    body = ("A total of 900 candidates were affected by the leak, Transport Minister Datuk Seri Halimah Rosli said today.\n\n"
            "\u201cWe have asked the board for a full report,\u201d she told reporters.\n\n"
            "\u201cThe date has been set and our centres are ready,\u201d Datuk Seri Halimah said.")
    assert _speaker(body, "We have asked") == "Halimah Rosli"
    assert _speaker(body, "The date has been set") in ("Halimah Rosli", "Halimah")


def test_a_place_opening_with_a_grade_word_keeps_it():
    from storyline.extract.names import strip_titles

    assert strip_titles("Seri Kembangan") == "Seri Kembangan"
    assert strip_titles("Dato' Sri Aziz Rahman") == "Aziz Rahman"


def test_a_stations_channel_number_before_its_head_word_is_part_of_its_name():
    """'told Lagos 24 TV': a city's station brand with its channel number, as 'Capital 103 FM' prints its
    frequency."""
    from storyline.extract.citations import find_citations

    body = "\u201cShe refused to look at it,\u201d the parent told Vellin 24 TV on Friday."
    assert [c.outlet for c in find_citations(body, (), ())] == ["Vellin 24 TV"]
    assert [c.outlet for c in find_citations("The minister told Capital 103 FM on Friday.", (), ())] == ["Capital 103 FM"]
