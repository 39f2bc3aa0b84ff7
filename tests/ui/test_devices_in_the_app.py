"""Teams op eigen apparaat in the app itself: a session set up with the mode on, three phone pages in real
chromium join three teams and place by tap and by drag; the facilitator's board, the stored events and, after
the reveal, the compare view hold exactly the devices' boards. Typed entry still works beside the devices."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gedragen.ui.common.settings import LANGUAGE_PROPERTY
from gedragen.ui.session.compare import CompareView
from gedragen.ui.session.setup import SessionSetup
from tests.remote.browser_support import (
    CHROMIUM,
    PHONE,
    board_on_page,
    chromium,
    drag_card,
    tap_card_then_zone,
)
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    stored_events,
)

pytestmark = [
    pytest.mark.usefixtures("restore_app_style"),
    pytest.mark.timeout(180),
    pytest.mark.skipif(not CHROMIUM, reason="chromium is not installed (.ci/run installs it)"),
]


def start_with_devices(qtbot, window, teams: int = 3, cards: int = 4):  # type: ignore[no-untyped-def]
    window.start_screen.new_button.click()
    setup = window.current_page()
    assert isinstance(setup, SessionSetup)
    setup.name_edit.setText("Teamdag")
    setup.set_variant("board")
    setup.team_count.setValue(teams)
    setup.cards_spin.setValue(cards)
    setup.devices_check.setChecked(True)
    assert setup.network_combo.isVisibleTo(setup)
    index = setup.network_combo.findData("127.0.0.1")
    assert index >= 0, "this computer alone is always offered"
    setup.network_combo.setCurrentIndex(index)
    setup.start_button.click()
    ctrl = window.controller
    assert ctrl is not None and ctrl.devices is not None
    return ctrl


def test_three_phones_play_a_round_into_the_session(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    ctrl = start_with_devices(qtbot, window)
    host = ctrl.devices
    address = host.address
    assert address.host == "127.0.0.1" and address.link.startswith("http://127.0.0.1:")
    teams = [t.id for t in ctrl.teams()]
    names = [t.name for t in ctrl.teams()]
    ids = list(ctrl.current_round().cards)
    with chromium() as browser:
        pages = {}
        for team, name in zip(teams, names, strict=True):
            page = browser.new_context(**PHONE).new_page()
            page.goto(address.link)
            page.locator(".tile", has_text=name).click()
            page.locator(".zone").first.wait_for()
            pages[team] = page
        qtbot.waitUntil(lambda: [t.devices for t in host.tiles()] == [1, 1, 1], timeout=5000)

        first, second, third = (pages[t] for t in teams)
        tap_card_then_zone(first, ids[0], 0)
        tap_card_then_zone(first, ids[1], 2)
        tap_card_then_zone(first, ids[2], 1)
        tap_card_then_zone(first, ids[3], 0)
        for card, zone in ((ids[3], 2), (ids[0], 2), (ids[1], 1), (ids[2], 0)):
            drag_card(second, card, zone)
            second.wait_for_timeout(150)
        tap_card_then_zone(third, ids[2], 2)
        tap_card_then_zone(third, ids[0], 1)
        tap_card_then_zone(third, ids[1], 1)
        tap_card_then_zone(third, ids[3], 0)

        on_pages = {t: board_on_page(p) for t, p in pages.items()}
        qtbot.waitUntil(lambda: all(ctrl.board(t) == on_pages[t] for t in teams), timeout=10_000)
        for team, page in pages.items():
            assert board_on_page(page) == ctrl.board(team), team
        assert all(sum(len(z) for z in ctrl.board(t)) == 4 for t in teams)

        assert [(t.placed, t.total) for t in host.tiles()] == [(4, 4)] * 3  # counts, never positions
        ctrl.wait_idle()
        stored = stored_events(data_home, ctrl.session_id)
        assert stored == tuple(ctrl.events), "every device placement is a stored event"

        screen = window.current_page()
        screen.reveal()
        compare = screen.view()
        assert isinstance(compare, CompareView)
        for row in range(compare.table.rowCount()):
            card = compare.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            for col, team in enumerate(teams, start=1):
                zone = next(z for z, cards in enumerate(on_pages[team]) if card in cards)
                assert compare.table.item(row, col).text() == str(zone + 1), (card, team)
        first.locator(".compare").first.wait_for()  # the devices see the comparison after the reveal

    window.leave_session()
    assert ctrl.devices is None, "leaving the session closes the port"


def test_the_lobby_shows_the_link_and_tiles_and_typed_entry_still_works(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.session.device_lobby import DeviceLobby
    from gedragen.ui.session.presenter import AudienceView

    window = open_main_window(qtbot, data_home)
    ctrl = start_with_devices(qtbot, window, teams=2, cards=3)
    view = AudienceView(ctrl)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    lobby = view.device_lobby
    assert isinstance(lobby, DeviceLobby) and lobby.isVisibleTo(view)
    assert lobby.joining() and lobby.qr.pixmap() is not None and not lobby.qr.pixmap().isNull()
    assert lobby.link.text().startswith(ctrl.devices.address.base) and ctrl.devices.address.code in lobby.link.text()
    texts = [label.text() for _badge, label in lobby._tile_labels]
    assert texts == [f"{t.name}: nog niet verbonden · 0/3 gelegd" for t in ctrl.teams()]

    board = window.current_page().view()
    board.focus_line()
    qtbot.keyClicks(board.line_edit, "123")
    qtbot.keyClick(board.line_edit, Qt.Key.Key_Return)
    team = ctrl.teams()[0].id
    assert sum(len(z) for z in ctrl.board(team)) == 3
    qtbot.waitUntil(lambda: next(t.placed for t in ctrl.devices.tiles()) == 3, timeout=5000)
    qtbot.waitUntil(lambda: lobby._tile_labels[0][1].text().endswith("3/3 gelegd"), timeout=5000)
    window.leave_session()


def test_closing_the_lobby_brings_the_card_back_and_a_quiet_minute_says_what_to_check(
        qtbot, data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.session import device_host
    from gedragen.ui.session.device_lobby import DevicePanel
    from gedragen.ui.session.presenter import AudienceView

    monkeypatch.setattr(device_host, "NOTHING_CONNECTED_MS", 200)
    window = open_main_window(qtbot, data_home)
    ctrl = start_with_devices(qtbot, window, teams=2, cards=3)
    view = AudienceView(ctrl)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    assert not view.card_view.isVisibleTo(view), "while teams join, the room sees the QR code"
    assert view.device_lobby.qr.pixmap().width() >= 400
    panel = DevicePanel(ctrl.devices, window)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(panel.trouble.isVisible, timeout=3000)
    assert "hetzelfde wifi-netwerk" in panel.trouble.text() and "Ctrl+L" in panel.trouble.text()
    screen = window.current_page()
    assert screen.status.isVisibleTo(screen) and "hetzelfde wifi-netwerk" in screen.status.text()
    panel.lobby_button.click()
    assert not ctrl.devices.lobby_open
    assert view.card_view.isVisibleTo(view) and not view.device_lobby.qr.isVisibleTo(view)
    old_code = ctrl.devices.address.code
    panel.lobby_button.click()
    assert ctrl.devices.lobby_open and ctrl.devices.address.code != old_code
    window.leave_session()


def test_a_walking_debate_vote_from_phones_fills_in_the_counts_in_the_app(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.session.device_lobby import DevicePanel

    window = open_main_window(qtbot, data_home)
    window.start_screen.new_button.click()
    setup = window.current_page()
    setup.set_variant("debate")
    setup.cards_spin.setValue(3)
    setup.devices_check.setChecked(True)
    setup.network_combo.setCurrentIndex(setup.network_combo.findData("127.0.0.1"))
    setup.start_button.click()
    ctrl = window.controller
    assert ctrl is not None and ctrl.devices is not None
    card = ctrl.focus_card if ctrl.focus_card in ctrl.current_round().cards else ctrl.current_round().cards[0]
    panel = DevicePanel(ctrl.devices, window)
    qtbot.addWidget(panel)
    with chromium() as browser:
        pages = []
        for _ in range(3):
            page = browser.new_context(**PHONE).new_page()
            page.goto(ctrl.devices.address.link)
            page.get_by_text("Wacht tot de begeleider de stemming opent.").wait_for()
            pages.append(page)
        panel.vote_buttons["before"].click()
        for page, choice in zip(pages, ("gewenst", "ongewenst", "gewenst"), strict=True):
            page.locator(f".vote-{choice}").click()

        def counts(phase: str) -> tuple[int, int] | None:
            count = ctrl.current_round().debate_count(card)
            return getattr(count, phase) if count else None

        qtbot.waitUntil(lambda: counts("before") == (2, 1), timeout=10_000)
        panel.vote_buttons["after"].click()
        for page in pages:
            page.locator(".vote-ongewenst").click()
        qtbot.waitUntil(lambda: counts("after") == (0, 3), timeout=10_000)
        assert counts("before") == (2, 1)
    ctrl.wait_idle()
    assert stored_events(data_home, ctrl.session_id) == tuple(ctrl.events)
    window.leave_session()


def test_a_resumed_session_opens_the_same_link_and_the_team_is_back(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    ctrl = start_with_devices(qtbot, window, teams=2, cards=3)
    session_id, link = ctrl.session_id, ctrl.devices.address.link
    name = ctrl.teams()[1].name
    card = ctrl.current_round().cards[0]
    with chromium() as browser:
        page = browser.new_context(**PHONE).new_page()
        page.goto(link)
        page.locator(".tile", has_text=name).click()
        page.locator(".zone").first.wait_for()
        tap_card_then_zone(page, card, 2)
        qtbot.waitUntil(lambda: ctrl.board(ctrl.teams()[1].id)[2] == (card,), timeout=10_000)
        window.leave_session()  # pause (or a crash): the port closes
        assert ctrl.devices is None
        window.resume_session(session_id)
        again = window.controller
        assert again is not None and again.devices is not None
        assert again.devices.address.link == link, "the same link, so the QR code on the phones still works"
        page.reload()
        page.locator(".zone").first.wait_for()
        assert page.locator("#team").inner_text() == f"Team {name}", "the team key in the browser brings it back"
        assert board_on_page(page)[2] == (card,)
        qtbot.waitUntil(lambda: [t.claimed for t in again.devices.tiles()] == [False, True], timeout=5000)
    window.leave_session()


def test_the_devices_state_is_written_when_a_key_changes_not_at_every_card(qtbot, data_home: Path,  # type: ignore[no-untyped-def]
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing window.ini (with fsync) at every placement made 8 teams' boards wait seconds for the screen."""
    window = open_main_window(qtbot, data_home)
    writes: list[object] = []
    original = window.settings.set_device_state
    monkeypatch.setattr(window.settings, "set_device_state", lambda sid, state: (writes.append(state),
                                                                                  original(sid, state)))
    ctrl = start_with_devices(qtbot, window, teams=3, cards=4)
    assert len(writes) == 1
    cards = ctrl.current_round().cards
    for k in range(1, 4):
        for team in ctrl.teams():
            ctrl.set_board(team.id, (tuple(cards[:k]), tuple(cards[k:]), ()))
    qtbot.waitUntil(lambda: [t.placed for t in ctrl.devices.tiles()] == [4, 4, 4], timeout=3000)
    assert len(writes) == 1, "no team claimed or released: nothing new to remember"
    ctrl.devices.release(ctrl.teams()[0].id)
    window.leave_session()


