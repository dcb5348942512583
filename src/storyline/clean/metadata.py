"""Title and byline from what cleaning set aside, each with the evidence it came from; the outlet
from `clean.outlet_finders` (`find_outlet`, re-exported here).
"""
from __future__ import annotations

import re

from storyline.clean.author_check import without_outlet_credit, without_roles
from storyline.clean.bare_byline import (
    SENTENCE_WORDS,
    name_beside,
    name_on_dateline,
    names_in_places,
    person_on_head_dateline,
    printed_date_line,
    stacked_byline_below,
)
from storyline.clean.byline import Byline, first_byline, folded, given_first, labelled_byline
from storyline.clean.byline_guards import opened_as_a_name, own_byline_lines, tagline_pattern
from storyline.clean.cjk_credits import japanese_signature, korean_signature, lead_credit
from storyline.clean.desk_credit import person_over_newsroom
from storyline.clean.meta_row import name_in_meta_row
from storyline.clean.outlet import site_from_title
from storyline.clean.outlet_finders import find_outlet, page_texts
from storyline.clean.outlet_notes import describes_own_newsroom
from storyline.clean.source_line import agency_source
from storyline.clean.wire_credit import agency_as_printed
from storyline.model import Article
from storyline.rules import pattern


def head_lines(article: Article) -> list[str]:
    """The page's lines where a byline is printed: the set-aside byline lines, then the lines
    above the article and its first lines (plain text: from the top; HTML: around its start)."""
    from storyline.clean.pubdate import page_head, top_lines

    lines = own_byline_lines(article.dropped)  # not a related list's (byline40)
    others = {d.text for d in article.dropped if d.reason == "byline"} - set(lines)
    around = top_lines(article) if article.kind == "html" else page_head(article)
    return lines + [text for _no, text in around if text not in others]


