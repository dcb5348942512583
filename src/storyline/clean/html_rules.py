"""Our own rules for boilerplate paragraphs that trafilatura keeps in an article body.

Each rule is a name (the DroppedLine reason) and a test on one paragraph. The patterns come from
reading what trafilatura (precision mode, no comments) still kept on the extraction-dev split of
the Zyte article-extraction benchmark: ad labels, comment counters, share/follow prompts,
newsletter pitches, "Related:"/"Read more" link lists, photo and reporting credits, cookie
notices. Every pattern is anchored to the whole paragraph or its start and capped in length, so a
real sentence that merely mentions "newsletter" or "cookies" stays.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from storyline.model import DroppedLine

_I = re.IGNORECASE


def _whole(pattern: str) -> Callable[[str], bool]:
    """A test matching the whole paragraph (trailing punctuation and spaces allowed)."""
    rx = re.compile(rf"^\W*(?:{pattern})[\s.:!|…>»-]*$", _I)
    return lambda p: rx.match(p) is not None


def _short_start(pattern: str, max_chars: int) -> Callable[[str], bool]:
    """A test matching paragraphs that start with `pattern` and are at most `max_chars` long."""
    rx = re.compile(rf"^\W*(?:{pattern})", _I)
    return lambda p: len(p) <= max_chars and rx.match(p) is not None


def _short_contains(patterns: tuple[str, ...], max_chars: int) -> Callable[[str], bool]:
    """A test matching short paragraphs that contain every one of `patterns`."""
    rxs = [re.compile(p, _I) for p in patterns]
    return lambda p: len(p) <= max_chars and all(rx.search(p) for rx in rxs)


def _few_words(pattern: str, max_words: int) -> Callable[[str], bool]:
    """A test matching paragraphs of at most `max_words` words that contain `pattern`.

    For credits such as "© Reuters" or "Photo: John Doe/AFP": a sentence that merely ends "...
    told Reuters." is longer (the one on extraction-dev had 11 words).
    """
    rx = re.compile(pattern, _I)
    return lambda p: len(p.split()) <= max_words and rx.search(p) is not None


@dataclass(slots=True, frozen=True)
class Rule:
    reason: str
    test: Callable[[str], bool]


# Order matters only for which reason is recorded when two rules match.
RULES: tuple[Rule, ...] = (
    Rule("advertisement", _whole(r"advertisements?|advert|ad|sponsored(?: content)?|"
                                 r"story continues below(?: advertisement)?|"
                                 r"continue reading(?: the)?(?: main story| below)?")),
    Rule("comments counter", _whole(r"\(?\d*\)?\s*comments?(?:\s*\(\d+\))?|"
                                    r"(?:view|show|load|read|see)(?: all)?(?: \d+)? comments?|"
                                    r"tell us what you think|leave a (?:comment|reply)|"
                                    r"join the (?:conversation|discussion)")),
    Rule("share prompt", _whole(r"share(?: this(?: article| story| post| page)?| it)?"
                                r"(?: (?:on|via|with) [\w ,&]{1,40})?|"
                                r"(?:like this (?:story|article)\W+)?share it with a friend|"
                                r"tweet|email|print|pin it")),
    Rule("follow prompt", _short_start(r"follow (?:us|[\w'’.]+(?: [\w'’.]+){0,5}) on "
                                       r"(?:twitter|facebook|instagram|youtube|linkedin)", 200)),
    Rule("newsletter pitch", _short_contains((r"^\W*(?:sign up|subscribe|get|join|register|"
                                              r"want|start your day)\b",
                                              r"newsletters?\b|\binbox\b"), 300)),
    Rule("newsletter pitch", _whole(r"(?:[\w'’]+ ){0,4}newsletters?")),
    Rule("subscription pitch", _short_contains((r"\bclick here\b",
                                                r"\b(?:subscri|issues? for|offer)"), 300)),
    Rule("related links", _short_start(r"\[?(?:related(?: (?:posts?|articles?|stories|story|"
                                       r"content|coverage|reading|links?))?|read more|see more|"
                                       r"read also|also read|more from [\w .]+|"
                                       r"further reading|recommended(?: for you)?|watch|"
                                       r"you (?:may|might) also like)\s*[:|\]]", 250)),
    Rule("related links", _short_start(r"also on [\w-]+\.[a-z]{2,}\b", 250)),
    # Teaser headlines tagged the way tabloids tag links: "Minister quits [VIDEO]".
    Rule("related links", _short_contains((r"\[(?:video|pictures|photos|gallery|insight|reveal|"
                                            r"reaction|poll|live|latest|map)\]\W*$",), 200)),
    Rule("related links", _whole(r"more|related|read more|see more|don'?t miss|"
                                 r"you (?:may|might) also like|recommended(?: for you)?|"
                                 r"more (?:stories|news|from [\w .]+)|most (?:read|popular)|"
                                 r"trending(?: now)?|top stories")),
    Rule("photo credit", _short_start(r"\(?(?:photo(?:graph)?s?|images?|pictures?|credit|"
                                      r"illustration|photo credit|image credit)\s*(?::|by\b)", 150)),
    Rule("photo credit", _few_words(r"\b(?:getty images|afp|reuters|ap photo|shutterstock|"
                                    r"istock|epa)\b", max_words=6)),
    Rule("reporting credit", _short_start(r"\(?(?:additional )?(?:reporting|writing|editing) by\b",
                                          400)),
    Rule("reporting credit", _short_contains((r"contributed (?:to )?this report\W*$",), 400)),
    Rule("source line", _short_start(r"source\s*:", 80)),
    Rule("tags line", _short_start(r"(?:filed under|tags?|topics?|categor(?:y|ies))\s*:", 200)),
    Rule("cookie notice", _short_contains((r"\bcookies?\b",
                                           r"\b(?:use|accept|consent|policy|browsing|settings)\b"),
                                          400)),
    Rule("timestamp", _short_start(r"(?:updated|published|posted|last (?:updated|modified))"
                                   r"(?: at| on)?\b(?=.*\d)", 60)),
    Rule("reading time", _whole(r"(?:reading time\W*)?\d+\s*min(?:ute)?s?(?: read)?")),
    Rule("copyright line", _short_start(r"(?:copyright|©|\(c\))", 200)),
    Rule("tip line", _short_start(r"(?:have a (?:news )?tip|got a (?:news )?tip)\b", 300)),
    Rule("shortcode", _whole(r"\[\w+[^\]]*\].*\[/\w+\].*")),
)

# A heading such as "Related:" or "You may also like" is usually followed by a list of headlines.
_LIST_ITEM = re.compile(r"^\s*(?:[-•*·]|\d+\.)\s+\S")
_LINK_LIST_HEADINGS = frozenset({"related links"})
_WORD = re.compile(r"\w+")


def match_rule(paragraph: str) -> str | None:
    """The reason a paragraph is boilerplate, or None when no rule matches."""
    text = paragraph.strip()
    for rule in RULES:
        if rule.test(text):
            return rule.reason
    return None


def headline_key(text: str) -> str:
    """A paragraph's words, lowercased: how a repeated headline is recognised."""
    return " ".join(_WORD.findall(text.lower()))


def apply_rules(paragraphs: list[str], page_lines: dict[str, str] | None = None
                ) -> tuple[list[str], list[DroppedLine]]:
    """Split paragraphs into those kept and those our rules drop (line_no = paragraph index).

    `page_lines` maps the headline_key of texts the page shows outside the article prose (its
    title and <h1>s, image alt texts and captions) to the reason for dropping a body paragraph
    that merely repeats one.
    """
    kept: list[str] = []
    dropped: list[DroppedLine] = []
    in_link_list = False
    for index, paragraph in enumerate(paragraphs):
        reason = match_rule(paragraph) or (page_lines or {}).get(headline_key(paragraph))
        if reason is None and in_link_list and _LIST_ITEM.match(paragraph):
            reason = "related links"
        if reason is None:
            kept.append(paragraph)
        else:
            dropped.append(DroppedLine(index, paragraph, reason))
        in_link_list = reason in _LINK_LIST_HEADINGS
    return kept, dropped
