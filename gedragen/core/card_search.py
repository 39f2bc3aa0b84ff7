"""Finding cards in a list by what a facilitator has in hand: the printed code, a word of the text, a theme."""

from __future__ import annotations

import unicodedata

from gedragen.core.deck import Card


def _fold(text: str) -> str:
    """Lower case without accents, so 'coordinator' finds 'coördinator'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def card_matches(card: Card, query: str = "", theme: str | None = None, kind: str | None = None) -> bool:
    """Whether `card` is of `theme` and `kind` (None: any) and holds every word of `query` in its code or text.

    A code may be typed with or without its dash ('vopes02' finds vo-pes-02).
    """
    if theme is not None and card.theme != theme:
        return False
    if kind is not None and card.kind != kind:
        return False
    words = _fold(query).split()
    if not words:
        return True
    text = _fold(card.text)
    code = _fold(card.id)
    bare_code = code.replace("-", "")
    return all(w in text or w in code or w.replace("-", "") in bare_code for w in words)