def test_the_phones_get_the_language_the_app_runs_in(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    window = open_main_window(qtbot, data_home)
    assert app.property(LANGUAGE_PROPERTY) == "nl", "the translator's language is kept on the application"
    app.setProperty(LANGUAGE_PROPERTY, "en")  # as install_translator does for an app in English
    try:
        ctrl = start_with_devices(qtbot, window)
        assert ctrl.devices.remote.lang == "en"
        with urllib.request.urlopen(ctrl.devices.address.link, timeout=5) as response:
            page = response.read().decode("utf-8")
        assert '<html lang="en">' in page and "Join your team" in page
    finally:
        app.setProperty(LANGUAGE_PROPERTY, "nl")


def test_the_phones_get_the_round_s_theme_icons_from_the_deck(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from gedragen.remote.page import read_icon
    from gedragen.ui.common.card_view import theme_icon_file

    window = open_main_window(qtbot, data_home)
    ctrl = start_with_devices(qtbot, window, cards=6)
    deck = ctrl.deck
    themes = {ctrl.card(c).theme for c in ctrl.current_round().cards}
    served = ctrl.devices.remote.server.icons
    assert served and set(served) <= themes
    for theme in (t for t in deck.themes if t.id in themes):
        assert served[theme.id] == read_icon(theme_icon_file(theme)), theme.id
        with urllib.request.urlopen(f"{ctrl.devices.address.link}icon/{theme.id}.svg", timeout=5) as response:
            assert response.headers["Content-Type"] == "image/svg+xml" and response.read() == served[theme.id]