def find_byline(article: Article) -> str | None:
    """The authors: the container's or markup's author field, else the page's byline line, a wire
    story's closing credit, a wire dateline's agency, bare names beside the dateline."""
    found = first_byline(head_lines(article), [article.language or ""])
    if article.byline:
        # `storyline show` gives every field its evidence: the container's or markup's author field
        article.evidence.setdefault("byline", "the page's or container's author field")
        _credit_beside_field(article, found or first_byline(_below_headline(article), [article.language or ""]))
        return _fuller(article, article.byline, found)
    if found:
        article.evidence["byline"] = f"byline line: {found.line}"
        article.metadata.setdefault("byline_outlet", found.outlet or "")
        return found.text
    lead = _lead_credit(article)
    if lead:
        article.evidence["byline"] = f"reporter credited in the lead: {lead.line}"
        return lead.text
    credit = first_byline(_closing_credits(article)) or _signed_at_the_end(article) or _tagline(article) \
        or _bare_signature(article)
    # the bio's own paragraph is no use of the co-author's name by the text ('Sana Javed is a freelance …')
    beside = _names_beside_dateline(article, "\n".join(p for p in article.body.split("\n")
                                                       if not any(n in p for n in credit.names))) \
        if credit and article.kind == "text" else None
    if credit and article.kind == "text" and not (beside and set(credit.names) < set(beside.names)):
        # 'NAME' / 'NAME' / 'Ledger Courier' / 'Published …' over a closing 'NAME covers … for the Ledger Courier.':
        # the USA TODAY Network's stacked names, the first author's beat tagline at the end (probe31, probe43)
        beside = _person_below_headline(article, _below_headline(article))
    if credit and beside and set(credit.names) < set(beside.names):
        # 'NAME and NAME' beside the date, the second one's bio at the end: the bio names a co-author (lead37)
        article.evidence["byline"] = f"name line beside the dateline: {beside.line}"
        return beside.text
    if credit:
        article.evidence["byline"] = f"closing credit: {credit.line}"
        # 'Jane Roe is Ledger Daily's energy correspondent', 'Reporting by Jane Roe for Ledger Daily': its newsroom
        article.metadata.setdefault("byline_outlet", credit.outlet or "")
        return credit.text
    below_lines = _below_headline(article)
    below = first_byline(below_lines, [article.language or ""])
    if below:
        article.evidence["byline"] = f"byline line below the headline: {below.line}"
        article.metadata.setdefault("byline_outlet", below.outlet or "")
        return below.text
    placed = names_in_places(head_lines(article), article.body)
    if placed:
        article.evidence["byline"] = f"byline line naming where each reporter filed from: {placed.line}"
        return placed.text
    bare = _person_below_headline(article, below_lines)
    if bare:
        article.evidence["byline"] = f"name line below the headline: {bare.line}"
        return bare.text
    agency, paragraph = _wire_dateline(article)
    if agency:
        article.evidence["byline"] = f"wire dateline: {paragraph[:60]}"
        return agency
    source, paragraph = _closing_source(article)
    if source:
        article.evidence["byline"] = f"source line closing the article: {paragraph}"
        return source
    credited_agency = agency_source(below_lines or head_lines(article))
    if credited_agency:
        article.evidence["byline"] = f"agency source line below the headline: {credited_agency[1]}"
        return credited_agency[0]
    # a text scrape's lines only: an HTML page's lines around its date are links and menu items as often
    # as names ('Watch CBSN Live', 'HomeWorld News'; right on 0 of 4 dates-dev and extraction-dev dev
    # pages, where text scrapes' were right on 11 of 16)
    beside = _names_beside_dateline(article) if article.kind == "text" \
        else person_on_head_dateline(below_lines, article.body, [article.language or ""], page_texts(article))
    if beside:
        article.evidence["byline"] = f"name line beside the dateline: {beside.line}"
        return beside.text
    credited = next((found for line in article.metadata.get("page_credited", "").split("\n")
                     if (found := labelled_byline(line))), None)
    if credited:
        article.evidence["byline"] = f"author label on the page: {credited.line}"
        return credited.text
    site_credit = article.metadata.get("author_site")
    if site_credit:
        article.evidence["byline"] = "the author field names the site itself; no one else is credited"
    return site_credit or None


def _credit_beside_field(article: Article, found: Byline | None) -> None:
    """The outlet a byline line credits beside the author field's own name ('By Jane Roe, Ledger Daily
    reporter' for 'Jane Roe'): the page's credit of itself, for when nothing else names the site."""
    parts = {folded(p) for p in re.split(r"[;,]", article.byline or "")}
    if found and found.outlet and parts & {folded(n) for n in found.names}:
        article.metadata.setdefault("byline_outlet", found.outlet)


def _person_below_headline(article: Article, lines: list[str]) -> Byline | None:
    """A bare person's name on its own line below a scrape's headline and standfirst ('Marie Rövekamp'):
    only a name whose first word is a known given name (rules/given_names.toml), as the lines there
    are as often a menu's or a box's labels ('Keine Kommentare', 'Hoher Kontrast', 'Kirim Tulisan'):
    on dates-dev text dev, of 17 such lines 10 were labels (or a person the story is about), none of
    them opened by a listed given name, and 7 the author, 5 of them so opened ('Tim Redaksi', Indonesian
    'editorial team', is the one label let through). Not on HTML pages: there the lines below the
    <h1> were labels, widgets or other people on 14 of 16 pages."""
    if article.kind != "text":
        return None
    for i in range(len(lines)):
        found = name_beside(lines, i, article.body, offsets=(0,))
        # co-authors after a listed first author need only a name's shape ('Sophie Hale and Arjun
        # Bhatt': lists of given names are national, newsrooms are not; lead25)
        if found and given_first(found.names[0]) and all(len(n.split()) > 1 for n in found.names):
            return _stacked_co_authors(article, lines, i, found)
    return None


# The co-authors a stacked byline prints under the first, one name a line, before the paper's name and the
# date (the USA TODAY Network's article head: 'NAME' / 'NAME' / 'PAPER' / 'Published …'; probe31 read the first only)
STACKED_AUTHORS = 3


