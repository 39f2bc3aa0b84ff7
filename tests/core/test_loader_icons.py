"""Theme icons: a built-in name, or a .svg/.png file that stays inside the deck's own folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from gedragen.core.errors import DeckError
from gedragen.core.loader import load_deck, load_deck_text
from gedragen.resources import icons_dir

DATA = Path(__file__).parent / "data"

DECK = """\
format: gedragen-deck/1
id: t
title: Test
audience: other
kinds:
  team: {label: Team, shade: light}
themes:
  - {id: sport, label: Sport, color: "#336699", icon: ICON}
cards:
  - {id: c1, theme: sport, kind: team, text: Een situatie.}
"""
ICON_COLUMN = 55  # where the icon value starts on line 8


def problems(icon: str, base_dir: Path | None, **kwargs: object) -> list[str]:
    """'LINE:COL: message' for a deck whose one theme has this icon."""
    with pytest.raises(DeckError) as info:
        load_deck_text(DECK.replace("ICON", icon), base_dir=base_dir, **kwargs)  # type: ignore[arg-type]
    return [f"{p.line}:{p.column}: {p.message}" for p in info.value.problems]


@pytest.fixture
def deck_dir(tmp_path: Path) -> Path:
    """A copy of the fixture deck folder with its own icon."""
    folder = tmp_path / "kaartenset"
    shutil.copytree(DATA / "icon-deck", folder)
    return folder


def test_builtin_icon_name() -> None:
    deck = load_deck_text(DECK.replace("ICON", "pesten"))
    assert deck.theme("sport").icon == "pesten"
    assert deck.theme("sport").icon_path == icons_dir() / "pesten.svg"


def test_empty_icon_means_none() -> None:
    assert load_deck_text(DECK.replace("ICON", "")).theme("sport").icon is None


def test_unknown_builtin_icon_with_suggestion() -> None:
    found = problems("pesen", None)
    assert len(found) == 1
    assert found[0].startswith(f"8:{ICON_COLUMN}: onbekend ingebouwd pictogram 'pesen' (bedoelde je 'pesten'?); kies uit ")
    assert "online, pesten, seksualiteit" in found[0]


def test_own_icon_inside_the_folder(deck_dir: Path) -> None:
    deck = load_deck(deck_dir / "deck.yaml")
    assert deck.theme("sport").icon == "icons/ster.svg"
    assert deck.theme("sport").icon_path == (deck_dir / "icons" / "ster.svg").resolve()
    assert load_deck_text(DECK.replace("ICON", "icons/ster.svg"), base_dir=deck_dir).theme("sport").icon_path


def test_icon_path_escaping_the_folder(deck_dir: Path) -> None:
    (deck_dir.parent / "buiten.svg").write_text("<svg/>")
    assert problems("../buiten.svg", deck_dir) == [f"8:{ICON_COLUMN}: het pictogram '../buiten.svg' ligt buiten de map van de kaartenset"]
    assert problems("icons/../../buiten.svg", deck_dir) == [
        f"8:{ICON_COLUMN}: het pictogram 'icons/../../buiten.svg' ligt buiten de map van de kaartenset"
    ]


def test_absolute_icon_path(deck_dir: Path) -> None:
    absolute = str(deck_dir / "icons" / "ster.svg")
    assert problems(absolute, deck_dir) == [
        f"8:{ICON_COLUMN}: het pad '{absolute[:39]}…' moet relatief zijn: gerekend vanaf de map van de kaartenset"
        if len(absolute) > 40 else
        f"8:{ICON_COLUMN}: het pad '{absolute}' moet relatief zijn: gerekend vanaf de map van de kaartenset"
    ]
    assert problems("C:/icons/ster.svg", deck_dir) == [
        f"8:{ICON_COLUMN}: het pad 'C:/icons/ster.svg' moet relatief zijn: gerekend vanaf de map van de kaartenset"
    ]


def test_symlink_pointing_outside(deck_dir: Path) -> None:
    (deck_dir.parent / "geheim.svg").write_text("<svg/>")
    (deck_dir / "icons" / "link.svg").symlink_to(deck_dir.parent / "geheim.svg")
    assert problems("icons/link.svg", deck_dir) == [
        f"8:{ICON_COLUMN}: het pictogram 'icons/link.svg' ligt buiten de map van de kaartenset"
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_icon_link_to_a_device(deck_dir: Path) -> None:
    (deck_dir / "icons" / "nul.svg").symlink_to("/dev/zero")
    assert problems("icons/nul.svg", deck_dir) == [
        f"8:{ICON_COLUMN}: het pictogram 'icons/nul.svg' ligt buiten de map van de kaartenset"
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no named pipes")
def test_icon_that_is_a_fifo(deck_dir: Path) -> None:
    os.mkfifo(deck_dir / "icons" / "pijp.svg")
    assert problems("icons/pijp.svg", deck_dir) == [
        f"8:{ICON_COLUMN}: pictogram 'icons/pijp.svg' is geen gewoon bestand"
    ]


def test_icon_folder_is_not_a_file(deck_dir: Path) -> None:
    (deck_dir / "map.svg").mkdir()
    assert problems("map.svg", deck_dir) == [f"8:{ICON_COLUMN}: pictogram 'map.svg' is geen gewoon bestand"]


def test_missing_icon_and_wrong_extension(deck_dir: Path) -> None:
    assert problems("icons/weg.svg", deck_dir) == [f"8:{ICON_COLUMN}: pictogram 'icons/weg.svg' niet gevonden"]
    assert problems("icons/ster.gif", deck_dir) == [
        f"8:{ICON_COLUMN}: een eigen pictogram moet een .svg- of .png-bestand zijn, niet 'icons/ster.gif'"
    ]


def test_icon_path_needs_a_folder() -> None:
    assert problems("icons/ster.svg", None) == [
        f"8:{ICON_COLUMN}: het eigen pictogram 'icons/ster.svg' kan pas worden gecontroleerd "
        "als de kaartenset in een map is opgeslagen"
    ]


def test_builtin_decks_use_builtin_icons_only(deck_dir: Path) -> None:
    assert problems("icons/ster.svg", deck_dir, builtin=True) == [
        f"8:{ICON_COLUMN}: een ingebouwde kaartenset gebruikt alleen ingebouwde pictogrammen, niet 'icons/ster.svg'"
    ]
