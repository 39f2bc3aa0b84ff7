"""The deck library: built-in and own decks, adding, saving, deleting and *eigen situaties*."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from gedragen import resources
from gedragen.core.errors import DeckError, GedragenError
from gedragen.core.library import EIGEN_DECK_ID, DeckLibrary
from gedragen.core.loader import load_deck

DATA = Path(__file__).parent / "data"


@pytest.fixture
def builtin_dir(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two small fixture decks stand in for the built-in decks (their content changes often)."""
    folder = DATA / "builtin"
    monkeypatch.setattr(resources, "builtin_decks_dir", lambda: folder)
    return folder


@pytest.fixture
def library(data_home: Path, builtin_dir: Path) -> DeckLibrary:
    """A library over an empty data folder."""
    return DeckLibrary(data_home)


def own_file(library: DeckLibrary, name: str, text: str) -> Path:
    """Put a deck file straight into the own decks folder."""
    library.own_dir.mkdir(parents=True, exist_ok=True)
    path = library.own_dir / name
    path.write_text(text, encoding="utf-8")
    library.reload()
    return path


def small(deck_id: str) -> str:
    """The small fixture deck with another id."""
    return (DATA / "small.yaml").read_text(encoding="utf-8").replace("id: t\n", f"id: {deck_id}\n")


def test_builtin_only(library: DeckLibrary) -> None:
    assert [d.id for d in library.builtin()] == ["alpha", "beta"]
    assert all(d.builtin for d in library.builtin())
    assert library.own() == [] and library.problems() == []
    assert [d.id for d in library.all()] == ["alpha", "beta"]


def test_real_builtin_decks(data_home: Path) -> None:
    library = DeckLibrary(data_home)
    assert library.problems() == []
    assert sorted(d.id for d in library.builtin()) == ["po", "vo-mbo"]


def test_one_bad_own_deck_is_reported_and_skipped(library: DeckLibrary) -> None:
    own_file(library, "goed.yaml", small("goed"))
    bad = own_file(library, "kapot.yaml", small("kapot").replace("shade: light", "shade: licht"))
    assert [d.id for d in library.own()] == ["goed"]
    assert not library.own()[0].builtin
    [problem] = library.problems()
    assert str(problem) == f"{bad}:6:30: 'shade' moet light of dark zijn, niet 'licht'"


def test_own_deck_with_a_builtin_id_is_not_loaded(library: DeckLibrary) -> None:
    path = own_file(library, "namaak.yaml", "# mijn versie\n" + small("alpha"))
    assert library.own() == []
    [problem] = library.problems()
    assert str(problem) == (f"{path}:3:1: de id 'alpha' wordt al gebruikt door de ingebouwde kaartenset alpha.yaml; "
                            "deze kaartenset is niet geladen")
    assert library.get("alpha").builtin


def test_two_own_decks_with_one_id(library: DeckLibrary) -> None:
    own_file(library, "a.yaml", small("zelf"))
    second = own_file(library, "b.yaml", small("zelf"))
    assert [d.source.name for d in library.own() if d.source] == ["a.yaml"]
    assert [p.file for p in library.problems()] == [str(second)]


def test_get_by_id_path_and_unknown(library: DeckLibrary) -> None:
    assert library.get("beta").title == "Kaartenset beta"
    assert library.get(str(DATA / "minimal.yaml")).id == "test-mini"
    with pytest.raises(GedragenError, match=r"^onbekende kaartenset 'bta' \(bedoelde je 'beta'\?\)$"):
        library.get("bta")
    with pytest.raises(DeckError):
        library.get(str(DATA / "three-mistakes.yaml"))
    with pytest.raises(DeckError, match="bestand niet gevonden"):
        library.get("nergens.yaml")


def test_get_a_broken_own_deck_by_its_name_shows_its_problems(library: DeckLibrary) -> None:
    own_file(library, "kapot.yaml", small("kapot").replace("shade: light", "shade: licht"))
    with pytest.raises(DeckError, match="'shade' moet light of dark zijn"):
        library.get("kapot")