def _stacked_co_authors(article: Article, lines: list[str], i: int, found: Byline) -> Byline:
    """`found` and the bare names on the lines right under it, each opened by a listed given name (a
    paper's name under the authors is not: 'Larkfield Courier-Dispatch')."""
    names, last = list(found.names), i
    for j in range(i + 1, min(i + 1 + STACKED_AUTHORS, len(lines))):
        more = name_beside(lines, j, article.body, offsets=(0,))
        if not (more and given_first(more.names[0]) and all(len(n.split()) > 1 for n in more.names)):
            break
        names += [n for n in more.names if n not in names]
        last = j
    return Byline(tuple(names), found.outlet, " / ".join(lines[i:last + 1]))


def _below_headline(article: Article) -> list[str]:
    """The page's lines just below its headline's copies (clean.page_head.below_headline)."""
    if article.kind == "html":
        return [line for line in article.metadata.get("below_headline", "").split("\n") if line]
    from storyline.clean.normalise import normalised_scrape
    from storyline.clean.page_head import below_headline

    lines = [line.strip() for line in normalised_scrape(article.raw).split("\n") if line.strip()]
    return below_headline(lines, article.title, skip_first=True)


# The wire services' closing credit ("Reporting by Jane Doe; Editing by John Roe") is in the last lines.
CLOSING_LINES = 12


def _closing_credits(article: Article) -> list[str]:
    """The credit's reporters: its first part ('Reporting by A and B in Calveras'); the parts after a
    semicolon credit others ('; Writing by C; Editing by D', Reuters' form) and made the line too long
    to read as a byline when two reporters and a place came first."""
    lines = [line.strip() for line in article.raw.splitlines() if line.strip()][-CLOSING_LINES:]
    return [line.lstrip("( ").split(";")[0].rstrip(") ") for line in lines
            if pattern("credits", "closing_credit", re.I).match(line)]


def _fuller(article: Article, field: str, found: Byline | None) -> str:
    """A one-word author field ('Nils', a CMS display name) yields to the byline line's full name
    that starts with it ('Eine Kolumne von Nils Pickert'); an author field naming one person yields
    to the byline line that names that person and co-authors ('By Ana Rook, Lee Parr and Kay Lund'):
    markup often lists the first author only. Only co-authors opened by a listed given name
    (rules/given_names.toml): a byline line's second 'name' may be a credit ('…, Wikimedia Foundation')."""
    handled = _named_by_handle(field, found)
    if handled:
        article.evidence["byline"] = f"byline line with the name the author field's user name stands for: {found.line if found else ''}"
        return handled
    person = without_roles(field) or field  # 'Priya Shah, Staff Writer': the role is no second name
    if found is not None and len(found.names) > 1 and ";" not in person and "," not in person \
            and folded(person) in {folded(n) for n in found.names} \
            and all(folded(n) == folded(person) or given_first(n) for n in found.names):
        article.evidence["byline"] = f"byline line with the author field's co-authors: {found.line}"
        return ", ".join(found.names)
    over_desk = person_over_newsroom(article, field, found)  # 'Redaktion', 'Digital Desk' over a printed person
    if over_desk:
        return over_desk
    if len(field.split()) != 1 or found is None:
        return field
    fuller = [n for n in found.names if n.split()[0].casefold() == field.casefold() and len(n.split()) > 1]
    if fuller:
        article.evidence["byline"] = f"byline line with the author field's full name: {found.line}"
        return ", ".join(fuller)
    return field


HANDLE_LETTERS = 4  # 'aruiz', 'jdoe': shorter handles match too many names


