"""Entity identity on invented multi-outlet stories (entities9; docs/entities.md)."""
from __future__ import annotations

from conftest import entity_groups as _groups
from conftest import make_entity as _entity
from storyline.extract.entities import Mention
from storyline.link.entity_blocks import merge_incremental
from storyline.link.entity_merge import merge_entities


def test_a_companys_one_word_short_name_joins_it_in_other_articles_whatever_its_tag():
    articles = {
        # one article's own text called the company by its first word
        "a1": [_entity("ORG", "Kittredge Aviation Group", "Kittredge Aviation Group", "Kittredge")],
        "a2": [_entity("PERSON", "Kittredge")],  # 'the contractor Kittredge used'
        "a3": [_entity("LOC", "Kittredge")],  # 'the Kittredge hangar'
    }
    assert _groups(merge_entities(articles)) == [["Kittredge", "Kittredge Aviation Group"]]


def test_a_short_name_a_person_or_a_place_also_bears_stays_apart():
    articles = {
        "a1": [_entity("ORG", "Kittredge Aviation Group", "Kittredge Aviation Group", "Kittredge")],
        "a2": [_entity("PERSON", "Walter Kittredge")],
        "a3": [_entity("PERSON", "Kittredge")],
    }
    assert ["Kittredge", "Walter Kittredge"] in _groups(merge_entities(articles))
    articles = {
        "a1": [_entity("ORG", "Norcastle Chemical Company", "Norcastle Chemical Company", "Norcastle")],
        "a2": [_entity("GPE", "Norcastle Township")],
        "a3": [_entity("GPE", "Norcastle")],
    }
    assert ["Norcastle"] in _groups(merge_entities(articles))
    # a title or honorific makes it a person's surname ('Mr. Kittredge')
    articles = {"a1": articles["a1"], "a2": [_entity("PERSON", "Norcastle", "Mr. Norcastle")]}
    assert ["Mr. Norcastle"] in _groups(merge_entities(articles))


def test_the_short_name_join_is_the_same_when_the_articles_come_in_batches():
    old = {"a2": [_entity("PERSON", "Brixholm")], "a3": [_entity("PERSON", "Ada Lowe")]}
    new = {"a1": [_entity("ORG", "Brixholm Industries plc", "Brixholm Industries plc", "Brixholm")]}
    result = merge_incremental(merge_entities(old), old | new, new)
    assert _groups(result.entities) == _groups(merge_entities(old | new)) == [["Ada Lowe"], ["Brixholm", "Brixholm Industries plc"]]


def test_a_state_agency_stays_apart_from_the_federal_one_it_is_named_after():
    articles = {
        "a1": [_entity("ORG", "Ohio Environmental Protection Agency"), _entity("GPE", "Ohio")],
        "a2": [_entity("ORG", "Environmental Protection Agency", "The U.S. Environmental Protection Agency", "EPA")],
        "a3": [_entity("ORG", "Ohio EPA", "the Ohio EPA")],  # a state and its agency's initials
    }
    groups = _groups(merge_entities(articles))
    assert ["Ohio Environmental Protection Agency", "the Ohio EPA"] in groups
    assert ["EPA", "The U.S. Environmental Protection Agency"] in groups


def test_a_state_and_acronym_join_the_same_when_the_articles_come_in_batches():
    for old, new in (("a1", "a3"), ("a3", "a1")):
        articles = {"a1": [_entity("ORG", "Ohio Environmental Protection Agency")],
                    "a3": [_entity("ORG", "Ohio EPA", "the Ohio EPA")], "a4": [_entity("ORG", "Texas EPA")]}
        first = {old: articles[old], "a4": articles["a4"]}
        result = merge_incremental(merge_entities(first), articles, {new: articles[new]})
        assert _groups(result.entities) == _groups(merge_entities(articles))


def _article(*items: tuple[str, str]) -> list[Mention]:
    out, pos = [], 0
    for text, label in items:
        out.append(Mention(pos, pos + len(text), text, label))
        pos += len(text) + 10
    return out


