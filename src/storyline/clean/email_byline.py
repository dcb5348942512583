"""A reporter's name printed with their own e-mail address ('Claudia Tan claudiat@paper.com.sg',
'Jane Roe (jroe@paper.com)'): the author line some dailies print instead of 'By NAME'. On dates-dev's
texts five sites print the reporter's address beside or under the name (an Argentine, a Colombian, a
Brazilian, a Singapore and a Colorado paper), two of them on the name's own line; contact addresses
(redaktion@, info@, desk@) are no one's name. The address's local part must spell the name ('claudiat',
'mmartin', 'ria.ramsaran'), which keeps a list of members and their addresses far down a page apart
only by position, as every byline reader is limited to the top."""
from __future__ import annotations

import re
import unicodedata

from storyline.clean.byline import NAME, Byline

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_LINE = re.compile(rf"(?:(?:By|Por|Von|Par)\s+)?(?P<name>{NAME})\s*[,|–-]?\s*[(<]?(?P<email>{_EMAIL})[)>]?"
                   r"(?:\s+@\w{2,30})?")


def email_byline(line: str) -> Byline | None:
    """The byline when `line` is a full name and an address whose local part spells that name."""
    text = " ".join(line.split())
    m = _LINE.fullmatch(text)
    if m is None or not spells_name(m["email"].split("@")[0], m["name"]):
        return None
    return Byline((m["name"],), None, text)


def spells_name(local: str, name: str) -> bool:
    """'ria.ramsaran', 'claudiat', 'mmartin', 'jroe' for the names they belong to: the surname with the
    given name or its initial, or the given name with the surname or its initial."""
    parts = [_ascii(w) for w in name.split() if len(w.strip(".")) > 1]
    if len(parts) < 2:
        return False
    given, surname = parts[0], parts[-1]
    key = re.sub(r"[^a-z]", "", _ascii(local))
    return key in {given + surname, surname + given, given[0] + surname, surname + given[0],
                   given + surname[0], surname, given + "." + surname}


def _ascii(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in folded if c.isascii() and c.isalpha())
