"""The start screen appears before the decks are read; they follow right after the first frame, or at once
when something asks for them first (DESIGN §6: the first window comes first)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gedragen.ui.app import main_widget_for_tests
from gedragen.ui.main_window import MainWindow


def test_the_first_frame_comes_before_the_decks_and_they_follow_at_once(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = main_widget_for_tests(data_home)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.start_screen.status.text() == ""  # nothing read yet
    window.show()
    qtbot.waitUntil(lambda: "2 kaartensets geladen" in window.start_screen.status.text(), timeout=5000)
    assert {d.id for d in window.decks} == {"po", "vo-mbo"}


def test_asking_for_a_deck_before_the_first_frame_reads_them_then(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = main_widget_for_tests(data_home)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    deck = window.deck("vo-mbo")
    assert deck is not None and deck.cards
    assert "2 kaartensets geladen" in window.start_screen.status.text()


def test_measure_startup_reads_the_decks_before_it_exits(data_home: Path) -> None:
    """--measure-startup prints at the first frame and still loads both decks (their memory counts)."""
    out = subprocess.run([sys.executable, "-m", "gedragen", "--measure-startup"], capture_output=True, text=True,
                         timeout=60, check=True)
    assert float(out.stdout.split()[0]) > 0
    assert (data_home / "cache" / "decks.json").is_file()  # written when the library read the deck files