def test_add_file_copies_the_file_as_written(library: DeckLibrary) -> None:
    deck = library.add_file(DATA / "minimal.yaml")
    assert deck.id == "test-mini" and not deck.builtin
    assert deck.source == library.own_dir / "test-mini.yaml"
    assert deck.source.read_bytes() == (DATA / "minimal.yaml").read_bytes()  # comments kept
    assert [d.id for d in library.all()] == ["alpha", "beta", "test-mini"]


def test_add_invalid_file_changes_nothing(library: DeckLibrary) -> None:
    with pytest.raises(DeckError) as info:
        library.add_file(DATA / "three-mistakes.yaml")
    assert len(info.value.problems) == 3
    assert not library.own_dir.exists()


def test_add_file_id_clashes(library: DeckLibrary, tmp_path: Path) -> None:
    library.add_file(DATA / "minimal.yaml")
    changed = tmp_path / "nieuw.yaml"
    changed.write_text((DATA / "minimal.yaml").read_text(encoding="utf-8").replace("title: Testset", "title: Nieuw"))
    with pytest.raises(GedragenError, match=r"^er is al een eigen kaartenset met id 'test-mini' \(test-mini.yaml\)$"):
        library.add_file(changed)
    assert library.get("test-mini").title == "Testset"
    assert library.add_file(changed, on_clash="replace").title == "Nieuw"
    assert [d.title for d in library.own()] == ["Nieuw"]
    renamed = library.add_file(changed, on_clash="rename")
    assert renamed.id == "test-mini-2" and renamed.source == library.own_dir / "test-mini-2.yaml"
    assert sorted(d.id for d in library.own()) == ["test-mini", "test-mini-2"]


def test_add_file_with_a_builtin_id(library: DeckLibrary, tmp_path: Path) -> None:
    path = tmp_path / "alpha.yaml"
    path.write_text(small("alpha"), encoding="utf-8")
    for clash in ("error", "replace"):
        with pytest.raises(GedragenError, match="er is al een ingebouwde kaartenset met id 'alpha'"):
            library.add_file(path, on_clash=clash)
    assert not library.own_dir.exists() or not any(library.own_dir.iterdir())
    assert library.add_file(path, on_clash="rename").id == "alpha-2"
    with pytest.raises(ValueError):
        library.add_file(path, on_clash="merge")


def test_add_file_with_own_icons_copies_them(library: DeckLibrary, tmp_path: Path) -> None:
    folder = tmp_path / "kaartenset"
    shutil.copytree(DATA / "icon-deck", folder)
    deck = library.add_file(folder / "deck.yaml")
    shutil.rmtree(folder)
    icon = deck.theme("sport")
    assert icon.icon == "eigen-pictogram-icons/sport.svg"
    assert icon.icon_path == (library.own_dir / "eigen-pictogram-icons" / "sport.svg").resolve()
    assert icon.icon_path.read_text().startswith("<svg")
    assert deck.theme("pesten").icon == "pesten"
    library.reload()
    assert library.get("eigen-pictogram").theme("sport").icon_path == icon.icon_path
    library.delete_own("eigen-pictogram")
    assert not (library.own_dir / "eigen-pictogram-icons").exists()


def test_save_own_and_delete_own(library: DeckLibrary) -> None:
    deck = load_deck(DATA / "minimal.yaml")
    path = library.save_own(deck)
    assert path == library.own_dir / "test-mini.yaml"
    assert library.get("test-mini").card("mini-01").note == "Eerste alinea.\n\nTweede alinea."
    assert library.save_own(replace(library.get("test-mini"), title="Anders")) == path
    assert library.get("test-mini").title == "Anders"
    library.delete_own("test-mini")
    assert not path.exists() and library.find("test-mini") is None
    with pytest.raises(GedragenError, match=r"^onbekende kaartenset 'test-mini'$"):
        library.delete_own("test-mini")


def test_save_own_never_overwrites_another_deck(library: DeckLibrary) -> None:
    library.save_own(load_deck(DATA / "minimal.yaml"))
    newcomer = replace(load_deck(DATA / "minimal.yaml"), source=None, title="Ander")
    with pytest.raises(GedragenError, match=r"^er is al een eigen kaartenset met id 'test-mini' \(test-mini.yaml\)$"):
        library.save_own(newcomer)
    assert library.get("test-mini").title == "Testset"
    # a changed id keeps the deck's own file
    renamed = replace(library.get("test-mini"), id="nieuwe-naam")
    path = library.save_own(renamed)
    assert path == library.own_dir / "test-mini.yaml"
    assert [d.id for d in library.own()] == ["nieuwe-naam"]


