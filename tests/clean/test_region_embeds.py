"""Body lines the region lost next to furniture: photo credits with the copyright sign, embedded posts,
bare links, a lead sparse in function words, a three-link module between paragraphs (branch clean12).
Invented text only."""
from __future__ import annotations

import re

from storyline.clean.lines import explicit_reason
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
]
_CLOSING = "Owners can call the authority's helpline until the end of the month."
_FOOTER = ["Share this article", "© 2025 Bay Ledger. All rights reserved.", "About us Contact Advertise Privacy"]


def _page(*blocks: list[str]) -> str:
    return "\n\n".join(line for block in blocks for line in block)


def _dropped(text: str) -> dict[str, str]:
    return {d.text: d.reason for d in clean_text(text).dropped}


def test_a_copyright_sign_photo_credit_does_not_end_the_article() -> None:
    """'© NAME' between two article lines is a photo credit: as a copyright line it was a hard stop,
    and every paragraph after the photo was lost. It stays a copyright line (the outlet reader tells
    credits by their place)."""
    text = _page(_HEAD, _PARAS, ["© Lena Oakes"], _MORE, _FOOTER)
    body = clean_text(text).body
    assert all(p in body for p in _PARAS + _MORE)
    assert _dropped(text)["© Lena Oakes"] == "copyright"


def test_a_credit_form_in_the_footer_still_ends_the_article() -> None:
    """The footer's notice of the same form ('© Bay Ledger Media', no year) has no article line below
    it: it stays a hard stop, and the publisher's prose after it stays out."""
    about = ("The Bay Ledger is an independent newspaper that has served the harbour towns of the northern "
             "coast since 1921 and is owned by a trust of its readers.")
    text = _page(_HEAD, _PARAS, _MORE, ["© Bay Ledger Media", "Privacy", about])
    assert about not in clean_text(text).body


def test_only_a_short_notice_without_a_year_reads_as_a_credit() -> None:
    from storyline.rules import pattern

    credit = pattern("boilerplate_context", "copyright_credit", re.IGNORECASE)
    assert credit.match("© Alfa Romeo F1 Team") and credit.match("©iStock") and credit.match("(c) Wiley-VCH")
    assert not credit.match("© 2025 Bay Ledger") and not credit.match("© Bay Ledger. All rights reserved.")
    assert not credit.match("© Getty Images MANCHESTER, ENGLAND - SEPTEMBER 28: students look out of a window")
    assert explicit_reason("© Lena Oakes") == "copyright"


def test_an_embedded_post_and_the_paragraph_after_it_stay_body() -> None:
    """The post's text and its signature are short and link-like: they scored as menu lines, and the
    closing paragraph after them was cut off with them."""
    post = ["Ferries back on the water tomorrow #bayport pic.twitter.com/x1y2z3",
            "— Bay Port Authority (@BayPortAuth) March 3, 2025"]
    text = _page(_HEAD, _PARAS, _MORE, post, [_CLOSING], _FOOTER)
    body = clean_text(text).body
    assert all(line in body for line in [*post, _CLOSING])


def test_a_bare_link_between_paragraphs_does_not_end_the_article() -> None:
    link = "https://bayledger.example/audio/ferry-recall-interview.mp3"
    text = _page(_HEAD, _PARAS, _MORE, [link], [_CLOSING], _FOOTER)
    assert _CLOSING in clean_text(text).body


def test_a_long_lead_sparse_in_function_words_opens_the_article() -> None:
    """Names and titles leave a lead under the page's function-word bar; right above the article's
    first paragraph and under the headline, it is the article's first line."""
    lead = ("Bayport Mayor Ana Ruiz, Harbour Master Teo Varga, Councillors Lena Oakes, Jon Pike and Sam Hale, "
            "Fairplug Director Ola Berg and Ferry Owners' Association Chair Ivo Kant signed Bayport's Quay Safety Charter Monday.")
    text = _page(_HEAD, [lead], _PARAS, _MORE, _FOOTER)
    assert clean_text(text).body.startswith(lead)


def test_a_lead_above_the_headline_copy_stays_out() -> None:
    """The rule stops at the headline copy: a teaser's long sentence above it is not the article's."""
    teaser = ("Bayport Mayor Ana Ruiz, Harbour Master Teo Varga, Councillors Lena Oakes, Jon Pike and Sam Hale, "
              "Fairplug Director Ola Berg and Ferry Owners' Association Chair Ivo Kant signed Bayport's Quay Safety Charter Monday.")
    text = _page(_HEAD[:1], [teaser], _HEAD[1:2], _PARAS, _MORE, _FOOTER)
    assert teaser not in clean_text(text).body


def test_embed_labels_are_in_body_furniture() -> None:
    labels = ["View this post on Instagram", "A post shared by Bay Ledger (@bayledger)"]
    text = _page(_HEAD, _PARAS, labels, _MORE, _FOOTER)
    result = clean_text(text)
    assert all(p in result.body for p in _PARAS + _MORE)
    assert {t: r for t, r in _dropped(text).items() if t in labels} == dict.fromkeys(labels, "embed")


def test_a_module_of_three_links_between_paragraphs_keeps_the_paragraphs_after_it() -> None:
    module = ["Read also", "Council approves new cycle lanes on the waterfront", "Fishing fleet returns early as storm nears",
              "Bayport school wins national robotics prize"]
    text = _page(_HEAD, _PARAS, module, ["The authority will publish a list of affected serial numbers on Friday.", _CLOSING], _FOOTER)
    body = clean_text(text).body
    assert _CLOSING in body
    assert not any(line in body for line in module)
