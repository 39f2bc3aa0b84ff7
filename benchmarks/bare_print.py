"""Baseline for printing: a bare ReportLab script that draws the same card texts in the same fonts.

As a process: `python benchmarks/bare_print.py TEXTS.json REGULAR.ttf BOLD.ttf OUT.pdf`, where TEXTS.json is
a list of [card id, card text]. It imports ReportLab, registers the same two TrueType files as the app
(embedded as subsets, like ours), and draws, nine cards to an A4 page, each card's text wrapped with
ReportLab's `simpleSplit` at 13 pt (a poker card's largest text size) and its id at 5.5 pt. Nothing else:
no fitting, no backs, no icons, no crop marks, no bleed, no deck loading or checking. It imports nothing
from Gedragen, so it pays only for what any ReportLab program pays.

`draw_cards` is also the in-process baseline of `bench_print` (per card).
"""

from __future__ import annotations

import json
import sys
from typing import BinaryIO

REGULAR = "BareSans"
BOLD = "BareSans-Bold"
CARD_W, CARD_H = 178.6, 249.4  # a poker card in points


def register(regular_ttf: str, bold_ttf: str) -> None:
    """Register both fonts with ReportLab, as the app does."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, regular_ttf))
    pdfmetrics.registerFont(TTFont(BOLD, bold_ttf))


def draw_cards(cards: list[tuple[str, str]], out: str | BinaryIO, font: str = REGULAR) -> None:
    """Each card's text wrapped at 13 pt and its id, nine cards to an A4 page, in `font`."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(out, pagesize=A4, initialFontName=font)
    for i, (card_id, text) in enumerate(cards):
        slot = i % 9
        if i and slot == 0:
            canvas.showPage()
        x = 14 + (slot % 3) * CARD_W + 14
        y = A4[1] - 14 - (slot // 3) * CARD_H - 40
        canvas.setFont(font, 13)
        for line in simpleSplit(text, font, 13, CARD_W - 28):
            canvas.drawString(x, y, line)
            y -= 16.25
        canvas.setFont(font, 5.5)
        canvas.drawString(x, y - 20, card_id)
    canvas.save()


def main(argv: list[str]) -> int:
    """Read the texts, register the fonts, draw, write the PDF."""
    texts_file, regular_ttf, bold_ttf, out = argv
    with open(texts_file, encoding="utf-8") as f:
        cards = [(str(c), str(t)) for c, t in json.load(f)]
    register(regular_ttf, bold_ttf)
    draw_cards(cards, out)
    print(f"{out}: {len(cards)} kaarten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
