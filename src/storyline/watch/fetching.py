"""Fetching for the watcher: conditional GET, robots.txt, and a politeness delay per host.

Every request goes through one `Fetcher`. The default one uses storyline's guarded HTTP client, so a
feed can never lead the watcher to a loopback, private or metadata address unless a setting allows
it. robots.txt is read with the standard library's parser (RFC 9309 semantics for failures: a 4xx
robots.txt allows everything, a 5xx or unreachable one disallows the host until it is read again).
"""
from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

from storyline.watch.model import Fetched

USER_AGENT = "storyline-watch/0.2 (+https://github.com/storyline; news archive reader)"
ROBOTS_TTL_S = 24 * 3600
_DISALLOW_ALL = ["User-agent: *", "Disallow: /"]


class Fetcher(Protocol):
    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched: ...


@dataclass(slots=True)
class HttpFetcher:
    """Conditional GET through the guarded client (storyline.fetch); 200 and 304 are answers, any
    other status raises HttpStatusError, a refused address BlockedAddressError."""

    timeout_s: float = 15.0
    max_bytes: int = 20_000_000
    allow: str = ""
    _client: Any = None

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        from storyline.fetch import FetchLimits, GuardedClient
        from storyline.watch.transport import get

        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if self._client is None:
            self._client = GuardedClient(allow=self.allow, user_agent=USER_AGENT,
                                         limits=FetchLimits(max_bytes=self.max_bytes, timeout=self.timeout_s))
        return get(self._client, url, headers=headers)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


@dataclass(slots=True)
class HostPacer:
    """At most one request per host every `delay_s` seconds (the watcher is one polite reader)."""

    delay_s: float = 1.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)

    def wait(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            pause = self.delay_s - (self.clock() - last)
            if pause > 0:
                self.sleep(pause)
        self._last[host] = self.clock()


@dataclass(slots=True)
class RobotsRules:
    """robots.txt per host, read once a day through the watcher's own fetcher."""

    fetcher: Fetcher
    clock: Callable[[], float] = time.monotonic
    _parsers: dict[str, tuple[float, urllib.robotparser.RobotFileParser]] = field(default_factory=dict)

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        cached = self._parsers.get(origin)
        if cached is None or self.clock() - cached[0] > ROBOTS_TTL_S:
            cached = (self.clock(), self._read(origin))
            self._parsers[origin] = cached
        return cached[1].can_fetch(USER_AGENT, url)

    def _read(self, origin: str) -> urllib.robotparser.RobotFileParser:
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        from storyline.errors import UnreadableInputError
        from storyline.watch.transport import HttpStatusError

        try:
            answer = self.fetcher.fetch(origin + "/robots.txt")
        except HttpStatusError as exc:
            if 400 <= exc.status < 500:
                parser.parse([])  # no rules: everything allowed
            else:
                parser.parse(_DISALLOW_ALL)  # RFC 9309 §2.3.1.4: a server error means disallowed for now
            return parser
        except UnreadableInputError:
            parser.parse(_DISALLOW_ALL)  # unreachable: the same, until read again
            return parser
        parser.parse(answer.body.decode(answer.charset or "utf-8", "replace").splitlines())
        return parser
