"""Is a page's author field a person's (or newsroom's) name? Author fields of news CMSs often hold
something else: a form label the extractor caught ('Name', 'Posted'), a role ('Author Bo', 'Editor'),
a user id ('105092'), a date, or the site's own name ('LTO' on lto.de, 'Stylegart' on stylegart.de).

    plausible_author("Author Bo")        # False: a role label, then a name
    plausible_author("Posted")           # False: a template word
    names_site("LN", ("LN - Lübecker Nachrichten",))   # True: the site itself

The label and role words are in rules/bylines.toml [role_labels]. A name the site calls itself is
the outlet: it is the byline only when nothing on the page credits a person (html._author keeps it
apart, metadata.find_byline takes it last). An agency credit ('dpa' on another site) is kept.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

from storyline.rules import pattern, words

# A year or a numeric day.month: a date is not a name (the 'happyface313' of a handle is).
_DATE_SHAPE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]")
_LETTER = re.compile(r"[^\W\d_]")


def name_tokens(text: str) -> tuple[str, ...]:
    """Accent- and case-folded word tokens ('OÖ Volksblatt' -> ('oo', 'volksblatt'))."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return tuple(t for t in re.split(r"[\W_]+", text) if t)


def site_names(*names: str | None, url: str | None = None) -> tuple[str, ...]:
    """The names a page gives its own site (og:site_name, publisher, title site) and its host name."""
    out = [n for n in names if n and n.strip()]
    host = urlsplit(url).hostname if url and "://" in url else None
    if host:
        # an archived page (web.archive.org/web/…/http://site/…) is the archived site's
        inner = re.search(r"/https?://([^/]+)", url or "")
        out.append(inner.group(1) if inner else host)
    return tuple(out)


def is_site_name(name: str, sites: Iterable[str]) -> bool:
    """True when `name`'s words are a run of the words of one of the site's names or its host."""
    tokens = name_tokens(name)
    if not tokens:
        return False
    for site in sites:
        words_ = name_tokens(site)
        n = len(tokens)
        if any(words_[i:i + n] == tokens for i in range(len(words_) - n + 1)):
            return True
    return False


def without_label(name: str) -> str:
    """The name after a role or form label the field caught with it ('Auteur Anna Kubišta' ->
    'Anna Kubišta'); a label alone ('Posted', 'Name') leaves nothing."""
    text = _cjk_label().sub("", " ".join(name.split())).strip(" ,;:|")
    link = pattern("bylines", "author_link_phrases").match(text)
    tokens = (link["name"] if link else text).split()
    labels = _field_labels()
    while tokens and (n := _label_words(tokens, labels)):
        tokens = tokens[n:]
    # an introducer or label read only here, where a full name follows it ('Na Juma Mwakalinga'; 'Haber
    # Merkezi', a desk, stays): rules/bylines.toml [field_introducers]
    if len(tokens) > NAME_WORDS_LEFT and tokens[0].casefold().rstrip(":") in words("bylines", "field_introducers"):
        tokens = tokens[1:]
    # a name particle that also introduces bylines ('Di Giulia Romano', Italian 'by'; 'Von Lukas Brenner')
    # is the introducer before a full name opening with a listed given name, not a surname's first word
    if len(tokens) > NAME_WORDS_LEFT and tokens[0].casefold() in _PARTICLES and _given_first(" ".join(tokens[1:])):
        tokens = tokens[1:]
    # a Korean reporter's role after the name ('이서연 기자': rules/bylines.toml [korean_credit_roles])
    while len(tokens) > 1 and tokens[-1] in words("bylines", "korean_credit_roles"):
        tokens = tokens[:-1]
    tokens = _before_date_tail(tokens)
    # a contributor's credit after it, its first word left ('Ana Ruiz Special' of 'Ana Ruiz Special to the
    # Gazette': [special_credits])
    if len(tokens) > NAME_WORDS_LEFT and tokens[-1].casefold() in {w.split()[0] for w in words("bylines", "special_credits")}:
        tokens = tokens[:-1]
    # the contact and social links printed after it ('Jane Doe Email Twitter': [contact_links])
    while len(tokens) > NAME_WORDS_LEFT and tokens[-1].casefold() in words("bylines", "contact_links"):
        tokens = tokens[:-1]
    return _without_cjk_role(" ".join(tokens).strip(" ,;:|"))


