"""Two claims about two people who share a surname ('Chukwuma Eze was arrested' / 'Mrs. Eze was not
arrested', his wife): the surname both claims write is no shared participant when the names it stands in
link to different people (extract.entities keeps namesakes apart by given name and honorific; lead36)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storyline.link.claim_ref import ClaimRef


def other_namesakes(a: ClaimRef, b: ClaimRef) -> bool:
    """Each claim names people, none of them the other's, and a surname of one is a surname of the other."""
    if not a.people or not b.people or a.people & b.people:
        return False
    return bool({p.split()[-1] for p in a.people} & {p.split()[-1] for p in b.people})
