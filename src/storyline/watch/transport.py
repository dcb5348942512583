"""One conditional GET for the watcher through storyline's guarded client (every hop's address
checked, redirects re-checked, DNS pinned, size and time capped), with the status turned into an
answer (200, 304) or a named error carrying the status."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from storyline.errors import UnreadableInputError
from storyline.watch.model import Fetched

if TYPE_CHECKING:
    from storyline.fetch import GuardedClient


class HttpStatusError(UnreadableInputError):
    """The server answered with a status other than 200 or 304 (redirects are followed)."""

    code = "http-status"

    def __init__(self, url: str, status: int) -> None:
        self.status = status
        fix = "remove the source, or check its URL" if status in (404, 410) else "the watcher retries with backoff"
        super().__init__(f"HTTP {status}", source=url, fix=fix)


def get(client: GuardedClient, url: str, *, headers: Mapping[str, str]) -> Fetched:
    """GET `url` (conditional when `headers` carry validators)."""
    got = client.fetch(url, headers=headers)
    head = got.head
    etag, modified = head.headers.get("ETag"), head.headers.get("Last-Modified")
    if head.status == 304:
        return Fetched(url=head.final_url, status=304, etag=etag, last_modified=modified)
    if head.status != 200:
        raise HttpStatusError(url, head.status)
    content_type = head.headers.get("Content-Type", "").split(";")[0].strip().lower()
    return Fetched(url=head.final_url, status=200, body=got.content, content_type=content_type,
                   charset=head.charset, etag=etag, last_modified=modified)
