"""Kept icon forms (`cache/icons.json`): a later print draws SVG icons byte for byte as before, without svglib."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gedragen.core.loader import load_deck
from gedragen.export import icons
from gedragen.export.cards import render_cards
from gedragen.export.layout import PrintOptions
from gedragen.resources import builtin_decks_dir

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">
  <path d="M2 2 L22 2 L12 {tip} Z" fill="#000000"/>
</svg>
"""

DECK = """\
format: gedragen-deck/1
id: eigen-icoon
title: Eigen icoon
audience: other
kinds:
  team: {label: Teamkaart, shade: light}
themes:
  - {id: pesten, label: Pesten, color: "#01665E", icon: driehoek.svg}
cards:
  - {id: e-01, theme: pesten, kind: team, text: "Een kaart met een eigen pictogram."}
"""


@pytest.fixture(autouse=True)
def _no_cache_after() -> Iterator[None]:
    yield
    icons.use_cache_folder(None)


def _pdf(deck_path: Path) -> bytes:
    out = io.BytesIO()
    render_cards(load_deck(deck_path, builtin=deck_path.parent == builtin_decks_dir()), PrintOptions(), out,
                 invariant=True)
    return out.getvalue()


def test_kept_forms_give_the_same_bytes_and_a_damaged_file_is_ignored(tmp_path: Path) -> None:
    deck = builtin_decks_dir() / "po.yaml"
    icons.use_cache_folder(None)
    plain = _pdf(deck)
    icons.use_cache_folder(tmp_path)
    assert _pdf(deck) == plain  # drawn from the SVG files, forms kept
    kept = json.loads((tmp_path / "icons.json").read_text(encoding="utf-8"))
    assert kept["format"] == icons.FORMS_FORMAT and len(kept["entries"]) == 6
    icons.use_cache_folder(tmp_path)  # a new process: read from the file
    assert _pdf(deck) == plain
    (tmp_path / "icons.json").write_text("{kapot", encoding="utf-8")
    icons.use_cache_folder(tmp_path)
    assert _pdf(deck) == plain
    assert len(json.loads((tmp_path / "icons.json").read_text(encoding="utf-8"))["entries"]) == 6


def test_a_changed_icon_file_is_drawn_anew(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "eigen.yaml").write_text(DECK, encoding="utf-8")
    svg = folder / "driehoek.svg"
    svg.write_text(SVG.format(tip=22), encoding="utf-8")
    icons.use_cache_folder(tmp_path / "cache")
    first = _pdf(folder / "eigen.yaml")
    svg.write_text(SVG.format(tip=12), encoding="utf-8")
    icons.use_cache_folder(tmp_path / "cache")
    second = _pdf(folder / "eigen.yaml")
    icons.use_cache_folder(None)
    assert second == _pdf(folder / "eigen.yaml") and second != first


def test_only_resource_free_operators_are_kept() -> None:
    assert icons._plain(["q", "1 0 0 1 0 0 cm", "[] 0 d", "n 6.2 23 m 8 9 l h", "f", "Q"])
    assert not icons._plain(["BT /F1 12 Tf (x) Tj ET"])
    assert not icons._plain(["/GS1 gs"])
    assert not icons._plain([3])


def test_a_second_print_command_needs_no_svglib(tmp_path: Path) -> None:
    code = (
        "import sys; from gedragen.cli import main; "
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'print', 'po', '-o', sys.argv[1]]); "
        "print('svglib' in sys.modules, 'reportlab.graphics.renderPDF' in sys.modules); sys.exit(rc)"
    )
    runs = [subprocess.run([sys.executable, "-c", code, str(tmp_path / f"{n}.pdf")], capture_output=True, text=True,
                           timeout=120, check=True).stdout.split()[-2:] for n in ("een", "twee")]
    assert runs == [["True", "True"], ["False", "False"]]
