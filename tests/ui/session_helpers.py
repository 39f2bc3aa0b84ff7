"""Helpers for driving the facilitator app in tests: a main window on an isolated data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from gedragen.ui.app import main_widget_for_tests
from gedragen.ui.main_window import MainWindow


def open_main_window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A shown 1920×1080 main window on `data_dir` whose resume check has finished."""
    window = main_widget_for_tests(data_dir)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def start_session(qtbot, window: MainWindow, variant: str = "board", teams: int = 3, cards: int = 6,  # type: ignore[no-untyped-def]
                  name: str = "Team onderbouw") -> QWidget:
    """Fill in the setup screen (only what differs from the defaults) and press Start."""
    from gedragen.ui.session.setup import SessionSetup

    window.start_screen.new_button.click()
    setup = window.current_page()
    assert isinstance(setup, SessionSetup)
    setup.name_edit.setText(name)
    setup.set_variant(variant)
    setup.team_count.setValue(teams)
    setup.cards_spin.setValue(cards)
    setup.start_button.click()
    assert window.controller is not None, setup.error_label.text()
    return window.current_page()


def stored_events(data_dir: Path, session_id: str) -> tuple:  # type: ignore[type-arg]
    """The events the history holds for a session (read with a fresh connection)."""
    from gedragen.store.history import History

    with History(data_dir) as history:
        return history.events(session_id)


@pytest.fixture
def restore_app_style():  # type: ignore[no-untyped-def]
    """Put the application's palette, style sheet and translators back after a test (other suites share the app)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    palette, sheet, name = app.palette(), app.styleSheet(), app.property("gedragen_palette")
    yield
    # Setting a style sheet re-polishes every widget alive, about a second and a half late in a
    # full run: only put back what the test changed.
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    if app.palette() != palette:
        app.setPalette(palette)
    app.setProperty("gedragen_palette", name)
