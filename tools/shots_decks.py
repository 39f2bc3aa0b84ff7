"""Screenshots of the deck screens at 1920×1080: browser, full-screen cards, editor with a message, print preview."""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

SIZE = (1920, 1080)


def _settle(app: QCoreApplication, seconds: float = 0.05) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


_size = SIZE
_check: Callable[[str, object], None] | None = None
_out: Path | None = None


def _grab(widget: QWidget, path: Path, app: QCoreApplication) -> Path:
    widget.resize(*_size)
    widget.show()
    _settle(app)
    if _check is not None:
        _check(path.stem, widget)
    if _out is not None:
        from tools.screenshots import save_png

        save_png(widget, path)
    return path


def render(out_dir: Path | None, size: tuple[int, int] = SIZE,
           check: Callable[[str, object], None] | None = None) -> list[Path]:
    """Write deck-*.png and print-*.png into `out_dir` (None: only `check`); returns the files written."""
    global _size, _check, _out
    _size, _check, _out = size, check, out_dir
    out_dir = out_dir if out_dir is not None else Path(tempfile.mkdtemp(prefix="gedragen-shots-"))
    from gedragen.core.library import DeckLibrary
    from gedragen.ui.common import theme
    from gedragen.ui.decks.browser import DeckBrowser
    from gedragen.ui.decks.card_viewer import CardViewer
    from gedragen.ui.decks.editor import DeckEditor
    from gedragen.ui.decks.print_dialog import PrintDialog

    app = QApplication.instance() or QApplication([])
    if app.property("gedragen_palette") is None and isinstance(app, QApplication):
        theme.apply_palette(app, theme.LIGHT)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="gedragen-shots-") as home:
        library = DeckLibrary(Path(home))
        builtin = library.builtin()
        main_deck = next((d for d in builtin if d.id == "vo-mbo"), builtin[0])

        window = QMainWindow()
        window.setWindowTitle("Gedragen – kaartensets")
        browser = DeckBrowser(library, window)
        window.setCentralWidget(browser)
        browser.select_deck(main_deck.id)
        written.append(_grab(window, out_dir / "deck-browser.png", app))
        browser.set_theme_filter(["online"])
        written.append(_grab(window, out_dir / "deck-browser-filter.png", app))
        window.close()

        for deck in builtin:
            longest = max(deck.cards, key=lambda c: len(c.text))
            viewer = CardViewer(deck, deck.cards, deck.cards.index(longest))
            written.append(_grab(viewer, out_dir / f"deck-card-{deck.id}.png", app))
            if deck is main_deck:
                viewer.toggle_notes()
                written.append(_grab(viewer, out_dir / "deck-card-notes.png", app))
            viewer.close()

        editor = DeckEditor(library)
        editor.new_deck("Situaties van ons team", template=main_deck.id)
        editor.select_card(editor.draft().cards[1].id)  # type: ignore[union-attr]
        editor.cards.text_edit.setPlainText(
            "Een collega zegt in de teamkamer dat 'die kinderen uit de nieuwbouwwijk' toch nooit iets bereiken. "
            * 5
        )
        editor.validate_now()
        written.append(_grab(editor, out_dir / "deck-editor.png", app))
        editor.tabs.setCurrentIndex(1)
        draft = editor.draft()
        if draft is not None:
            editor.themes.list.setCurrentRow(2)
            editor.set_theme_color("#F4A3C8")
            editor.validate_now()
        written.append(_grab(editor, out_dir / "deck-editor-theme.png", app))
        editor.set_theme_color("#FFA")
        editor.validate_now()
        written.append(_grab(editor, out_dir / "deck-editor-bad-colour.png", app))
        editor.close()

        dialog = PrintDialog(None, library, Path(home), deck_id=main_deck.id)
        dialog.resize(*_size)
        dialog.show()
        dialog.generate()
        deadline = time.monotonic() + 60
        while dialog.is_busy() and time.monotonic() < deadline:
            _settle(app, 0.02)
        dialog.show_page(0)
        written.append(_grab(dialog, out_dir / "print-dialog.png", app))
        dialog.show_page(1)
        written.append(_grab(dialog, out_dir / "print-dialog-backs.png", app))
        dialog.close()

        broken = dataclasses.replace(
            main_deck,
            id="te-lang",
            title="Proefset met een te lange kaart",
            builtin=False,
            source=None,
            cards=(
                dataclasses.replace(main_deck.cards[0], id="te-lang-01", text="x" * 400),
                *main_deck.cards[1:4],
            ),
        )
        library.save_own(broken)
        dialog = PrintDialog(None, library, Path(home), deck_id="te-lang")
        dialog.generate()
        deadline = time.monotonic() + 60
        while dialog.is_busy() and time.monotonic() < deadline:
            _settle(app, 0.02)
        written.append(_grab(dialog, out_dir / "print-dialog-error.png", app))
        dialog.close()
        _settle(app)
    return written if _out is not None else []