def _named_by_handle(field: str, found: Byline | None) -> str | None:
    """A CMS user name in the author field ('aruiz', trafilatura's 'Aruiz') yields to the name the byline
    line prints when the user name is that name's usual handle: the full name, initial and surname, given
    name and initial, surname and initial ('Ana Ruiz': 'anaruiz', 'aruiz', 'anar', 'ruiza')."""
    from storyline.clean.author_check import name_tokens

    handle = re.sub(r"[\W\d_]", "", field.casefold())
    if found is None or " " in field.strip() or len(handle) < HANDLE_LETTERS:
        return None
    for name in found.names:
        tokens = name_tokens(name)
        if len(tokens) < 2:
            continue
        first, last = tokens[0], tokens[-1]
        if handle in {"".join(tokens), first[0] + last, first + last[0], last + first[0], last + first}:
            return name
    return None


# An author signing at the end of the story ('Von Cosima Künzel' as its last paragraph), as German
# regional papers print it: only a whole short paragraph that opens with a byline introducer; in a
# scrape, also the lines right after the body, where cleaning may have set it aside with the author's
# contact line below it ('Por Felipe Morales Sierra' / '@handle name@paper.com').
# At most six words ('Von Ana Ruiz und Tom Lee'): a longer one is a sentence ('By Tuesday, …').
SIGNED_PARAGRAPHS = 2
SIGNED_MAX_WORDS = 6
KOREAN_TAIL_PARAGRAPHS = 10


def _signed_at_the_end(article: Article) -> Byline | None:
    last = [p for p in article.paragraphs()[-SIGNED_PARAGRAPHS:] + _lines_after_body(article)
            if len(p.split()) <= SIGNED_MAX_WORDS]
    signature = japanese_signature if article.language == "ja" else korean_signature
    return first_byline(last) or next((found for p in _after_last_sentence(article) if (found := signature(p))), None)


# A signature closing an HTML page's story is among its last paragraphs, above its notes ('(1) Ces chiffres …').
SIGNATURE_PARAGRAPHS = 4


def _bare_signature(article: Article) -> Byline | None:
    """A paragraph of the author's bare name among the story's last ones, as magazines and papers sign an
    essay at its end ('Denis Clerc', set right in italics): only names opened by a listed given name
    (rules/given_names.toml) whose words the story itself does not use (clean.bare_byline.name_beside: a
    person the story is about is named in it). HTML only: a scrape's last lines are as often a list's."""
    if article.kind != "html":
        return None
    paragraphs = article.paragraphs()
    tail = paragraphs[-SIGNATURE_PARAGRAPHS:]
    for i in range(len(tail)):
        found = name_beside(tail, i, article.body, offsets=(0,))
        if not found or not all(len(n.split()) >= 2 and opened_as_a_name(n, article.language) for n in found.names):
            continue
        # the story names no one so: a subject's or a source's name in a line of its own is no signature
        others = " ".join(p for p in paragraphs if p.strip() != tail[i].strip())
        if not any(re.search(rf"\b{re.escape(n.split()[-1])}\b", others) for n in found.names):
            return found
    return None


def _after_last_sentence(article: Article) -> list[str]:
    """The short paragraphs after the story's last sentence paragraph, and the lines after the body:
    a Korean signature, its e-mail, a picture credit and the copyright notice ('저작권자 ⓒ … 무단전재 및
    재배포금지') print there in any order."""
    paragraphs = article.paragraphs()
    last = max((i for i, p in enumerate(paragraphs) if len(p.split()) >= SENTENCE_WORDS), default=-1)
    return paragraphs[last + 1:][:KOREAN_TAIL_PARAGRAPHS] + _lines_after_body(article)


# A text of bare paragraphs opens with its headline (and a standfirst), then the wire's dateline.
WIRE_DATELINE_PARAGRAPHS = 3


# A story taken from an agency or another newsroom closes with where it came from ('Quelle: kathpress',
# 'Source : AFP'; rules/bylines.toml [source_labels]) on a short line of its own: the text's credit.
SOURCE_PARAGRAPHS = 2
SOURCE_MAX_WORDS = 4


