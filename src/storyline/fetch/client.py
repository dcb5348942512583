"""The one guarded HTTP client every server-side fetch goes through (CLI URLs, `.urls`, uploads).

For each hop: the scheme must be http(s); the host is resolved once; every address it resolves to
must be public unicast (storyline.fetch.addresses) unless `fetch_allow` lists the host or a network
holding the address; the connection then goes to that checked address, with the name in the Host
header and in TLS SNI (so certificates are verified against the name), so a second DNS answer
(rebinding) is never asked for. Redirects are followed here, not by httpx, and each new hop is
checked again. Environment proxies are ignored (a proxy would resolve names itself) and
connections are not kept alive (a pooled TLS connection to an address must not serve another name).
"""
from __future__ import annotations

import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urljoin

from storyline.errors import BlockedAddressError, InputTooLargeError, UnreadableInputError
from storyline.fetch.addresses import Allowlist, IPAddress, internal_reason

if TYPE_CHECKING:
    import httpx

USER_AGENT = "storyline/0.1 (news archive reader)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ALLOW_FIX = "fetch only public addresses; to reach this one on purpose, add its host or network to fetch_allow"


class Resolver(Protocol):
    """Turns a host name (or address literal) into the addresses to connect to."""

    def __call__(self, host: str, port: int) -> list[IPAddress]: ...


