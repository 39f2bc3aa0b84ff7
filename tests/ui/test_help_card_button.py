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
