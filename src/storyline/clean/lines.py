"""One line of a scrape: its shape features and the explicit boilerplate rules that name it.

`explicit_reason` answers "is this line a known kind of boilerplate, and which?" from the line
alone (promo, social, comments, ad, copyright, byline, dateline, credit, caption, related,
navigation). Every pattern below was seen in the five seed scrapes or the extraction-dev pages
(html-text output); each says where. The statistical side (is this prose?) lives in
`line_features` and `prose_score`, used by `storyline.clean.text`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_TERMINAL = re.compile(r"""[.!?…:;]["'”’»)\]]*$|[.!?]["'”’»)\]]*\s*\(?[A-Z]{2,}\)?$""")
_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
           "july|august|september|october|november|december")


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


# Whole-line rules: (reason, pattern matched against the stripped line). Order matters only for
# the reason shown; each is anchored so that a body sentence merely mentioning a word survives.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Advertisement" closes seed 004; NYT pages in extraction-dev carry "Advertisement" and
    # "Continue reading the main story" between paragraphs.
    ("ad", _rx(r"^(advertisement|advertising|sponsored( content)?|ad|promoted|paid content)\W*$",
               r"^(story|article) continues below( advertisement)?\W*$",
               r"^continue reading( the main story| below)?\W*$", r"^supported by\W*$")),
    # Seeds 000 ("Join our ... Telegram channel"), 003 ("Sign up now: ... newsletters", "See more on").
    ("promo", _rx(r"^(sign up|subscribe|join (our|us)|get (the|our) .{0,40}newsletter|download (the|our) .{0,20}app)\b",
                  r"^see more on\W*$", r"\bnewsletters? delivered\b", r"^(click|tap) here\b",
                  r"^(already a subscriber|become a (member|subscriber)|support (our|independent) journalism)\b",
                  r"^(get|start) (unlimited|full|digital) access\b", r"^get access to\b", r"^(try|start) (a |your )?free trial\b")),
    # Seeds 002 ("Follow NAME on Twitter: @handle"), 003 ("Follow topic:").
    ("social", _rx(r"^follow (topic|us|@|[^.]{1,60} on (twitter|x|facebook|instagram|linkedin|threads|bluesky))",
                   r"^(share|tweet|email|pin|whatsapp|copy link)( (this|the) (article|story|page))?( on \w+)?\W*$",
                   r"^(share|follow) (on|via) \w+", r"^@\w+$")),
    # Seed 001 closes with a WordPress comment form.
    ("comments", _rx(r"^be the first to comment", r"^leave a (reply|comment)", r"^post a comment",
                     r"^your email address will not be published", r"required fields are marked",
                     r"^\d+ comments?\W*$", r"^comments?( \(\d+\))?\W*$", r"^(log|sign) in to (comment|reply)",
                     r"^(view|show|read) (all )?\d* ?comments\b", r"^join the (conversation|discussion)\W*$",
                     # extraction-dev comment threads: "As you comment, please be respectful ...".
                     r"^as you comment\b",
                     r"^(reply|report|flag|upvote|downvote|report abuse|load more comments)\W*$")),
    # Seed 000 footer "© 2020 Miami Herald"; "All rights reserved" closes many extraction-dev pages.
    ("copyright", _rx(r"^(©|\(c\)|copyright\b)", r"\ball rights reserved\b\W*$")),
    # Seed 002 "BY NORA GÁMEZ TORRES"; extraction-dev "By Jamelle Bouie", "Tom Krisher, Ap Auto Writer".
    ("byline", re.compile(r"^(?i:by|written by|reported by)\s+[A-ZÀ-Þ][\w.'’-]*(\s+(and|&|de|da|del|van|von|la|le|"
                          r"[A-ZÀ-Þ][\w.'’-]*),?){0,6}(\s*[,|]\s*[\w.'’ ]{2,40})?$")),
    # Seed 002 "July 23, 2019 06:00 AM, Updated July 23, 2019 05:27 PM"; extraction-dev
    # "Updated 1:39 am EST, Wednesday, November 20, 2019".
    ("dateline", _rx(rf"^((published|updated|posted|last updated)\s*:?\s*)?(\w+day,?\s+)?({_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}\b[\w\s:.,|/-]*$",
                     rf"^(published|updated|posted|last updated)\b[\w\s:.,|/-]{{0,60}}({_MONTHS}|\d{{4}})[\w\s:.,|/-]*$",
                     r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}([\s,]+\d{1,2}:\d{2}\s*(am|pm)?\s*\w*)?$",
                     rf"^\d{{1,2}}\s+({_MONTHS})\.?,?\s+\d{{4}}([\s,|-]+\d{{1,2}}[:.]\d{{2}}\s*(am|pm)?\s*\w*)?$")),
    # Seed 003 "PHOTO: REUTERS"; seed 004 "dpa/picture-alliance/Sipa USA"; extraction-dev
    # "Photo: Damian Dovarganes, AP", "Image 1 of 23", "Getty Images".
    ("credit", _rx(r"^(photo|image|picture|photograph|video|graphic|illustration)s?( credit)?\s*:",
                   r"^(photo|image|credit)s?\W*$", r"^(image|photo) \d+ of( / )?\d*\W*$", r"^\d+ / \d+$",
                   r"^(getty images|ap photo|afp|reuters|epa|shutterstock|istock)\b[\w\s/.,-]{0,40}$",
                   r"^[\w.-]+(\s[\w.-]+)?(/[\w.-]+(\s[\w.-]+){0,2}){1,4}$")),
    # Seeds 000 "... (Billal Bensalem/APP/Abaca Press/TNS)", 002 "... By AP"; NYT "Credit... Name".
    ("caption", _rx(r"\((ap |afp |reuters )?photo[^)]{0,60}\)\W*$", r"\([^()]{2,50}/[^()]{2,60}\)\W*$",
                    r"\bcredit\s*(\.\.\.|…|:)\s*[^.]{2,60}$", r"\.\s*(by|photo:?|photos:?)\s+(ap|afp|reuters|getty( images)?|epa)\W*$",
                    r"^(caption|close|expand|enlarge|back to gallery|view gallery|open gallery)\W*$",
                    r"(\.\.\.|…) more$", r"\.\s+less$",
                    # extraction-dev: "... (Image: GETTY )", "... November 19, 2019. © Reuters"
                    r"\((image|photo|picture|pic|video)s?\s*:\s*[^()]{1,50}\)\W*$", r"[.!?]\s*©\s*[\w .]{2,30}$")),
    # Seed 002 "Up Next", "What's happening in Venezuela? Here's a guide ..."; extraction-dev
    # "Related", "More from ...", "Recommended", "Most popular".
    ("related", _rx(r"^(up next|related( (stories|articles|coverage|content|posts|topics|news|links))?|read more|"
                    r"more (stories|news|from [\w\s]{1,30})|recommended( for you| stories)?|you (may|might) (also )?like|"
                    r"most (popular|read|viewed|shared)|trending( now| stories)?|top stories|latest( news| stories)?|"
                    r"what to read next|editor'?s picks|further reading|see also|more on this( story)?)\W*$",
                    r"^what['’]s happening in [^?]{2,40}\?", r"\bhere['’]s (a|our|what you need)\b.{0,20}\bguide\b",
                    r"^(read|see|watch) (more|also|next|the full)\b.{0,60}$", r"^(related|read more|also read|read also)\s*:")),
    ("navigation", _rx(r"^(skip to (main )?(content|navigation|site index)|menu|main menu|home|search|log ?in|sign ?in|"
                       r"log ?out|sign ?out|register|my account|account|sections|back to top|top|print|next|previous|"
                       r"close|open|toggle navigation|more|loading\.*|show more|load more|en|es|english)\W*$",
                       r"^(privacy( policy)?|terms( of (use|service))?|cookie (policy|settings|preferences)|"
                       r"contact us|about us|site ?map|careers|accessibility|help|faq|rss|newsletters?)\W*$",
                       r"^([\w&'’.-]+( [\w&'’.-]+){0,2}\s*[|•·»›/]\s*){2,}[\w&'’.-]+( [\w&'’.-]+){0,2}$")),
)


