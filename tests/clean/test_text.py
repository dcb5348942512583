"""The plain-text cleaner on invented scrape-like fixtures, plus the seed goals (../shared)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean.text import CleanedText, clean_text, clean_texts, count_lines

# An invented article about an invented town, dressed like a real scrape: promo line, headline,
# byline, dateline, a photo caption printed twice, an "Up Next" teaser, a short one-sentence
# paragraph, a paragraph broken mid-sentence, an embedded teaser, social and comment furniture.
SCRAPE = """Join our new Harbourtown Gazette WhatsApp channel for breaking news!

Harbourtown council votes to close the old swing bridge for repairs

BY MARTA OLIVEIRA-KENT

March 4, 2021 07:15 AM, Updated March 4, 2021 09:40 PM

Commuters wait for the ferry at the north pier on a foggy morning in February. (Jon Abel/Gazette Photo)

Up Next

Harbourtown fishermen fear another poor season

Commuters wait for the ferry at the north pier on a foggy morning in February. (Jon Abel/Gazette Photo)

The Harbourtown council voted on Tuesday night to close the old swing bridge for at least eight months, saying that the corroded steel could no longer carry the weight of the morning traffic.

“We have known for years that this day would come, and we cannot wait any longer,” said the council leader, who added that the ferry service would run every twenty minutes while the work goes on.

Shop owners on the south bank said they were worried about the long closure and about the cost of the detour for delivery vans, which already face a toll on the coastal road.

Nobody spoke against the plan.

The engineers told the council that the repairs would cost about \\$14 million and that the state had agreed to pay for most of the work, although the final figure depends on the

condition of the piers below the waterline, which divers will inspect next month.

Ferry operators expect record crowds this spring as the bridge closes

The two ferry companies that serve the harbour said on Wednesday that they would add boats and crews to cope with the passengers who can no longer drive across the river.

The council will hold a public meeting next week to explain the detours, and residents can send their questions to the transport office until the end of the month.

Gazette reporter Ana Brook contributed to this story.

Follow Marta Oliveira-Kent on Twitter: @martaok

Be the first to comment

Leave a Reply

