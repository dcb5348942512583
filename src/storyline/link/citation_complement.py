"""A citation whose only time is the reported event's: 'X said in a statement reported by the Ledger that the
line opened on March 1.' The day sits in the that-clause the outlet reported, so it dates the opening, not
the report: the report came on that day or after it, and no later than the citing article (news reports an
event after it happens; branch probe40: a follow-up a week on cited a rival's story of two days after the
opening, and its time was read as the report's own day)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.extract.citations import Citation
    from storyline.link.provenance import OutletIndex

# how long after an event a report of it is read as news of it: a month (a later article retells it)
REPORT_REACH = timedelta(days=31)

# the reporting verb and its that-clause ('reported by X that', 'told X that', 'X reported that')
_THAT_CLAUSE = re.compile(r"\b(?:reported|told|said|wrote|according)\b.{0,80}?\bthat\b", re.IGNORECASE)
# a time word or a number before the clause: the report's own time may be there ('reported on Monday that')
_TIME_WORD = re.compile(
    r"\b(?:\d|yesterday|today|tonight|last|this|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|month|year)", re.IGNORECASE)


def event_time_only(text: str) -> bool:
    """The citation's words before the reported that-clause name no time, so its time is the clause's."""
    clause = _THAT_CLAUSE.search(text)
    return clause is not None and not _TIME_WORD.search(text[:clause.end()])


def report_after_event(citation: Citation, group: set[str | None], index: OutletIndex,
                       published: str | None) -> str | None:
    """The cited outlet's one article from the reported event's day to the citing article's; None when
    the citation's time is no day, the clause's time may be the report's, or several articles fit."""
    time = citation.time
    if not time or len(time) != 10 or not published or time > published[:10] or not event_time_only(citation.text):
        return None
    until = min(published[:10], (date.fromisoformat(time) + REPORT_REACH).isoformat())
    found = index.earlier(replace(citation, time=None), group, until, since=time)
    return found[0] if len(found) == 1 else None


__all__ = ["event_time_only", "report_after_event"]
