"""The deck cache: a start with unchanged decks skips YAML, and nothing stale or damaged is ever used."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gedragen.core import deck_cache as deck_cache_module
from gedragen.core import library as library_module
from gedragen.core.deck_cache import DeckCache, deck_from_plain, deck_to_plain
from gedragen.core.library import DeckLibrary
from gedragen.core.loader import load_deck
from gedragen.resources import builtin_decks_dir

OWN = """\
format: gedragen-deck/1
id: eigen-test
title: Eigen test
audience: other
kinds:
  team: {label: Teamkaart, shade: light}
themes:
  - {id: pesten, label: Pesten, color: "#063831", icon: eigen.svg}
cards:
  - id: e-1
    theme: pesten
    kind: team
    text: Een collega wordt steeds niet uitgenodigd voor de vrijdagmiddagborrel.
"""
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="8"/></svg>'


def _own_deck(data_home: Path, text: str = OWN) -> Path:
    folder = data_home / "decks"
    folder.mkdir(exist_ok=True)
    (folder / "eigen.svg").write_text(SVG, encoding="utf-8")
    path = folder / "eigen-test.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _refuse_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the deck file was parsed although the cache holds it")

    monkeypatch.setattr(library_module, "load_deck", refuse)


def test_plain_round_trip_equals_the_loaded_deck() -> None:
    for path in sorted(builtin_decks_dir().glob("*.yaml")):
        deck = load_deck(path, builtin=True)
        again = deck_from_plain(json.loads(json.dumps(deck_to_plain(deck))))
        assert again == deck
        assert again.card(deck.cards[-1].id) == deck.cards[-1]


def test_plain_round_trip_keeps_estimate_sensitive_and_levels() -> None:
    deck = load_deck(Path(__file__).parent / "data" / "levels.yaml")
    plain = json.loads(json.dumps(deck_to_plain(deck)))
    assert deck_from_plain(plain) == deck
    assert deck_from_plain(plain).card("n-03").levels == ("onderbouw",)


def test_entry_without_the_new_fields_is_refused() -> None:
    # an entry written before the deck format grew its optional fields is never half-read
    deck = load_deck(Path(__file__).parent / "data" / "levels.yaml")
    old = deck_to_plain(deck)
    old["cards"] = [row[:6] for row in old["cards"]]
    with pytest.raises(ValueError):
        deck_from_plain(old)
    bad = deck_to_plain(deck)
    bad["cards"][0][7] = "ja"
    with pytest.raises(ValueError):
        deck_from_plain(bad)


def test_fingerprint_covers_the_deck_model_and_loader() -> None:
    # the key changes with the rules' source, so a cache from before a format change is a miss
    assert {"loader.py", "deck.py", "messages.py", "deck_cache.py"} <= set(deck_cache_module._RULE_FILES)
    assert deck_cache_module.loader_fingerprint() in deck_cache_module.cache_key(b"x", Path("deck.yaml"), False, "nl")


def test_second_start_uses_the_cache(data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _own_deck(data_home)
    first = DeckLibrary(data_home).all()
    assert (data_home / "cache" / "decks.json").is_file()
    _refuse_loading(monkeypatch)
    second = DeckLibrary(data_home).all()
    assert second == first
    assert [d.id for d in second] == ["po", "vo-mbo", "eigen-test"]


def test_a_changed_file_is_read_again(data_home: Path) -> None:
    path = _own_deck(data_home)
    DeckLibrary(data_home).all()
    path.write_text(OWN.replace("vrijdagmiddagborrel", "lunch"), encoding="utf-8")
    deck = DeckLibrary(data_home).get("eigen-test")
    assert "lunch" in deck.cards[0].text


def test_a_file_made_invalid_is_reported_not_served_from_cache(data_home: Path) -> None:
    path = _own_deck(data_home)
    DeckLibrary(data_home).all()
    path.write_text(OWN.replace('"#063831"', '"groen"'), encoding="utf-8")
    library = DeckLibrary(data_home)
    assert library.find("eigen-test") is None
    assert any("groen" in str(p) or "kleur" in str(p).lower() or "color" in str(p) for p in library.problems())


def test_a_removed_icon_is_a_miss(data_home: Path) -> None:
    path = _own_deck(data_home)
    DeckLibrary(data_home).all()
    (path.parent / "eigen.svg").unlink()
    library = DeckLibrary(data_home)
    assert library.find("eigen-test") is None
    assert library.problems()


@pytest.mark.parametrize("damage", ["garbage", "foreign-format", "tampered-entry"])
def test_damaged_cache_is_ignored_and_rebuilt(data_home: Path, damage: str) -> None:
    DeckLibrary(data_home).all()
    cache_file = data_home / "cache" / "decks.json"
    if damage == "garbage":
        cache_file.write_bytes(b"\x00\xff not json")
    elif damage == "foreign-format":
        cache_file.write_text(json.dumps({"format": "iets-anders", "entries": {}}), encoding="utf-8")
    else:
        raw = json.loads(cache_file.read_text(encoding="utf-8"))
        for entry in raw["entries"].values():
            entry["cards"][0][3] = 12345  # a number where the card text belongs
        cache_file.write_text(json.dumps(raw), encoding="utf-8")
    decks = DeckLibrary(data_home).all()
    assert [d.id for d in decks] == ["po", "vo-mbo"]
    assert all(isinstance(c.text, str) for d in decks for c in d.cards)
    assert json.loads(cache_file.read_text(encoding="utf-8"))["format"] == "gedragen-deck-cache/1"


def test_unwritable_cache_folder_is_no_problem(data_home: Path) -> None:
    (data_home / "cache").write_text("een bestand waar een map hoort", encoding="utf-8")
    assert [d.id for d in DeckLibrary(data_home).all()] == ["po", "vo-mbo"]


def test_without_cache_nothing_is_written(tmp_path: Path) -> None:
    DeckLibrary(tmp_path, use_cache=False).all()
    assert not (tmp_path / "cache").exists()


def test_cache_object_without_folder_caches_nothing(tmp_path: Path) -> None:
    cache = DeckCache(None)
    deck = load_deck(next(builtin_decks_dir().glob("po.yaml")), builtin=True)
    cache.put("k", deck)
    cache.save()
    assert cache.get("k") == deck
    assert not any(tmp_path.iterdir())
    shutil.rmtree(tmp_path, ignore_errors=True)
