"""A wire dateline's credit: the agency or paper a story's opening bracket names ('WASHINGTON (Reuters) -',
'(CNN) —', 'Feb 5 (Reuters) -'), as the registry names it or as the paragraph prints it. Moved out of
clean.byline, which reads the author lines."""
from __future__ import annotations

import re

from storyline.clean.credited_outlet import credited_outlet
from storyline.rules import words


def agency_credit(paragraph: str) -> str | None:
    """The agency or paper a wire dateline opening a paragraph credits ('WASHINGTON (Reuters) -',
    'HARBOR CITY, June 3, 2024 (Tri-County Herald) -', '(CNN) —'): one the registry knows or shaped
    as an outlet's name (credited_outlet)."""
    credit = opening_credit(paragraph)
    if not credit:
        return None
    # Reuters' dateline prints the day between the place and the credit ('LONDON, March 4 (Reuters) - '): a
    # capitalised word in brackets after a place and a day is the wire that filed it, known to the registry
    # or not (UPI and Korea Bizwire in that form on the dev sets; lead43's invented wire)
    return credited_outlet(credit) or (credit if _DATED_CREDIT.match(paragraph) else None)


_DATED_CREDIT = re.compile(r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                           r"\s+\d{1,2}\s+\([A-Z][\w&.-]{1,24}\)\s*[-–—]")


# '(CNN) — ', '(Reuters) - ': a broadcaster's or agency's own credit opening the story with no place
# before it (CNN's and Reuters' web stories whose dateline the site drops); Reuters prints the day
# before it when there is no place ('Feb 5 (Reuters) - ', 'May 22 (Reuters) - ': lead27).
_PLACELESS_CREDIT = re.compile(r"^\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+)?"
                               r"\((?P<credit>[^()\n]{1,40})\)\s*[-–—―]+\s")


def opening_credit(paragraph: str) -> str | None:
    """The bracketed credit a paragraph opens with, after a wire dateline's place or with none."""
    from storyline.clean.wire_dateline import opening_dateline

    found = opening_dateline(paragraph.strip())
    if found:
        return " ".join(found.credit.split()) if found.credit else None
    m = _PLACELESS_CREDIT.match(paragraph)
    return " ".join(m["credit"].split()) if m else None


def agency_as_printed(paragraph: str) -> str | None:
    """The credit of a wire dateline as the paragraph prints it ('AP' of 'WASHINGTON (AP) —'): a
    byline names its author as credited, where the outlet is the registry's name (agency_credit)."""
    from storyline.clean.wire_dateline import opening_dateline

    found = opening_dateline(paragraph.strip())
    credit = " ".join(found.credit.split()) if found and found.credit else None
    return credit if credit and (credited_outlet(credit) or _national_agency(credit)) else None


def _national_agency(credit: str) -> bool:
    """A national agency's credit the outlet registry does not list ('PTI', 'IANS', 'APP': rules/citations.toml
    [wire_services] and [news_agency_names]): Indian and Pakistani papers print agency copy under the
    dateline's credit alone, with no byline line ('New Delhi, Dec 3 (PTI) …'; branch probe27)."""
    return credit in words("citations", "wire_services") | words("citations", "news_agency_names")