def system_resolver(host: str, port: int) -> list[IPAddress]:
    """The C library's getaddrinfo: hosts file, DNS, and legacy IPv4 spellings (0x7f000001, 127.1)."""
    import ipaddress

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnreadableInputError(f"the host {host!r} cannot be resolved ({exc})", source=host,
                                   fix="check the host name and the network") from None
    found: list[IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if address not in found:
            found.append(address)
    return found


@dataclass(slots=True, frozen=True)
class FetchLimits:
    """Caps on one fetch: body bytes (inflated), seconds per network wait, seconds in all, redirects."""

    max_bytes: int = 20_000_000
    timeout: float = 15.0
    total_seconds: float = 60.0
    max_redirects: int = 5


@dataclass(slots=True, frozen=True)
class Head:
    """A response before its body: `url` as asked, `final_url` after redirects, the address used."""

    url: str
    final_url: str
    status: int
    reason: str
    headers: Mapping[str, str]
    address: str
    charset: str | None


@dataclass(slots=True, frozen=True)
class Fetched:
    head: Head
    content: bytes


@dataclass(slots=True, frozen=True)
class _Hop:
    url: str
    request_url: str
    host: str
    host_header: str
    address: IPAddress


Accept = Callable[[Head], None]


class GuardedClient:
    """A guarded fetcher; use as a context manager, or call close()."""

    def __init__(self, *, allow: Allowlist | str | None = None, limits: FetchLimits | None = None,
                 resolver: Resolver = system_resolver, user_agent: str = USER_AGENT) -> None:
        import httpx

        self.allow = allow if isinstance(allow, Allowlist) else Allowlist.parse(allow)
        self.limits = limits or FetchLimits()
        self._resolve = resolver
        self._http = httpx.Client(follow_redirects=False, trust_env=False, headers={"User-Agent": user_agent},
                                  timeout=httpx.Timeout(self.limits.timeout),
                                  limits=httpx.Limits(max_keepalive_connections=0))

    def __enter__(self) -> GuardedClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def check(self, url: str) -> None:
        """Raise BlockedAddressError (or UnreadableInputError) if `url` may not be fetched."""
        self._hop(url, url)

    def fetch(self, url: str, accept: Accept | None = None, headers: Mapping[str, str] | None = None) -> Fetched:
        """GET `url` through the guard. `accept` sees the final response's head before the body is
        read and may raise to refuse it; `headers` are sent on every hop (e.g. conditional GET's
        If-None-Match). Raises an InputError subclass for anything refused."""
        import httpx

        deadline = time.monotonic() + self.limits.total_seconds
        current = url
        try:
            for _ in range(self.limits.max_redirects + 1):
                hop = self._hop(current, url)
                with self._http.stream("GET", hop.request_url, headers={**(headers or {}), "Host": hop.host_header},
                                       extensions=_extensions(hop, self._wait(deadline, url))) as response:
                    location = response.headers.get("Location")
                    if response.status_code in REDIRECTS and location:
                        current = urljoin(current, location.strip())
                        continue
                    head = _head(url, hop, response)
                    if accept is not None:
                        accept(head)
                    return Fetched(head, self._body(response, url, deadline))
        except httpx.TimeoutException:
            raise UnreadableInputError(f"timed out (over {self.limits.timeout:g} s waiting)", source=url,
                                       fix="retry later, or check that the server answers") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise UnreadableInputError(f"cannot be fetched: {type(exc).__name__}: {exc}", source=url,
                                       fix="check the URL and the network") from None
        raise UnreadableInputError(f"redirects more than {self.limits.max_redirects} times", source=url,
                                   fix="give the final URL")

    def _hop(self, current: str, url: str) -> _Hop:
        import httpx

        try:
            parsed = httpx.URL(current)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise BlockedAddressError(f"{current!r} is not a URL storyline can fetch ({exc})", source=url,
                                      fix="give an http:// or https:// URL with a host name") from None
        if parsed.scheme not in ("http", "https"):
            raise BlockedAddressError(f"{current!r} uses the scheme {parsed.scheme!r}; only http and https are "
                                      f"fetched", source=url, fix="give an http:// or https:// URL")
        host = parsed.host
        if not host:
            raise BlockedAddressError(f"{current!r} has no host", source=url, fix="give a URL with a host name")
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        address = self._checked_address(host, port, current, url)
        host_header = parsed.raw_host.decode("ascii")
        if ":" in host_header:
            host_header = f"[{host_header}]"
        if parsed.port is not None:
            host_header += f":{parsed.port}"
        request_url = str(parsed.copy_with(host=str(address), userinfo=b"", fragment=None))
        return _Hop(current, request_url, host, host_header, address)

    def _checked_address(self, host: str, port: int, current: str, url: str) -> IPAddress:
        """The address to connect to: every address `host` resolves to must pass."""
        addresses = self._resolve(host, port)
        if not addresses:
            raise UnreadableInputError(f"the host {host!r} resolves to no address", source=url,
                                       fix="check the host name")
        if self.allow.allows_host(host):
            return addresses[0]
        for address in addresses:
            reason = internal_reason(address)
            if reason and not self.allow.allows_address(address):
                hop = "" if current == url else f" (redirected to {current})"
                raise BlockedAddressError(f"the host {host!r}{hop} resolves to {address}, {reason}",
                                          source=url, fix=_ALLOW_FIX)
        return addresses[0]

    def _wait(self, deadline: float, url: str) -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise UnreadableInputError(f"took over {self.limits.total_seconds:g} s in all", source=url,
                                       fix="retry later, or raise the time limit")
        return min(self.limits.timeout, left)

    def _body(self, response: httpx.Response, url: str, deadline: float) -> bytes:
        # iter_bytes undoes Content-Encoding, so the cap counts inflated bytes (a gzip bomb stops at
        # max_bytes plus one decoded chunk); the deadline stops a server that drips bytes slowly
        chunks, total = [], 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > self.limits.max_bytes:
                raise InputTooLargeError(f"over {self.limits.max_bytes:,} bytes", source=url,
                                         fix="raise max_file_bytes (STORYLINE_MAX_FILE_BYTES)")
            self._wait(deadline, url)
            chunks.append(chunk)
        return b"".join(chunks)


def _extensions(hop: _Hop, seconds: float) -> dict[str, Any]:
    timeouts = {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds}
    return {"sni_hostname": hop.host, "timeout": timeouts}


def _head(url: str, hop: _Hop, response: httpx.Response) -> Head:
    return Head(url=url, final_url=hop.url, status=response.status_code, reason=response.reason_phrase,
                headers=response.headers, address=str(hop.address), charset=response.charset_encoding)


def fetch(url: str, *, allow: Allowlist | str | None = None, limits: FetchLimits | None = None,
          accept: Accept | None = None) -> Fetched:
    """One guarded fetch with a client of its own (see GuardedClient.fetch)."""
    with GuardedClient(allow=allow, limits=limits) as client:
        return client.fetch(url, accept)


__all__ = ["Accept", "FetchLimits", "Fetched", "GuardedClient", "Head", "Resolver",
           "fetch", "system_resolver"]