def test_a_titled_surname_the_article_addresses_otherwise_goes_to_the_namesake_with_that_title():
    from storyline.extract.entities import link_mentions

    # 'Ernesto Delgado … Mr. Delgado said … Mayor Delgado, his daughter, said'
    father = _article(("Ernesto Delgado", "PERSON"), ("Mr. Delgado", "PERSON"), ("Mayor Delgado", "PERSON"))
    assert [[m.text for m in e.mentions] for e in link_mentions(father)] == \
        [["Ernesto Delgado", "Mr. Delgado"], ["Mayor Delgado"]]
    articles = {"a1": link_mentions(father), "a2": link_mentions(_article(("Mayor Rosa Delgado", "PERSON")))}
    assert ["Mayor Delgado", "Mayor Rosa Delgado"] in _groups(merge_entities(articles))
    # a title the article gives only there still joins the one namesake ('Dr. Natarajan')
    one = _article(("Priya Natarajan", "PERSON"), ("Dr. Natarajan", "PERSON"), ("Natarajan", "PERSON"))
    assert len(link_mentions(one)) == 1


def test_an_outlets_short_name_or_initials_name_it_whatever_the_tag():
    outlets = ["The Capital City Dispatch", "Great Lakes Public Radio"]
    articles = {"a1": [_entity("NORP", "Dispatch")],  # 'The Dispatch reported in March'
                "a2": [_entity("PERSON", "GLPR")],  # 'Natarajan told GLPR'
                "a3": [_entity("PERSON", "Ada Lowe")]}
    merged = merge_entities(articles, outlets)
    assert sorted((e.name, e.type) for e in merged) == [
        ("Ada Lowe", "PERSON"), ("Capital City Dispatch", "ORG"), ("Great Lakes Public Radio", "ORG")]
    # the same with the outlets known only from a later batch
    old = {"a1": articles["a1"], "a2": articles["a2"]}
    result = merge_incremental(merge_entities(old, []), articles, {"a3": articles["a3"]}, outlets, set(outlets))
    assert _groups(result.entities) == _groups(merged)


def test_a_legal_designator_ends_a_companys_name_before_of_and_a_place():
    from storyline.extract.mention_spans import bodies_of_places

    body = "built by Corvane Aerospace Inc. of Wichita, Kan., and the Central Bank of Tarsenia"

    def at(text: str, label: str) -> Mention:
        return Mention(body.index(text), body.index(text) + len(text), text, label)

    found = bodies_of_places([at("Corvane Aerospace Inc.", "ORG"), at("Wichita", "GPE"), at("Central Bank", "ORG"),
                              at("Tarsenia", "GPE")], body)
    assert [m.text for m in found] == ["Corvane Aerospace Inc.", "Wichita", "Central Bank of Tarsenia"]


def test_a_body_named_for_its_purpose_takes_the_capitalised_words_after_for():
    from storyline.extract.mention_spans import bodies_for_purposes

    body = "and with the Agency for Toxic Substances and Disease Registry, a federal agency. The Council for Smith voters"

    def at(text: str, label: str) -> Mention:
        return Mention(body.index(text), body.index(text) + len(text), text, label)

    found = bodies_for_purposes([at("Agency", "ORG"), at("Disease Registry", "ORG"), at("Smith", "PERSON")], body)
    assert [m.text for m in found] == ["Agency for Toxic Substances and Disease Registry", "Smith"]


def test_a_companys_name_without_its_designator_and_trade_word_is_the_company():
    articles = {"a1": [_entity("ORG", "Halloran Cyber Solutions LLC")], "a2": [_entity("ORG", "Halloran Cyber")],
                "a3": [_entity("PERSON", "Maeve Halloran")]}
    assert ["Halloran Cyber", "Halloran Cyber Solutions LLC"] in _groups(merge_entities(articles))
    old = {"a2": articles["a2"], "a3": articles["a3"]}
    result = merge_incremental(merge_entities(old), articles, {"a1": articles["a1"]})
    assert _groups(result.entities) == _groups(merge_entities(articles))
    # two companies it could be: neither
    articles["a4"] = [_entity("ORG", "Halloran Cyber Defense Inc.")]
    assert ["Halloran Cyber"] in _groups(merge_entities(articles))