_SEPARATORS = frozenset({"•", "|", "·", "-", "–", "—"})


def _before_date_tail(tokens: list[str]) -> list[str]:
    """The name before a date label or a separator glued after it with only a date after that ('Tom Hale
    Updated' of 'By Tom Hale Updated 3:45 PM EDT, …', 'Ana Ruiz Published July', 'Ana Ruiz • July': the
    extractor drops the digits), when two name words stay (rules/datelines.toml [published_markers],
    [updated_markers]; a month after the name alone may be a surname, 'Theresa May')."""
    leads = words("bylines", "date_leads")
    for i in range(NAME_WORDS_LEFT, len(tokens)):
        if tokens[i].casefold().rstrip(":") in _SEPARATORS | _date_labels():
            rest = [t for t in tokens[i + 1:] if t.casefold().rstrip(":") not in _SEPARATORS | _date_labels() | leads]
            if not rest or _date_words(" ".join(rest)):
                return tokens[:i]
    return tokens


@cache
def _date_labels() -> frozenset[str]:
    return frozenset(w.casefold() for table in ("published_markers", "updated_markers")
                     for w in words("datelines", table) if " " not in w)


def _date_words(name: str) -> bool:
    """'Mon June 3': a part of an author field made of weekday and month names, date labels and
    numbers, the date a byline element printed after the name (trafilatura splits 'By NAME Updated …,
    Mon June 3, 2024' so; 'Updated' alone of 'Published by: NAME | Updated: 12 Mar 2024', branch
    htmlmeta3)."""
    from storyline.clean.dateline import month_names
    from storyline.clean.weekdays import weekday_names

    known = set(month_names(())) | set(weekday_names(())) | _date_labels()
    tokens = [t.strip(".,:").casefold() for t in name.split()]
    return bool(tokens) and all(t.isdigit() or t in known for t in tokens)


CJK_NAME_CHARS = 2  # the shortest Japanese or Chinese full name ('王明')
_CJK = re.compile(r"[\u3005\u3040-\u30ff\u4e00-\u9fff]")


def _without_cjk_role(name: str) -> str:
    """'山本花子 記者', '山本花子記者' -> '山本花子': a Japanese or Chinese reporter's role printed after the
    name, spaced or not (rules/bylines.toml [cjk_credit_roles]), when a name of two characters stays."""
    name = _place_report().sub("", name)
    for role in sorted(words("bylines", "cjk_credit_roles"), key=len, reverse=True):
        head = name[: -len(role)].rstrip() if name.endswith(role) else ""
        if len(_CJK.findall(head)) >= CJK_NAME_CHARS:
            return head
    return name


@cache
def _place_report() -> re.Pattern[str]:
    """'／台南報導' after a reporter's name: where the report was filed (rules/bylines.toml [cjk_place_reports])."""
    verbs = "|".join(re.escape(w) for w in words("bylines", "cjk_place_reports"))
    return re.compile(rf"\s*[／/]\s*[^\s／/]{{1,8}}?(?:{verbs})$")


@cache
def _cjk_label() -> re.Pattern[str]:
    """A Chinese or Japanese credit label opening a field, or the field itself ('文・写真：山本花子', '文', '作者：
    王小明': rules/bylines.toml [cjk_author_labels]), with its colon or slash."""
    ordered = sorted(words("bylines", "cjk_author_labels"), key=len, reverse=True)
    labels = "|".join(re.escape(w) for w in ordered)
    # a label of two characters or more may stand before the name with a space only ('記者 陳美玲', an
    # extractor's rendering of '記者<span>陳美玲</span>'); '文' alone opens names too
    spaced = "|".join(re.escape(w) for w in ordered if len(w) >= CJK_NAME_CHARS)
    # or glued to a whole name of two to four characters ('記者林佳穎', of the Taiwanese press's
    # '記者林佳穎／台北報導' once its place is cut; branch html31): a one-character label ('文', also a
    # surname) never
    return re.compile(rf"^(?:(?:{labels})(?:\s*[：:/／]\s*|$)|(?:{spaced})(?:\s+(?=\S)|(?=[\u4e00-\u9fff]{{2,4}}(?:$|\s*[／/]))))")


