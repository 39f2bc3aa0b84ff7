"""The deck writer: readable `gedragen-deck/1` text that the loader reads back as the same deck."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from gedragen.core import loader
from gedragen.core.deck import Card, Deck, Kind, Level, Theme
from gedragen.core.deck_writer import deck_to_yaml, save_deck
from gedragen.core.errors import DeckError
from gedragen.core.loader import load_deck, load_deck_text
from gedragen.resources import builtin_decks_dir

DATA = Path(__file__).parent / "data"
DESIGN_ORDER = ["format", "id", "title", "audience", "language", "version", "description", "kinds", "themes",
                "cards", "blank_cards"]


def round_trip(deck: Deck, base_dir: Path | None = None) -> Deck:
    """The deck written and read back (source is not part of the text)."""
    return load_deck_text(deck_to_yaml(deck), base_dir=base_dir, builtin=deck.builtin)


@pytest.mark.parametrize("name", ["po.yaml", "vo-mbo.yaml"])
def test_builtin_decks_round_trip_exactly(name: str) -> None:
    deck = load_deck(builtin_decks_dir() / name, builtin=True)
    assert round_trip(deck) == replace(deck, source=None)


@pytest.mark.parametrize("name", ["minimal.yaml", "small.yaml", "icon-deck/deck.yaml", "levels.yaml"])
def test_fixture_decks_round_trip_exactly(name: str, parser: str) -> None:
    path = DATA / name
    deck = load_deck(path)
    assert round_trip(deck, base_dir=path.parent) == replace(deck, source=None)


def test_key_order_and_layout() -> None:
    text = deck_to_yaml(load_deck(DATA / "minimal.yaml"))
    top = [key.value for key, _ in yaml.compose(text, Loader=yaml.SafeLoader).value]
    assert top == DESIGN_ORDER
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert all(line == line.rstrip() for line in text.splitlines())
    assert '  - {id: pesten, label: Pesten,                         color: "#01665E", icon: pesten}\n' in text
    assert '  - {id: online, label: "Online gedrag, sociale media", color: "#2166AC"}\n' in text
    assert "  team:   {label: Teamkaart,   shade: light, description: Tussen collega's}\n" in text
    assert "version: \"3\"" in text
    assert "    text: >\n      Een leerling wordt in de pauze steeds buitengesloten bij het voetballen.\n" in text
    assert "    note: |\n      Eerste alinea.\n\n      Tweede alinea.\n" in text
    assert '      - "Wat doe jij: ingrijpen of niet?"' in text


def test_estimate_sensitive_and_levels_are_written() -> None:
    deck = load_deck(DATA / "levels.yaml")
    text = deck_to_yaml(deck)
    top = [key.value for key, _ in yaml.compose(text, Loader=yaml.SafeLoader).value]
    assert top == ["format", "id", "title", "audience", "language", "kinds", "themes", "cards", "levels"]
    assert "levels:\n  onderbouw: {label: vo onderbouw}\n  bovenbouw: {label: vo bovenbouw}\n  mbo:       {label: mbo}\n" in text
    assert "    kind: school\n    expected: ongewenst\n    sensitive: true\n    levels: [onderbouw]\n    text: >\n" in text
    # false and absent are not written: a card without them reads as before
    assert "sensitive: false" not in text and text.count("expected:") == 3


def test_new_fields_built_from_scratch_round_trip() -> None:
    deck = Deck(
        id="nieuw", title="Nieuw", audience="po", kinds=(Kind("team", "Team", "light"),),
        themes=(Theme("sport", "Sport", "#123ABC"),),
        levels=(Level("groep-5-6", "Groep 5 en 6"), Level("groep-7-8", "Groep 7, 8: de oudsten")),
        cards=(Card("n-1", "sport", "team", "Een situatie.", expected="grensgeval", sensitive=True,
                    levels=("groep-7-8", "groep-5-6")),
               Card("n-2", "sport", "team", "Nog een.", expected="gewenst")),
    )
    assert round_trip(deck) == deck


def test_long_text_is_folded_within_the_width() -> None:
    deck = load_deck(DATA / "small.yaml")
    long_text = " ".join(["woord"] * 60)
    text = deck_to_yaml(replace(deck, cards=(replace(deck.cards[0], text=long_text),)))
    assert max(len(line) for line in text.splitlines() if "woord" in line) <= 88
    assert load_deck_text(text).cards[0].text == long_text


@pytest.fixture(params=["libyaml", "pure"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Read the writer's output with libyaml's parser and again with PyYAML's pure-Python one."""
    if request.param == "pure":
        monkeypatch.setattr(loader, "_parser_class", lambda: yaml.SafeLoader)
    return str(request.param)


@pytest.mark.parametrize(
    "tricky",
    [
        "Gedragen: vo", "ja", "yes", "No", "null", "~", "2026", "1.5", "0x1F", "#hashtag", "- min", "a # b",
        "\"citaat\"", "'enkel'", "a, b", "[lijst]", "{map}", "wat?", "* ster", "& en", "! uitroep", "% procent",
        "@ apestaart", "`", "eind:", "2026-11-23", "=", "<<", "tab\tin tekst", "émoji 🙂", "café – ‘quote’",
        "Wat nu?", "a?b", "a:b", "http://example.org/a?b=c",
    ],
)
def test_tricky_values_survive(tricky: str, parser: str) -> None:
    deck = load_deck(DATA / "small.yaml")
    theme = replace(deck.themes[0], label=" ".join(tricky.split()))
    kind = replace(deck.kinds[0], label=" ".join(tricky.split()), description=" ".join(tricky.split()))
    card = replace(deck.cards[0], text=" ".join(tricky.split()), questions=(" ".join(tricky.split()),))
    changed = replace(deck, title=" ".join(tricky.split()), themes=(theme,), kinds=(kind,), cards=(card,),
                      version=" ".join(tricky.split()), description=" ".join(tricky.split()))
    assert round_trip(changed) == replace(changed, source=None)


def test_built_from_scratch() -> None:
    deck = Deck(
        id="nieuw",
        title="Nieuwe kaartenset",
        audience="other",
        kinds=(Kind("team", "Team", "light"),),
        themes=(Theme("sport", "Sport", "#123ABC", "pesten", None),),
        cards=(Card("n-1", "sport", "team", "Een situatie.", ("Vraag?",), "Eerste.\n\nTweede."),),
    )
    back = round_trip(deck)
    assert back.card("n-1") == deck.card("n-1")
    assert back.theme("sport").icon == "pesten" and back.theme("sport").icon_path is not None


def test_empty_parts_give_loader_errors_not_a_crash() -> None:
    deck = Deck(id="leeg", title="Leeg", audience="other", kinds=(), themes=(), cards=())
    with pytest.raises(DeckError) as info:
        load_deck_text(deck_to_yaml(deck))
    assert [p.message for p in info.value.problems] == [
        "'kinds' mag niet leeg zijn", "'themes' mag niet leeg zijn", "'cards' mag niet leeg zijn"
    ]


def test_save_deck_writes_a_loadable_file(tmp_path: Path) -> None:
    deck = load_deck(DATA / "minimal.yaml")
    target = tmp_path / "kopie.yaml"
    save_deck(deck, target)
    assert replace(load_deck(target), source=None) == replace(deck, source=None)
    assert [p.name for p in tmp_path.iterdir()] == ["kopie.yaml"]


def test_save_deck_leaves_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kaartenset.yaml"
    target.write_text("oud\n", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    with pytest.raises(OSError):
        save_deck(load_deck(DATA / "small.yaml"), target)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "oud\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kaartenset.yaml"]
