"""The body run's edges and what it holds: a long sentence sparse in function words, quoted lines
closing the article, and a list of other stories' headlines between two paragraphs (branch clean11).
Invented text only."""
from __future__ import annotations

from storyline.clean.lines import LineShape
from storyline.clean.region import prose_score
from storyline.clean.text import clean_text

_HEAD = ["Harbour ferry batteries recalled after charging fires | Bay Ledger", "Harbour ferry batteries recalled after charging fires",
         "By Mira Castell"]
_PARAS = [
    "Owners of the small electric harbour ferries were told on Tuesday to stop charging their battery packs, after two of them caught fire at the quay.",
    "The port authority said that the packs would be collected this week and that owners would be offered a replacement or a full refund.",
    "The maker said it was working with the authority and that it had found the fault in a batch of cells delivered in the spring.",
]
_MORE = [
    "Harbour staff have put up notices at every quay, and the ferry company has written to each of the owners it has on its records.",
    "The authority said it did not yet know how many of the packs were still in use, but that the number was likely to be in the hundreds.",
    "A second batch of cells from the same supplier was checked last month and passed every test, according to the maker's own report.",
]
_FOOTER = ["Share this article", "© 2025 Bay Ledger. All rights reserved."]


def _page(*blocks: list[str]) -> str:
    return "\n\n".join(line for block in blocks for line in block)


def _dropped(text: str) -> dict[str, str]:
    return {d.text: d.reason for d in clean_text(text).dropped}


def test_an_attribution_sentence_after_a_caption_stays_body() -> None:
    """Names and numbers leave this closing sentence with few function words: it scored as a short
    line and lost to the caption above it, ending the article before it."""
    attribution = ("Consumer group Fairplug said the recall showed Bayport needed mandatory battery standards. "
                   "\"Voluntary recalls rely on people seeing the notice,\" spokesman Teo Varga said.")
    caption = "A harbour ferry at Bayport's main quay. Picture: Lena Oakes"
    text = _page(_HEAD, _PARAS, [caption, attribution], _FOOTER)
    assert attribution in clean_text(text).body
    assert _dropped(text)[caption] == "caption"


def _shape(words: int, density: float) -> LineShape:
    return LineShape(chars=words * 6, words=words, stop_density=density, terminal=True, starts_lower=False,
                     capital_share=0.3, alpha_share=0.8, digit_share=0.0, quote=False)


def test_a_long_sparse_sentence_is_prose_only_under_the_full_density_bar() -> None:
    """A bar the page's own sparse prose already lowered is not lowered again (a cookie table in
    another language passed it on a dev page)."""
    assert prose_score(_shape(20, 0.16), 0.2) > 1.0
    assert prose_score(_shape(20, 0.08), 0.1) < 1.0
    assert prose_score(_shape(10, 0.16), 0.2) < 1.0   # a short sparse line keeps its short-line score


def test_quoted_lines_closing_the_article_stay_body() -> None:
    quotes = ["\"Is the fault fixed?\" the harbour master asked.", "\"That's correct,\" Castell's source said."]
    text = _page(_HEAD, _PARAS, quotes, _FOOTER)
    body = clean_text(text).body
    assert all(q in body for q in quotes)


def test_a_list_of_headlines_inside_the_article_is_related() -> None:
    links = ["Council approves new cycle lanes on the waterfront", "Fishing fleet returns early as storm nears",
             "Bayport school wins national robotics prize"]
    text = _page(_HEAD, _PARAS, links, _MORE, _FOOTER)
    result = clean_text(text)
    assert all(p in result.body for p in _PARAS + _MORE)
    assert {t: r for t, r in _dropped(text).items() if t in links} == dict.fromkeys(links, "related")


def test_a_list_of_ingredients_inside_the_article_stays_body() -> None:
    """Lines led by digits (quantities): a recipe's ingredients are the article's."""
    items = ["2 cups of plain flour sifted twice", "1 tbsp dried mixed herbs and salt", "3 large eggs beaten with the milk"]
    text = _page(_HEAD, _PARAS[:2], items, _PARAS[2:], _MORE, _FOOTER)
    body = clean_text(text).body
    assert all(i in body for i in items)


def test_an_app_promo_between_paragraphs_does_not_end_the_article() -> None:
    """A call to action inside the article costs the in-body penalty when two article lines follow
    it: at the section-ending one the short paragraphs after it were cut off."""
    after = ["\"Can we keep the old packs?\" one owner asked the harbour master.",
             "The harbour master said that they could not, and that the collection was free."]
    text = _page(_HEAD, _PARAS, ["CLICK HERE TO GET THE BAY LEDGER APP"], after, _FOOTER)
    result = clean_text(text)
    assert all(p in result.body for p in after)
    assert _dropped(text)["CLICK HERE TO GET THE BAY LEDGER APP"] == "promo"


def test_a_newsletter_box_closing_the_article_still_ends_it() -> None:
    teaser = "Watch Now Contestants race the clock against a quiz champion in the new season of the show."
    text = _page(_HEAD, _PARAS, ["Get the latest news from the Bay Ledger in your inbox.", "Sign up for our emails"],
                 [teaser, "Find out More"], _FOOTER)
    assert teaser not in clean_text(text).body