Your email address will not be published.
"""


def _reasons(result: CleanedText) -> dict[str, str]:
    return {d.text: d.reason for d in result.dropped}


@pytest.fixture(scope="module")
def cleaned() -> CleanedText:
    return clean_text(SCRAPE)


def test_title_is_recognised_and_not_in_body(cleaned: CleanedText) -> None:
    assert cleaned.title == "Harbourtown council votes to close the old swing bridge for repairs"
    assert "swing bridge for repairs" not in cleaned.body
    assert _reasons(cleaned)[cleaned.title] == "title"


@pytest.mark.parametrize(("line", "reason"), [
    ("Join our new Harbourtown Gazette WhatsApp channel for breaking news!", "promo"),
    ("BY MARTA OLIVEIRA-KENT", "byline"),
    ("March 4, 2021 07:15 AM, Updated March 4, 2021 09:40 PM", "dateline"),
    ("Commuters wait for the ferry at the north pier on a foggy morning in February. (Jon Abel/Gazette Photo)", "caption"),
    ("Up Next", "related"),
    ("Harbourtown fishermen fear another poor season", "related"),
    ("Ferry operators expect record crowds this spring as the bridge closes", "related"),
    ("Follow Marta Oliveira-Kent on Twitter: @martaok", "social"),
    ("Be the first to comment", "comments"),
    ("Leave a Reply", "comments"),
    ("Your email address will not be published.", "comments"),
])
def test_boilerplate_is_dropped_with_its_reason(cleaned: CleanedText, line: str, reason: str) -> None:
    assert _reasons(cleaned)[line] == reason
    assert line not in cleaned.body


def test_embedded_teaser_lead_is_dropped(cleaned: CleanedText) -> None:
    assert "two ferry companies" not in cleaned.body


def test_duplicated_caption_drops_both_copies(cleaned: CleanedText) -> None:
    caption_lines = [d.line_no for d in cleaned.dropped if d.text.startswith("Commuters wait")]
    assert caption_lines == [9, 15]


def test_short_body_lines_are_kept(cleaned: CleanedText) -> None:
    assert "Nobody spoke against the plan." in cleaned.body.split("\n\n")
    assert "Gazette reporter Ana Brook contributed to this story." in cleaned.body


def test_broken_paragraph_is_rejoined(cleaned: CleanedText) -> None:
    assert "depends on the condition of the piers" in cleaned.body
    assert "$14 million" in cleaned.body          # normalised: the escape is gone


def test_body_paragraphs_in_order(cleaned: CleanedText) -> None:
    paragraphs = cleaned.body.split("\n\n")
    assert paragraphs[0].startswith("The Harbourtown council voted")
    assert paragraphs[-1] == "Gazette reporter Ana Brook contributed to this story."
    assert len(paragraphs) == 7


def test_dropped_line_numbers_point_at_the_raw_text(cleaned: CleanedText) -> None:
    raw = SCRAPE.split("\n")
    for d in cleaned.dropped:
        assert raw[d.line_no - 1].strip() == d.text


def test_every_nonblank_line_is_kept_or_dropped(cleaned: CleanedText) -> None:
    dropped = {d.line_no for d in cleaned.dropped}
    for no, line in enumerate(SCRAPE.split("\n"), start=1):
        if line.strip() and no not in dropped:
            assert line.strip().replace("\\$", "$")[:40] in cleaned.body


def test_footer_copyright_and_ad() -> None:
    text = SCRAPE + "\nAdvertisement\n\n© 2021 Harbourtown Gazette\n"
    reasons = _reasons(clean_text(text))
    assert reasons["Advertisement"] == "ad"
    assert reasons["© 2021 Harbourtown Gazette"] == "copyright"


def test_cross_article_repetition() -> None:
    footer = "Read the Gazette every morning on your phone, tablet and desktop computer"
    texts = [SCRAPE.replace("Tuesday night", day) + f"\n{footer}\n" for day in ("Monday", "Tuesday", "Friday")]
    stats = count_lines(texts)
    assert stats.documents == 3 and stats.count(footer) == 3
    for result in clean_texts(texts):
        assert _reasons(result)[footer] == "repeated"
        assert "The Harbourtown council voted" in result.body


def test_menu_lines_around_the_article_are_dropped() -> None:
    menu = "\n".join(["Home", "World", "Business", "Sports", "Weather", "Opinion", "Obituaries"])
    footer = "\n".join(["About us", "Contact us", "Privacy Policy", "Terms of Use", "Careers"])
    result = clean_text(f"{menu}\n\n{SCRAPE}\n\n{footer}\n")
    for word in ("Obituaries", "Weather", "Privacy Policy", "Careers"):
        assert word not in result.body
    assert "The Harbourtown council voted" in result.body


def test_empty_and_blank_text() -> None:
    assert clean_text("") == CleanedText(body="", title=None, dropped=())
    assert clean_text("\n \n\u00a0\n").body == ""


_LINE = st.sampled_from([
    "Advertisement", "Share this article", "Subscribe", "Home", "Sign up now: get our newsletter",
    "The mayor said the bridge would reopen in the autumn, once the divers had finished their survey.",
    "Residents of the north bank, who have waited years for the work, welcomed the news on Tuesday.",
    "the old piers, which date from the nineteenth century",
    "Photo: Gazette Staff", "Commuters crowd the ferry. (Jon Abel/Gazette)", "Nobody objected.",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINE, max_size=14, unique=True), st.sampled_from(["\n", "\n\n"]))
def test_body_never_contains_a_dropped_line(lines: list[str], sep: str) -> None:
    result = clean_text(sep.join(lines))
    paragraphs = result.body.split("\n\n")
    kept = sum(p.count(line) for line in lines for p in paragraphs)
    assert kept + len(result.dropped) >= len(lines)
    for d in result.dropped:
        assert d.text not in paragraphs


# ---- the seed goals (../shared/seeds; skipped when absent) -----------------------------------

def _seed_scores(seeds: Path) -> dict[str, float]:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "seeds_cleaning.py"
    spec = importlib.util.spec_from_file_location("seeds_cleaning", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("seeds_cleaning", module)
    spec.loader.exec_module(module)
    return module.seed_scores(seeds)


@pytest.mark.seeds
def test_seed_cleaning_goals(shared_dir: Path) -> None:
    scores = _seed_scores(shared_dir / "seeds")
    assert scores["body_kept"] >= 0.98
    assert scores["junk_dropped"] >= 0.95


@pytest.mark.seeds
def test_seed_titles_are_not_body(shared_dir: Path) -> None:
    import json
    seeds = shared_dir / "seeds"
    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))["articles"]
    results = clean_texts([(seeds / g["file"]).read_text(encoding="utf-8") for g in gold])
    for g, result in zip(gold, results):
        assert result.title is not None
        assert result.title.replace("’", "'") == g["title"].replace("’", "'")


def test_a_text_document_is_normalised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cleaning stages normalise a plain-text scrape once, for the line classifier, the labelled
    lines and the publication date's top lines (normalise_text is idempotent: the same body)."""
    from storyline.clean import normalise, text
    from storyline.clean.stages import cleaning_stages
    from storyline.model import Article
    from storyline.stage import run_stages

    seen: list[str] = []
    real = normalise.normalise_text

    def counted(value: str) -> str:
        seen.append(value)
        return real(value)

    monkeypatch.setattr(normalise, "normalise_text", counted)
    monkeypatch.setattr(text, "normalise_text", counted)
    normalise.normalised_scrape.cache_clear()
    raw = "A headline here\n\nThe minister said on Tuesday that the talks would resume.\u00a0\nMore text.\n"
    result = run_stages(Article(id="a", source="a.txt", kind="text", raw=raw), cleaning_stages())
    assert result.article is not None and seen.count(raw) == 1
    assert result.article.body == clean_text(raw).body


