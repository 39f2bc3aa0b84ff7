"""An agreement is checked for printable characters when it is saved: the teacher hears it then, not on paper."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gedragen.ui.session.compare import CompareView
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


def test_saving_an_agreement_with_an_emoji_says_what_the_paper_shows(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=2)
    board = screen.view()
    for _ in range(2):
        qtbot.keyClick(board, Qt.Key.Key_1)
        qtbot.keyClick(board, Qt.Key.Key_3)
        qtbot.keyClick(board, Qt.Key.Key_Tab)
    screen.reveal()
    compare = screen.view()
    assert isinstance(compare, CompareView)
    compare.agreement_edit.setPlainText("Geen 🍆 in de groepsapp.")
    compare.save_button.click()
    shown = compare.saved_label.text()
    assert shown.startswith("✓ Opgeslagen") and "🍆" in shown and "[emoji]" in shown
    compare.agreement_edit.setPlainText("Geen foto's zonder toestemming.")
    compare.save_button.click()
    assert compare.saved_label.text() == "✓ Opgeslagen"
