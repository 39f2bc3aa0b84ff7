"""Theme icons on the device page: the server serves the open round's theme icons (SVG, from memory, behind
the token) and the card header shows them."""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest

from gedragen.core import devices as dv
from gedragen.core.deck import Card, Theme
from gedragen.remote.page import MAX_ICON_BYTES, read_icon
from gedragen.resources import icons_dir
from tests.remote.browser_support import CHROMIUM, PHONE, chromium
from tests.remote.remote_support import CARDS, ZONES, running

ONLINE = read_icon(icons_dir() / "online.svg")
PESTEN = read_icon(icons_dir() / "pesten.svg")
WITH_ICONS = (replace(CARDS[0], icon="online"), replace(CARDS[1], icon="pesten"), CARDS[2], CARDS[3])


def fetch(url: str) -> tuple[int, str, bytes]:
    """Status, content type and body of a GET."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def test_a_card_carries_its_themes_icon_id() -> None:
    card = Card("k1", "online", "situatie", "Een tekst.")
    assert dv.round_card(card, 1, Theme("online", "Online", "#6a1b9a", icon="online")).icon == "online"
    assert dv.round_card(card, 1, Theme("online", "Online", "#6a1b9a")).icon == ""
    assert dv.round_card(card, 1, None).icon == ""
    rnd = dv.DeviceRound(1, "board", WITH_ICONS, ZONES, ())
    assert [c["icon"] for c in dv.device_view(rnd, "rood", {})["cards"]] == ["online", "pesten", "", ""]
    with pytest.raises(dv.DeviceError):
        dv.check_round(replace(rnd, cards=(replace(CARDS[0], icon="../x"),)))


def test_only_regular_small_svg_files_are_read(tmp_path: Path) -> None:
    assert ONLINE is not None and ONLINE.startswith(b"<svg") and PESTEN is not None
    big = tmp_path / "big.svg"
    big.write_bytes(b"<svg>" + b" " * MAX_ICON_BYTES + b"</svg>")
    png = tmp_path / "icon.png"
    png.write_bytes(b"<svg></svg>")
    assert read_icon(big) is None and read_icon(png) is None and read_icon(tmp_path / "gone.svg") is None
    assert read_icon(None) is None
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.svg"
        os.mkfifo(fifo)
        assert read_icon(fifo) is None, "a FIFO is refused without blocking"


def test_the_server_serves_only_the_open_rounds_icons_behind_the_token() -> None:
    with running() as (remote, address, _host):
        icon = f"{address.link}icon/online.svg"
        assert fetch(icon)[0] == 404, "no round, no icons"
        remote.set_round(1, "board", WITH_ICONS, ZONES, icons={"online": ONLINE, "pesten": PESTEN, "agressie": ONLINE})
        status, kind, body = fetch(icon)
        assert (status, kind, body) == (200, "image/svg+xml", ONLINE)
        assert fetch(f"{address.link}icon/pesten.svg")[2] == PESTEN
        assert fetch(f"{address.link}icon/agressie.svg")[0] == 404, "a theme not in this round"
        assert fetch(f"{address.link}icon/online.png")[0] == 404
        assert fetch(f"{address.base}{'x' * 22}/icon/online.svg")[0] == 403, "the token is checked"
        remote.set_round(2, "board", CARDS, ZONES)
        assert fetch(icon)[0] == 404, "the next round has other icons"


@pytest.mark.timeout(120)
@pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (.ci/run installs it)")
def test_the_phone_shows_the_theme_icon_in_the_card_header() -> None:
    with running() as (remote, address, _host), chromium() as browser:
        remote.set_round(1, "board", WITH_ICONS, ZONES, icons={"online": ONLINE})
        page = browser.new_context(**PHONE).new_page()
        page.goto(address.link)
        page.locator(".tile", has_text="Rood").click()
        page.locator(".zone").first.wait_for()
        icon = page.locator('.card[data-id="c1"] .card-head img.card-icon')
        icon.wait_for()
        page.wait_for_function("() => document.querySelector('.card[data-id=\"c1\"] .card-icon').naturalWidth > 0")
        assert page.locator('.card[data-id="c3"] .card-icon').count() == 0, "a theme without an icon has none"
        page.wait_for_function("() => !document.querySelector('.card[data-id=\"c2\"] .card-icon')")  # 404: gone