def test_a_titled_surname_never_joins_a_namesake_the_article_gives_another_office():
    from storyline.extract.entities import link_mentions

    # 'Its chief executive, Dr. Aranda, said … State Rep. Paul Aranda, her husband, said'
    couple = _article(("Dr. Aranda", "PERSON"), ("State Rep. Paul Aranda", "PERSON"))
    assert len(link_mentions(couple)) == 2
    articles = {"a1": link_mentions(couple), "a2": link_mentions(_article(("Dr. Lillian Aranda", "PERSON")))}
    assert ["Dr. Aranda", "Dr. Lillian Aranda"] in _groups(merge_entities(articles))


def test_a_papers_short_name_opening_a_sentence_is_a_mention():
    from storyline.extract.mention_spans import untagged_papers

    body = "The Observer first reported on it in 2021. She told the Gazette so."
    assert [m.text for m in untagged_papers([], body)] == ["Observer", "Gazette"]


def test_short_names_of_one_outlet_merge_the_same_in_batches():
    # 'Arts' makes the outlet 'Union of Arts' an entity, which a later 'Union' (its head) joins:
    # the outlet ties the two short names' components
    outlets = ["Union of Arts"]
    old = {"a1": [_entity("FAC", "Arts")], "a2": [_entity("ORG", "National of Union")]}
    new = {"a3": [_entity("ORG", "Union")]}
    result = merge_incremental(merge_entities(old, outlets), old | new, new, outlets)
    assert _groups(result.entities) == _groups(merge_entities(old | new, outlets))


def test_a_district_and_a_service_firm_are_called_without_their_generic_tails():
    """'Harlow Unified' for 'Harlow Unified School District' (a district's name without 'School
    District'); 'Brightmoor' for 'Brightmoor Water Testing Services' (a company named with a company
    head is called by its first word, whatever trade words stand between)."""
    articles = {
        "a1": [_entity("ORG", "Harlow Unified School District"), _entity("ORG", "Brightmoor Water Testing Services")],
        "a2": [_entity("ORG", "Harlow Unified"), _entity("ORG", "Brightmoor")],
    }
    assert _groups(merge_entities(articles)) == [["Brightmoor", "Brightmoor Water Testing Services"],
                                                 ["Harlow Unified", "Harlow Unified School District"]]
    two = {"a1": [_entity("ORG", "Brightmoor Water Testing Services"), _entity("ORG", "Brightmoor Freight Services")],
           "a2": [_entity("ORG", "Brightmoor")]}
    assert ["Brightmoor"] in _groups(merge_entities(two))  # two such companies: the short name stays open


def test_a_papers_short_name_tagged_a_place_is_the_paper_when_it_is_a_masthead_word():
    """'According to the Statesman, …' (the small recognizer tags the lone head word LOC; branch probe30): the one
    outlet of the corpus ending in it; a real place's name ending an outlet's name stays a place."""
    outlets = ["Snake Plain Statesman", "Radio Free Asia"]
    articles = {"a1": [_entity("LOC", "Statesman")], "a2": [_entity("LOC", "Asia")]}
    merged = merge_entities(articles, outlets)
    assert sorted((e.name, e.type) for e in merged) == [("Asia", "LOC"), ("Snake Plain Statesman", "ORG")]


def test_a_coined_name_tagged_a_people_opens_the_one_company_named_with_a_designator():
    """'Ridgeline president Curtis Vang' (NORP) beside 'Tamberlin Constructors Inc.' in another article (branch
    probe30): the company's short name; a nationality or a region's adjective ('Caribbean doctors') stays a people."""
    articles = {"a1": [_entity("ORG", "Tamberlin Constructors Inc.")],
                "a2": [_entity("NORP", "Tamberlin"), _entity("NORP", "American"), _entity("NORP", "Caribbean")],
                "a3": [_entity("ORG", "American Widget Co."), _entity("ORG", "Caribbean Freight Corp.")]}
    merged = merge_entities(articles, [])
    assert sorted((e.name, e.type) for e in merged) == [
        ("American", "NORP"), ("American Widget Co.", "ORG"), ("Caribbean", "NORP"), ("Caribbean Freight Corp.", "ORG"),
        ("Tamberlin Constructors Inc.", "ORG")]
