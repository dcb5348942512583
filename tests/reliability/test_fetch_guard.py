"""The fetch guard against a real server on loopback: every internal spelling refused, on every hop.

Each refused form would reach a real answer if the guard let it through: the loopback forms reach
the local server (127.0.0.1 and ::1 on one port), the others are refused before any connection
(the test's 1 s timeouts would show otherwise). `test_the_same_server_is_fetched_when_allowed`
proves that the server answers, so a refusal is the guard's doing.
"""
from __future__ import annotations

import ipaddress

import pytest
from http_helpers import loopback_port  # noqa: F401  (a fixture)

from storyline.errors import BlockedAddressError, InputError
from storyline.fetch import Allowlist, FetchLimits, GuardedClient, internal_reason
from storyline.ingest import read_documents, read_url_list, read_urls

LIMITS = FetchLimits(timeout=1.0, total_seconds=3.0)

# loopback in every spelling the C resolver or a URL parser accepts (all reach the local server)
LOOPBACK_HOSTS = [
    "127.0.0.1", "127.0.0.2", "127.255.255.254", "127.1", "127.0.1", "2130706433", "0x7f000001",
    "0x7F000001", "0x7f.0.0.1", "0x7f.1", "017700000001", "0177.0.0.1", "0177.1", "localhost", "LocalHost",
    "[::1]", "[0:0:0:0:0:0:0:1]", "[0000::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
    "[0:0:0:0:0:ffff:127.0.0.1]", "[::127.0.0.1]", "[2002:7f00:1::1]", "[64:ff9b::7f00:1]",
    "[2001:0:4136:e378:8000:63bf:80ff:fffe]",
]
# unspecified, private, link-local, metadata, CGNAT, multicast, reserved, documentation: refused
# before connecting (nothing listens there)
INSIDE_HOSTS = [
    "0.0.0.0", "0", "[::]", "10.0.0.1", "167772161", "0x0a000001", "172.16.0.1", "172.31.255.254",
    "192.168.1.1", "169.254.169.254", "2852039166", "0xa9fea9fe", "0251.0376.0251.0376",
    "[::ffff:169.254.169.254]", "[::ffff:a9fe:a9fe]", "[fd00:ec2::254]", "169.254.0.1", "[fe80::1]",
    "100.64.0.1", "100.100.100.200", "[fc00::1]", "[fd12:3456::1]", "[fec0::1]", "224.0.0.1",
    "239.255.255.250", "[ff02::1]", "240.0.0.1", "255.255.255.255", "192.0.0.1", "198.18.0.1",
    "192.0.2.1", "[2002:a00:1::1]", "[2001:db8::1]",
]


def _refused(url: str, client: GuardedClient) -> BlockedAddressError:
    with pytest.raises(BlockedAddressError) as caught:
        client.fetch(url)
    error = caught.value
    assert error.code == "blocked-address" and error.fix
    return error


def test_the_matrix_has_over_forty_forms():
    assert len(set(LOOPBACK_HOSTS + INSIDE_HOSTS)) >= 55


@pytest.mark.parametrize("host", LOOPBACK_HOSTS)
def test_loopback_in_every_spelling_is_refused(loopback_port, host):
    with GuardedClient(limits=LIMITS) as client:
        error = _refused(f"http://{host}:{loopback_port}/page", client)
    # dotted octal/hex the URL parser itself refuses; every other form is judged by its address
    assert any(why in str(error) for why in ("loopback", "IPv6 form of 127.0.0.1", "Invalid IPv4"))
    assert "fetch_allow" in error.fix or "Invalid IPv4" in str(error)


@pytest.mark.parametrize("host", INSIDE_HOSTS)
def test_internal_addresses_are_refused(host):
    with GuardedClient(limits=LIMITS) as client:
        _refused(f"http://{host}/latest/meta-data/", client)


def test_metadata_address_is_named():
    with GuardedClient(limits=LIMITS) as client:
        assert "cloud metadata" in str(_refused("http://169.254.169.254/latest/meta-data/", client))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/_x",
                                 "http://user:pass@127.0.0.1/x", "http://example.org@127.0.0.1/x",
                                 "http:///nohost"])
def test_other_schemes_and_userinfo_tricks_are_refused(url):
    with GuardedClient(limits=LIMITS) as client, pytest.raises(BlockedAddressError):
        client.fetch(url)


def test_the_same_server_is_fetched_when_allowed(loopback_port):
    with GuardedClient(allow="127.0.0.0/8, ::1", limits=LIMITS) as client:
        for host in ("127.0.0.1", "2130706433", "0x7f000001", "127.1", "[::1]", "localhost"):
            fetched = client.fetch(f"http://{host}:{loopback_port}/page")
            assert fetched.head.status == 200 and b"Served on loopback" in fetched.content


