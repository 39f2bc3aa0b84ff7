"""The deck model's lookups stay true to the deck they belong to."""

from __future__ import annotations

import dataclasses

from gedragen.core.deck import Card, Deck, Kind, Theme


def _deck() -> Deck:
    return Deck(
        id="t",
        title="T",
        audience="other",
        kinds=(Kind("team", "Teamkaart", "light"),),
        themes=(Theme("pesten", "Pesten", "#063831"),),
        cards=(Card("a", "pesten", "team", "Eerste"), Card("b", "pesten", "team", "Tweede")),
    )


def test_replace_builds_fresh_indexes() -> None:
    deck = _deck()
    smaller = dataclasses.replace(deck, cards=deck.cards[1:])
    assert deck.has_card("a") and not smaller.has_card("a")
    assert smaller.card("b").text == "Tweede"


def test_select_filters_by_theme_and_kind() -> None:
    deck = _deck()
    assert [c.id for c in deck.select(frozenset({"pesten"}), frozenset({"team"}))] == ["a", "b"]
    assert deck.select(frozenset({"online"}), None) == ()
