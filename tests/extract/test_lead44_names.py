"""Chinese and Korean names family name first ('Park Min-jun' … 'Mr. Park'), a person's name tagged an
organisation with a role only a person holds set off after it, and a citation naming its outlet after a
two-word place's possessive (the lead's forty-fourth invented story). Invented text."""
from storyline.extract.citations import find_citations
from storyline.extract.entities import Mention
from storyline.extract.mention_labels import correct_labels
from storyline.extract.person_names import name_parts, same_person_name, surname_block
from storyline.extract.romanised_names import family_name_first


def test_chinese_and_korean_names_keep_their_family_name_first():
    assert name_parts("Park Min-jun")[2] == "park" and surname_block("Mr. Park") == "park"
    assert surname_block("Xi Jinping") == "xi" and surname_block("Kim Jong Un") == "kim"
    assert same_person_name("Park Min-jun", "Min-jun Park") and not same_person_name("Park Min-jun", "Park Ji-woo")


def test_english_names_that_open_with_an_east_asian_family_name_stay_given_name_first():
    for name in ("Lee Anderson", "Kim Davis", "Lee Duncan", "Song Ashley", "Lin Wood", "Lee Young"):
        assert not family_name_first(name.casefold().split()), name
    assert surname_block("Lee Duncan") == "duncan"


def _at(body: str, text: str, label: str) -> Mention:
    start = body.index(text)
    return Mention(start, start + len(text), text, label)


def test_a_name_tagged_an_organisation_with_a_persons_role_after_it_is_a_person():
    body = ('"Stop using the drops," said Odile Fanchon, director of the Medicines Safety Office. '
            "Tessaro Labs, the owner of the plant, said it would test every batch.")
    mentions = [_at(body, "Odile Fanchon", "ORG"), _at(body, "Medicines Safety Office", "ORG"),
                _at(body, "Tessaro Labs", "ORG")]
    assert [m.label for m in correct_labels(mentions, body)] == ["PERSON", "ORG", "ORG"]


def test_a_citation_after_a_two_word_places_possessive_names_the_outlet():
    text = "South Korea's Velmar News Agency reported on Thursday that the recall covered 11 countries."
    assert [c.outlet for c in find_citations(text)] == ["Velmar News Agency"]


def test_an_acronym_of_the_name_in_the_countrys_language_is_defined_in_brackets():
    from storyline.extract.acronym_spans import defined_acronyms
    from storyline.extract.defined_short_forms import defined_mixed_short_forms
    from storyline.extract.entities import link_mentions

    body = ("Data from the National Water Directorate (DGA) show the plant drew fresh water. The DGA said it "
            "would inspect the plant. Greenpeace (UK) said it would watch.")
    dga = body.index("DGA")
    mentions = [_at(body, "National Water Directorate", "ORG"), Mention(dga, dga + 3, "DGA", "ORG"),
                Mention(body.index("DGA", dga + 1), body.index("DGA", dga + 1) + 3, "DGA", "ORG"),
                _at(body, "Greenpeace", "ORG"), _at(body, "UK", "GPE")]
    linked = {e.name: sorted({m.text for m in e.mentions})
              for e in link_mentions(defined_mixed_short_forms(defined_acronyms(mentions, body), body))}
    assert linked["National Water Directorate"] == ["DGA", "National Water Directorate"]
    assert linked["Greenpeace"] == ["Greenpeace"]  # a country's code is no short form


def test_an_ingested_outlets_agency_name_without_news_is_cited_after_a_places_possessive():
    text = "Bulgaria's Velmar Agency reported on Monday that four display cases had been emptied."
    assert [c.outlet for c in find_citations(text, known_outlets=["Velmar Agency"])] == ["Velmar Agency"]
    # an agency no article of the corpus publishes stays a public body ('the Health Protection Agency said')
    assert find_citations("The Health Protection Agency said on Monday it would act.", known_outlets=["Velmar Agency"]) == []


def test_a_taiwanese_name_in_wade_giles_keeps_its_family_name_first():
    from storyline.extract.names import surname

    assert [surname(n) for n in ("Chen Wen-hsiung", "Ma Ying-jeou", "Lin Chia-nan")] == ["chen", "ma", "lin"]
    assert surname("Lee Anne-Marie") == "anne-marie"  # an English double given name is no Wade-Giles syllable pair


def test_a_role_noun_in_lower_case_run_into_a_persons_span_is_cut(nlp):
    from conftest import speaker_of

    text = "\u201cWe have confirmed that eight of them survived,\u201d ministry spokesperson Lok Bahadur Thapa said."
    assert speaker_of(nlp, text, "We have confirmed") == "Lok Bahadur Thapa"


def test_a_courtesy_title_and_a_family_name_point_back_to_the_namesake_named_before(nlp):
    from conftest import speaker_of

    text = ("The company's chief executive, Park Min-jun, on Wednesday denied that the drops had caused harm.\n\n"
            "\u201cOur plant meets every standard,\u201d Mr. Park said at a news conference.\n\n"
            "\u201cMost patients recover fully if they are treated early,\u201d said Dr. Park Ji-woo, an eye doctor.")
    assert speaker_of(nlp, text, "Our plant") == "Park Min-jun"
    assert speaker_of(nlp, text, "Most patients") == "Park Ji-woo"
