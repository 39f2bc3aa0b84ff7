"""Hulp en melden: the A5 help card is printed from the screen, with the school's own contacts."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from gedragen.ui.help_screens import HelpScreen


def test_help_card_button_writes_the_a5_card_with_the_contacts(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    contacts = {"school/name": "Basisschool De Linde", "school/vertrouwenspersoon": "mevrouw De Vries, kamer 1.12"}
    screen = HelpScreen(contacts)
    qtbot.addWidget(screen)
    target = tmp_path / "hulpkaart.pdf"
    screen.choose_pdf_path = lambda: target  # type: ignore[method-assign]
    screen.card_button.click()
    qtbot.waitUntil(lambda: target.exists() and screen.card_button.isEnabled(), timeout=15_000)
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(target).pages]
    assert len(pages) == 2
    assert "mevrouw De Vries, kamer 1.12" in pages[0] and "Basisschool De Linde" in pages[0]
    assert "0800-0432" in pages[1]  # De Kindertelefoon, from the help data file
    assert "opgeslagen" in screen.card_button.text()


def test_cancelled_save_writes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    screen = HelpScreen({})
    qtbot.addWidget(screen)
    screen.choose_pdf_path = lambda: None  # type: ignore[method-assign]
    screen.card_button.click()
    assert screen.card_task is None
    assert list(tmp_path.iterdir()) == []


def test_a_schools_own_help_file_in_the_data_folder_is_used(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from session_helpers import open_main_window

    from gedragen.ui.common.help_info import help_file
    from gedragen.ui.common.widgets import SmallLabel

    own = data_home / "hulp-en-melden.yaml"
    own.write_text(
        help_file().read_text(encoding="utf-8").replace("name: Politie", "name: Wijkagent Noord"), encoding="utf-8"
    )
    window = open_main_window(qtbot, data_home)
    window.show_help()
    screen = window.current_page()
    shown = " ".join(label.text() for label in screen.findChildren(SmallLabel))
    assert "Wijkagent Noord" in shown
    assert "gegevensmap" in shown
