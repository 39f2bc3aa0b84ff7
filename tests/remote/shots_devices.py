"""Screenshots of the device page on a phone: `python -m tests.remote.shots_devices docs/screenshots`.

Plays a round with the built-in vo-mbo deck on 127.0.0.1 in Debian's chromium and saves apparaat-*.png.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gedragen.core import devices as dv
from gedragen.remote.page import read_icon
from tests.remote.browser_support import PHONE, chromium, drag_card, tap_card_then_zone
from tests.remote.remote_support import client, running, wait_for
from tests.remote.test_browser import TEAMS, Table

SHOT_PHONE = {**PHONE, "device_scale_factor": 1}


def theme_icons(table: Table) -> dict[str, bytes]:
    """The icons of the deck's themes, as the app sends them (the same files the desktop card shows)."""
    from gedragen.ui.common.card_view import theme_icon_file

    found = {t.id: read_icon(theme_icon_file(t)) for t in table.deck.themes}
    return {theme: data for theme, data in found.items() if data is not None}


def make_shots(out: Path) -> list[Path]:
    """Save the phone screens into `out`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    table = Table(cards=5)
    teams = tuple(dv.DeviceTeam(t.id, t.name, t.color) for t in TEAMS)

    def shot(page: object, name: str) -> None:
        path = out / f"apparaat-{name}.png"
        page.screenshot(path=str(path))  # type: ignore[attr-defined]
        written.append(path)

    with running(teams=teams) as (remote, address, _host), chromium() as browser:
        remote.on_board = table.on_board
        cards = table.round_cards()
        ids = [c.id for c in cards]
        page = browser.new_context(**SHOT_PHONE).new_page()
        page.goto(address.base)
        page.fill("#code", address.code)
        shot(page, "code")
        with client(address) as other:  # another team's device already took Rood
            other.send(json.dumps({"type": "claim", "team": "rood", "key": None}))
            wait_for(lambda: remote.tiles()[0].claimed)
            page.click("button.primary")
            page.locator(".tile.taken").wait_for()
            shot(page, "team-kiezen")
            page.locator(".tile", has_text="Blauw").click()
            page.get_by_text("Wacht op de volgende ronde.").wait_for()
            shot(page, "wachten")
            remote.set_round(1, "board", cards, table.state.zones, icons=theme_icons(table))
            page.locator(".zone").first.wait_for()
            page.wait_for_function("() => [].every.call(document.querySelectorAll('.card-icon'), i => i.complete)")
            tap_card_then_zone(page, ids[0], 0)
            drag_card(page, ids[1], 2)
            page.evaluate("window.scrollTo(0, 0)")
            page.locator(f'.card[data-id="{ids[2]}"]').click()
            shot(page, "leggen")
            page.locator(".placebar .place").nth(1).click()
            tap_card_then_zone(page, ids[3], 0)
            tap_card_then_zone(page, ids[4], 2)
            page.locator(f'.card[data-id="{ids[3]}"]').click()
            page.locator(f'.card[data-id="{ids[3]}"]').evaluate("e => e.scrollIntoView({block: 'center'})")
            shot(page, "alles-gelegd")
            other.send(json.dumps({"type": "board", "round": 1, "zones": [[ids[1], ids[3]], [ids[0], ids[4]], [ids[2]]]}))
            wait_for(lambda: table.state.current_round is not None and len(table.board("blauw")[0]) == 2)
            wait_for(lambda: len(table.board("rood")[0]) == 2)
            remote.reveal({t.id: table.board(t.id) for t in TEAMS})
            page.locator(".compare").first.wait_for()
            shot(page, "vergelijken")
    debate = Table(cards=1)
    with running(teams=()) as (remote, address, _host), chromium() as browser:
        remote.set_round(1, "debate", debate.round_cards(), ("Gewenst", "Ongewenst"))
        remote.open_vote("before")
        page = browser.new_context(**SHOT_PHONE).new_page()
        page.goto(address.link)
        page.locator(".vote-ongewenst").click()
        page.locator(".vote-ongewenst.chosen").wait_for()
        shot(page, "stemmen")
    return written


if __name__ == "__main__":
    for path in make_shots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