def _closing_source(article: Article) -> tuple[str | None, str]:
    from storyline.clean.author_check import names_a_source, plausible_authors, without_source_label

    for paragraph in article.paragraphs()[-SOURCE_PARAGRAPHS:] + _lines_after_body(article):
        line = " ".join(paragraph.split())
        if names_a_source(line) and ":" in line and len(line.split()) <= SOURCE_MAX_WORDS + 1:
            source = plausible_authors(without_source_label(line))
            if source:
                return source, line
    return None, ""


def _lines_after_body(article: Article) -> list[str]:
    """A text scrape's lines right after the body's last paragraph (cleaning may have set a short
    credit line there aside as page furniture)."""
    paragraphs = article.paragraphs()
    if article.kind != "text" or not paragraphs:
        return []
    texts = page_texts(article)
    last = next((i for i in range(len(texts) - 1, -1, -1) if texts[i] == paragraphs[-1].strip()), None)
    return [] if last is None else texts[last + 1: last + 1 + SOURCE_PARAGRAPHS]


def _lead_credit(article: Article) -> Byline | None:
    """The reporters a Korean or Chinese wire-style lead credits ('[부산=남부뉴스] 홍길동 기자 =',
    '本报讯（记者 王小明 报道）'; clean.cjk_credits) in one of the first paragraphs."""
    return next((found for p in article.paragraphs()[:WIRE_DATELINE_PARAGRAPHS] if (found := lead_credit(p))), None)


def _wire_dateline(article: Article) -> tuple[str | None, str]:
    """The agency of a wire dateline opening one of the first paragraphs ('WASHINGTON (AP) —')."""
    for paragraph in article.paragraphs()[:WIRE_DATELINE_PARAGRAPHS]:
        agency = agency_as_printed(paragraph)
        if agency:
            return agency, paragraph
    return None, ""


# An opinion column ends with its author's one-sentence bio ('Jane Roe is a professor of …'): in one
# of the last two paragraphs, a short one, naming someone the column itself never names (a person
# the story is about is named in its text before such a closing line).
TAGLINE_PARAGRAPHS = 2
TAGLINE_MAX_WORDS = 60


def _named_before(name: str, before: str) -> bool:
    """The story names this person before its last lines: in full, or by the given name (a subject the
    closing lines describe). The surname alone may be a relative's ('my parents, James and Olive
    Meehan' in Charlotte Meehan's column)."""
    words_ = name.split()
    return any(re.search(rf"\b{re.escape(w)}\b", before) for w in (name, words_[0]))


def _tagline(article: Article) -> Byline | None:
    """The last paragraphs, then (a text scrape) the lines right after the body: cleaning sets a short
    bio line there aside as furniture ('Jane Roe is Ledger Daily's energy correspondent.')."""
    paragraphs = article.paragraphs()
    first = max(0, len(paragraphs) - TAGLINE_PARAGRAPHS)
    candidates = [(i, paragraphs[i]) for i in range(first, len(paragraphs))]
    candidates += [(len(paragraphs), line) for line in _lines_after_body(article)]
    for i, paragraph in candidates:
        m = tagline_pattern().match(paragraph) if len(paragraph.split()) <= TAGLINE_MAX_WORDS else None
        if not m or describes_own_newsroom(paragraph):
            continue
        names = tuple(n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m["names"]) if n.strip())
        names += _co_author_taglines(paragraph, names)
        before = " ".join(paragraphs[:i])
        if names and not any(_named_before(n, before) or _organisation(n) for n in names):
            return Byline(names, _without_sentence_end(m["outlet"] or m["outlet_for"] or m["outlet_beat"]), paragraph[:80])
    return None


def _co_author_taglines(paragraph: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names of the bio sentences after the first in one closing paragraph ('Ana Ruiz is a health
    reporter at Daybreak. Kabir Sethi is Daybreak's business editor.'): a co-author's bio follows the
    first author's, each a tagline of its own."""
    found: list[str] = []
    for sentence in re.split(r"(?<=\w{4}[.!])\s+(?=[A-Z])", paragraph)[1:]:
        m = tagline_pattern().match(sentence)
        found += [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m["names"]) if n.strip()] if m else []
    return tuple(n for n in found if n not in names and not _organisation(n))


