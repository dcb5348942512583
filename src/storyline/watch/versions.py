"""What changed between two versions of one URL, and the correction or update notices a page carries."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from storyline import rules

# two paragraphs count as one changed paragraph, not a removal plus an addition, at this similarity
# (difflib ratio); a typo fix scores > 0.9, a rewritten paragraph on the same subject ~0.5
CHANGED_RATIO = 0.5


@dataclass(slots=True, frozen=True)
class ParagraphChange:
    before: str
    after: str


@dataclass(slots=True, frozen=True)
class VersionDiff:
    """Title before/after (None when unchanged) and paragraphs added, removed and changed."""

    title_before: str | None = None
    title_after: str | None = None
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[ParagraphChange, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.title_before or self.title_after or self.added or self.removed or self.changed)

    def as_json(self) -> dict[str, object]:
        return {"title": None if self.title_before is None and self.title_after is None
                else {"before": self.title_before, "after": self.title_after},
                "added": list(self.added), "removed": list(self.removed),
                "changed": [{"before": c.before, "after": c.after} for c in self.changed]}


@dataclass(slots=True, frozen=True)
class Notice:
    """A correction, clarification, update or editor's note found in a body."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(slots=True)
class _Diff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[ParagraphChange] = field(default_factory=list)


def diff_versions(title_before: str | None, body_before: str, title_after: str | None, body_after: str) -> VersionDiff:
    """The paragraph-level difference between two versions of an article."""
    old, new = _paragraphs(body_before), _paragraphs(body_after)
    out = _Diff()
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "delete":
            out.removed += old[i1:i2]
        elif op == "insert":
            out.added += new[j1:j2]
        elif op == "replace":
            _pair_replaced(old[i1:i2], new[j1:j2], out)
    retitled = (title_before or "") != (title_after or "")
    return VersionDiff(title_before if retitled else None, title_after if retitled else None,
                       tuple(out.added), tuple(out.removed), tuple(out.changed))


def _pair_replaced(old: list[str], new: list[str], out: _Diff) -> None:
    # pair each old paragraph with the most similar unused new one in order; the rest are adds/removes
    used: set[int] = set()
    for before in old:
        best, best_ratio = None, CHANGED_RATIO
        for j, after in enumerate(new):
            if j in used:
                continue
            ratio = difflib.SequenceMatcher(a=before, b=after, autojunk=False).quick_ratio()
            if ratio >= best_ratio:
                best, best_ratio = j, ratio
        if best is None:
            out.removed.append(before)
        else:
            used.add(best)
            out.changed.append(ParagraphChange(before, new[best]))
    out.added += [after for j, after in enumerate(new) if j not in used]


def _paragraphs(body: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]


def find_notices(body: str) -> list[Notice]:
    """Correction and update notices in a body, each with its kind and the paragraph it is in."""
    notices = []
    for kind in ("correction", "clarification", "update", "editors_note"):
        found = rules.pattern("corrections", kind, re.IGNORECASE | re.MULTILINE)
        for match in found.finditer(body):
            start = body.rfind("\n", 0, match.start()) + 1
            end = body.find("\n", match.end())
            end = len(body) if end < 0 else end
            notices.append(Notice(kind, body[start:end].strip(), start, end))
    notices.sort(key=lambda n: n.start)
    return _distinct(notices)


def _distinct(notices: list[Notice]) -> list[Notice]:
    kept: list[Notice] = []
    for notice in notices:
        if not kept or notice.start >= kept[-1].end:
            kept.append(notice)
    return kept
