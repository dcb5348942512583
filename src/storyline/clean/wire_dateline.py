"""The wire dateline that opens a story's paragraph, one shape for every reader of it.

AP Stylebook, 'datelines': the place in capital letters, then the state or country where the place
needs one, and a dash before the first word of the story; wires put their credit in brackets before
the dash and may print the date after the place ('WASHINGTON (AP) — ', 'HEMPSTEAD, N.Y., Sept. 26
(UPI) — ', 'BEIJING, Dec. 3 (Xinhua) -- ', 'CARACAS, Venezuela — '). Three stages read it: the
outlet a paragraph credits (clean.byline.agency_credit), the cut that parses the dateline apart from
the lede (extract.nlp), and the place that is no mention of the story's entities (extract.entities).
The publication date read from a lead dateline (clean.dateline.lead_dateline) anchors on the date
instead and also accepts places in title case ('New Delhi, Dec 3 (PTI) -'); it shares CREDIT and DASH.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# the place in capitals: 'WASHINGTON', 'SÃO PAULO', 'ST. LOUIS', "KHAN YOUNIS"
_PLACE = r"[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,40}"
# ', N.Y.' / ', Venezuela' / ', Calif.': the state or country after the place
_REGION = r"(?:,\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ.]{1,15})*"
# ', Sept. 26' / ', June 3, 2024' / ', Monday': a date or weekday before the credit or dash
_DATE_PART = r"(?:,[^\n!?()]{0,40}?)?"
# '(Reuters)' then the dash: hyphens, en or em dashes, '--', a horizontal bar ('HEMPSTEAD, N.Y. ―', polnear-dev),
# or '_' (plain-text wire feeds)
CREDIT = r"(?:\((?P<credit>[^()\n]{1,40})\)\s*)?"
DASH = r"[-–—―_]+"
_WIRE_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>{_PLACE}){_REGION}{_DATE_PART}\s*{CREDIT}{DASH}(?:[ \t]+(?=\S)|[ \t]*$)")

# PTI's and IANS's form with no dash: the place in title case, the date, the credit, then the story's first word
# ('New Delhi, Jan 5 (PTI) The Supreme Court …': Press Trust of India copy as Indian papers print it; lead34);
# ANI's and APP's put a colon after the credit ('Mumbai (Maharashtra) [India], Jan 13 (ANI): …', 'ISLAMABAD,
# Dec 6 (APP): …': the agencies' house style; dates-dev text prints ANI's on 4 lines of one page; probe27)
_MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DASHLESS = re.compile(rf"(?m)^[ \t]*(?P<place>[A-ZÀ-Þ][\w.'’-]*(?:\s[A-ZÀ-Þ][\w.'’-]*){{0,2}}),\s*{_MONTH_ABBREVIATION}\s+\d{{1,2}}"
                       r"\s*\((?P<credit>[A-Z][A-Za-z]{1,9})\):?[ \t]+(?=[A-Z\"“‘'])")

# AFP's form as its clients print it: the place in title case, the credit in brackets, then the dash ('Lagos
# (AFP) - …', 'Paris (AFP) – …': France 24's and Barron's AFP copy; lead36). The bracketed credit is what
# makes a title-case place a dateline: without it 'Lagos - …' may open any sentence. A paper that sets wire copy
# in its own case keeps the AP-style country or state and the wire's date after the place ('Nairobi, Kenya
# (AFP) -', 'Kampala, Oct. 5 (Xinhua) --', 'Hempstead, N.Y., Sept. 26 (UPI) —': the AP Stylebook's dateline
# parts, above, in title case; branch probe44).
_TITLE_CASE_PARTS = r"(?:,\s*(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ.]{1,15}(?:\s+\d{1,2})?|\d{4}))*"
_TITLE_CASE_CREDITED = re.compile(rf"(?m)^[ \t]*(?P<place>[A-ZÀ-Þ][a-zà-ÿ'’.-]+(?:\s[A-ZÀ-Þ][a-zà-ÿ'’.-]+){{0,2}})"
                                  rf"{_TITLE_CASE_PARTS}\s*\((?P<credit>[A-Z][A-Za-z]{{1,9}})\)\s*{DASH}[ \t]+(?=\S)")

_SPACED_DASH = re.compile(r"\s[-–—_]")
# 'US - China talks', 'UN - backed': fewer capitals than this before the dash are a compound.
MIN_PLACE_LETTERS = 3


@dataclass(slots=True, frozen=True)
class WireDateline:
    """A dateline's character span in its text, its place's span and the credit in brackets."""

    start: int
    end: int            # where the story's first word starts
    place_start: int
    place_end: int
    credit: str | None


def wire_datelines(text: str) -> Iterator[WireDateline]:
    """Every wire dateline opening a line of `text`, in order."""
    found = [d for m in _WIRE_DATELINE.finditer(text) if (d := _dateline(m)) is not None]
    taken = {d.start for d in found}
    found += [d for rx in (_DASHLESS, _TITLE_CASE_CREDITED) for m in rx.finditer(text)
              if m.start("place") not in taken and (d := _dateline(m)) is not None]
    yield from sorted(found, key=lambda d: d.start)


def opening_dateline(paragraph: str) -> WireDateline | None:
    """The wire dateline `paragraph` opens with (after spaces or tabs), if any."""
    m = _WIRE_DATELINE.match(paragraph) or _DASHLESS.match(paragraph) or _TITLE_CASE_CREDITED.match(paragraph)
    return _dateline(m) if m else None


def _dateline(m: re.Match[str]) -> WireDateline | None:
    # the place ends at a spaced dash ('KL -RRB- said' in tokenised text is no place 'KL -RRB')
    place = _SPACED_DASH.split(m.group("place"), maxsplit=1)[0].rstrip(" -.'’")
    if m.re not in (_DASHLESS, _TITLE_CASE_CREDITED) and sum(c.isupper() for c in place) < MIN_PLACE_LETTERS:
        return None
    credit = m.group("credit")
    return WireDateline(m.start("place"), m.end(), m.start("place"), m.start("place") + len(place),
                        credit.strip() if credit else None)


# The colon dateline of South Asian, Gulf and Malaysian papers ('LAHORE: The board fined …', 'Dubai: The
# league …': Dawn, Gulf News, The Star, Times of India style) opening the story: a place of one to three
# capitalised words and a colon before a full sentence of news (15 words or more, to its full stop). Read at
# the text's start only: further down, a capitalised head and a colon is a transcript's speaker or a label
# ('PENCE: Well, …', 'UPDATE: …'); lead36, lead37.
_COLON_DATELINE = re.compile(r"[ \t]*(?P<place>[A-ZÀ-Þ][\w.'’-]*(?:\s[A-ZÀ-Þ][\w.'’-]*){0,2}):\s+(?=[A-Z\"“])")
COLON_LEDE_WORDS = 15


def colon_dateline_end(text: str) -> int | None:
    """Where the story's first words start after a colon dateline opening `text`, else None."""
    m = _COLON_DATELINE.match(text)
    if m is None:
        return None
    lede = re.split(r"(?<=[.!?])\s", text[m.end():], maxsplit=1)[0].split("\n")[0]
    words = lede.split()
    # a headline in title case is no lede ('Pat Caddell: Democrat Voters Worried About …', polnear-dev)
    sentence_case = sum(w[:1].isupper() for w in words) < len(words) / 2
    return m.end() if len(words) >= COLON_LEDE_WORDS and lede.rstrip(" \"”'").endswith(".") and sentence_case else None
