"""Saving own decks (`gedragen decks add`, `DeckLibrary.save_own`) when the data folder cannot take it."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hardening_support import assert_one_clear_line, cli, fill_disk, snapshot

from gedragen.core.errors import GedragenError
from gedragen.core.library import DeckLibrary
from gedragen.core.loader import load_deck

DATA = Path(__file__).resolve().parents[1] / "core" / "data"


def _big_deck_file(folder: Path, cards: int = 400) -> Path:
    """A valid deck file larger than what is left on the full disk (its copy cannot fit)."""
    lines = [
        "format: gedragen-deck/1",
        "id: grote-set",
        "title: Grote set",
        "audience: other",
        "kinds:",
        "  team: {label: Team, shade: light}",
        "themes:",
        '  - {id: pesten, label: Pesten, color: "#01665E"}',
        "cards:",
    ]
    lines += [
        f"  - {{id: c{i}, theme: pesten, kind: team, text: Een situatie op school met nummer {i} erin.}}"
        for i in range(cards)
    ]
    path = folder / "grote-set.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_decks_add_on_a_read_only_data_folder(
    readonly_dir: Path | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if readonly_dir is None:
        pytest.skip("needs root to mount a read-only tmpfs")
    before = snapshot(readonly_dir)
    run = cli(capsys, "--data-dir", str(readonly_dir), "decks", "add", str(DATA / "small.yaml"))
    assert_one_clear_line(run)
    assert snapshot(readonly_dir) == before


def test_decks_add_on_a_read_only_data_folder_says_so_in_dutch(
    readonly_dir: Path | None, capsys: pytest.CaptureFixture[str]
) -> None:
    if readonly_dir is None:
        pytest.skip("needs root to mount a read-only tmpfs")
    run = cli(capsys, "--data-dir", str(readonly_dir), "decks", "add", str(DATA / "small.yaml"))
    line = assert_one_clear_line(run)
    assert "alleen-lezen" in line or "alleen lezen" in line, line


def test_decks_add_on_a_full_disk_keeps_the_own_decks(
    full_disk: Path | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if full_disk is None:
        pytest.skip("needs root to mount a small tmpfs")
    library = DeckLibrary(full_disk)
    kept = library.add_file(DATA / "small.yaml")
    source = _big_deck_file(tmp_path)
    fill_disk(full_disk)
    before = snapshot(full_disk)
    run = cli(capsys, "--data-dir", str(full_disk), "decks", "add", str(source))
    assert_one_clear_line(run)
    assert snapshot(full_disk) == before
    assert [d.id for d in DeckLibrary(full_disk).own()] == [kept.id]


def test_decks_add_on_a_full_disk_says_so_in_dutch(
    full_disk: Path | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if full_disk is None:
        pytest.skip("needs root to mount a small tmpfs")
    DeckLibrary(full_disk).own_dir.mkdir()
    source = _big_deck_file(tmp_path)
    fill_disk(full_disk)
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(full_disk), "decks", "add", str(source)))
    assert "vol" in line and ".tmp" not in line, line


def test_decks_add_with_own_icons_leaves_nothing_when_the_disk_fills(
    full_disk: Path | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if full_disk is None:
        pytest.skip("needs root to mount a small tmpfs")
    deck_folder = tmp_path / "met-pictogram"
    shutil.copytree(DATA / "icon-deck", deck_folder)
    text = (deck_folder / "deck.yaml").read_text(encoding="utf-8")
    extra = "".join(
        f"  - {{id: s-{i:03d}, theme: sport, kind: team, text: Nog een situatie in de sportzaal nummer {i}.}}\n"
        for i in range(600)
    )
    (deck_folder / "deck.yaml").write_text(text.rstrip("\n") + "\n" + extra, encoding="utf-8")
    DeckLibrary(full_disk).own_dir.mkdir()
    fill_disk(full_disk, leave=8192)  # room for the small icon, not for the deck file
    before = snapshot(full_disk)
    run = cli(capsys, "--data-dir", str(full_disk), "decks", "add", str(deck_folder / "deck.yaml"))
    assert run.code == 1, run.err
    assert snapshot(full_disk) == before
    assert sorted(p.name for p in DeckLibrary(full_disk).own_dir.iterdir()) == []


def _saved_own_deck(folder: Path) -> tuple[DeckLibrary, Path]:
    library = DeckLibrary(folder)
    deck = library.add_file(DATA / "small.yaml")
    assert deck.source is not None
    return library, deck.source


def test_save_own_on_a_full_disk_is_a_gedragen_error_and_keeps_the_file(full_disk: Path | None) -> None:
    if full_disk is None:
        pytest.skip("needs root to mount a small tmpfs")
    library, path = _saved_own_deck(full_disk)
    deck = library.find("t")
    assert deck is not None
    old = path.read_bytes()
    cards = tuple(replace(deck.cards[0], id=f"c{i}", text=f"Een langere situatie op school, nummer {i}.")
                  for i in range(800))
    fill_disk(full_disk)
    try:
        with pytest.raises(GedragenError, match="vol"):
            library.save_own(replace(deck, cards=cards))
    finally:
        assert path.read_bytes() == old
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_save_own_on_a_full_disk_keeps_the_old_file_byte_for_byte(full_disk: Path | None) -> None:
    """Whatever the error type, a failed save never damages the deck that was there."""
    if full_disk is None:
        pytest.skip("needs root to mount a small tmpfs")
    library, path = _saved_own_deck(full_disk)
    deck = library.find("t")
    assert deck is not None
    old = path.read_bytes()
    cards = tuple(replace(deck.cards[0], id=f"c{i}", text=f"Een langere situatie op school, nummer {i}.")
                  for i in range(800))
    fill_disk(full_disk)
    with pytest.raises((GedragenError, OSError)):
        library.save_own(replace(deck, cards=cards))
    assert path.read_bytes() == old
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert load_deck(path).cards == deck.cards


def test_save_own_over_a_read_only_deck_file_is_refused(data_home: Path) -> None:
    library, path = _saved_own_deck(data_home)
    deck = library.find("t")
    assert deck is not None
    old = path.read_bytes()
    path.chmod(0o444)
    with pytest.raises(GedragenError):
        library.save_own(replace(deck, title="Veranderd"))
    assert path.read_bytes() == old


def test_add_file_on_a_full_disk_is_a_gedragen_error(full_disk: Path | None, tmp_path: Path) -> None:
    if full_disk is None:
        pytest.skip("needs root to mount a small tmpfs")
    library = DeckLibrary(full_disk)
    library.own_dir.mkdir()
    source = _big_deck_file(tmp_path)
    fill_disk(full_disk)
    with pytest.raises(GedragenError, match="vol"):
        library.add_file(source)
    assert list(library.own_dir.iterdir()) == []
