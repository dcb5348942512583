"""Guarded fetching: every server-side HTTP request storyline makes goes through `GuardedClient`.

    with GuardedClient(allow="intranet.example, 10.1.0.0/16") as client:
        page = client.fetch("https://example.org/a")     # Fetched(head, content)

Refusals raise `BlockedAddressError` (scheme, internal address on any hop); network trouble
`UnreadableInputError`; an oversized body `InputTooLargeError` — all InputErrors with a fix.
"""
from __future__ import annotations

from storyline.errors import BlockedAddressError
from storyline.fetch.addresses import METADATA, Allowlist, internal_reason
from storyline.fetch.client import (
    USER_AGENT,
    Accept,
    Fetched,
    FetchLimits,
    GuardedClient,
    Head,
    Resolver,
    fetch,
    system_resolver,
)

__all__ = ["METADATA", "USER_AGENT", "Accept", "Allowlist", "BlockedAddressError", "FetchLimits", "Fetched",
           "GuardedClient", "Head", "Resolver", "fetch", "internal_reason", "system_resolver"]
