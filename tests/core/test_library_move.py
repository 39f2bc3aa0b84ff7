"""Moving a card between own decks: one library step, both files checked first, never in two decks."""

from __future__ import annotations

from pathlib import Path

import pytest

from gedragen import resources
from gedragen.core import library as library_module
from gedragen.core.errors import GedragenError
from gedragen.core.library import DeckLibrary

DATA = Path(__file__).parent / "data"


@pytest.fixture
def library(data_home: Path, monkeypatch: pytest.MonkeyPatch) -> DeckLibrary:
    """A library over the small fixture built-ins and two own decks: 'bron' (two cards) and 'doel'."""
    monkeypatch.setattr(resources, "builtin_decks_dir", lambda: DATA / "builtin")
    lib = DeckLibrary(data_home)
    lib.own_dir.mkdir(parents=True, exist_ok=True)
    small = (DATA / "small.yaml").read_text(encoding="utf-8")
    (lib.own_dir / "bron.yaml").write_text(
        small.replace("id: t\n", "id: bron\n") + "  - {id: c2, theme: pesten, kind: team, text: Een tweede situatie.}\n",
        encoding="utf-8",
    )
    (lib.own_dir / "doel.yaml").write_text(small.replace("id: t\n", "id: doel\n"), encoding="utf-8")
    lib.reload()
    return lib


def test_a_card_moves_and_a_taken_id_gets_a_suffix(library: DeckLibrary) -> None:
    source, target = library.move_card("bron", "c1", "doel")
    assert source is not None and [c.id for c in source.cards] == ["c2"]
    assert [c.id for c in target.cards] == ["c1", "c1-2"]  # 'doel' had its own c1 already
    assert target.cards[-1].text == "Een situatie."
    fresh = DeckLibrary(library.data_dir)
    assert [c.id for c in fresh.get("bron").cards] == ["c2"]
    assert [c.id for c in fresh.get("doel").cards] == ["c1", "c1-2"]


def test_moving_the_last_card_removes_the_source_deck(library: DeckLibrary) -> None:
    library.move_card("bron", "c1", "doel")
    source, target = library.move_card("bron", "c2", "doel")
    assert source is None and len(target.cards) == 3
    assert DeckLibrary(library.data_dir).find("bron") is None
    assert not (library.own_dir / "bron.yaml").exists()


@pytest.mark.parametrize(
    ("source", "card", "target", "says"),
    [
        ("bron", "bestaat-niet", "doel", "niet in de kaartenset"),
        ("bron", "c1", "alpha", "geen eigen kaartenset"),
        ("alpha", "alpha-01", "doel", "geen eigen kaartenset"),
        ("bron", "c1", "nergens", "onbekende kaartenset"),
        ("bron", "c1", "bron", "niet in de kaartenset"),
    ],
)
def test_a_move_that_cannot_be_done_changes_nothing(
    library: DeckLibrary, source: str, card: str, target: str, says: str
) -> None:
    before = {p.name: p.read_bytes() for p in library.own_dir.iterdir()}
    with pytest.raises(GedragenError, match=says):
        library.move_card(source, card, target)
    assert {p.name: p.read_bytes() for p in library.own_dir.iterdir()} == before


def test_a_target_without_the_cards_theme_is_refused(library: DeckLibrary) -> None:
    beta_like = (DATA / "builtin" / "beta.yaml").read_text(encoding="utf-8").replace("id: beta\n", "id: online\n")
    beta_like = beta_like.replace("beta-0", "online-0").replace("kind: team, text: Een situatie.", "kind: school, text: Een situatie.")
    (library.own_dir / "online.yaml").write_text(beta_like, encoding="utf-8")
    library.reload()
    before = (library.own_dir / "bron.yaml").read_bytes()
    with pytest.raises(GedragenError, match="onbekend thema 'online'"):
        library.move_card("online", "online-02", "bron")  # 'bron' has no theme 'online'
    with pytest.raises(GedragenError, match="onbekende soort kaart 'school'"):
        library.move_card("online", "online-01", "bron")  # the theme is there, the kind 'school' is not
    assert (library.own_dir / "bron.yaml").read_bytes() == before
    assert len(DeckLibrary(library.data_dir).get("online").cards) == 2


def test_a_failing_second_write_puts_the_first_back(
    library: DeckLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {p.name: p.read_bytes() for p in library.own_dir.iterdir()}
    real = library_module.write_atomic
    calls: list[Path] = []

    def second_fails(path: Path, data: bytes | str) -> None:
        calls.append(Path(path))
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(library_module, "write_atomic", second_fails)
    with pytest.raises(GedragenError):
        library.move_card("bron", "c1", "doel")
    assert calls[0].name == "doel.yaml" and calls[1].name == "bron.yaml"
    assert {p.name: p.read_bytes() for p in library.own_dir.iterdir()} == before
    assert [c.id for c in DeckLibrary(library.data_dir).get("doel").cards] == ["c1"]
