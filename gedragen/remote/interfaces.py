"""The machine's IPv4 addresses, for the facilitator to pick the network the devices are on.

Asked of the operating system only: nothing is connected and nothing is sent (no "connect to a public
address to see which interface is used" trick).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import struct
import sys
from dataclasses import dataclass

_SIOCGIFADDR = 0x8915  # Linux: the IPv4 address of an interface


@dataclass(frozen=True, slots=True)
class Interface:
    """A network address to listen on: its interface name (if known), the address and a Dutch label."""

    name: str
    address: str
    label: str


def ipv4_interfaces() -> list[Interface]:
    """The machine's IPv4 addresses, private networks first and this computer alone (127.0.0.1) last."""
    found: dict[str, str] = {}
    if sys.platform.startswith("linux"):
        found.update(_linux_addresses())
    elif sys.platform == "darwin":
        found.update(_mac_addresses())
    else:  # Windows answers its own host name from its own interface list, without asking a DNS server
        for address in _hostname_addresses():
            found.setdefault(address, "")
    found.setdefault("127.0.0.1", "lo")
    return sorted((_interface(name, address) for address, name in found.items()), key=_order)


def _interface(name: str, address: str) -> Interface:
    ip = ipaddress.IPv4Address(address)
    if ip.is_loopback:
        label = f"{address}: alleen deze computer (om te proberen)"
    elif ip.is_link_local:
        label = f"{address}: {name or 'netwerk'} (zonder router, meestal niet bruikbaar)"
    elif ip.is_private:
        label = f"{address}: {name or 'lokaal netwerk'}"
    else:
        label = f"{address}: {name or 'netwerk'} (openbaar adres: liever niet)"
    return Interface(name, address, label)


def _order(interface: Interface) -> tuple[int, str]:
    ip = ipaddress.IPv4Address(interface.address)
    rank = 0 if ip.is_private and not ip.is_loopback and not ip.is_link_local else 2 if ip.is_loopback else 1
    return rank, interface.address


def _linux_addresses() -> dict[str, str]:
    import fcntl  # Unix only

    found: dict[str, str] = {}
    try:
        names = [name for _index, name in socket.if_nameindex()]
    except OSError:
        return found
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:  # never connected: only for the ioctl
        for name in names:
            with contextlib.suppress(OSError):
                packed = fcntl.ioctl(probe.fileno(), _SIOCGIFADDR, struct.pack("256s", name[:15].encode()))
                found[socket.inet_ntoa(packed[20:24])] = name
    return found


def _mac_addresses() -> dict[str, str]:
    """macOS: `ipconfig getifaddr NAME` per interface (asks the system; a host name lookup could use mDNS)."""
    import subprocess

    found: dict[str, str] = {}
    try:
        names = [name for _index, name in socket.if_nameindex()]
    except OSError:
        return found
    for name in names:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(["/usr/sbin/ipconfig", "getifaddr", name], capture_output=True, text=True, timeout=2)
            address = out.stdout.strip()
            with contextlib.suppress(ValueError):
                ipaddress.IPv4Address(address)
                found[address] = name
    return found


def _hostname_addresses() -> list[str]:
    """Windows lists the machine's own addresses under its host name (resolved from its own interfaces)."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return sorted({str(info[4][0]) for info in infos})
