"""The game board read back from the PDF: pages, labels, direction words, zone geometry, tiling marks."""

from __future__ import annotations

import io
import itertools
import re

import pytest
from pypdf import PdfReader

from gedragen.core.errors import ExportError
from gedragen.export.board import BoardResult, default_labels, render_board, seam_positions
from gedragen.export.layout import MM, card_size


def _board(zones: int, paper: str, labels: tuple[str, ...] | None = None) -> tuple[PdfReader, BoardResult]:
    buffer = io.BytesIO()
    result = render_board(zones, labels, paper, buffer, invariant=True)
    return PdfReader(io.BytesIO(buffer.getvalue())), result


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("zones", [2, 3, 5])
def test_a3_board_is_one_landscape_page_with_every_label_and_the_direction(zones: int) -> None:
    reader, _ = _board(zones, "a3")
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(420 * MM, abs=0.01)
    assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=0.01)
    text = _flat(page.extract_text())
    for label in default_labels(zones):
        assert label in text
    assert "meest gewenst" in text and "meest ongewenst" in text
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]
    assert prefs["/PrintScaling"] == "/None" and prefs["/Duplex"] == "/Simplex"


def test_default_labels_follow_the_design() -> None:
    assert default_labels(2) == ("Gewenst", "Ongewenst")
    assert default_labels(3) == ("Gewenst", "Hangt ervan af", "Ongewenst")
    assert default_labels(5)[0] == "Gewenst" and default_labels(5)[-1] == "Ongewenst"
    assert len(default_labels(5)) == 5


@pytest.mark.parametrize("paper", ["a3", "a4"])
@pytest.mark.parametrize("zones", [2, 3, 5])
def test_zones_hold_a_default_card_side_by_side_from_wanted_to_unwanted(paper: str, zones: int) -> None:
    _, result = _board(zones, paper)
    cw, ch = card_size("poker")
    rects = result.zones
    assert len(rects) == zones
    for left, right in itertools.pairwise(rects):
        assert left.x1 < right.x  # ordered, no overlap
    for rect in rects:
        assert rect.w >= cw + 4 * MM and rect.h >= ch + 20 * MM
        assert rect.x >= 0 and rect.x1 <= result.width + 1e-6


@pytest.mark.parametrize("zones", [3, 5])
def test_a4_board_is_tiled_with_page_labels_and_overlapping_tiles(zones: int) -> None:
    reader, result = _board(zones, "a4")
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=0.01)
    first, second = (_flat(p.extract_text()) for p in reader.pages)
    assert "1/2 — plak aan 2" in first and "knip langs deze lijn" in first
    assert "2/2 — plak aan 1" in second
    tiles = result.tiles
    assert tiles[0].x == 0 and tiles[-1].x1 == pytest.approx(result.width)
    (seam,) = seam_positions(tiles)
    assert tiles[1].x < seam < tiles[0].x1  # the cut line lies in the part both sheets show
    # Every tile fits inside the printable area of an A4 sheet.
    for tile in tiles:
        assert tile.w <= (210 - 10) * MM + 1e-6 and tile.h <= (297 - 10) * MM + 1e-6
    # The labels of zones right of the seam are on the second sheet.
    assert default_labels(zones)[-1] in second


def test_own_labels_and_bad_input() -> None:
    reader, _ = _board(3, "a3", ("Prima", "Twijfel", "Kan niet"))
    text = reader.pages[0].extract_text()
    assert "Prima" in text and "Kan niet" in text
    with pytest.raises(ExportError, match="3 vakken"):
        render_board(3, ("Een", "Twee"), "a3", io.BytesIO())
    with pytest.raises(ExportError, match="2, 3 of 5"):
        render_board(4, None, "a3", io.BytesIO())
    with pytest.raises(ExportError, match="中"):
        render_board(2, ("Goed", "中"), "a3", io.BytesIO())
    with pytest.raises(ExportError, match="a3 of a4"):
        render_board(3, None, "letter", io.BytesIO())


def test_board_fonts_are_embedded() -> None:
    reader, _ = _board(5, "a4")
    for page in reader.pages:
        for xobject in page["/Resources"]["/XObject"].values():
            fonts = xobject.get_object()["/Resources"]["/Font"]
            for font in fonts.values():
                font = font.get_object()
                assert "/FontFile2" in font["/FontDescriptor"].get_object()
                assert "+" in str(font["/BaseFont"])
