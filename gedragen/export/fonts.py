"""The one font family of every PDF: DejaVu Sans (assets/fonts), embedded as a subset, with a glyph check."""

from __future__ import annotations

from _thread import RLock, allocate_lock
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from gedragen.resources import fonts_dir

REGULAR = "GedragenSans"
BOLD = "GedragenSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_IGNORED = {"\n", "\r", "\t"}

# ReportLab keeps its fonts (with each document's subsets) and settings per process: one PDF is drawn at a
# time. Drawing is pure Python under the GIL, so waiting costs no speed; a preview and a save that
# overlap on two threads then never share a half-built font state.
# (`_thread`'s locks are `threading`'s, without importing `threading`: about 1 ms of every `gedragen print`.)
RENDER_LOCK = RLock()
_REGISTER_LOCK = allocate_lock()


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold font with ReportLab once; return their names."""
    with _REGISTER_LOCK:  # two first calls at once must not swap a font a render already uses
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in known:
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