# A label of two or three words ('Tác giả', Vietnamese 'Author'; 'Written by'): matched as a whole
LABEL_WORDS_MAX = 3


def _label_words(tokens: list[str], labels: frozenset[str]) -> int:
    """How many of `tokens`' first words are a label (0 if none): the longest label first."""
    for n in range(min(LABEL_WORDS_MAX, len(tokens)), 0, -1):
        if " ".join(tokens[:n]).casefold().rstrip(":") in labels:
            return n
    return 0


@cache
def _field_labels() -> frozenset[str]:
    """The role and author labels, case-folded as a field's words are ('Συντάκτης' ends in a final
    sigma that case folding turns into 'σ'), and the one-word byline introducers an author field
    catches with its name ('Af Mette Holm', 'Av Erik Lindqvist': rules/bylines.toml [byline_words];
    not the name particles 'von' and 'di', which open surnames, nor Russian 'от')."""
    introducers = {w for w in words("bylines", "byline_words") if len(w.split()) <= LABEL_WORDS_MAX} - _PARTICLES
    labels = words("bylines", "role_labels") | words("bylines", "author_labels") | words("bylines", "reading_labels")
    # a colon form ('teksti:', 'szerző:') is matched without its colon: the extractor drops it, and in an
    # author field the word is a label, not prose ('Teksti Matti Virtanen', branch htmlmeta3)
    return frozenset(w.casefold().rstrip(":") for w in labels | introducers)


_PARTICLES = frozenset({"von", "di", "от"})


def _given_first(name: str) -> bool:
    from storyline.clean.byline import given_first

    return given_first(name)


def credits_pictures(name: str) -> bool:
    """'Фото Игорь Белов', 'Fotos: Ana Ruiz': a part of an author field crediting the photographer
    (rules/bylines.toml [photo_labels]), beside the writer's 'Текст Анна Соколова'."""
    tokens = name.split()
    return len(tokens) > 1 and tokens[0].casefold().rstrip(":") in words("bylines", "photo_labels")


# what follows a photographer's label in a credit ('Photos by', 'Fotos von', 'Photos de', 'Fotos: '): the
# introducers of rules/bylines.toml [byline_words] of one word
_CREDIT_INTRODUCERS = frozenset({"by", "von", "de", "par", "por", "di", "door", "av", "af"})


def before_picture_credit(name: str) -> str:
    """'Ana Ruiz Photos by Tom Lee' -> 'Ana Ruiz': a byline element's writer and photographer credits
    read as one ('By Ana Ruiz<br>Photos by Tom Lee'), cut at the photographer's label
    (rules/bylines.toml [photo_labels]) when two name words stand before it; a capitalised label
    before a full name without its colon too ('Erik Lindqvist Foto Anna Berg' of 'Text: Erik Lindqvist
    Foto: Anna Berg', the extractor drops the colons; branch htmlmeta3)."""
    tokens = name.split()
    for i in range(2, len(tokens) - 1):
        label = tokens[i].casefold()
        if label.rstrip(":") in words("bylines", "photo_labels") | _contributor_words() \
                and (label.endswith(":") or tokens[i + 1].casefold() in _CREDIT_INTRODUCERS
                     or (tokens[i][:1].isupper() and len(tokens) - i - 1 >= NAME_WORDS_LEFT)):
            return " ".join(tokens[:i])
    return name


@cache
def _contributor_words() -> frozenset[str]:
    """The one-word labels of [contributor_labels] ('video', 'illustrations'), cut at like a photo label."""
    return frozenset(w for w in words("bylines", "contributor_labels") if " " not in w and not w.endswith("."))


def plausible_author(name: str) -> bool:
    """A name an author field may hold: some letters, no date, not a form label or a role word
    alone. A newsroom credit ('Redaktion', 'admin', the site's name) is one: dates-dev's gold
    keeps those as bylines when no person is credited."""
    text = " ".join(name.split()).strip(" ,;:|")
    return bool(_LETTER.search(text)) and not _DATE_SHAPE.search(text) and without_label(text) == text \
        and not _date_words(text) and text[:1] not in _OPENING_QUOTES


