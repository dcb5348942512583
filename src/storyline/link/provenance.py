"""Corpus stage: resolve citation spans to the ingested article each points at, when one matches."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from storyline import rules
from storyline.extract.citations import Citation, cited_names, outlet_key, times_agree
from storyline.extract.names import fold, initials_of_words
from storyline.extract.outlet_names import AU_CALL_SIGN_SHAPE, station_key, station_prefix
from storyline.extract.romanised_names import family_name_first
from storyline.link.citation_complement import report_after_event
from storyline.link.citation_content import content_matched
from storyline.link.citation_recent import _day, recent_reports, resolve_sharing
from storyline.payloads import CitationPayload
from storyline.store.base import CitationLink, CorpusQuery, CorpusRow

if TYPE_CHECKING:
    from storyline.model import Article, Span
    from storyline.store import Store


class OutletIndex:
    """The corpus's dated articles by outlet and date, built once: a citation looks up the articles
    of its outlet and time instead of scanning every article (linear in the corpus, not quadratic).

    `outlets` (every corpus outlet's key) decides what a cited name stands for; the dated articles
    indexed may be only those of the outlets the citations at hand name (resolve_citations loads no
    others), which resolves them exactly as an index of the whole corpus would."""

    def __init__(self, articles: Iterable[Article | CorpusRow], outlets: Iterable[str] | None = None) -> None:
        # (outlet key, date prefix) → articles published within it ('2023', '2023-05', '2023-05-14'),
        # and (outlet key, date) → articles dated exactly so (a coarser date a finer citation agrees with)
        self.within: dict[tuple[str, str], list[_Dated]] = {}
        self.exact: dict[tuple[str, str], list[_Dated]] = {}
        self.by_outlet: dict[str, list[_Dated]] = {}
        self.published: dict[str, str] = {}
        found: set[str] = set()
        spelled: dict[str, str] = {}  # an outlet's initials as its printed name spells them ('UKNA')
        for a in articles:
            value = a.published.value
            if a.outlet and value:
                key = outlet_key(a.outlet)
                found.add(key)
                spelled[key] = initials_of_words(a.outlet).casefold()
                dated = _Dated(a.id, a.duplicate_of, value)
                self.exact.setdefault((key, value), []).append(dated)
                self.by_outlet.setdefault(key, []).append(dated)
                self.published[a.id] = value
                for size in _DATE_PREFIXES:
                    if len(value) >= size:
                        self.within.setdefault((key, value[:size]), []).append(dated)
                for week in _weeks_of(value):
                    self.within.setdefault((key, week), []).append(dated)
        self.outlets = found if outlets is None else set(outlets)
        self._short: dict[str, set[str]] = {}
        for key in self.outlets:
            for short in _short_forms(key) | ({spelled[key]} - {"", key} if key in spelled else set()):
                self._short.setdefault(short, set()).add(key)

    def outlets_for(self, cited: str) -> list[str]:
        """The corpus outlets a cited name stands for: the name itself, else the one corpus outlet it
        is a short form of ('the Times' when one '… Times' is in the corpus, 'AP' for 'Associated Press')."""
        found = []
        prefix = station_prefix(cited.strip())
        for name in cited_names(cited):
            if prefix and name.startswith(prefix.casefold() + " ") and outlet_key(prefix) in self.outlets:
                name = outlet_key(prefix)  # 'WPRH 7 Action News' cited, the station's own page naming it 'WPRH 7'
            sign = station_key(name) or ""
            short = self._short.get(name) or self._short.get(sign, set())
            if name in self.outlets:
                found.append(name)
            elif sign in self.outlets:
                found.append(sign)  # 'KDMR 5' cited, the page's copyright line printing the bare call sign 'KDMR'
            elif len(short) == 1:
                found.extend(short)
            elif len(initials := self._short.get(_initials(name), set())) == 1:
                found.extend(initials)
            elif (bare := _less_tail(name)) in self.outlets:
                found.append(bare)
            elif bare and len(short := self._short.get(bare, set())) == 1:
                found.extend(short)  # 'BBN News' cited, the site's name 'Britannia Broadcasting News' (lead25)
            elif (listed := _registry_key(name)) in self.outlets:
                found.append(listed)  # 'Politico Europe' cited, the pages' masthead 'Politico' (rules/outlets*.toml `short`)
        return found

    def resolve(self, citation: Citation, group: set[str | None]) -> str | None:
        """The one article of the cited outlet published within the citation's time (never the
        citing article's own reprint group), else None."""
        time = citation.time
        if not time:
            return None
        matches: dict[str, None] = {}
        for key in self.outlets_for(citation.outlet):
            candidates = self.within.get((key, time[:8] if "W" in time else time), []) + [
                a for size in _DATE_PREFIXES if size < len(time) for a in self.exact.get((key, time[:size]), [])]
            for a in candidates:
                if a.id not in group and a.duplicate_of not in group - {None} and time_agrees(time, a.published):
                    matches[a.id] = None
        return next(iter(matches)) if len(matches) == 1 else None


    def earlier(self, citation: Citation, group: set[str | None], before: str | None, since: str = "") -> list[str]:
        """The cited outlet's articles published on or before `before` (the citing article's date)
        and not before `since`, earliest first, none of the citing article's reprint group."""
        if not before:
            return []
        found = {a.id: a.published for key in self.outlets_for(citation.outlet) for a in self.by_outlet.get(key, [])
                 if a.id not in group and a.duplicate_of not in group - {None}
                 and since[:10] <= a.published[:10] <= before[:10]}
        return sorted(found, key=lambda i: (found[i], i))


@dataclass(slots=True, frozen=True)
class _Dated:
    """What the index keeps of a dated article."""

    id: str
    duplicate_of: str | None
    published: str


_DATE_PREFIXES = (4, 7, 10)  # year, month, day of an ISO date


def _iso_week(value: str) -> str | None:
    """'2022-03-18' → '2022-W11', the form a week's time expression takes ('last week')."""
    if len(value) < 10:
        return None
    try:
        year, week, _ = date.fromisoformat(value[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def _weeks_of(value: str) -> list[str]:
    """The weeks a publication day falls in: its ISO week, and for a Sunday also the week that opens
    with it on a US calendar (CLDR weekData: firstDay 'sun' for the US, Canada and others), as 'told
    the Report last week' counts from a Tuesday back over the Sunday before (branch probe14: an
    interview published on a Sunday, cited 'last week' the Tuesday nine days later)."""
    week = _iso_week(value)
    if week is None:
        return []
    day = date.fromisoformat(value[:10])
    return [week, _iso_week((day + timedelta(days=1)).isoformat()) or week] if day.weekday() == 6 else [week]


def time_agrees(time: str, published: str) -> bool:
    """A citation's time agrees with a publication date within it; a week ('told the Report last
    week', '2022-W11') with a day inside that week (an ISO week is no prefix of the days in it)."""
    if "W" in time:
        if time.endswith("-WE") and len(published) >= 10:  # a weekend is the ISO week's Saturday and Sunday
            return _iso_week(published) == time[:8] and date.fromisoformat(published[:10]).weekday() >= 5
        return time[:8] in _weeks_of(published)
    return times_agree(time, published)


def _registry_key(name: str) -> str:
    """The key of the outlet the registry files a cited name under ('politico europe' → 'politico', 'rté news' → 'rté'),
    or '' when it knows none: an edition's or a news division's name beside the brand its own pages print (probe39)."""
    from storyline.clean.outlet import registry_outlet

    outlet = registry_outlet(name)
    return outlet_key(outlet.name) if outlet is not None else ""


def _short_forms(key: str) -> set[str]:
    """'new york times' → {'times', 'york times', 'nyt'}: the name's endings, its initials and the name
    less a generic tail ('xinhua news agency' → 'xinhua'), as
    newsrooms shorten a paper's name on second reference (AP Stylebook, 'newspaper names'); a
    station's call sign ('kvrn-tv' → 'kvrn')."""
    words = key.split()
    forms = {" ".join(words[i:]) for i in range(1, len(words))}
    if len(words) > 1:
        forms.add("".join(w[0] for w in words))
    # the name less a generic tail ('meridian press agency' → 'meridian press', 'kyodo news' → 'kyodo';
    # rules/citations.toml [outlet_name_tails])
    for tail in rules.words("citations", "outlet_name_tails"):
        if key.endswith(" " + tail) and len(key) > len(tail) + 3:
            forms.add(key[: -len(tail) - 1])
    sign = station_key(key)
    if sign is not None:
        forms.add(sign)
    if len(words) >= 3 and words[0] == "".join(w[0] for w in words[1:]):
        forms.add(words[0])  # 'gpa global press agency' cited as 'GPA': the masthead opens with its initials (lead31)
    if (_AU_CALL_SIGN.fullmatch(words[0]) or station_key(words[0]) == words[0]) and len(words) > 1:
        # '3rv riverina radio' cited as '3RV' (ACMA call signs: a state digit, 2-3 letters; lead29), 'ckrv maritime
        # public radio' as 'CKRV' (a US or Canadian call sign opening the masthead; branch probe22)
        forms.add(words[0])
    return forms - {"", key}


_AU_CALL_SIGN = re.compile(AU_CALL_SIGN_SHAPE, re.IGNORECASE)  # keys are folded


def _less_tail(name: str) -> str:
    """'rtn news' → 'rtn': a cited name with a generic tail ([outlet_name_tails]) whose outlet's own
    page prints the bare brand ('© RTN 2020' on the site of 'RTN News'; probe16: an Irish broadcaster
    cited as 'RTN News' in a rival's copy, its pages' outlet read as 'RTN'); the reverse of _short_forms."""
    for tail in rules.words("citations", "outlet_name_tails"):
        if name.endswith(" " + tail) and len(name) > len(tail) + 3:
            return name[: -len(tail) - 1]
    return ""


def _initials(name: str) -> str:
    """'southern cross broadcasting' → 'scb': a broadcaster whose site goes by its initials ('SCB
    News') is cited by its full name in other outlets' copy; under three words initials collide too often."""
    words = name.split()
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


def _citations(article: Article | CorpusRow) -> list[Citation]:
    found = []
    for span in article.spans:
        if span.label == "CITATION":
            cited = span.citation or CitationPayload()
            found.append(Citation(span.start, span.end, span.text, cited.outlet, cited.time))
    return found


def _links(article: Article | CorpusRow, index: OutletIndex) -> list[CitationLink]:
    group = {article.id, article.duplicate_of}
    links = []
    for c in _citations(article):
        found = index.resolve(c, group)
        if found is None and (earlier := _month_a_year_before(c, article.published.value)):
            found = index.resolve(earlier, group)
            c = earlier if found else c
        if found is None and (_AS_REPORTED.search(c.text) or _TOLD.search(c.text)):
            found = _report_of_the_day(c, group, index, article.published.value)
        if found is None:  # 'said in a statement reported by X that the line opened on March 1'
            found = report_after_event(c, group, index, article.published.value)
        links.append(CitationLink(article.id, c.start, c.end, c.outlet, c.time, found))
    return links


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# a closing 'as X reported' attributes the sentence's event, and the sentence's time dates that event
_AS_REPORTED = re.compile(r",\s+as\s+(?:the\s+)?\S.{0,60}?\s+(?:had\s+|has\s+)?(?:first\s+)?reported\W*$")
# 'their union told the Courier on Thursday': the day is the interview's, and a daily prints it that day
# or the next morning (lead39: a Friday paper's story of a Thursday news conference)
_TOLD = re.compile(r"\btold\s+(?:the\s+)?[A-Z]")
# days after an event its news report may appear: the day itself, or the next morning's paper or site
REPORT_LAG_DAYS = 1


def _report_of_the_day(citation: Citation, group: set[str | None], index: OutletIndex, published: str | None) -> str | None:
    """'He was charged on Tuesday with fraud, as TTV6 News reported.': the day is the charge's, and the
    report came that day or the next (news reports an event when it happens); the outlet's one article
    of those days, not after the citing article (lead30: the station's story of the next day)."""
    day = _day(citation.time) if citation.time and len(citation.time) == 10 else None
    if day is None or not published:
        return None
    days = [(day + timedelta(days=n)).isoformat() for n in range(1, REPORT_LAG_DAYS + 1)]
    found = {a for d in days if d <= published[:10]
             for a in [index.resolve(replace(citation, time=d), group)] if a}
    return next(iter(found)) if len(found) == 1 else None


def _month_a_year_before(citation: Citation, published: str | None) -> Citation | None:
    """'X reported in March that …' in an article of 3 March: a month named without its year reads as the
    citing article's own month (TimeML anchors it to the document's year), but a report in the days of the
    month before publication is as likely the last March's; when the outlet has no report in this month's
    days, the same month a year earlier is the one meant (lead29: 'Hydro Review reported in March', a year
    on from the report). A month after the citing article's own is last year's the same way ('… reported in
    July' in May: lead37). Never when the sentence prints a year."""
    time = citation.time
    if not time or len(time) != 7 or not published or time < published[:7] or _YEAR.search(citation.text):
        return None
    return replace(citation, time=f"{int(time[:4]) - 1:04d}{time[4:]}")


_FIRST_REPORT = rules.pattern("citations", "first_report", re.IGNORECASE)


def _first_reports(links: list[CitationLink], citing: dict[str, Article | CorpusRow], index: OutletIndex,
                   load: Callable[[Sequence[str]], dict[str, Article | CorpusRow]]) -> list[CitationLink]:
    """'The closure was first reported by the Bellhaven Courier.': a first-report citation with no
    time of its own (or with one holding several of the outlet's articles) points at the cited
    outlet's earliest article before the citing one that names one of the citing article's people or
    organisations (rules/citations.toml [first_report]); none such, unresolved."""
    asks: dict[int, list[str]] = {}
    for i, link in enumerate(links):
        row = citing[link.article_id]
        text = _span_text(row, link.start, link.end)
        if link.resolves_to is None and _FIRST_REPORT.search(text):
            cited = Citation(link.start, link.end, text, link.outlet, None)
            found = index.earlier(cited, {row.id, row.duplicate_of}, row.published.value)
            # 'first reported by CivicBeat in 2022' with two of its articles that year: the earliest
            asks[i] = _since_reported_event(row, link, found, index) if link.time is None else (
                [c for c in found if time_agrees(link.time, index.published[c])] or _after_event(link.time, found, index))
    if not any(asks.values()):
        return links
    rows = load(sorted({links[i].article_id for i in asks} | {c for found in asks.values() for c in found}))
    return resolve_sharing(links, asks, rows, index.outlets, _people_of)


def _since_reported_event(row: Article | CorpusRow, link: CitationLink, found: list[str], index: OutletIndex) -> list[str]:
    """'X first reported the closure on Tuesday': the day dates the closure (the complement's time,
    extract.citations._report_end), and a first report of an event is no earlier than the event; the
    outlet's reports before it are of other news (lead33: the first report of a plant's closure resolved to
    the outlet's story of two years before on the same company)."""
    from storyline.link.citation_recent import _reported_event

    day = _day(row.published.value)
    when = _reported_event(row, link.start, link.end, day) if day else None
    if when is None:
        return found
    return [c for c in found if index.published[c][:10] >= when[0].isoformat()]


def _after_event(time: str, found: list[str], index: OutletIndex) -> list[str]:
    """The cited outlet's articles from the start of a time none of them was published in, to a year
    after its end: 'X, which first reported the engineer's 2021 report, …' dates what was reported, and
    a first report of an event comes after it (the lead's twentieth invented story); a year (EVENT_REACH,
    as a time-less citation's reported event reaches) keeps a 2019 first report that was never ingested
    from resolving to the outlet's article of 2024."""
    from storyline.link.citation_recent import EVENT_REACH
    from storyline.link.claim_time import value_interval

    interval = value_interval(time)
    if interval is None:
        return []
    first, last = interval[0].isoformat(), (interval[1] + EVENT_REACH).isoformat()
    return [c for c in found if first <= index.published[c][:10] <= last]


# the latest earlier articles of the cited outlet a time-less citation reads (bounded per citation)
FIGURE_CANDIDATES = 200


def _figures(text: str) -> set[float]:
    """The amounts a sentence gives (claim_comparisons.values: '1.1 million', '900,000', '$4 million';
    no bare year); a one-digit count is no fingerprint ('two', '3 people' recur)."""
    from storyline.link.claim_comparisons import values

    return {v.amount for v in values(text) if v.amount >= 10}


def _figures_matched(links: list[CitationLink], citing: dict[str, Article | CorpusRow], index: OutletIndex,
                     load: Callable[[Sequence[str]], dict[str, Article | CorpusRow]]) -> list[CitationLink]:
    """'The Sentinel reported at the time that about 1.1 million hens were destroyed.': a citation
    with no time of its own whose sentence gives figures points at the cited outlet's one article,
    published on or before the citing one, that prints every one of them (a figure is what a report
    is quoted for and rarely recurs across one outlet's articles); none or several, unresolved.
    `load` gives articles with their bodies by id."""
    asks: dict[int, tuple[set[float], list[str]]] = {}
    for i, link in enumerate(links):
        row = citing[link.article_id]
        figures = _figures(_span_text(row, link.start, link.end))
        if link.resolves_to is None and link.time is None and figures:
            cited = Citation(link.start, link.end, "", link.outlet, None)
            # the outlet's latest articles before the citing one: an outlet with years of articles in
            # the store must not have every body read for one citation (issue 16: bounded per citation)
            candidates = index.earlier(cited, {row.id, row.duplicate_of}, row.published.value)[-FIGURE_CANDIDATES:]
            if candidates:
                asks[i] = (figures, candidates)
    if not asks:
        return links
    rows = load(sorted({c for _, found in asks.values() for c in found}))
    out = list(links)
    for i, (figures, candidates) in asks.items():
        matches = [c for c in candidates if c in rows and figures <= _figures(rows[c].body)]
        if len(matches) == 1:
            out[i] = replace(links[i], resolves_to=matches[0])
    return out


def _span_text(article: Article | CorpusRow, start: int, end: int) -> str:
    return next((s.text for s in article.spans if s.label == "CITATION" and (s.start, s.end) == (start, end)), "")


def citation_links(articles: Sequence[Article | CorpusRow]) -> list[CitationLink]:
    """Every citation span with its resolution; a reprint never resolves to its own group."""
    index: OutletIndex | None = None
    links = []
    for article in articles:
        if any(s.label == "CITATION" for s in article.spans):
            # only a corpus with citations pays for the index; every outlet names (as in resolve_citations)
            index = index or OutletIndex(articles, {outlet_key(a.outlet) for a in articles if a.outlet})
            links.extend(_links(article, index))
    by_id = {a.id: a for a in articles}
    links = _named_people_kept(links, lambda ids: {i: by_id[i] for i in ids if i in by_id})
    if not index:
        return links
    links = _first_reports(links, by_id, index, lambda ids: {i: by_id[i] for i in ids if i in by_id})
    links = _figures_matched(links, by_id, index, lambda ids: {i: by_id[i] for i in ids if i in by_id})
    links = recent_reports(links, by_id, index, lambda ids: {i: by_id[i] for i in ids if i in by_id},
                           _people_of, _span_text)
    return content_matched(links, by_id, index, lambda ids: {i: by_id[i] for i in ids if i in by_id},
                           _people_of, _span_text)


def _coarse(time: str | None) -> bool:
    """A year or month ('told KBHV 4 last year'): one outlet publishes many articles in it. A week is
    not: an outlet's one article of a week is the report a 'last week' citation means far more often than
    its one article of a year (the lead's sixth invented story: 'According to Keystone Wire, regulators
    found last week that … in the death of [a man]', whose cited report named no one)."""
    return time is not None and len(time) < 10 and "W" not in time


def _named_people_kept(links: list[CitationLink],
                       load: Callable[[Sequence[str]], dict[str, Article | CorpusRow]]) -> list[CitationLink]:
    """A citation dated only to a year or month that names people ('Delgado … told KBHV 4 last
    year that the closure "saved lives"') resolves to the outlet's one article of that time only if
    that article names one of them: the one article of a year is often another story of the outlet's
    (the lead's second invented story: a lawsuit report taken for the cited interview). Day-dated
    citations and those naming nobody resolve as before. `load` gives articles with their entity
    spans by id (only those of such citations and their targets are read)."""
    coarse = [i for i, link in enumerate(links) if link.resolves_to and _coarse(link.time)]
    if not coarse:
        return links
    rows = load(sorted({links[i].article_id for i in coarse} | {links[i].resolves_to or "" for i in coarse}))
    dropped = set()
    for i in coarse:
        link = links[i]
        citing, target = rows.get(link.article_id), rows.get(link.resolves_to or "")
        named = _people_between(citing, link.start, link.end, link.outlet) if citing else set()
        if named and not (target and named & _people_of(target)):
            dropped.add(i)
    return [replace(link, resolves_to=None) if i in dropped else link for i, link in enumerate(links)]


def _people_between(article: Article | CorpusRow, start: int, end: int, outlet: str) -> set[str]:
    """The surnames of the people the citing sentence names (not words of the cited outlet's name)."""
    outlet_words = set(fold(outlet).split())
    return {w for s in article.spans if s.label == "PERSON" and start <= s.start and s.end <= end
            for w in _surname_of(s) if w not in outlet_words}


def _people_of(article: Article | CorpusRow) -> set[str]:
    """The surnames an article's people go by, its byline's too."""
    found = {w for s in article.spans if s.label == "PERSON" for w in _surname_of(s)}
    byline = getattr(article, "byline", None)
    return found | {_surname(fold(n).split()) for n in (byline or "").split(",") if n.strip()}


# generational suffixes after a surname ('Graham Whitcombe Sr.', 'Michael Doherty jnr'; rules/honorifics.toml):
# the surname is the word before them, or a father and son would share the surname 'sr' (branch probe17)
_SUFFIXES = rules.words("honorifics", "son_suffixes") | rules.words("honorifics", "other_suffixes")


def _surname_of(span: Span) -> set[str]:
    mention = span.mention
    words = fold(mention.name if mention and mention.name else span.text).split()
    while len(words) > 1 and words[-1].strip(".,") in _SUFFIXES:
        words.pop()
    return {_surname(words)} if words else set()


def _surname(words: list[str]) -> str:
    """A folded name's surname: its last word, or its first in a Korean or Chinese name written family name
    first ('choi dong-hoon' is Choi; 'ban ki-moon', printed 57 times on polnear-dev, extraction-dev and
    timeline17-dev, is Ban): two articles naming one person, one by the full name and one by 'Choi' or 'Mr
    Choi', shared no surname (branch probe33)."""
    return words[0] if family_name_first(words) else words[-1]


def resolve_citations(store: Store, since: int = 0) -> list[CitationLink]:
    """Resolve citations and write the links; returns those written. `since` 0: every citation of
    the store; otherwise only those of the articles stored after generation `since` and those of
    earlier articles citing an outlet that gained articles since (what a new article can change).
    Either way only citing articles are read with their spans, and only the dated articles of the
    outlets they name are indexed (issue 16: by outlet, only for articles that cite)."""
    counts = dict(store.list_outlets())
    naming = OutletIndex((), {outlet_key(name) for name in counts})
    # the citing articles' time expressions too: a time-less citation's sentence may date what it reports
    # (citation_recent._reported_event)
    citing = [r for r in store.corpus_rows(CorpusQuery(since=since, stages=("citations", "times")))
              if any(s.label == "CITATION" for s in r.spans)]
    if since:
        citing += _earlier_citing(store, since, counts, {r.id for r in citing})
    if not citing:
        return []
    wanted = {key for r in citing for c in _citations(r) for key in naming.outlets_for(c.outlet)}
    names = tuple(sorted(name for name in counts if outlet_key(name) in wanted))
    index = OutletIndex(store.corpus_rows(CorpusQuery(outlets=names, stages=(), dated_only=True)), naming.outlets)
    links = [link for r in citing for link in _links(r, index)]
    def load(ids: Sequence[str]) -> dict[str, Article | CorpusRow]:
        return {r.id: r for r in store.corpus_rows(CorpusQuery(ids=tuple(ids), stages=("entities",)))}

    links = _named_people_kept(links, load)
    links = _first_reports(links, {r.id: r for r in citing}, index, load)

    def load_bodies(ids: Sequence[str]) -> dict[str, Article | CorpusRow]:
        return {r.id: r for r in store.corpus_rows(CorpusQuery(ids=tuple(ids), body=True, stages=()))}

    links = _figures_matched(links, {r.id: r for r in citing}, index, load_bodies)

    loaded: dict[str, Article | CorpusRow] = {}

    def load_full(ids: Sequence[str]) -> dict[str, Article | CorpusRow]:
        # both passes below read the outlet's reports of the week: each row is read from the store once
        missing = tuple(i for i in dict.fromkeys(ids) if i not in loaded)
        if missing:
            loaded.update({r.id: r for r in store.corpus_rows(CorpusQuery(ids=missing, body=True, stages=("entities",)))})
        return {i: loaded[i] for i in ids if i in loaded}

    # with bodies: among the outlet's reports of the week, the one retelling the sentence comes first
    links = recent_reports(links, {r.id: r for r in citing}, index, load_full, _people_of, _span_text)
    links = content_matched(links, {r.id: r for r in citing}, index, load_full, _people_of, _span_text)
    store.replace_citation_links(links, of_articles=None if not since else [r.id for r in citing])
    return links


def _earlier_citing(store: Store, since: int, counts: dict[str, int], new: set[str]) -> list[CorpusRow]:
    """The earlier articles whose citations may resolve differently now: those naming an outlet
    that gained articles after `since`, or a name whose meaning a brand-new outlet changed (a
    second '… Times' makes 'the Times' ambiguous)."""
    added = Counter(r.outlet for r in store.corpus_rows(CorpusQuery(since=since, stages=())) if r.outlet)
    gained = {outlet_key(name) for name in added}
    now = OutletIndex((), {outlet_key(name) for name in counts})
    before = OutletIndex((), {outlet_key(name) for name, n in counts.items() if n > added.get(name, 0)})

    def affected(cited: str) -> bool:
        meant = set(now.outlets_for(cited))
        return bool(meant & gained) or meant != set(before.outlets_for(cited))

    ids = sorted({link.article_id for link in store.list_citation_links()
                  if link.article_id not in new and affected(link.outlet)})
    if not ids:
        return []
    return [r for r in store.corpus_rows(CorpusQuery(ids=tuple(ids), stages=("citations", "times")))
            if any(s.label == "CITATION" for s in r.spans)]


@dataclass(slots=True, frozen=True)
class Edge:
    """One article citing another outlet's reporting; `target` is the resolved article or None."""

    source: str
    outlet: str
    target: str | None
    text: str


@dataclass(slots=True, frozen=True)
class Provenance:
    """Who reported a story first, how its articles cite each other, and how many independent origins it has."""

    first_reported: dict | None      # {"article", "outlet", "date", "evidence"}
    edges: tuple[Edge, ...]
    origins: tuple[tuple[str, ...], ...]   # groups of article ids that are one origin (reprints, citations)


def citation_graph(articles: Sequence[Article], links: Sequence[CitationLink]) -> list[Edge]:
    ids = {a.id for a in articles}
    texts = {(a.id, s.start): s.text for a in articles for s in a.spans if s.label == "CITATION"}
    return [Edge(link.article_id, link.outlet, link.resolves_to, texts.get((link.article_id, link.start), ""))
            for link in links if link.article_id in ids]


def independent_origins(articles: Sequence[Article], edges: Sequence[Edge]) -> list[tuple[str, ...]]:
    """Articles grouped by origin: a reprint joins its original, an article joins the one it cites
    (so a story reported once and repeated ten times counts once)."""
    parent = {a.id: a.id for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a in articles:
        if a.duplicate_of in parent:
            parent[root(a.id)] = root(a.duplicate_of)
    for e in edges:
        if e.target in parent:
            parent[root(e.source)] = root(e.target)
    groups: dict[str, list[str]] = {}
    for a in articles:
        groups.setdefault(root(a.id), []).append(a.id)
    return sorted((tuple(sorted(g)) for g in groups.values()), key=lambda g: (-len(g), g))


def first_reported(articles: Sequence[Article], edges: Sequence[Edge]) -> dict | None:
    """The earliest day-dated original in the story; an article that other articles cite as having
    'first reported' it wins over a later-dated one."""
    dated = [a for a in articles if a.published.precision == "day" and not a.duplicate_of]
    if not dated:
        return None
    earliest = min(dated, key=lambda a: (a.published.value, a.id))
    cited_first = [e for e in edges if e.target and "first" in e.text.lower()]
    evidence = f"earliest dated article ({earliest.published.value})"
    if cited_first:
        evidence += "; cited as first by " + ", ".join(sorted({e.source[:8] for e in cited_first}))
    return {"article": earliest.id, "outlet": earliest.outlet, "date": earliest.published.value, "evidence": evidence}


def story_provenance(articles: Sequence[Article], links: Sequence[CitationLink]) -> Provenance:
    edges = citation_graph(articles, links)
    return Provenance(first_reported(articles, edges), tuple(edges), tuple(independent_origins(articles, edges)))
