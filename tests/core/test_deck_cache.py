"""The deck cache: a start with unchanged decks skips YAML, and nothing stale or damaged is ever used."""

from __future__ import annotations

import ast
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


def _core_imports(module: str) -> set[str]:
    """The modules of gedragen.core that `module` imports, directly or through each other."""
    core = Path(deck_cache_module.__file__).parent
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for node in ast.walk(ast.parse((core / f"{name}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("gedragen.core."):
                todo.append(node.module.split(".")[2])
            elif isinstance(node, ast.ImportFrom) and node.module == "gedragen.core":
                todo.extend(alias.name for alias in node.names)
    return seen


def test_fingerprint_covers_every_module_the_loader_imports() -> None:
    # a check moved into a new module must still make old cache entries a miss when it changes
    needed = {f"{name}.py" for name in _core_imports("loader")}
    assert {"loader.py", "deck_checks.py"} <= needed
    assert needed <= set(deck_cache_module._RULE_FILES)


def test_fingerprint_changes_when_the_deck_checks_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    core = Path(deck_cache_module.__file__).parent
    for name in deck_cache_module._RULE_FILES:
        shutil.copy(core / name, tmp_path / name)
    monkeypatch.setattr(deck_cache_module, "__file__", str(tmp_path / "deck_cache.py"))
    fingerprint = deck_cache_module.loader_fingerprint.__wrapped__  # uncached: read the sources again
    before = fingerprint()
    assert fingerprint() == before
    checks = tmp_path / "deck_checks.py"
    checks.write_text(checks.read_text(encoding="utf-8").replace("MAX_CARDS = 5000", "MAX_CARDS = 5001"),
                      encoding="utf-8")
    assert fingerprint() != before


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
