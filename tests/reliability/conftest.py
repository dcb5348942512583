"""Fixtures of the reliability matrix: local HTTP servers on IPv4 and IPv6 loopback, one port."""
from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from .http_helpers import local_server


def _free_port_on_both() -> int:
    for _ in range(50):
        with socket.socket(socket.AF_INET) as four:
            four.bind(("127.0.0.1", 0))
            port = four.getsockname()[1]
            try:
                with socket.socket(socket.AF_INET6) as six:
                    six.bind(("::1", port))
            except OSError:
                continue
            return port
    pytest.skip("no port free on both 127.0.0.1 and ::1")


@pytest.fixture(scope="module")
def loopback_port() -> Iterator[int]:
    """One port answered on 127.0.0.1 and on ::1, so every loopback spelling reaches a real server."""
    port = _free_port_on_both()
    with local_server("127.0.0.1", port), local_server("::1", port):
        yield port
