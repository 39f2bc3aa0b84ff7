"""Property tests: whatever text or structure comes in, the loader gives a Deck or a DeckError."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from gedragen.core.deck import Deck, Level
from gedragen.core.deck_writer import deck_to_yaml
from gedragen.core.errors import DeckError
from gedragen.core.loader import load_deck_text

DATA = Path(__file__).parent / "data"
VALID = (DATA / "small.yaml").read_text(encoding="utf-8")
BOUNDED = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KEYS = st.sampled_from(
    ["format", "id", "title", "audience", "kinds", "themes", "cards", "text", "theme", "kind", "label",
     "shade", "color", "icon", "questions", "note", "blank_cards", "version", "language", "titel", "<<",
     "expected", "sensitive", "levels"]
)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**12), 10**12), st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(["gedragen-deck/1", "po", "team", "pesten", "#01665E", "light", "gewenst", "grensgeval", "mbo"]),
)
TREES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.one_of(KEYS, st.text(max_size=8)), children, max_size=6),
    ),
    max_leaves=40,
)


def outcome(source: str | bytes) -> Deck | DeckError:
    """The loader's answer: a deck or a DeckError (anything else fails the test)."""
    try:
        return load_deck_text(source)
    except DeckError as exc:
        assert exc.problems
        assert all(p.line >= 1 and p.column >= 1 and "\n" not in p.message for p in exc.problems)
        return exc


@BOUNDED
@given(st.text(max_size=400))
def test_any_text(text: str) -> None:
    outcome(text)


@BOUNDED
@given(st.binary(max_size=400))
def test_any_bytes(data: bytes) -> None:
    outcome(data)


@BOUNDED
@given(TREES)
@example(tree={"kinds": {"\n": None}})  # a line break as a key once leaked into a one-line message
def test_any_structure(tree: Any) -> None:
    outcome(yaml.safe_dump(tree, allow_unicode=True))


@BOUNDED
@given(st.dictionaries(KEYS, TREES, max_size=8))
def test_structures_mixed_into_a_valid_deck(extra: dict[str, Any]) -> None:
    deck = yaml.safe_load(VALID)
    deck.update(extra)
    outcome(yaml.safe_dump(deck, allow_unicode=True, sort_keys=False))


@BOUNDED
@given(st.dictionaries(KEYS, TREES, max_size=4), st.one_of(st.none(), TREES))
def test_structures_mixed_into_a_card_and_the_levels(extra: dict[str, Any], levels: Any) -> None:
    deck = yaml.safe_load(VALID)
    deck["cards"][0].update(extra)
    deck["levels"] = levels
    outcome(yaml.safe_dump(deck, allow_unicode=True, sort_keys=False))


@BOUNDED
@given(st.integers(0, len(VALID)), st.text(max_size=12))
def test_valid_deck_with_text_spliced_in(position: int, insert: str) -> None:
    outcome(VALID[:position] + insert + VALID[position:])


@BOUNDED
@given(st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=400))
def test_any_card_text_round_trips_or_is_refused(text: str) -> None:
    base = load_deck_text(VALID)
    card = base.cards[0]
    changed = replace(base, cards=(replace(card, text=text),))
    result = outcome(deck_to_yaml(changed))
    if isinstance(result, Deck):
        # the writer's output reads back as the normalised text
        assert result.cards[0].text == " ".join(text.split())


PRINTABLE = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=60)


@BOUNDED
@given(PRINTABLE, PRINTABLE, PRINTABLE, PRINTABLE)
def test_writer_round_trips_any_printable_text(title: str, label: str, question: str, note: str) -> None:
    def fold(value: str) -> str:
        return " ".join(value.split())

    base = load_deck_text(VALID)
    kind = replace(base.kinds[0], label=fold(label) or "x", description=fold(note))
    theme = replace(base.themes[0], label=fold(label) or "x")
    card = replace(base.cards[0], questions=(fold(question) or "x",), note=fold(note) or None,
                   expected="grensgeval", sensitive=True, levels=("a",))
    deck = replace(base, title=fold(title) or "x", version=fold(label)[:40].strip(), description=fold(note),
                   kinds=(kind,), themes=(theme,), cards=(card,), levels=(Level("a", fold(question) or "x"),))
    assert load_deck_text(deck_to_yaml(deck)) == deck