def test_a_masthead_above_the_headline_is_not_the_title() -> None:
    """A scrape may open with the site's name ('The Calder Tribune'); the headline is the next line."""
    text = ("The Calder Tribune\n\nOpinion | News | Business\n\nBoil-water advisory lifted; review ordered\n\n"
            "BY HENRY OSTROM\n\nThe city's boil-water advisory was lifted on Saturday after three rounds of "
            "clean tests, the water authority said, ending a five-day ordeal for thousands of residents.\n\n"
            "The authority's board voted on Friday to hire an outside firm to review how the bacteria got "
            "into the tanks and why residents were not warned sooner.\n")
    assert clean_text(text).title == "Boil-water advisory lifted; review ordered"
    alone = "Regulators Seize Halden Trust After Run on Deposits\n\n" + text.split("\n\n", 1)[1]
    assert clean_text(alone).title == "Regulators Seize Halden Trust After Run on Deposits"


def test_a_masthead_in_capitals_above_the_headline_is_not_the_title() -> None:
    """'SPORTS INTEGRITY MONITOR' over a menu and the headline (a trade site's logo as text, branch
    probe13): read title-cased it is a masthead, as the outlet readers read capitals; the headline
    was dropped and the masthead kept as the title."""
    text = ("CALDER SAFETY MONITOR\n\nNews | Investigations | Policy | Events | Subscribe\n\n"
            "Boil-water advisory lifted after tests\n\nDana Okoro\n\n22/04/2024\n\nThe city's boil-water advisory was lifted on Saturday after three rounds of "
            "clean tests, the water authority said, ending a five-day ordeal for thousands of residents.\n\n"
            "The authority's board voted on Friday to hire an outside firm to review how the bacteria got "
            "into the tanks and why residents were not warned sooner.\n")
    assert clean_text(text).title == "Boil-water advisory lifted after tests"


def test_two_account_links_on_a_line_are_navigation() -> None:
    text = ("Verity Post\n\nSign in | Register\n\nInside the week the taps went bad\n\nBy Ana Lucero\n\n"
            "It began, according to a maintenance log, with a single failed test at the pumping station "
            "in late February, and it ended with the advisory lifted on a Saturday.\n")
    result = clean_text(text)
    assert _reasons(result)["Sign in | Register"] == "navigation"
    assert result.title == "Inside the week the taps went bad"


def test_the_headline_printed_twice_is_the_title_not_the_menu_above_it() -> None:
    """A page that opens with its site name and a menu prints the headline twice above the body
    (<title> or og:title, then the h1): that line is the title, not the first headline-shaped menu
    line; a scrape opening with its headline keeps it."""
    text = ("Kelby Evening Post\n\nNews Sport Business Opinion Obituaries\n\nLog in\n\n"
            "Ferry fares to rise by a fifth from May\n\nBy Tom Hale\n\nShare on Facebook Twitter Email\n\n"
            "Ferry fares to rise by a fifth from May\n\n"
            "Harbour Line will raise its fares by 20 percent from the first of May, the company said on "
            "Monday, blaming the price of fuel and a new agreement with its crews.\n\n"
            "A return ticket to the islands will cost 14 pounds, up from 11 pounds and 70 pence.\n")
    result = clean_text(text)
    assert result.title == "Ferry fares to rise by a fifth from May"
    assert "Ferry fares" not in result.body and result.body.startswith("Harbour Line will raise")
    plain = text.split("Log in\n\n", 1)[1]
    assert clean_text(plain).title == "Ferry fares to rise by a fifth from May"
    assert clean_text(SCRAPE).title == "Harbourtown council votes to close the old swing bridge for repairs"


def test_a_biography_opening_with_the_bylines_name_after_the_article_is_dropped() -> None:
    """'NAME covers city hall for the Ledger. Reach her at …' after the article: the author box
    without its heading. The same name opening the lead stays (no article above it)."""
    paras = ["The city council voted on Thursday to close the old swing bridge for two years while crews "
             "replace its deck, ending a debate that began with last spring's inspection.",
             "Repairs are expected to cost 41 million dollars, two-thirds of it from a federal grant that "
             "the city won in November after two failed applications.",
             "Residents of the east bank, who use the bridge to reach the hospital, asked the council to "
             "keep one lane open during the work, but the engineers said no."]
    bio = "Dana Whitcombe covers city hall for the Ledger. Reach her at dwhitcombe@example.com."
    text = "\n\n".join(["Council votes to close swing bridge for two years", "By Dana Whitcombe", *paras, bio,
                        "© 2025 Riverton Ledger"])
    result = clean_text(text)
    assert _reasons(result)[bio] == "author_bio" and all(p in result.body for p in paras)
    lead = "Dana Whitcombe is back at city hall after a year away, and the first vote she saw was a close one."
    column = "\n\n".join(["Back at city hall for the bridge vote", "By Dana Whitcombe", lead, *paras])
    assert lead in clean_text(column).body


