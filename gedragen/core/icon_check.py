"""Checks on an own icon file before anything parses it: size, PNG dimensions, SVG references.

A PNG of a few hundred bytes can declare 60000×60000 pixels (Pillow then refuses it while printing,
or a 12000×12000 one takes many seconds); an SVG can pull in other files with `href`. These checks
read at most the PNG header or a bounded SVG file, so `validate` refuses such an icon with one line
and `print` never meets it.
"""

from __future__ import annotations

import re
import stat
import struct
from pathlib import Path

from gedragen.core.files import MAX_ICON_BYTES, UnsafeFileError, megabytes, read_bounded

MAX_ICON_SIDE = 2048  # pixels; an icon is printed a centimetre or two wide
MAX_ICON_PIXELS = MAX_ICON_SIDE * MAX_ICON_SIDE
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# any href (plain, xlink: or another prefix) with its quoted value
_HREF = re.compile(r"""\b(?:[A-Za-z_][\w.-]*:)?href\s*=\s*(?P<q>["'])(?P<value>.*?)(?P=q)""", re.DOTALL)
# CSS and presentation attributes can name other files too: url(other.svg#x), @import
_CSS_URL = re.compile(r"""url\(\s*(?P<q>["']?)(?P<value>[^)"']*)(?P=q)\s*\)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"@import", re.IGNORECASE)
_EXTERNAL_ENTITY = re.compile(r"<!ENTITY[^>]*\b(?:SYSTEM|PUBLIC)\b", re.IGNORECASE)


def icon_problem(path: Path) -> str | None:
    """A Dutch phrase saying why this icon file may not be used, or None when it is fine.

    Links are followed (the loader checks first that the target stays inside the deck folder); the
    size is checked with stat before anything is read.
    """
    try:
        info = path.stat()
    except OSError:
        return "het bestand kan niet worden gelezen"
    if not stat.S_ISREG(info.st_mode):
        return "het is geen gewoon bestand"
    if info.st_size > MAX_ICON_BYTES:
        return f"het bestand is te groot ({megabytes(info.st_size)}; hoogstens {megabytes(MAX_ICON_BYTES)})"
    try:
        if path.suffix.lower() == ".png":
            return _png_problem(path)
        return _svg_problem(read_bounded(path, MAX_ICON_BYTES))
    except UnsafeFileError as exc:
        return exc.dutch()
    except OSError:
        return "het bestand kan niet worden gelezen"


def _png_problem(path: Path) -> str | None:
    with path.open("rb") as handle:
        head = handle.read(24)
    if len(head) < 24 or not head.startswith(_PNG_SIGNATURE) or head[12:16] != b"IHDR":
        return "het is geen PNG-afbeelding"
    width, height = struct.unpack(">II", head[16:24])
    if width == 0 or height == 0:
        return "het is geen bruikbare PNG-afbeelding (0 pixels breed of hoog)"
    if width > MAX_ICON_SIDE or height > MAX_ICON_SIDE or width * height > MAX_ICON_PIXELS:
        return (
            f"de afbeelding is te groot ({width}×{height} pixels; hoogstens {MAX_ICON_SIDE}×{MAX_ICON_SIDE}); "
            "verklein het pictogram"
        )
    return None


def _svg_problem(data: bytes) -> str | None:
    text = data.decode("utf-8", errors="replace")
    for match in _HREF.finditer(text):
        if not match["value"].strip().startswith("#"):
            return _external(match["value"])
    for match in _CSS_URL.finditer(text):
        if not match["value"].strip().startswith("#"):
            return _external(match["value"])
    if _CSS_IMPORT.search(text) or _EXTERNAL_ENTITY.search(text):
        return "de SVG haalt een ander bestand binnen; een pictogram moet op zichzelf staan"
    return None


def _external(value: str) -> str:
    shown = " ".join(value.split())
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return (
        f"de SVG verwijst naar een ander bestand of adres ('{shown}'); "
        "een pictogram moet op zichzelf staan (alleen verwijzingen binnen het bestand, met '#')"
    )
