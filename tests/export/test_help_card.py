"""The A5 help card: front with the steps and the school's contacts, back with the national helplines."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from gedragen.core.errors import ExportError
from gedragen.export.help_card import HelpCard, HelpPlace, render_help_card

A5 = (419.53, 595.28)


def _card(contacts: tuple[tuple[str, str], ...] = ()) -> HelpCard:
    return HelpCard(
        title="Hulp en melden",
        intro="Vertelt iemand over iets wat is gebeurd? Dan gaat dat voor.",
        steps=("Luister rustig en zonder oordeel.", "Beloof geen geheimhouding die je niet kunt waarmaken."),
        places=(
            HelpPlace("De Kindertelefoon", "0800-0432", "kindertelefoon.nl", "Gratis en anoniem."),
            HelpPlace("Veilig Thuis", "0800-2000", "veiligthuis.nl", "Advies en melden."),
        ),
        contacts=contacts,
        school="Basisschool De Linde",
    )


def _pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_front_holds_steps_and_contacts_back_holds_helplines(tmp_path: Path) -> None:
    out = tmp_path / "hulpkaart.pdf"
    pages = render_help_card(_card((("Vertrouwenspersoon", "mevrouw De Vries, kamer 1.12"),)), out)
    assert pages == 2
    reader = PdfReader(out)
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A5, abs=0.1)
    front, back = _pages(out)
    assert "Luister rustig" in front and "mevrouw De Vries, kamer 1.12" in front and "De Linde" in front
    assert "0800-0432" in back and "0800-2000" in back and "Hulp buiten school" in back
    assert "0800-0432" not in front


def test_without_contacts_the_card_has_lines_to_fill_in(tmp_path: Path) -> None:
    out = tmp_path / "hulpkaart.pdf"
    render_help_card(_card(), out)
    front = _pages(out)[0]
    assert "Vertrouwenspersoon: ____" in front and "Anti-pestcoördinator: ____" in front


def test_every_font_is_embedded(tmp_path: Path) -> None:
    out = tmp_path / "hulpkaart.pdf"
    render_help_card(_card((("Mentor", "via de administratie"),)), out)
    for page in PdfReader(out).pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_a_character_the_font_lacks_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "hulpkaart.pdf"
    with pytest.raises(ExportError, match="中"):
        render_help_card(_card((("Mentor", "王老师 中"),)), out)
    assert not out.exists()