def test_a_menu_above_the_headline_gives_way_to_the_line_over_the_credit() -> None:
    """A station's menu of section names is headline-shaped but has no function word; the headline
    is the line printed over its byline or dateline ('Story by NAME • DATE' too)."""
    for credit in ("By Wren Calloway", "Updated: 9:12 PM MDT Aug 19, 2021", "Story by Wren Calloway • Aug 20, 2021"):
        scrape = ("Harbor 4 News\nWatch Live Weather Traffic Contests\nFerry fares rise for the first time in a decade\n"
                  f"{credit}\nFerry fares on the Calder line will rise by 12 percent from May, the port said on "
                  "Thursday, the first increase since 2014.\nCommuters said the rise would hurt.\n")
        assert clean_text(scrape).title == "Ferry fares rise for the first time in a decade", credit


def test_a_headline_over_its_credit_keeps_the_title_when_the_first_line_is_no_menu() -> None:
    scrape = ("Ferry fares rise for the first time in a decade\nFares on the Calder line climb 12 percent\n"
              "By Wren Calloway\nFerry fares on the Calder line will rise by 12 percent from May, the port said on "
              "Thursday, the first increase since 2014.\nCommuters said the rise would hurt.\n")
    assert clean_text(scrape).title == "Ferry fares rise for the first time in a decade"


def test_a_bare_author_name_between_headline_and_date_still_points_at_the_headline() -> None:
    """Online-first sites print 'Headline' / 'NAME' / 'DATE' with no 'By': the tagline under the
    masthead is not the title."""
    scrape = ("THE QUAY\nHarwick's independent newsroom\nDonate | Newsletter | About us\n"
              "Council puts ferry pier repair at $9 million, promises reopening next year\nAna de la Cruz\n"
              "May 2, 2022\nRepairing the ferry pier will cost about $9 million and it will reopen next year, the "
              "mayor said on Friday, the first estimate since the pier closed.\nThe council approved a study.\n")
    assert clean_text(scrape).title == "Council puts ferry pier repair at $9 million, promises reopening next year"


def test_a_name_line_is_known_by_its_closing_bio_and_a_title_case_copy_is_no_name() -> None:
    scrape = ("THE QUAY\nHarwick's independent newsroom\nCouncil puts ferry pier repair at $9 million, promises "
              "reopening next year\nOlatunde Mireku\nMay 2, 2022\nRepairing the ferry pier will cost about $9 million "
              "and it will reopen next year, the mayor said on Friday, the first estimate since the pier closed.\n"
              "The council approved a study.\nOlatunde Mireku is The Quay's city reporter.\n")
    assert clean_text(scrape).title.startswith("Council puts ferry pier repair")
    blog = ("Harwick Dev Blog | Tidying Rust Workspaces\nTidying Rust Workspaces\nBy Jo Lund - January 10, 2020\n"
            "Rust workspaces grow quickly, and this post walks through the tools that keep them tidy for a team of "
            "any size.\nWe begin with the simplest ones.\n")
    assert clean_text(blog).title == "Tidying Rust Workspaces"


def test_a_two_sentence_headline_over_its_byline_is_the_title():
    """Fact-check headlines often end in a period ('Ad says X. It isn't.'); first on the page and
    right above the byline, the line is the title, not the body's first paragraph. A dek ending in
    a period under a headline stays out of the title."""
    text = ("Group's ad says the county has had no floods since 2019. It has.\n"
            "By ANA RUIZ Valley Wire\nSept. 14, 2023\n"
            "BRANTFORD (VW) — A radio ad from the growers' group says the county has had no flood since 2019.\n"
            "That is not true. The river flooded two farms in April 2022, county records show.\n")
    cleaned = clean_text(text)
    assert cleaned.title == "Group's ad says the county has had no floods since 2019. It has."
    assert not cleaned.body.startswith("Group's ad")
    with_dek = "County flood maps redrawn\nThe new maps add 400 homes. Owners have 60 days to appeal.\nBy ANA RUIZ\n" + \
        "The county redrew its flood maps on Monday, adding about 400 homes to the zone.\n"
    assert clean_text(with_dek).title == "County flood maps redrawn"
