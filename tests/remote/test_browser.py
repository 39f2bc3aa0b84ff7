"""A round played end to end in real browsers: three phone pages join three teams and place by tap and by
drag; every board a page shows equals what the host received and what the session rules made of it (the
same placement events as a typed board line). Then the reveal, the wait, and a walking-debate vote."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from gedragen.core import devices as dv
from gedragen.core.board_entry import board_events
from gedragen.core.dealing import draw_round, new_session
from gedragen.core.events import Team
from gedragen.core.loader import load_deck
from gedragen.core.session import SessionState, apply
from tests.remote.browser_support import (
    CHROMIUM,
    PHONE,
    board_on_page,
    chromium,
    drag_card,
    tap_card_then_zone,
)
from tests.remote.remote_support import running, wait_for

pytestmark = [
    pytest.mark.timeout(150),
    pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (.ci/run installs it)"),
]
DECKS = Path(__file__).resolve().parents[2] / "decks"
TEAMS = (Team("rood", "Rood", "#C62828"), Team("blauw", "Blauw", "#1565C0"), Team("groen", "Groen", "#2E7D32"))


class Table:
    """The host as the app will be: each device board becomes core events on one session state."""

    def __init__(self, cards: int = 4) -> None:
        self.deck = load_deck(DECKS / "vo-mbo.yaml", builtin=True)
        start = new_session("Browsertest", self.deck, "board", teams=TEAMS, seed=7, session_id="browser",
                            started="2026-11-23T20:15:00+01:00")
        state = apply(None, start)
        self.state: SessionState = apply(state, draw_round(state, self.deck, cards))
        self.lock = threading.Lock()
        self.refused: list[str] = []

    def on_board(self, team: str, board: dv.Board) -> None:
        """What the controller's set_board does: only the difference, as placement events."""
        with self.lock:
            for event in board_events(self.state, team, board):
                self.state = apply(self.state, event)

    def round_cards(self) -> list[dv.RoundCard]:
        """The open round's cards as devices show them."""
        rnd = self.state.current_round
        assert rnd is not None
        return [
            dv.round_card(self.deck.card(c), n, self.deck.theme(self.deck.card(c).theme))
            for n, c in enumerate(rnd.cards, start=1)
        ]

    def board(self, team: str) -> dv.Board:
        """The team's board in the session state."""
        with self.lock:
            rnd = self.state.current_round
            assert rnd is not None
            return rnd.board(team).zones


