"""Where the built-in decks and assets are: the source tree, or gedragen/_data inside a wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def data_root() -> Path:
    """The folder holding `decks/` and `assets/` (source checkout or installed package)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_data", here.parent):
        if (candidate / "decks").is_dir() and (candidate / "assets").is_dir():
            return candidate
    raise FileNotFoundError("de ingebouwde kaartensets en afbeeldingen van Gedragen zijn niet gevonden")


def builtin_decks_dir() -> Path:
    """Folder with the built-in deck files."""
    return data_root() / "decks"


def assets_dir() -> Path:
    """Folder with icons, fonts and data files shipped with the app."""
    return data_root() / "assets"


def icons_dir() -> Path:
    """Folder with the built-in theme icons (NAME.svg)."""
    return assets_dir() / "icons"


def fonts_dir() -> Path:
    """Folder with the embedded fonts (and their licence)."""
    return assets_dir() / "fonts"
