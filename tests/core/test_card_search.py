"""Kaarten kiezen: search a card by its printed code or by words of its text, filter by theme and kind."""

from __future__ import annotations

import pytest

from gedragen.core.card_search import card_matches
from gedragen.core.deck import Card

CARD = Card("vo-pes-02", "pesten", "team", "De anti-pestcoördinator krijgt een bericht over een groepsapp.")


@pytest.mark.parametrize("query", ["", "vo-pes-02", "VO-PES-02", "pes-02", "vopes02", "coordinator", "groepsapp bericht"])
def test_found_by_code_or_words(query: str) -> None:
    assert card_matches(CARD, query)


@pytest.mark.parametrize("query", ["vo-pes-03", "groepsapp fiets", "agressie"])
def test_not_found_when_a_word_is_missing(query: str) -> None:
    assert not card_matches(CARD, query)


def test_theme_and_kind_filter() -> None:
    assert card_matches(CARD, "", theme="pesten", kind="team")
    assert not card_matches(CARD, "", theme="online")
    assert not card_matches(CARD, "groepsapp", kind="school")
