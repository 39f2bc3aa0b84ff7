"""Theme icons for PDFs: SVG via svglib, PNG via ReportLab's ImageReader, recoloured, drawn once per document.

An icon is read from disk once per render (`load_icon`), recoloured to one colour, and put into the PDF
as a Form XObject (`IconForms`), so a hundred cards of a theme share one copy of the drawing.

The drawing commands of an SVG icon's form are kept in `cache/icons.json` of the data folder when one is
set (`use_cache_folder`), keyed by the file's CRC-32 and size, the colour and the versions of everything
that draws it, like the deck cache: a later print writes the same bytes without loading svglib and
ReportLab's graphics package (most of a print command's start-up). Only forms made of plain path, colour
and line-style operators are kept; anything else is drawn from the SVG every time.
"""

from __future__ import annotations

import io
import os
import zlib
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from gedragen.core.atomic import write_atomic
from gedragen.core.deck import Deck, Theme
from gedragen.core.errors import ExportError, describe_os_error
from gedragen.core.files import MAX_ICON_BYTES, read_bounded
from gedragen.core.icon_check import MAX_ICON_PIXELS, icon_problem
from gedragen.core.messages import clip
from gedragen.export.fonts import register_fonts
from gedragen.resources import icons_dir

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.utils import ImageReader

# svglib, ReportLab's graphics package and Pillow are imported where an icon is parsed or drawn.


class Icon(NamedTuple):
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
    from reportlab.graphics.shapes import Group

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
    from reportlab.lib.utils import ImageReader

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
    stat = _checked(path)
    return _parsed_icon(path.resolve(), stat.st_mtime_ns, stat.st_size, color.hexval())


def _checked(path: Path) -> os.stat_result:
    """The icon file's stat once it passed the icon rules; ExportError (Dutch) otherwise."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise ExportError(f"pictogram {path} kan niet gelezen worden: {describe_os_error(exc)}") from exc
    # checked again here: a deck from the cache was validated before this icon file changed
    problem = icon_problem(path)
    if problem is not None:
        raise ExportError(f"pictogram {path} kan niet worden gebruikt: {problem}")
    return stat


# --- kept icon forms -----------------------------------------------------------------------------

FORMS_FORMAT = "gedragen-icon-forms/1"
MAX_FORMS_BYTES = 8 * 1024 * 1024  # a bigger (or non-regular) file is ignored and rebuilt
# Operators that need no resources (fonts, images, graphics states): path, paint, colour, line style.
_PLAIN_OPERATORS = frozenset([
    "q", "Q", "cm", "m", "l", "c", "v", "y", "h", "re", "f", "f*", "F", "S", "s", "B", "B*", "b", "b*", "n",
    "W", "W*", "rg", "RG", "g", "G", "k", "K", "w", "J", "j", "M", "d", "i",
])
_cache_folder: Path | None = None
_forms: dict[str, list[Any]] | None = None


def use_cache_folder(folder: Path | None) -> None:
    """Keep SVG icon forms in `folder/icons.json` from now on (None: keep none; the default)."""
    global _cache_folder, _forms
    _cache_folder, _forms = folder, None


@cache
def _drawing_fingerprint() -> str:
    """What else decides an icon form's bytes: this module, ReportLab's and svglib's versions."""
    import importlib.util

    import reportlab

    digest = zlib.crc32(FORMS_FORMAT.encode())
    try:
        digest = zlib.crc32(Path(__file__).read_bytes(), digest)
    except OSError:  # frozen builds ship no sources: the version stands in
        from gedragen import __version__

        digest = zlib.crc32(__version__.encode(), digest)
    spec = importlib.util.find_spec("svglib")
    origin = Path(spec.origin).resolve() if spec is not None and spec.origin else None
    installed = sorted(p.name for p in origin.parent.parent.glob("svglib-*.dist-info")) if origin else []
    return f"{digest:08x}|{reportlab.Version}|{','.join(installed) or 'svglib?'}"


def _form_key(path: Path, color: Color) -> str | None:
    try:
        data = read_bounded(path, MAX_ICON_BYTES)
    except OSError:
        return None
    return f"{zlib.crc32(data):08x}-{len(data)}|{color.hexval()}|{_drawing_fingerprint()}"


def _kept_forms() -> dict[str, list[Any]]:
    global _forms
    if _forms is None:
        _forms = {}
        if _cache_folder is not None:
            import json

            try:
                raw = json.loads(read_bounded(_cache_folder / "icons.json", MAX_FORMS_BYTES))
                if isinstance(raw, dict) and raw.get("format") == FORMS_FORMAT and isinstance(raw.get("entries"), dict):
                    _forms = raw["entries"]
            except (OSError, ValueError):
                pass  # none yet, or damaged: rebuilt from the SVG files
    return _forms


def _plain(lines: list[Any]) -> bool:
    """Whether these content-stream lines use only resource-free operators (and numbers, dash arrays)."""
    for line in lines:
        if not isinstance(line, str):
            return False
        for token in line.replace("[", " ").replace("]", " ").split():
            if token in _PLAIN_OPERATORS:
                continue
            try:
                float(token)
            except ValueError:
                return False
    return True


def _kept_form(path: Path, color: Color) -> tuple[float, float, list[str]] | None:
    """(width, height, content lines) of an SVG icon's form as drawn before, or None (also: nothing kept)."""
    if _cache_folder is None or path.suffix.lower() == ".png":
        return None
    _checked(path)
    key = _form_key(path, color)
    entry = _kept_forms().get(key) if key is not None else None
    if not isinstance(entry, list) or len(entry) != 3:
        return None
    width, height, lines = entry
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in (width, height)):
        return None
    if not isinstance(lines, list) or not _plain(lines):
        return None
    return float(width), float(height), lines


def _keep_form(path: Path, color: Color, width: float, height: float, lines: list[str]) -> None:
    """Remember an SVG icon's form lines (only plain ones); a cache that cannot be written is not kept."""
    if _cache_folder is None or path.suffix.lower() == ".png" or not _plain(lines):
        return
    key = _form_key(path, color)
    if key is None:
        return
    import json

    forms = _kept_forms()
    forms[key] = [width, height, list(lines)]
    try:
        _cache_folder.mkdir(parents=True, exist_ok=True)
        write_atomic(_cache_folder / "icons.json",
                     json.dumps({"format": FORMS_FORMAT, "entries": forms}, ensure_ascii=False))
    except OSError:
        pass


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
            kept = _kept_form(path, color)
            icon = load_icon(path, color) if kept is None else None
        except ExportError as exc:
            raise ExportError(f"thema '{clip(theme.id)}': {exc}") from exc
        width, height = (kept[0], kept[1]) if kept is not None else (icon.width, icon.height)  # type: ignore[union-attr]
        name = f"icon-{len(self._names)}"
        c = self._canvas
        c.beginForm(name, 0, 0, 1, 1)
        scale = 1.0 / max(width, height)
        # Centre a non-square icon inside the unit square.
        c.translate((1 - width * scale) / 2, (1 - height * scale) / 2)
        c.scale(scale, scale)
        if kept is not None:
            c._code.extend(kept[2])  # what renderPDF wrote for this icon before: the same bytes
        elif icon is not None and icon.drawing is not None:
            from reportlab.graphics import renderPDF

            start = len(c._code)
            before = c._code[start - 1]
            renderPDF.draw(icon.drawing, c, 0, 0)
            if c._code[start - 1] == before:  # renderPDF only appended: those lines are the form
                _keep_form(path, color, icon.width, icon.height, c._code[start:])
        elif icon is not None and icon.image is not None:
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