@pytest.mark.parametrize("target", [
    "http://127.0.0.1:{port}/page", "http://[::1]:{port}/page", "http://0x7f000001:{port}/page",
    "http://2130706433:{port}/page", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
    "http://[::ffff:127.0.0.1]:{port}/page", "file:///etc/passwd", "ftp://localhost/x",
])
def test_redirects_to_inside_are_refused(loopback_port, target):
    # the first hop is allowed by name, so only the redirect's own check can refuse
    start = f"http://localhost:{loopback_port}"
    with GuardedClient(allow="localhost", limits=LIMITS) as client:
        error = _refused(f"{start}/to?u={target.format(port=loopback_port)}", client)
    assert "redirect" in str(error) or "scheme" in str(error)


def test_a_redirect_chain_is_checked_at_every_hop(loopback_port):
    start = f"http://localhost:{loopback_port}"
    inner = f"{start}/to?u=http://127.0.0.1:{loopback_port}/page"
    with GuardedClient(allow="localhost", limits=LIMITS) as client:
        assert client.fetch(f"{start}/to?u=/page").head.final_url == f"{start}/page"
        _refused(f"{start}/to?u={inner.replace('?', '%3F').replace('=', '%3D')}", client)


class _Zone:
    """A resolver with fixed answers (a DNS zone), counting the questions it is asked."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list:
        self.asked.append(host)
        return [ipaddress.ip_address(a) for a in self.answers[host]]


@pytest.mark.parametrize("answer", [["10.0.0.5"], ["127.0.0.1"], ["93.184.216.34", "127.0.0.1"],
                                    ["::1"], ["169.254.169.254"], ["::ffff:10.0.0.5"]])
def test_names_that_resolve_inside_are_refused(answer):
    with GuardedClient(limits=LIMITS, resolver=_Zone({"news.test": answer})) as client:
        _refused("http://news.test/a", client)


def test_dns_is_asked_once_and_the_checked_address_is_the_one_connected(loopback_port):
    zone = _Zone({"news.test": ["127.0.0.1"]})
    with GuardedClient(allow="127.0.0.1", limits=LIMITS, resolver=zone) as client:
        fetched = client.fetch(f"http://news.test:{loopback_port}/host")
    assert fetched.content == f"Host: news.test:{loopback_port}".encode()  # the name travels in Host
    assert zone.asked == ["news.test"] and fetched.head.address == "127.0.0.1"


def test_allowlist_entries():
    allow = Allowlist.parse("intranet.example, .corp.example 10.1.0.0/16 [::1]")
    assert allow.allows_host("INTRANET.example.") and allow.allows_host("a.corp.example")
    assert not allow.allows_host("corp.example.evil") and not allow.allows_host("example")
    assert allow.allows_address(ipaddress.ip_address("10.1.2.3"))
    assert allow.allows_address(ipaddress.ip_address("::1"))
    assert not allow.allows_address(ipaddress.ip_address("10.2.0.1"))
    with pytest.raises(ValueError):
        Allowlist.parse("http://x/")


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450::1"])
def test_public_addresses_pass(address):
    assert internal_reason(ipaddress.ip_address(address)) is None


def test_url_readers_record_refusals_and_go_on(loopback_port, tmp_path, monkeypatch):
    monkeypatch.delenv("STORYLINE_FETCH_ALLOW", raising=False)
    port = loopback_port
    listing = tmp_path / "inside.urls"
    listing.write_text(f"http://127.0.0.1:{port}/page\nhttp://[::1]:{port}/page\n"
                       f"http://169.254.169.254/latest/\n", encoding="utf-8")
    items = list(read_url_list(listing))
    assert [i.error for i in items] == ["blocked-address"] * 3
    items = list(read_documents([f"http://0x7f000001:{port}/page", listing]))
    assert [getattr(i, "error", "ok") for i in items] == ["blocked-address"] * 4


def test_the_setting_lets_the_local_server_in(loopback_port, monkeypatch):
    monkeypatch.setenv("STORYLINE_FETCH_ALLOW", "127.0.0.1")
    items = list(read_urls([f"http://127.0.0.1:{loopback_port}/page", f"http://[::1]:{loopback_port}/page"]))
    assert getattr(items[0], "kind", None) == "html" and items[1].error == "blocked-address"


def test_a_bad_allow_setting_is_a_config_error(monkeypatch):
    monkeypatch.setenv("STORYLINE_FETCH_ALLOW", "not a host!")
    with pytest.raises(InputError.__mro__[1]):  # StorylineError: ConfigError names the setting
        list(read_urls(["http://example.org/"]))


def test_ingest_honours_the_fetch_allow_setting_it_is_given(loopback_port, tmp_path, monkeypatch):
    from storyline.ingest.batch import ingest
    from storyline.settings import load_settings
    from storyline.store import open_store

    monkeypatch.delenv("STORYLINE_FETCH_ALLOW", raising=False)
    url = f"http://127.0.0.1:{loopback_port}/page"
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        refused = ingest([url], store, load_settings(None, extract_on_ingest=False))
        allowed = ingest([url], store, load_settings(None, extract_on_ingest=False, fetch_allow="127.0.0.0/8"))
    assert [f.error for f in refused.failures] == ["blocked-address"] and not refused.added
    assert len(allowed.added) == 1 and not allowed.failures
