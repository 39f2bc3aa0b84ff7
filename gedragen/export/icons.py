"""Theme icons for PDFs: SVG via svglib, PNG via ReportLab's ImageReader, recoloured, drawn once per document.

An icon is read from disk once per render (`load_icon`), recoloured to one colour, and put into the PDF
as a Form XObject (`IconForms`), so a hundred cards of a theme share one copy of the drawing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from gedragen.core.deck import Deck, Theme
from gedragen.core.errors import ExportError, describe_os_error
from gedragen.core.icon_check import MAX_ICON_PIXELS, icon_problem
from gedragen.core.messages import clip
from gedragen.export.fonts import register_fonts
from gedragen.resources import icons_dir


@dataclass(frozen=True)
class Icon:
    """A loaded icon: an SVG drawing or a PNG image, with its natural size in points."""

    source: Path
    width: float
    height: float
    drawing: Drawing | None = None
    image: ImageReader | None = None


def icon_file(theme: Theme, deck: Deck | None = None) -> Path | None:
    """The file of a theme's icon: the loader's resolved path, a built-in name, or a path beside the deck."""
    if theme.icon_path is not None:
        return Path(theme.icon_path)
    if not theme.icon:
        return None
    if "/" not in theme.icon and "." not in theme.icon:
        return icons_dir() / f"{theme.icon}.svg"
    base = deck.source.parent if deck is not None and deck.source is not None else Path(".")
    return base / theme.icon


def _recolour(node: Any, color: Color) -> None:
    """Paint every filled or stroked shape in one colour (icons are single-colour by contract)."""
    if isinstance(node, Group):
        for child in node.contents:
            _recolour(child, color)
        return
    if getattr(node, "fillColor", None) is not None:
        node.fillColor = color
    if getattr(node, "strokeColor", None) is not None:
        node.strokeColor = color


def _tinted_png(path: Path, color: Color) -> ImageReader:
    """The PNG's shape (alpha, or darkness when it has none) filled with one colour."""
    from PIL import Image, ImageOps

    with Image.open(path) as img:
        if img.width * img.height > MAX_ICON_PIXELS:  # the header is read, the pixels not yet
            raise ValueError("te veel pixels")
        rgba = img.convert("RGBA")
    alpha = rgba.getchannel("A")
    if alpha.getextrema() == (255, 255):
        alpha = ImageOps.invert(rgba.convert("L"))
    rgb = tuple(round(v * 255) for v in color.rgb())
    solid = Image.new("RGBA", rgba.size, (*rgb, 0))
    solid.putalpha(alpha)
    buffer = io.BytesIO()
    solid.save(buffer, format="PNG")
    buffer.seek(0)
    return ImageReader(buffer)


def load_icon(path: Path, color: Color) -> Icon:
    """Read an SVG or PNG icon and recolour it; ExportError (Dutch) when it cannot be read.

    Parsed icons are remembered per process (keyed by file, modification time and colour), like the
    registered fonts: the print dialog renders the same deck again and again, and svglib is slow.
    """
    try:
        stat = path.stat()
    except OSError as exc:
        raise ExportError(f"pictogram {path} kan niet gelezen worden: {describe_os_error(exc)}") from exc
    # checked again here: a deck from the cache was validated before this icon file changed
    problem = icon_problem(path)
    if problem is not None:
        raise ExportError(f"pictogram {path} kan niet worden gebruikt: {problem}")
    return _parsed_icon(path.resolve(), stat.st_mtime_ns, stat.st_size, color.hexval())


def _quiet_libraries() -> None:
    """svglib and Pillow speak English on stderr (logging, warnings); our messages say what matters."""
    import logging

    for name in ("svglib", "PIL"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


@lru_cache(maxsize=64)
def _parsed_icon(path: Path, mtime_ns: int, size: int, hex_color: str) -> Icon:
    """The icon file parsed and recoloured (the drawing is never changed afterwards)."""
    import warnings

    from PIL import Image

    color = HexColor(hex_color)
    _quiet_libraries()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if path.suffix.lower() == ".png":
                image = _tinted_png(path, color)
                w, h = image.getSize()
                return Icon(path, float(w), float(h), image=image)
            from svglib.svglib import svg2rlg

            drawing = svg2rlg(str(path))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        # the library's own (English) text stays out of the one Dutch line
        raise ExportError(f"pictogram {path} is geen bruikbare SVG- of PNG-afbeelding") from exc
    if drawing is None or not drawing.width or not drawing.height:
        raise ExportError(f"pictogram {path} is geen bruikbare SVG-afbeelding")
    _recolour(drawing, color)
    # renderPDF would otherwise select Helvetica, an unembedded standard-14 font.
    drawing.initialFontName = register_fonts()[0]
    return Icon(path, float(drawing.width), float(drawing.height), drawing=drawing)


class IconForms:
    """Per-document cache: each (theme, colour) icon becomes one Form XObject, drawn by name.

    Holds the canvas it writes into, so it lives only as long as one render call.
    """

    def __init__(self, canvas: Canvas, deck: Deck) -> None:
        self._canvas = canvas
        self._deck = deck
        self._names: dict[tuple[str, str], str | None] = {}

    def preload(self, themes: list[Theme], color: Color) -> None:
        """Read every icon before the PDF is written, so a broken icon fails the print early."""
        for theme in themes:
            self.form(theme, color)

    def form(self, theme: Theme, color: Color) -> str | None:
        """Name of the 1×1 unit-square form for this theme's icon (None when the theme has no icon)."""
        key = (theme.id, color.hexval())
        if key in self._names:
            return self._names[key]
        path = icon_file(theme, self._deck)
        if path is None:
            self._names[key] = None
            return None
        if not path.is_file():
            raise ExportError(f"pictogram van thema '{theme.id}' niet gevonden: {path}")
        try:
            icon = load_icon(path, color)
        except ExportError as exc:
            raise ExportError(f"thema '{clip(theme.id)}': {exc}") from exc
        name = f"icon-{len(self._names)}"
        c = self._canvas
        c.beginForm(name, 0, 0, 1, 1)
        scale = 1.0 / max(icon.width, icon.height)
        # Centre a non-square icon inside the unit square.
        c.translate((1 - icon.width * scale) / 2, (1 - icon.height * scale) / 2)
        c.scale(scale, scale)
        if icon.drawing is not None:
            renderPDF.draw(icon.drawing, c, 0, 0)
        elif icon.image is not None:
            c.drawImage(icon.image, 0, 0, icon.width, icon.height, mask="auto")
        c.endForm()
        self._names[key] = name
        return name

    def draw(self, theme: Theme, color: Color, x: float, y: float, size: float) -> None:
        """Draw the theme icon in a size×size square with its lower-left corner at (x, y)."""
        name = self.form(theme, color)
        if name is None:
            return
        c = self._canvas
        c.saveState()
        c.translate(x, y)
        c.scale(size, size)
        c.doForm(name)
        c.restoreState()
