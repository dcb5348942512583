"""Which network addresses a server-side fetch may reach: public unicast only, unless allowed.

Every address is judged after DNS resolution, so the spelling of the URL does not matter
(`2130706433`, `0x7f000001`, `127.1` and `017700000001` all resolve to 127.0.0.1 through the C
library's inet_aton). Addresses embedding an IPv4 address (IPv4-mapped/compatible IPv6, 6to4,
Teredo, NAT64) are judged by the IPv4 address they carry as well. The ranges are IANA's special
purpose registries (RFC 6890 and its updates) as Python's `ipaddress` encodes them, plus the two
that module counts as global: IPv4 multicast and the cloud metadata addresses.
"""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# AWS/GCP/Azure/OpenStack answer on 169.254.169.254 (link-local anyway), AWS's IPv6 endpoint on
# fd00:ec2::254 (unique-local anyway); Alibaba on 100.100.100.200 (CGNAT anyway): named so the
# error says what was at stake
METADATA = frozenset(ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200"))
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def internal_reason(address: IPAddress) -> str | None:
    """Why `address` is not a public unicast address (e.g. "loopback"), or None when it is."""
    if address in METADATA:
        return "a cloud metadata address"
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            inner = internal_reason(embedded)
            if inner:
                return f"an IPv6 form of {embedded}, {inner}"
    return _range_reason(address)


def _range_reason(address: IPAddress) -> str | None:
    checks = (("unspecified", address.is_unspecified), ("loopback", address.is_loopback),
              ("link-local", address.is_link_local), ("multicast", address.is_multicast),
              ("carrier-grade NAT (100.64.0.0/10)", address in _CGNAT),
              ("private", address.is_private), ("reserved", address.is_reserved),
              ("site-local", isinstance(address, ipaddress.IPv6Address) and address.is_site_local))
    reason = next((name for name, hit in checks if hit), None)
    if reason is None and not address.is_global:
        reason = "not globally routable"
    return reason


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        server, client = address.teredo
        return client if internal_reason(server) is None else server
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


@dataclass(slots=True, frozen=True)
class Allowlist:
    """Hosts and networks a fetch may reach although they are internal (the `fetch_allow` setting).

    A host entry ("intranet.example", or ".example" for every name under it) allows whatever that
    name resolves to; a network entry ("10.1.0.0/16", "127.0.0.1") allows addresses inside it
    whatever name led there.
    """

    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, entries: str | Iterable[str] | None) -> Allowlist:
        """From a comma/space separated string or a list of entries; bad entries raise ValueError."""
        if entries is None:
            return cls()
        if isinstance(entries, str):
            entries = entries.replace(",", " ").split()
        hosts, networks = set(), []
        for entry in (e.strip() for e in entries):
            if not entry:
                continue
            network = _network(entry)
            if network is not None:
                networks.append(network)
            elif _is_host_name(entry):
                hosts.add(entry.lower().rstrip("."))
            else:
                raise ValueError(f"{entry!r} is neither a host name nor an IP network")
        return cls(frozenset(hosts), tuple(networks))

    def allows_host(self, host: str) -> bool:
        name = host.lower().rstrip(".")
        return name in self.hosts or any(h.startswith(".") and name.endswith(h) for h in self.hosts)

    def allows_address(self, address: IPAddress) -> bool:
        return any(address.version == n.version and address in n for n in self.networks)


def _network(entry: str) -> IPNetwork | None:
    try:
        return ipaddress.ip_network(entry.strip("[]"), strict=False)
    except ValueError:
        return None


def _is_host_name(entry: str) -> bool:
    labels = entry.rstrip(".").lstrip(".").split(".")
    return all(label and len(label) <= 63 and all(c.isalnum() or c == "-" for c in label) for label in labels)
