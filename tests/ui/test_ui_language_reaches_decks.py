"""The UI language reaches the deck library and the editor: an English UI shows English loader messages."""

from __future__ import annotations

from pathlib import Path

from session_helpers import open_main_window

from gedragen.ui.common.settings import Settings
from gedragen.ui.main_window import MainWindow

BROKEN = "format: gedragen-deck/1\nid: kapot\ntitel: x\n"


def _broken_deck(data_home: Path) -> None:
    folder = data_home / "decks"
    folder.mkdir()
    (folder / "kapot.yaml").write_text(BROKEN, encoding="utf-8")


def test_english_ui_gets_english_deck_problems(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _broken_deck(data_home)
    settings = Settings(data_home)
    settings.set("ui/language", "en")
    # the window alone, without installing the English catalogue into the application other tests share
    window = MainWindow(data_home, settings)
    qtbot.addWidget(window)
    assert window.library.lang == "en"
    problems = window.library.problems()
    assert problems, "the broken deck was not reported"
    english = str(problems[-1])
    assert "unknown key 'titel'" in english, english
    dutch = [str(p) for p in type(window.library)(data_home, lang="nl").problems()][-1]
    assert english != dutch, "the library worded its problem in Dutch for an English UI"

    window.open_decks()
    page = window.current_page()
    page.show_editor()
    assert page.editor.lang == "en"


def test_dutch_ui_keeps_dutch_deck_problems(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _broken_deck(data_home)
    window = open_main_window(qtbot, data_home)
    assert window.library.lang == "nl"
    assert "onbekende sleutel 'titel'" in str(window.library.problems()[-1])
