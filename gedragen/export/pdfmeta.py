"""Print metadata of a PDF: viewer preferences (true size, duplex) and the per-page TrimBox/BleedBox."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from gedragen.export.layout import Rect

DUPLEX_PREFS = {"long": "DuplexFlipLongEdge", "short": "DuplexFlipShortEdge", "none": "Simplex"}


def set_print_preferences(canvas: Canvas, duplex: str) -> None:
    """Ask the print dialog for true size (no 'fit to page') and the duplex mode of the document."""
    canvas.setViewerPreference("PrintScaling", "None")
    canvas.setViewerPreference("Duplex", DUPLEX_PREFS[duplex])


def set_page_boxes(canvas: Canvas, trim: Rect | None, bleed: Rect | None) -> None:
    """TrimBox and BleedBox of the page being drawn (None: leave them out)."""
    canvas.setTrimBox(trim.box() if trim else None)
    canvas.setBleedBox(bleed.box() if bleed else None)