def explicit_reason(line: str) -> str | None:
    """The named boilerplate rule this line matches on its own, or None."""
    text = line.strip()
    for reason, pattern in _RULES:
        if pattern.search(text):
            return reason
    return None


@dataclass(slots=True, frozen=True)
class LineShape:
    """Surface features of one line; see `line_features`."""

    chars: int
    words: int
    stop_density: float
    terminal: bool
    starts_lower: bool
    capital_share: float
    alpha_share: float
    digit_share: float
    quote: bool


def words_of(line: str) -> list[str]:
    return _WORD.findall(line)


def line_features(line: str, stopwords: frozenset[str] = frozenset()) -> LineShape:
    """Length, function-word density, sentence shape and character mix of one line."""
    text = line.strip()
    words = words_of(text)
    n = len(words) or 1
    return LineShape(
        chars=len(text),
        words=len(words),
        stop_density=sum(w.casefold() in stopwords for w in words) / n,
        terminal=ends_sentence(text),
        starts_lower=starts_lower(text),
        capital_share=sum(w[0].isupper() for w in words) / n,
        alpha_share=sum(c.isalpha() for c in text) / max(len(text), 1),
        digit_share=sum(c.isdigit() for c in text) / max(len(text), 1),
        quote=bool(text) and text[0] in "\"“‘'«",
    )


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (period, ?, !, ellipsis, colon, closing quote)."""
    return bool(_TERMINAL.search(text.rstrip()))


def starts_lower(text: str) -> bool:
    """True when the first letter (after opening quotes/brackets) is lower-case."""
    for c in text.lstrip("\"“‘'«([—– -"):
        return c.islower()
    return False


def is_headline_shaped(text: str) -> bool:
    """A line that reads like a headline: 3-25 words, no sentence end, not a list of names.

    Seed titles (all five) and the embedded teaser headlines in seed 002 have this shape; a
    headline may end in "?" (seed 002 "What's happening in Venezuela? ...") but not in ".".
    """
    stripped = text.rstrip()
    return 3 <= len(words_of(text)) <= 25 and not stripped.endswith((".", ":", ";", ",")) and not starts_lower(text)


@dataclass(slots=True)
class Line:
    """A non-blank line of a document (1-based number), its shape, and why it was dropped."""

    no: int
    text: str
    shape: LineShape = field(repr=False)
    reason: str | None = None
    #: furniture found between body paragraphs (an embedded teaser): it must not end the article
    inline: bool = False