def test_builtin_decks_cannot_be_saved_or_deleted(library: DeckLibrary) -> None:
    alpha = library.get("alpha")
    message = "'alpha' is geen eigen kaartenset; ingebouwde kaartensets kunnen niet worden gewijzigd of verwijderd"
    with pytest.raises(GedragenError, match=f"^{message}$"):
        library.save_own(alpha)
    with pytest.raises(GedragenError, match=f"^{message}$"):
        library.delete_own("alpha")
    with pytest.raises(GedragenError, match="al een ingebouwde kaartenset met id 'alpha'"):
        library.save_own(replace(alpha, builtin=False, source=None))


def test_save_own_refuses_an_invalid_deck(library: DeckLibrary) -> None:
    deck = load_deck(DATA / "minimal.yaml")
    broken = replace(deck, cards=(replace(deck.cards[0], theme="bestaat-niet"),))
    with pytest.raises(DeckError, match="onbekend thema 'bestaat-niet'"):
        library.save_own(broken)
    assert not library.own_dir.exists()


def test_eigen_situaties(library: DeckLibrary, data_home: Path) -> None:
    beta = library.get("beta")
    deck, card = library.add_eigen_situatie(beta, "online", "school", "  Een leerling  filmt\n de les. ",
                                            questions=["Mag dat?"], note="Zie het protocol.")
    assert card.id == "eigen-0001" and card.text == "Een leerling filmt de les."
    assert card.questions == ("Mag dat?",) and card.note == "Zie het protocol."
    assert deck.id == EIGEN_DECK_ID and deck.title == "Eigen situaties" and deck.audience == "vo-mbo"
    assert [t.id for t in deck.themes] == ["pesten", "online"]
    assert deck.theme("online").icon == "online"
    assert [k.id for k in deck.kinds] == ["team", "school"]
    assert deck.source == library.own_dir / "eigen-situaties.yaml"
    _, second = library.add_eigen_situatie(beta, "pesten", "team", "Een collega lacht mee.")
    assert second.id == "eigen-0002"
    # a fresh library over the same folder sees both cards
    again = DeckLibrary(data_home).get(EIGEN_DECK_ID)
    assert [c.id for c in again.cards] == ["eigen-0001", "eigen-0002"]


def test_eigen_situatie_from_another_deck_adds_its_theme(library: DeckLibrary, tmp_path: Path) -> None:
    folder = tmp_path / "kaartenset"
    shutil.copytree(DATA / "icon-deck", folder)
    library.add_eigen_situatie(library.get("beta"), "pesten", "team", "Eerste.")
    other = load_deck(folder / "deck.yaml")
    deck, card = library.add_eigen_situatie(other, "sport", "team", "In de gymzaal.")
    assert [t.id for t in deck.themes] == ["pesten", "online", "sport"]
    assert deck.theme("sport").icon is None  # own icon files stay with their own deck
    assert card.id == "eigen-0002"


def test_eigen_situatie_mistakes_save_nothing(library: DeckLibrary) -> None:
    beta = library.get("beta")
    with pytest.raises(GedragenError, match=r"^onbekend thema 'pestn' \(bedoelde je 'pesten'\?\)$"):
        library.add_eigen_situatie(beta, "pestn", "team", "Tekst.")
    with pytest.raises(GedragenError, match=r"^onbekende soort kaart 'leerling'$"):
        library.add_eigen_situatie(beta, "pesten", "leerling", "Tekst.")
    with pytest.raises(DeckError, match="'text' mag niet leeg zijn"):
        library.add_eigen_situatie(beta, "pesten", "team", "   ")
    with pytest.raises(DeckError, match="'text' is te lang"):
        library.add_eigen_situatie(beta, "pesten", "team", "x" * 401)
    assert library.find(EIGEN_DECK_ID) is None
    assert not library.own_dir.exists() or not any(library.own_dir.glob("*.yaml"))
