"""The lead's fortieth invented story (a chip plant fire in Taiwan): a hyphenated given name the parse splits
into two subjects, a name fronted before its role, and a company called by its first word (invented text only)."""


def _speakers(body: str) -> dict[str, tuple[str | None, str]]:
    from storyline.extract.nlp import load_nlp
    from storyline.extract.quotes import find_quotes

    return {q.text[:20]: (q.speaker.name, q.speaker.kind) for q in find_quotes(body, load_nlp()(body))}


def test_a_hyphenated_given_name_split_by_the_parse_stays_whole():
    body = ("\u201cWe are sorry for the delay to our passengers,\u201d Harbour Rail chairman Lin Wen-chieh "
            "(\u6797\u6587\u5091) told a news conference yesterday.")
    assert _speakers(body)["We are sorry for the"] == ("Lin Wen-chieh", "person")


def test_a_name_before_its_role_is_the_speaker_and_the_role_refers_back_to_it():
    body = ("Minister Kuo Li-hua said the government would help Lunar Semiconductor Corp rebuild its plant.\n\n"
            "Hsu Wen-chieh, Lunar\u2019s chairman, said the company would pay for repairs without government loans. "
            "\u201cWe do not need public money,\u201d the chairman said.")
    found = _speakers(body)
    assert found["the company would pa"] == ("Hsu Wen-chieh", "person")
    assert found["We do not need publi"] == ("Hsu Wen-chieh", "person")
    # a name the parse gives as the role's possessor alone
    alone = _speakers("Kao Wen-chieh, Lunaris\u2019s chairman, said the company would pay for repairs without government loans.")
    assert alone["the company would pa"] == ("Kao Wen-chieh", "person")


def test_a_companys_first_word_tagged_a_person_is_the_company():
    body = "Lunar Semiconductor Corp makes chips. Lunar said on Monday that it would restart two production lines on Dec. 16."
    assert _speakers(body)["that it would restar"] == ("Lunar", "org")
