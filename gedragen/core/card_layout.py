"""The card's layout data, one source for screen and paper: assets/layout/print.yaml, read once per process.

`geometry()` is the whole file (papers, card sizes, sheet, card zones, calibration, board); `card_proportions()`
the part the screen card shares with the printed one (aspect, band, icon, safe margin, gap under the band).
A print command or the app may keep the parsed file in the data folder's cache (`use_cache_folder`): a later
process then reads a small JSON file instead of importing PyYAML.
"""

from __future__ import annotations

import zlib
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from gedragen.core.atomic import write_atomic
from gedragen.core.files import read_bounded
from gedragen.resources import assets_dir

DEFAULT_CARD_SIZE = "poker"  # the print size a card has unless the facilitator picks another


class PrintGeometry(NamedTuple):
    """The content of assets/layout/print.yaml, read once."""

    papers: dict[str, tuple[float, float]]
    card_sizes: dict[str, tuple[float, float]]
    sheet: dict[str, float]
    card: dict[str, Any]
    calibration: dict[str, float]
    board: dict[str, Any]


class CardProportions(NamedTuple):
    """The proportions of a card front that screen and paper share, as fractions of the trimmed card."""

    aspect: float  # height / width
    band_frac: float  # theme band height, of the card height
    icon_frac: float  # icon size, of the band height
    safe_frac: float  # distance of text and icon from the edge, of the card width
    text_top_gap_frac: float  # between band and text, of the card height


LAYOUT_CACHE_FORMAT = "gedragen-print-layout/1"
_cache_folder: Path | None = None


def use_cache_folder(folder: Path | None) -> None:
    """Keep the parsed print.yaml in `folder/layout.json` from now on (None: keep nothing; the default).

    Like the deck cache: a print command then reads JSON instead of importing PyYAML and parsing YAML.
    """
    global _cache_folder
    _cache_folder = folder


def _layout_data(path: Path) -> Any:
    """print.yaml parsed: from the kept copy when it was made from these very bytes, else with PyYAML."""
    import json

    data = path.read_bytes()
    key = f"{zlib.crc32(data):08x}-{len(data)}"
    kept = _cache_folder / "layout.json" if _cache_folder is not None else None
    if kept is not None:
        try:
            cached = json.loads(read_bounded(kept, 1024 * 1024))
            if isinstance(cached, dict) and cached.get("format") == LAYOUT_CACHE_FORMAT and cached.get("key") == key:
                return cached["data"]
        except (OSError, ValueError):
            pass  # none yet, or damaged: parsed again below and rewritten
    import yaml

    raw = yaml.safe_load(data.decode("utf-8"))
    if kept is not None:
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(kept, json.dumps({"format": LAYOUT_CACHE_FORMAT, "key": key, "data": raw}, ensure_ascii=False))
        except (OSError, TypeError, ValueError):
            pass  # not kept: parsed again next time
    return raw


@cache
def geometry() -> PrintGeometry:
    """The print geometry data (cached: the file is read once per process)."""
    path = assets_dir() / "layout" / "print.yaml"
    try:
        raw = _layout_data(path)
        return _geometry(raw)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        if _cache_folder is None:
            raise
        import yaml

        return _geometry(yaml.safe_load(path.read_text(encoding="utf-8")))  # a kept copy that lies: the file


def _geometry(raw: Any) -> PrintGeometry:
    return PrintGeometry(
        papers={k: (float(v[0]), float(v[1])) for k, v in raw["papers"].items()},
        card_sizes={k: (float(v[0]), float(v[1])) for k, v in raw["card_sizes"].items()},
        sheet={k: float(v) for k, v in raw["sheet"].items()},
        card=dict(raw["card"]),
        calibration={k: float(v) for k, v in raw["calibration"].items()},
        board=dict(raw["board"]),
    )


def card_proportions(card_size: str = DEFAULT_CARD_SIZE) -> CardProportions:
    """The shared proportions of a card of this print size (the screen shows the default size)."""
    geo = geometry()
    width, height = geo.card_sizes[card_size]
    spec = geo.card
    return CardProportions(
        aspect=height / width,
        band_frac=float(spec["band_frac"]),
        icon_frac=float(spec["icon_frac"]),
        safe_frac=float(spec["safe_frac"]),
        text_top_gap_frac=float(spec["text_top_gap_frac"]),
    )
