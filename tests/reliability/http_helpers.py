"""A real local HTTP server for the fetch-guard tests: pages, redirects to any target, Host echo."""
from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

PAGE = b"<html><head><title>Local page</title></head><body><p>Served on loopback.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/to":  # /to?u=<target>: a redirect anywhere
            self._answer(302, {"Location": parse_qs(parts.query)["u"][0]}, b"")
        elif parts.path == "/host":  # echoes the Host header it was sent
            self._answer(200, {"Content-Type": "text/plain"}, f"Host: {self.headers['Host']}".encode())
        else:
            self._answer(200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)

    def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _V6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


@contextmanager
def local_server(host: str = "127.0.0.1", port: int = 0) -> Iterator[int]:
    """Serve on host:port (0: any free port) in a thread; yields the port."""
    server_class = _V6Server if ":" in host else ThreadingHTTPServer
    httpd = server_class((host, port), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()


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