# A part opening with a quotation mark names a title, not a person: the paper a role credits ('Ольга
# Смирнова, корреспондент «Волжской правды»' split at its comma; the Russian and Ukrainian press quote a
# paper's name in guillemets, the German one in „…“; branch htmlmeta4)
_OPENING_QUOTES = frozenset("«»„“\"‹")


def names_a_source(value: str) -> bool:
    """'Quelle: dpa', 'Źródło Statista com': a source label opens the field (rules/bylines.toml
    [source_labels]), so it names where something came from (a chart's, a wire text's), which is
    the author only when nothing else on the page is."""
    tokens = value.split()
    return len(tokens) > 1 and tokens[0].rstrip(":").casefold() in words("bylines", "source_labels")


def without_source_label(value: str) -> str:
    """'Quelle: dpa' -> 'dpa'."""
    return value.split(maxsplit=1)[1].lstrip(": ") if names_a_source(value) else value


def plausible_authors(value: str | None) -> str | None:
    """The plausible names of a '; '-joined author field, each without a label caught before it,
    joined again; None when none is. The parts after an author box's bio sentence are that sentence's
    rest ('Hannah Voss is a field editor; Grew Up' of '… is a field editor at X and grew up on a
    farm': the extractor splits at 'at' and 'and'; branch htmlmeta3)."""
    kept: list[str] = []
    parts = [n for part in (value or "").split(";") for n in _joined_names(_before_contributor(part))]
    for part in (n for n in parts if not credits_pictures(n.strip())):
        if credits_contributor(part) or (kept and _special_credit(part)):
            break
        label_less = without_label(before_picture_credit(part))
        name = _bio_name(label_less)
        if name and plausible_author(name):
            kept.append(name)
        if name != label_less:
            break
    return "; ".join(dict.fromkeys(kept)) or None


def _special_credit(part: str) -> bool:
    """'Special' (of 'Harold Finch | Special to the Gazette', the extractor keeping the first word): a
    non-staff writer's credit line after the name (rules/bylines.toml [special_credits]), no second name."""
    text = " ".join(part.casefold().split())
    return any(text == w.split()[0] or text.startswith(f"{w} ") for w in words("bylines", "special_credits"))


# the separators a byline row prints between its credits ('NAME · Reviewed by NAME', 'NAME | Translated by NAME')
_CREDIT_SEPARATOR = re.compile(r"\s+[·•|/–—]\s+|,\s+")


def _before_contributor(part: str) -> str:
    """An author field's part up to the separator before another contributor's credit ('Ana Ruiz · Revisado por
    Inés Gil' -> 'Ana Ruiz'): the extractor keeps a byline row whole when no comma or 'and' splits it (invented
    pages of branch html37: a reviewer's and a translator's credit read into the writer's name)."""
    for separator in _CREDIT_SEPARATOR.finditer(part):
        if separator.start() > 0 and credits_contributor(part[separator.end():]):
            return part[: separator.start()]
    return part


def credits_contributor(part: str) -> bool:
    """'Übersetzung Jonas Klein', 'Fact-checked by Peter Shaw', 'Mit Material Von Dpa': a part of an author
    field opening with another contributor's label (rules/bylines.toml [contributor_labels])."""
    text = " ".join(part.casefold().split()).lstrip("|·•-–— ")
    # the labels case-folded as the text is: folding turns a Greek final sigma into 'σ' ('Έλεγχος' is 'έλεγχοσ')
    return any(text.startswith(label) and (len(text) == len(label) or not text[len(label)].isalnum())
               for label in (w.casefold() for w in words("bylines", "contributor_labels")))


_FIELD_JOINER_WORDS = 2  # a full name on each side of the joiner: 'José Ortega y Gasset' stays whole


