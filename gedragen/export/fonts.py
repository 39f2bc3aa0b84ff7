"""The one font family of every PDF: DejaVu Sans (assets/fonts), embedded as a subset, with a glyph check."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from gedragen.resources import fonts_dir

REGULAR = "GedragenSans"
BOLD = "GedragenSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_IGNORED = {"\n", "\r", "\t"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold font with ReportLab once; return their names."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


def missing_glyphs(text: str, font_name: str = REGULAR) -> list[str]:
    """Characters of `text` the font has no glyph for, in order of first appearance."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    char_map = font.face.charToGlyph
    seen: list[str] = []
    for ch in text:
        if ch in _IGNORED or ch in seen:
            continue
        if ord(ch) not in char_map:
            seen.append(ch)
    return seen
