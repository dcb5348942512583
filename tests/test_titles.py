"""storyline.titles: a story's title by a rule one new article cannot flip, as the corpus stage
stores it."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_article
from storyline.link.stories import cluster_articles, link_stories
from storyline.model import PublishedDate, Span
from storyline.store import open_store
from storyline.titles import MARGIN, _supports, _words, choose_title, lead_title

HEADS = ["Ministry insists wells are clean", "Wells are clean, ministry insists", "Inquiry hears from residents",
         "Residents tell inquiry of sickness", "Court orders new water tests"]


@given(st.lists(st.sampled_from(HEADS), min_size=1, max_size=12), st.sampled_from(HEADS),
       st.lists(st.sampled_from(HEADS), max_size=6))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_one_new_headline_never_retitles(titles: list[str], new: str, later: list[str]) -> None:
    shown = choose_title(None, titles)
    assert choose_title(shown, titles) == shown  # nothing new: nothing changes
    # one new article with a headline of its own (no other article shares it) never retitles
    assert choose_title(shown, [*titles, "Harbour pier reopens after storm repairs"]) == shown
    grown = [*titles, new, *later]
    after = choose_title(shown, grown)
    if after != shown:  # a retitle: a clear majority of the articles, and a margin, support it
        words = [_words(t) for t in grown]
        assert _supports(after, words) > len(grown) / 2
        assert _supports(after, words) - _supports(shown, words) > MARGIN


def test_a_clear_majority_retitles() -> None:
    story = ["Ministry insists wells are clean"] * 3 + ["Inquiry hears from residents"] * 2
    shown = choose_title(None, story)
    assert shown == "Ministry insists wells are clean"
    assert choose_title(shown, [*story, "Inquiry hears from residents"]) == shown  # 3 v 3: stays
    assert choose_title(shown, [*story, *["Inquiry hears from residents"] * 4]) == "Inquiry hears from residents"


WELLS = ("Solvent was found in the public wells of Saltmere. The ministry of water disputes the well tests, "
         "and Quillon Coatings denies any leak from its paint works near the wells.")
ASIDES = [" Schools stay open while the tests go on.", " The mayor called a meeting of residents.",
          " Farmers worry about their crops this summer."]


def _wells(day: str, aside: str, title: str):
    spans = [Span(WELLS.find(n), WELLS.find(n) + len(n), label, "entities", n, {"name": n})
             for n, label in (("Saltmere", "GPE"), ("Quillon Coatings", "ORG"))]
    return make_article(WELLS + aside, published=PublishedDate(day, "day"), spans=spans, title=title,
                        source=f"{day}.txt")


def test_the_stored_title_survives_one_article_with_its_own_headline(tmp_path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    for i, aside in enumerate(ASIDES):
        store.save_article(_wells(f"2023-03-1{i}", aside, ["Saltmere wells tainted, tests show",
                                                           "Tests show Saltmere wells tainted",
                                                           "Saltmere residents angry"][i]))
    (before,) = link_stories(store)
    # the newcomer is the story's most central article (the common text and every aside): the
    # clustering alone titles the story by it
    newcomer = _wells("2023-03-20", "".join(ASIDES), "Quillon Coatings denies a leak")
    store.save_article(newcomer)
    assert cluster_articles(store.list_articles(with_raw=False))[0].title == newcomer.title
    (after,) = link_stories(store)
    assert newcomer.id in after.article_ids and after.id == before.id
    assert after.title == before.title == "Saltmere wells tainted, tests show"
    assert store.get_story(after.id).title == before.title
    store.close()


def test_an_articles_lead_is_its_label_when_it_printed_no_headline() -> None:
    assert lead_title("\n\nMr. Harlow said on Monday that the pier would reopen. Then more.") == \
        "Mr. Harlow said on Monday that the pier would reopen."
    assert lead_title('He said "the pier is safe again." Then he left.') == 'He said "the pier is safe again."'
    long = "The harbour board voted on Tuesday to close the old pier for a year of repairs to its piles."
    assert lead_title(long) == "The harbour board voted on Tuesday to close the old pier for …"
    assert lead_title("  \n ") is None


def test_a_story_of_bare_bodies_is_titled_by_a_lead_not_its_id(tmp_path) -> None:
    # bare bodies with no headline line (polnear-dev's texts) made stories titled by their ids
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    for i, aside in enumerate(ASIDES):
        store.save_article(replace(_wells(f"2023-03-1{i}", aside, "x"), title=None))
    (story,) = link_stories(store)
    assert story.title != story.id
    assert story.title.endswith("…") or story.title.endswith(".")
    store.close()


def test_support_counts_equal_the_pairwise_count():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from storyline.titles import _support_counts

    vocabulary = ["harbour", "pier", "storm", "repairs", "reopens", "council", "inquiry", "residents", "ferry",
                  "closed", "wind", "damage"]

    @settings(max_examples=200)
    @given(st.lists(st.lists(st.sampled_from(vocabulary), max_size=7), max_size=25))
    def check(titles: list[list[str]]) -> None:
        words = [_words(" ".join(t)) for t in titles]
        assert _support_counts(words) == [_supports(" ".join(t), words) for t in titles]

    check()