def test_three_teams_place_by_tap_and_drag_and_the_host_holds_the_same_boards() -> None:
    table = Table()
    device_teams = [dv.DeviceTeam(t.id, t.name, t.color) for t in TEAMS]
    with running(teams=tuple(device_teams)) as (remote, address, host), chromium() as browser:
        remote.on_board = lambda team, board: (host.on_board(team, board), table.on_board(team, board))
        cards = table.round_cards()
        ids = [c.id for c in cards]
        remote.set_round(1, "board", cards, table.state.zones)
        pages = {}
        for team in ("rood", "blauw", "groen"):
            page = browser.new_context(**PHONE).new_page()
            page.goto(address.link)
            page.locator(".tile", has_text=team.title()).click()
            page.locator(".zone").first.wait_for()
            assert page.locator("#team").inner_text() == f"Team {team.title()}"
            pages[team] = page
        assert [t.devices for t in remote.tiles()] == [1, 1, 1]

        red = pages["rood"]  # taps only, and ↑ to reorder
        tap_card_then_zone(red, ids[0], 0)
        tap_card_then_zone(red, ids[1], 2, bar=False)
        tap_card_then_zone(red, ids[2], 0)
        red.locator(f'.card[data-id="{ids[2]}"]').click()
        red.locator(f'.card[data-id="{ids[2]}"] .tool', has_text="↑").click()
        tap_card_then_zone(red, ids[3], 1)
        assert red.locator(".progress .count").inner_text() == "4/4 gelegd"

        blue = pages["blauw"]  # drags only
        for card, zone in ((ids[3], 0), (ids[0], 2), (ids[1], 1), (ids[2], 2)):
            drag_card(blue, card, zone)
            blue.wait_for_timeout(150)

        green = pages["groen"]  # a bit of both, with a reload in between
        tap_card_then_zone(green, ids[1], 0)
        drag_card(green, ids[0], 1)
        wait_for(lambda: len(host.last_boards().get("groen", ((), ()))[1]) == 1)
        green.reload()
        green.locator(".zone").first.wait_for()
        assert green.locator("#team").inner_text() == "Team Groen", "the stored key brings the team back"
        assert board_on_page(green) == ((ids[1],), (ids[0],), ())
        tap_card_then_zone(green, ids[2], 2)
        tap_card_then_zone(green, ids[3], 2)

        expected = {
            "rood": ((ids[2], ids[0]), (ids[3],), (ids[1],)),
            "blauw": ((ids[3],), (ids[1],), (ids[0], ids[2])),
            "groen": ((ids[1],), (ids[0],), (ids[2], ids[3])),
        }
        wait_for(lambda: host.last_boards() == expected, timeout=10)
        for team, page in pages.items():
            assert board_on_page(page) == expected[team] == table.board(team), team
        assert table.state.current_round is not None and table.state.current_round.complete
        assert [(t.placed, t.total) for t in remote.tiles()] == [(4, 4)] * 3

        red.get_by_text("Ook op een tweede apparaat?").click()
        handoff = red.locator(".handoff-link").input_value()
        assert handoff.startswith(address.link) and "#team=rood&sleutel=" in handoff
        second = browser.new_context(**PHONE).new_page()
        second.goto(handoff)
        second.locator(".zone").first.wait_for()
        assert second.locator("#team").inner_text() == "Team Rood" and "#" not in second.url
        assert board_on_page(second) == expected["rood"]
        tap_card_then_zone(second, ids[1], 1)  # the second device moves a card: the first follows
        moved = ((ids[2], ids[0]), (ids[3], ids[1]), ())
        wait_for(lambda: host.last_boards()["rood"] == moved == table.board("rood"))
        red.locator(".zone .list").nth(1).locator(f'.card[data-id="{ids[1]}"]').wait_for()
        assert board_on_page(red) == moved
        third = browser.new_context(**PHONE).new_page()
        third.goto(handoff)
        third.get_by_text("Dit team heeft al 2 apparaten").wait_for()
        assert [t.devices for t in remote.tiles()] == [2, 1, 1]

        remote.reveal({t.id: table.board(t.id) for t in TEAMS})
        red.locator(".compare").first.wait_for()
        first = red.locator(".compare").first.locator(".chip").all_inner_texts()
        zones = table.state.zones
        assert first == [f"Rood: {zones[0]}", f"Blauw: {zones[2]}", f"Groen: {zones[1]}"]
        second_card = red.locator(".compare").nth(1).locator(".chip").all_inner_texts()
        assert second_card == [f"Rood: {zones[1]}", f"Blauw: {zones[1]}", f"Groen: {zones[0]}"]
        remote.wait_for_round()
        blue.get_by_text("Wacht op de volgende ronde.").wait_for()


def test_a_walking_debate_vote_from_phones_fills_in_the_counts() -> None:
    table = Table(cards=1)
    with running(teams=()) as (remote, address, host), chromium() as browser:
        remote.set_round(1, "debate", table.round_cards(), ("Gewenst", "Ongewenst"))
        pages = []
        for _ in range(3):
            page = browser.new_context(**PHONE).new_page()
            page.goto(address.link)
            page.get_by_text("Wacht tot de begeleider de stemming opent.").wait_for()
            pages.append(page)
        remote.open_vote("before")
        for page, choice in zip(pages, ("Gewenst", "Ongewenst", "Gewenst"), strict=True):
            page.locator(f".vote-{choice.lower()}").click()
        card = table.round_cards()[0].id
        wait_for(lambda: remote.votes(card, "before") == (2, 1))
        pages[1].locator(".vote-gewenst").click()  # changed their mind
        wait_for(lambda: remote.votes(card, "before") == (3, 0))
        pages[1].reload()
        pages[1].locator(".vote-gewenst.chosen").wait_for(timeout=5000)
        remote.open_vote("after")
        pages[0].locator(".vote-ongewenst").click()
        wait_for(lambda: remote.votes(card, "after") == (0, 1))
        assert host.votes[-1] == (card, "after", 0, 1)
