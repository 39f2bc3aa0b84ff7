"""The board's card on a 1366×768 school laptop: every built-in card's whole text is painted, none loses a line.

The room's minimum letter size does not fit the longest cards in the board's card on a laptop screen; then the
text gets smaller (never below 14 px) rather than being cut.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gedragen.ui.session.board import BoardView
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_built_in_card_fits_the_board_card(qtbot, data_home: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    board = start_session(qtbot, window, "board", teams=3, cards=6).view()
    assert isinstance(board, BoardView)
    window.resize(*size)
    qtbot.wait(50)
    view = board.card_view
    assert view.height() > 100, view.height()
    rect = view.card_rect()
    theme_of = {}
    cut = []
    smallest = 999
    for deck_id in ("po", "vo-mbo"):
        deck = window.library.get(deck_id)
        theme_of = {t.id: t for t in deck.themes}
        for card in deck.cards:
            lay = view._painter.layout(rect, theme_of[card.theme], card.text, large=True, scale=view.scale())
            smallest = min(smallest, lay.text_px)
            if not lay.text_fits:
                cut.append(card.id)
    assert not cut, f"{len(cut)} cards lose text at {size}: {cut[:10]}"
    assert smallest >= 14