def _joined_names(part: str) -> list[str]:
    """'Jan de Vries en Els Bakker' -> ['Jan de Vries', 'Els Bakker']: two full names an author field
    joins with 'and' in the page's language (rules/bylines.toml [joiners]; the extractor splits at
    English 'and' only; branch htmlmeta3), each side of two words or more, the second capitalised."""
    tokens = part.split()
    joiners = words("bylines", "joiners") - {"&"}
    for i in range(_FIELD_JOINER_WORDS, len(tokens) - _FIELD_JOINER_WORDS):
        if tokens[i].casefold() in joiners and _capital(tokens[i + 1]) and _capital(tokens[i - 1]):
            return [" ".join(tokens[:i]), *_joined_names(" ".join(tokens[i + 1:]))]
    # Arabic and Hebrew write 'and' as a prefix of the next word ('أحمد سعيد ومحمد علي', 'רוני אברהם ויעל
    # כהן'; Wiktionary 'و', 'ו'), a full name of two words or more on each side (branch htmlmeta4)
    for i in range(_FIELD_JOINER_WORDS, len(tokens) - _FIELD_JOINER_WORDS + 1):
        if tokens[i][:1] in _PREFIX_JOINERS and len(tokens[i]) > _PREFIX_JOINED_MIN and _rtl_letters(tokens[i]):
            return [" ".join(tokens[:i]), *_joined_names(" ".join([tokens[i][1:], *tokens[i + 1:]]))]
    return [part]


def _capital(word: str) -> bool:
    """A capital, or a letter of a script without case (Devanagari, Thai: names are not told by case there)."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


_PREFIX_JOINERS = frozenset("وו")
_PREFIX_JOINED_MIN = 3  # the prefix and a name of three letters at least ('ومحمد', 'ויעל')


def _rtl_letters(token: str) -> bool:
    return all("\u0590" <= c <= "\u06ff" for c in token)


def without_editors(value: str | None, page_text: str) -> str | None:
    """A '; '-joined author field less the names the page credits as the story's editor ('By Kim Lee |
    Edited by Paul Grant' read whole as 'Kim Lee; Paul Grant'; rules/bylines.toml [editor_credits]):
    an editor is no author. A field of one name, or of editors only, stays."""
    if not value or ";" not in value:
        return value
    parts = [p.strip() for p in value.split(";") if p.strip()]
    text = " ".join(page_text.split()).casefold()
    labels = words("bylines", "editor_credits")
    kept = [p for p in parts if not any(f"{label} {p.casefold()}" in text for label in labels)]
    return "; ".join(kept) if kept and kept != parts else value


BIO_MIN_WORDS = 5  # a name is at most four words: a longer field may be the author box's bio sentence


def _bio_name(name: str) -> str:
    """'Priya Raman is a freelance writer who covers …' -> 'Priya Raman': an author field that caught the
    author box's one-sentence bio under its 'About the author' heading (clean.byline_guards.tagline_pattern)."""
    if len(name.split()) < BIO_MIN_WORDS:
        return name
    from storyline.clean.byline_guards import tagline_pattern

    m = tagline_pattern().match(name)
    return "; ".join(n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m["names"]) if n.strip()) if m else name


def names_site(value: str, sites: Iterable[str]) -> bool:
    """True when one of the names of a '; '-joined author field is the site's own name."""
    return any(is_site_name(n, sites) for n in value.split(";") if n.strip())


# An outlet glued to a byline's names, as a page prints its credit ('By Jane Doe FOXBusiness', 'JANE
# DOE Associated Press', 'Jane Doe, IGN Staff'): one word with two capitals or more ('AP', 'FOXBusiness')
# or several words; a single capitalised word may be a surname ('Post', 'Star').
_OUTLET_WORDS = 3
_CAPS = re.compile(r"[A-Z].*[A-Z]")


def _compact(text: str) -> str:
    return "".join(name_tokens(text))


def _is_outlet(text: str, outlets: frozenset[str]) -> bool:
    from storyline.clean.outlet import registry_outlet

    if " " not in text and not _CAPS.search(text):
        return False
    return _compact(text) in outlets or registry_outlet(text) is not None


def _without_role(text: str) -> str:
    roles = sorted(words("bylines", "credit_roles"), key=len, reverse=True)
    folded = text.casefold()
    role = next((r for r in roles if folded.endswith(" " + r)), None)
    return text[: -len(role) - 1].rstrip() if role else text


