"""Render the example pages of docs/print/ (card fronts, backs, calibration, board): `python docs/print/make_examples.py`.

Needs `pdftoppm` (poppler-utils). The card sheet shows one card of every theme and kind of the vo-mbo deck
plus a blank card, so one page shows every front style.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from gedragen.core.loader import load_deck  # noqa: E402
from gedragen.export.board import render_board  # noqa: E402
from gedragen.export.cards import render_cards  # noqa: E402
from gedragen.export.layout import PrintOptions  # noqa: E402
from gedragen.resources import builtin_decks_dir  # noqa: E402

DPI = "100"


def _png(pdf: Path, page: int, name: str, dpi: str = DPI) -> None:
    target = HERE / name
    subprocess.run(["pdftoppm", "-r", dpi, "-png", "-singlefile", "-f", str(page), "-l", str(page),
                    str(pdf), str(target)], check=True)
    print(f"{target}.png")


def main() -> None:
    """Write the example PNGs next to this script."""
    deck = load_deck(builtin_decks_dir() / "vo-mbo.yaml", builtin=True)
    picked = []
    for theme in deck.themes:
        for kind in deck.kinds:
            card = next((c for c in deck.cards if c.theme == theme.id and c.kind == kind.id), None)
            if card is not None:
                picked.append(card)
    sample = dataclasses.replace(deck, cards=tuple(picked[:7]), blank_cards=2)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cards = folder / "kaarten.pdf"
        render_cards(sample, PrintOptions(crop_marks=False, bleed_mm=0, calibration=True), cards)
        _png(cards, 3, "kaarten-voorkant")
        _png(cards, 4, "kaarten-achterkant")
        _png(cards, 2, "kalibratie-achterkant", "60")
        marks = folder / "snijtekens.pdf"
        render_cards(sample, PrintOptions(), marks)
        _png(marks, 1, "kaarten-snijtekens-afloop", "60")
        board = folder / "bord.pdf"
        render_board(3, None, "a3", board)
        _png(board, 1, "speelbord-a3", "60")
        tiled = folder / "bord-a4.pdf"
        render_board(5, None, "a4", tiled)
        _png(tiled, 1, "speelbord-a4-vel1", "50")


if __name__ == "__main__":
    main()
