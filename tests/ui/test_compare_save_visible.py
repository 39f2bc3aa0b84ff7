"""The compare view on a laptop: "Afspraak opslaan" stays in view, also for a card with background text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractScrollArea

from tests.ui.session_helpers import open_main_window
from tools import screenshots


def _needs_scrolling(widget) -> bool:  # type: ignore[no-untyped-def]
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("size", [(1366, 768), (1600, 900), (1920, 1080)])
def test_save_agreement_button_is_whole_in_view_for_a_card_with_a_note(qtbot, qapp, tmp_path: Path,
                                                                       size: tuple[int, int]) -> None:
    window = open_main_window(qtbot, tmp_path)
    window.resize(*size)
    screenshots._demo_session(window, qapp)
    view = window.current_page().view()
    card = next(c for c in view.order() if window.controller.card(c).note)
    view.select_card(card)
    qtbot.wait(50)
    assert view.note.isVisible()
    button = view.save_button
    assert button.isVisible()
    assert not _needs_scrolling(button), "the button scrolls away with the card's text"
    region = button.visibleRegion().boundingRect()
    assert (region.width(), region.height()) == (button.width(), button.height())
    inside = button.mapTo(window, button.rect().bottomRight())
    assert inside.x() < window.width() and inside.y() < window.height()
    window.controller.close()