def _cut_credit(part: str, outlets: frozenset[str]) -> str | None:
    """`part` less the outlet credited after it; None when the part is the outlet and a credit role
    ('IGN Staff'). An outlet alone stays ('Jane Doe, CNN'; 'Paula Steiger; SDA'): dates-dev's gold
    keeps such a co-credit with the names (3 dev bylines lost when it was cut)."""
    bare = _without_role(part)
    if bare != part and _is_outlet(bare, outlets):
        return None
    tokens = part.split()
    for n in range(_OUTLET_WORDS, 0, -1):
        if len(tokens) - n >= 2 and _is_outlet(" ".join(tokens[-n:]), outlets):
            return " ".join(tokens[:-n])
    return part


def without_outlet_credit(value: str | None, outlets: Iterable[str | None]) -> str | None:
    """A byline less the outlet its names carry as a credit: the article's own outlet or site name,
    or one the registry knows, after a person's name ('LISA MASCARO; ERIC TUCKER Associated Press'
    -> '…; ERIC TUCKER') or as a name of its own ('Eric Song, IGN Staff' -> 'Eric Song'). A credit
    alone ('Reuters', 'HT Correspondent') stays: it is the byline when no person is named."""
    if not value:
        return value
    known = frozenset(c for c in (_compact(o) for o in outlets if o) if c)
    separator = "; " if ";" in value else ", "
    parts = [p.strip() for p in re.split(r"\s*[;,]\s*", value) if p.strip()]
    cuts = [_cut_credit(p, known) for p in parts]
    if all(cut is None for cut in cuts):
        return value  # no person's name is left: the credit is the byline
    kept = [cut for cut in cuts if cut]
    return separator.join(kept) if kept != parts else value


_ROLE_WORDS_MAX = 4  # 'Chief Political Correspondent', 'Senior Health Reporter'


def without_roles(value: str | None, outlets: Iterable[str | None] = ()) -> str | None:
    """A byline less the parts that are a role, not a name ('Jane Doe, Staff Writer', 'Ana Ruiz,
    Health Reporter' -> the name): AP style prints the role after the name and a comma
    (rules/bylines.toml [credit_roles] [name_roles]). A part opened by a given name stays ('John
    Writer'), and a role alone stays (it is the byline when no person is named)."""
    if not value:
        return value
    separator = "; " if ";" in value else ", "
    parts = [p.strip() for p in re.split(r"\s*[;,]\s*", value) if p.strip()]
    kept = [_without_glued_role(p) for p in parts if not _is_role(p)]
    known = frozenset(c for c in (_compact(o) for o in outlets if o) if c)
    if not any(not _is_outlet(p, known) for p in kept):
        return value  # only credits ('Associated Press; Guardian staff reporter'): no person to keep
    return separator.join(kept) if kept != parts else value


NAME_WORDS_LEFT = 2  # 'Jane Roe' of 'Jane Roe Senior Reporter'; one word left may be the surname ('Tom Writer')


def _without_glued_role(part: str) -> str:
    """'Jane Roe Senior Reporter' -> 'Jane Roe', 'Jane Roe Enviada' -> 'Jane Roe': a role printed after the
    name with no comma (an author field, a byline line's names), when two name words stay."""
    tokens = part.split()
    for k in range(min(3, len(tokens) - NAME_WORDS_LEFT), 0, -1):
        if _is_role(" ".join(tokens[-k:])) and not _is_role(" ".join(tokens[:-k])):
            return " ".join(tokens[:-k])
    return part


# 'Corresponsal en Madrid', 'Correspondent in Washington', 'Correspondant à Paris': a role and its post
_ROLE_IN_PLACE = re.compile(r"^(?P<role>.+?)\s+(?:in|en|à|a|em|aus|from)\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}$")


def _is_role(part: str) -> bool:
    from storyline.extract.person_names import is_given_name

    placed = _ROLE_IN_PLACE.match(part)
    if placed and _is_role(placed["role"]):
        return True
    tokens = part.split()
    if not tokens or len(tokens) > _ROLE_WORDS_MAX or is_given_name(tokens[0].casefold()):
        return False
    folded = part.casefold()
    roles = words("bylines", "credit_roles") | words("bylines", "name_roles")
    return any(folded == r or folded.endswith(" " + r) or folded.endswith(" " + r + "s") or folded == r + "s"
               for r in roles)

