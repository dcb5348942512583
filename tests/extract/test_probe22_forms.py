"""Forms an invented story of branch probe22 (a Scottish island's ageing ferry and its late replacement
from a Nova Scotia yard, six outlets over four years) read wrong, on invented sentences and scrapes: a
Canadian wire credit line cut off with the promos under it and not read as a citation, a Canadian call
sign told by a source, a one-word surname after 'Dr' given the sex of a census given name, a 'who chairs'
clause giving no role, a ferry operator's first word left a place, and a UK page's ambiguous slash date."""
from __future__ import annotations

from conftest import speaker_of
from storyline.extract.citations import find_citations


def test_a_canadian_files_from_credit_is_a_citation_but_prose_is_not():
    assert [c.outlet for c in find_citations("With files from The Canadian Press")] == ["The Canadian Press"]
    assert [c.outlet for c in find_citations("The mill closed. With files from Reuters.")] == ["Reuters"]
    assert find_citations("With files from his office, the city released the data.") == []


_SCRAPE = """Harbour Radio News

News  Podcasts  Donate

Mill town loses its last bank branch

Ana Ruiz · Harbour Radio News

Posted: Mar 3, 2025 4:10 PM AT

The last bank branch in Pellow Cove will close in June, the bank confirmed on Monday, leaving residents a forty-minute drive from the nearest teller.

The branch has served the town for sixty years, and its closure follows two others along the coast in the past year.

"We are losing the one place where people could still talk to someone about their money," said the mayor, Dana Voss.

With files from The Canadian Press

Harbour Radio News depends on listeners like you. Give today.

© 2025 Harbour Radio News
"""


def test_a_wire_credit_line_under_the_last_paragraph_stays_in_the_body():
    from storyline.clean.text import clean_text

    body = clean_text(_SCRAPE).body
    assert body.rstrip().endswith("With files from The Canadian Press")
    assert "depends on listeners" not in body


def test_a_canadian_call_sign_told_by_a_source_is_an_outlet_but_initials_before_a_noun_are_not():
    from storyline.link.provenance import _short_forms

    assert [c.outlet for c in find_citations("The mayor told CKNW on Monday that the plan was dead.")] == ["CKNW"]
    assert find_citations("The bureau told CFPB examiners that nothing was wrong.") == []
    assert find_citations("He told CIBC analysts the deal was off.") == []
    # the station's masthead opening with its call sign is cited by the sign alone
    assert "ckrv" in _short_forms("ckrv maritime public radio")


def test_a_one_word_surname_after_a_title_has_no_sex_from_the_given_name_lists(nlp):
    text = ("His wife was more cautious. \u201cOne winter is not a service,\u201d Mrs Hale said.\n\n"
            "Dr Lamont said patients no longer missed appointments. \u201cThe fear has gone,\u201d she said.\n")
    assert speaker_of(nlp, text, "The fear has gone") == "Lamont"


def test_a_who_chairs_clause_gives_the_role_a_later_description_names(nlp):
    text = ("\u201cThe ship is safe,\u201d said Kirsty Baird, a spokeswoman for the operator.\n\n"
            "Pupils are being housed in a hostel until the service resumes.\n\n"
            "Isla Munro, who chairs the community council, said the island needed a second vessel.\n\n"
            "\u201cWe have asked for a relief boat for five years,\u201d the chairwoman said.\n")
    assert speaker_of(nlp, text, "We have asked") == "Isla Munro"


def test_a_ferry_operators_first_word_tagged_a_place_is_its_short_name():
    from storyline.extract.entities import Mention
    from storyline.extract.mention_labels import leading_org_words

    found = leading_org_words([Mention(0, 16, "Westmark Ferries", "ORG"), Mention(40, 48, "Westmark", "GPE")])
    assert [m.label for m in found] == ["ORG", "ORG"]


def test_a_page_pricing_only_in_pounds_reads_its_slash_dates_day_first():
    from storyline.clean.page_locale import currency_order
    from storyline.clean.stages import cleaning_stages
    from storyline.model import Article, RawDocument
    from storyline.pipeline import run_stages

    assert currency_order("The bill rose to £74 million.") == "DMY"
    assert currency_order("The bill rose to £20 million ($25 million).") is None
    assert currency_order("No amounts here.") is None
    scrape = ("Glen News\n\nHome  News  Weather\n\nMinister admits he knew about the survey\n\nCatriona Bell\n\n"
              "Political Correspondent\n\nPublished: 11/06/24 21:15  Updated: 12/06/24 08:02\n\n"
              "The transport minister conceded on Tuesday that officials had told him about the failed survey.\n\n"
              "The replacement ferry is now expected to cost £74 million, the committee heard.\n\n"
              "\u201cI accept that a note was sent to my office,\u201d he told the committee.\n\n© 2024 Glen News\n")
    doc = RawDocument(source="page.txt", kind="text", content=scrape)
    result = run_stages(Article.from_raw(doc), cleaning_stages())
    assert result.article is not None and result.article.published.value == "2024-06-11"
