"""The address check every watcher request passes. Until the shared guarded client lands this is
the watcher's own minimal check; it is replaced by storyline.fetch's at merge."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from storyline.errors import InputError


class BlockedAddressError(InputError):
    code = "blocked-address"


def check_url(url: str, allow: tuple[str, ...] = ()) -> None:
    """Refuse non-http(s) URLs and hosts that resolve to a non-global address, unless allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BlockedAddressError("is not an http(s) URL", source=url, fix="give an http:// or https:// URL")
    host = parts.hostname
    if host in allow:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or 80, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return  # the request itself reports the unknown name
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if any(address in ipaddress.ip_network(net) for net in allow):
            continue
        if not address.is_global:
            raise BlockedAddressError(f"resolves to {address}, an internal address", source=url,
                                      fix="add the host to the fetch_allow setting if it is meant")