def _organisation(name: str) -> bool:
    """'Ohio Valley Public Radio is supported by listeners like you.': a station's or body's own closing
    line has the tagline's shape, but a name with an organisation's head word (extract.names.looks_like_org:
    Radio, News, Bank …) is no author (lead18: the station's name was taken for the reporter's)."""
    from storyline.extract.names import looks_like_org

    return looks_like_org(name)


def _without_sentence_end(outlet: str | None) -> str | None:
    """'… is a senior editor at Public Sector IT Review.': the tagline's full stop ends its sentence, not
    the outlet's name; an abbreviation's point stays ('Acme Media Inc.': one capital or a short word before it)."""
    if outlet:
        # '… a health reporter at Daybreak. This story was supported by …': a full stop after a word
        # longer than an abbreviation, then a capital, ends the tagline's sentence inside the match
        ends = [m.start() for m in re.finditer(r"(?<=\w{4})\.\s+(?=[A-Z])", outlet)]
        outlet = outlet[:ends[0]] if ends else outlet
    if outlet and outlet.endswith(".") and not re.search(r"(?:\b[A-Z]|\b\w{1,3})\.$", outlet):
        return outlet[:-1].rstrip()
    return outlet


def _outlet_in_tagline(article: Article) -> None:
    """The outlet the author's closing tagline names ('Jane Roe is Ledger Daily's energy correspondent')
    when the byline line credited none: the newsroom describing its own reporter (the byline's name)."""
    if article.metadata.get("byline_outlet"):
        return
    found = _tagline(article)
    byline = {folded(n) for n in re.split(r"[;,]", article.byline or "")}
    if found and found.outlet and (not article.byline or byline & {folded(n) for n in found.names}):
        article.metadata["byline_outlet"] = found.outlet


def _names_beside_dateline(article: Article, body: str | None = None) -> Byline | None:
    """Bare names beside a dateline near the article's start: the first dateline's, else one's
    above the body (a teaser's date can come first: '19.10.2023 in Community' above the headline;
    the dates below the body's start are lists of other stories, 'Neueste Beiträge')."""
    from storyline.clean.dateline import dateline_candidates
    from storyline.clean.pubdate import scrape_positions, top_lines

    lines = top_lines(article)
    texts = [text for _no, text in lines]
    paragraphs = {p.strip() for p in article.body.split("\n") if p.strip()}
    body_start = next((i for i, text in enumerate(texts) if text in paragraphs), len(texts))
    # a list's dates (readers' comments under a short article: 'Ray P.' / DATE / comment) name no writer
    for n, found in enumerate(dateline_candidates(lines, [article.language or ""], positions=scrape_positions(article))):
        index = next(i for i, (no, _text) in enumerate(lines) if no == found.line_no)
        if n and index > body_start:
            break
        text = article.body if body is None else body
        # or on the dateline's own line ('NAME Published DATE Updated …', Dawn's), read here too when the
        # date is the container's and byline_beside_date does not look (branch probe25)
        # a post-meta row's own field first: its date, writer and count are one line's (byline40: 'Min. NAME Lesezeichen')
        beside = name_in_meta_row(found.line, text, [article.language or ""], page_texts(article)) \
            or _names_beside_stamps(texts, index, text, article.title or "") \
            or name_on_dateline(found.line, text, [article.language or ""], page_texts(article))
        if beside:
            return beside
    return None


# a stamp's second line: 'Published : Mar. 11, 2026 - 15:32:07' / 'Updated : Mar. 11, 2026 - 18:04:55' / 'NAME, NAME'
# (the Korea Herald's head); two update lines at most, each a short line with a date
STAMP_RUN = 2
STAMP_WORDS = 8


