"""The facilitator's choice of network: the machine's IPv4 addresses, found without touching the network."""

from __future__ import annotations

import ipaddress

from gedragen.remote.interfaces import _interface, ipv4_interfaces


def test_the_list_has_this_computer_last_and_only_ipv4_addresses() -> None:
    found = ipv4_interfaces()
    assert found[-1].address == "127.0.0.1" and "alleen deze computer" in found[-1].label
    assert all(isinstance(ipaddress.ip_address(i.address), ipaddress.IPv4Address) for i in found)
    assert len({i.address for i in found}) == len(found)
    assert all(i.label.startswith(i.address + ": ") for i in found)


def test_labels_say_what_kind_of_network_it_is() -> None:
    assert _interface("wlan0", "192.168.1.20").label == "192.168.1.20: wlan0"
    assert "zonder router" in _interface("eth0", "169.254.3.4").label
    assert "openbaar adres" in _interface("eth0", "8.8.4.4").label
