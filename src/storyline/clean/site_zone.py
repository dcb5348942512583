"""The day a page's UTC published stamp names in its newsroom's zone, when the site's address names it.

A published stamp written in UTC ('2019-10-18T22:04:00Z') names the day in London; the readers of a
Vienna paper saw it on the 19th. The site's country-code domain names its country, and the IANA tz
database's zone.tab lists every zone of that country (rules/site_zones.toml): when all of them put the
instant on one day, that is the day the newsroom's pages print. A page that prints its day still
settles it (clean.pubdate_checks: a printed markup day wins over this one), and a domain sold to sites
anywhere ('.io', '.tv', '.co'; Google's generic ccTLDs) or a country whose zones straddle midnight
at the instant ('.com.au' at 13:27 UTC) names no day.

Evidence on dates-dev's dev half (docs/metadata.md 'tz42'): of 74 pages
on a country-code domain with a UTC published stamp, one's local day differs from the written one
(nachrichten.at, 22:04 UTC on 18 October 2019, gold the 19th), and none contradicts it; the pages whose
gold is the UTC day while their newsroom's is another (go.com, elespectador.com) are on '.com' or print
the UTC day.
"""
from __future__ import annotations

from datetime import datetime, time
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml.html import HtmlElement

from storyline.clean.html_meta import markup_dates, plausible_publication, stamp_moment
from storyline.rules import mapping, words

UTC_FIELD = ", UTC time"


def site_zones(url: str | None) -> tuple[str, ...]:
    """The IANA zones of the country the address's country-code domain names ('.at' → Europe/Vienna), or ()."""
    host = urlsplit(url or "").hostname or ""
    tld = host.rsplit(".", 1)[-1].casefold()
    if len(tld) != 2 or tld in words("site_zones", "generic_cctlds"):
        return ()
    country = str(mapping("site_zones", "cctld_countries").get(tld, tld.upper()))
    return tuple(str(mapping("site_zones", "country_zones").get(country, "")).split())


def local_day(moment: datetime, zones: tuple[str, ...]) -> str | None:
    """The day `moment` (an aware instant) falls on in every one of `zones`, or None when they disagree,
    when one is unknown to this system's tz database, or when the moment is a bare midnight in UTC (a
    date written with a zeroed time, '2020-01-10T00:00:00+00:00': seen on 3 dates-dev dev pages, each
    gold the written day)."""
    if not zones or moment.tzinfo is None or moment.timetz().replace(tzinfo=None) == time(0):
        return None
    try:
        days = {moment.astimezone(ZoneInfo(zone)).date() for zone in zones}
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return days.pop().isoformat() if len(days) == 1 else None


def newsroom_day(tree: HtmlElement, url: str | None, day: str | None, field: str) -> tuple[str | None, str]:
    """(day, field) of the page's published markup, its UTC stamp read in the site's zone when the
    address names one that puts it on another day; else as given."""
    if day is None or not field.endswith(UTC_FIELD):
        return day, field
    first = next(markup_dates(tree), None)
    moment = stamp_moment(first[2]) if first else None
    zones = site_zones(url)
    local = local_day(moment, zones) if moment is not None else None
    if local is None or local == day or not plausible_publication(datetime.fromisoformat(local).date()):
        return day, field
    tld = (urlsplit(url or "").hostname or "").rsplit(".", 1)[-1]
    return local, f"{field} {first and first[2]}, read in {zones[0]}, the zone of the site's '.{tld}' domain; written {day}"