def _names_beside_stamps(texts: list[str], index: int, body: str, title: str) -> Byline | None:
    """name_beside's reading of the lines around the dateline at `index`, with the update stamps under it
    read as one block with it (the names under the last stamp are its line below: branch probe33, where the
    Korea Herald's 'NAME, NAME' under 'Published …' / 'Updated …' was passed over), and no line read two above
    it across the headline (a section label over the headline, 'Social Affairs', was the byline)."""
    from storyline.clean.dateline import find_dates

    end = index
    while end + 1 < len(texts) and end - index < STAMP_RUN and len(texts[end + 1].split()) <= STAMP_WORDS \
            and find_dates(texts[end + 1]):
        end += 1
    if end == index and not _headline_above(texts, index, title):
        return name_beside(texts, index, body)
    found = name_beside(texts, index, body, offsets=(-1,)) or name_beside(texts, end, body, offsets=(1,))
    return found or (None if _headline_above(texts, index, title) else name_beside(texts, index, body, offsets=(-2,)))


def _headline_above(texts: list[str], index: int, title: str) -> bool:
    """The line over the dateline is the headline, or the headline of a title in the page <title>'s form
    ('Headline - Site', whose bare headline the page prints above its date)."""
    above, title = " ".join(texts[index - 1].split()) if index > 0 else "", " ".join(title.split())
    return bool(above) and bool(title) and (above == title or title.startswith(above + " "))


# The byline sources a dateline's own names may replace: bare names beside another dateline (a
# teaser's, printed above the article with its own date and author) and the site's own name.
_WEAKER_THAN_DATELINE_NAMES = ("name line beside the dateline", "the author field names the site itself")
_DATELINE_EVIDENCE = re.compile(r"^(?:update )?dateline(?: \([^)]*\))?: (?P<line>.+)$")


def byline_beside_date(article: Article) -> Article:
    """After the date is chosen: bare author names beside the dateline it was read from ('Jacqui
    Housden' / 'January 28, 2025 11:30 am'). A page prints its byline beside its own date; the
    datelines `find_byline` sees first are those near the body's start, which may be a teaser's or
    miss the article's own when the body was found below it."""
    m = _DATELINE_EVIDENCE.match(article.published.evidence or "")
    line = m["line"] if m else printed_date_line(article)
    if not line or article.kind != "text" or (article.byline and not article.evidence.get("byline", "").startswith(_WEAKER_THAN_DATELINE_NAMES)):
        return article
    texts = page_texts(article)
    # the copy of the dateline nearest the body's start (a teaser list may print the same date above)
    paragraphs = {p.strip() for p in article.body.split("\n") if p.strip()}
    body_start = next((i for i, text in enumerate(texts) if text in paragraphs), len(texts))
    copies = [i for i, text in enumerate(texts) if text == line.strip()]
    index = min(copies, key=lambda i: abs(body_start - i), default=None)
    # only the lines right above and below it: two lines away is a list's previous item or a headline
    # the site's name first: 'Ana Ruiz Vellin Herald' is four capitalised words, as a long name is
    beside = _name_credited_to_the_site(article, texts, index) or _name_over_the_sites_desk(article, texts, index)
    beside = beside or name_in_meta_row(line, article.body, [article.language or ""], texts)  # the row's own field
    beside = beside or (name_beside(texts, index, article.body, offsets=(-1, 1)) if index is not None else None)
    beside = beside or (stacked_byline_below(texts, index, article.body) if index is not None else None)
    beside = beside or name_on_dateline(line, article.body, [article.language or ""], texts)
    if beside and beside.text != article.byline and not _names_the_outlet(article, beside.text):
        article.byline = beside.text
        article.evidence["byline"] = f"name line beside the date's dateline: {beside.line}"
    return article




