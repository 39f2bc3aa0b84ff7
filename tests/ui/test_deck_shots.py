"""The deck screens' screenshot script makes full-HD images of every deck screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from tools.shots_decks import render


def test_render_writes_full_hd_screenshots(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = render(tmp_path)
    names = {f.name for f in files}
    assert {"deck-browser.png", "deck-editor.png", "print-dialog.png", "deck-card-vo-mbo.png"} <= names
    assert all(n.startswith(("deck-", "print-")) for n in names)
    for path in files:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1920, 1080), path.name
    # the print preview shows a page, not an empty grey area
    shot = QImage(str(tmp_path / "print-dialog.png"))
    white = sum(1 for x in range(1000, 1700, 10) for y in range(100, 900, 10) if shot.pixelColor(x, y).lightness() > 250)
    assert white > 200
