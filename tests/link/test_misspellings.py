"""A name one letter off a name the corpus writes more often is that name; look-alikes stay apart."""
from storyline.extract.entities import ArticleEntity, Mention
from storyline.link.entity_merge import merge_entities


def _article(*names: tuple[str, str]) -> list[ArticleEntity]:
    out, pos = [], 0
    for name, label in names:
        out.append(ArticleEntity(label, name, [Mention(pos, pos + len(name), name, label)]))
        pos += len(name) + 10
    return out


def _sizes(corpus: dict[str, list[ArticleEntity]]) -> list[int]:
    return sorted(len(e.mentions) for e in merge_entities(corpus))


def test_a_one_letter_slip_joins_the_name_written_more_often():
    """'Gulf of Eden' once beside 'Gulf of Aden' twice; a swapped pair of letters ('Orkschko')."""
    corpus = {"a": _article(("Gulf of Aden", "LOC")), "b": _article(("Gulf of Aden", "LOC")),
              "c": _article(("Gulf of Eden", "LOC"))}
    assert _sizes(corpus) == [3]
    corpus = {"a": _article(("Orkschko Bank", "ORG")), "b": _article(("Orkschko Bank", "ORG")),
              "c": _article(("Orskchko Bank", "ORG"))}
    assert _sizes(corpus) == [3]


def test_people_plurals_and_short_words_are_no_slips():
    """People ('Maria Morer'/'Morez' may be two), 'Bank'/'Banks', 'CNN'/'CBN' stay apart."""
    for a, b, label in [("Maria Morer", "Maria Morez", "PERSON"), ("Tim Velasko", "Tim Velaskos", "PERSON"),
                        ("Velasko Bank", "Velasko Banks", "ORG"), ("Harbour CNN", "Harbour CBN", "ORG")]:
        corpus = {"a": _article((a, label)), "b": _article((a, label)), "c": _article((b, label))}
        assert _sizes(corpus) == [1, 2], (a, b)


def test_a_slip_two_names_could_be_stays_itself():
    """'Gulf of Eden' is one letter from both 'Gulf of Aden' and 'Gulf of Edin': neither."""
    corpus = {"a": _article(("Gulf of Aden", "LOC")), "b": _article(("Gulf of Aden", "LOC")),
              "c": _article(("Gulf of Eden", "LOC")), "d": _article(("Gulf of Edin", "LOC")),
              "e": _article(("Gulf of Edin", "LOC")), "f": _article(("Gulf of Edin", "LOC"))}
    assert _sizes(corpus) == [1, 2, 3]