def _names_the_outlet(article: Article, names: str | None) -> bool:
    """A bare 'name' line that is the site's own name ('Valley Courier-Times' above the headline and its
    date): the masthead, not a person."""
    from storyline.clean.author_check import name_tokens

    sites = (article.outlet, article.metadata.get("site_name"))
    bare = [t for t in name_tokens(names or "") if t != "the"]
    return bool(bare) and any(bare == [t for t in name_tokens(s) if t != "the"] for s in sites if s)


def _name_credited_to_the_site(article: Article, texts: list[str], index: int | None) -> Byline | None:
    """'Dan Roe The West Australian' beside the dateline: a name followed by the site's own name (its
    outlet, or the site its title names), as a byline credits the reporter's paper."""
    sites = {s for s in (article.outlet, site_from_title(texts[0] if texts else "")) if s and len(s) > 2}
    for j in (index - 1, index + 1) if index is not None else ():
        line = " ".join(texts[j].split()) if 0 <= j < len(texts) else ""
        for site in sites:
            if line.casefold().endswith(site.casefold()) and len(line) > len(site):
                name = line[: -len(site)].strip(" -–—|,/·")
                found = name_beside([name, ""], 1, article.body, offsets=(-1,)) if name else None
                if found:
                    return Byline(found.names, site, line)
    return None


# how far below the dateline a broadcaster prints its reporter over the desk ('14 February 2024' / 'Share' /
# 'Kirsty Beaton' / 'BBC Scotland News': the BBC's article header; lead31)
DESK_REACH = 3


def _name_over_the_sites_desk(article: Article, texts: list[str], index: int | None) -> Byline | None:
    """A bare name on the line over a line opening with the site's own name ('Kirsty Beaton' / 'Alba
    Broadcasting Scotland News'), a few lines below the dateline past a share button: the reporter
    and the desk they file for, as broadcasters' sites print them under the date."""
    site = article.outlet or ""
    if index is None or len(site) < 3:
        return None
    for j in range(index + 1, min(index + DESK_REACH, len(texts) - 1) + 1):
        desk = " ".join(texts[j + 1].split()) if j + 1 < len(texts) else ""
        if not desk.casefold().startswith(site.casefold()):
            continue
        found = name_beside([" ".join(texts[j].split()), ""], 1, article.body, offsets=(-1,))
        return Byline(found.names, site, texts[j]) if found else None
    return None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _name_over_masthead(article: Article, masthead: str) -> Byline | None:
    """A bare name on the line over the site's name where that name stands right over a dated line."""
    texts = page_texts(article)
    return next((found for i, text in enumerate(texts[1:-1], start=1)
                 if text == masthead and _YEAR.search(texts[i + 1])
                 and (found := name_beside([texts[i - 1], ""], 1, article.body, offsets=(-1,)))), None)


def read_metadata(article: Article) -> Article:
    """Fill title, byline and outlet from the cleaned article's set-aside lines and container fields."""
    article.byline = find_byline(article)
    _outlet_in_tagline(article)
    article.outlet = find_outlet(article)
    # the outlet is known only now: a byline's names may carry it as their credit ('By Jane Doe FOXBusiness')
    article.byline = without_outlet_credit(article.byline, (article.outlet, article.metadata.get("site_name")))
    article.byline = without_roles(article.byline, (article.outlet, article.metadata.get("site_name")))
    if article.evidence.get("byline", "").startswith("name line") and _names_the_outlet(article, article.byline):
        # a bare name line that is the masthead (its finders see no outlet yet); a name right over it is
        # the reporter's, as the USA TODAY Network prints 'NAME' / 'PAPER' over its date (lead44)
        found = _name_over_masthead(article, article.evidence.pop("byline").partition(": ")[2])
        article.byline = found.text if found else None
        if found:
            article.evidence["byline"] = f"name line over the site's name beside the dateline: {found.line}"
    if not article.title:
        article.title = article.metadata.get("title") or None
        if article.title:
            article.evidence["title"] = "the document's own title field"
    return article


__all__ = ["Byline", "byline_beside_date", "find_byline", "find_outlet", "read_metadata"]
