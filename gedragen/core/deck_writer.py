"""Write a Deck as a clean, human-readable `gedragen-deck/1` YAML file that the loader reads back equal."""

from __future__ import annotations

import json
import os
import textwrap
from typing import Any

from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from gedragen.core.atomic import write_atomic
from gedragen.core.deck import DECK_FORMAT, Card, Deck, Kind, Level, Theme

WRAP_WIDTH = 88
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
# '?' and ':' are safe in flow text for libyaml but end a plain scalar in PyYAML's pure parser
_FLOW_INDICATORS = frozenset(",[]{}?:")
_STR_TAG = "tag:yaml.org,2002:str"


class _Scalars:
    """Chooses plain or double-quoted style per value, so that YAML reads each one back as the same text."""

    def __init__(self) -> None:
        self._resolver = Resolver()

    def plain_ok(self, value: str, *, flow: bool) -> bool:
        """Whether `value` can be written without quotes and still read back as this exact text."""
        if not value or value != value.strip() or value[0] in _INDICATORS:
            return False
        if ": " in value or " #" in value or value.endswith(":") or "\n" in value or "\t" in value:
            return False
        if flow and any(c in _FLOW_INDICATORS for c in value):
            return False
        if any(not c.isprintable() for c in value):
            return False
        resolve: Any = self._resolver.resolve
        return bool(resolve(ScalarNode, value, (True, False)) == _STR_TAG)

    def __call__(self, value: str, *, flow: bool = False) -> str:
        """`value` as a YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML)."""
        return value if self.plain_ok(value, flow=flow) else json.dumps(value, ensure_ascii=False)


def _block(key: str, value: str, indent: int) -> list[str]:
    """A `key: >` folded block for one-paragraph text, or `key: |` literal block when it holds line breaks."""
    pad = " " * (indent + 2)
    if "\n" in value:
        body = [pad + line if line else "" for line in value.split("\n")]
        return [" " * indent + f"{key}: |", *body]
    wrapped = textwrap.wrap(
        value, width=max(WRAP_WIDTH - len(pad), 20), break_long_words=False, break_on_hyphens=False
    )
    return [" " * indent + f"{key}: >", *(pad + line for line in wrapped)]


def _flow_rows(rows: list[list[tuple[str, str]]], prefix: list[str]) -> list[str]:
    """Flow mappings, one per line, with their columns aligned like the built-in decks."""
    widths: list[int] = []
    for row in rows:
        for i, (key, value) in enumerate(row[:-1]):
            size = len(f"{key}: {value},")
            if i >= len(widths):
                widths.append(size)
            else:
                widths[i] = max(widths[i], size)
    lines = []
    for head, row in zip(prefix, rows, strict=True):
        cells = []
        for i, (key, value) in enumerate(row):
            cell = f"{key}: {value}"
            cells.append(f"{cell},".ljust(widths[i]) if i < len(row) - 1 else cell)
        lines.append(f"{head}{{{' '.join(cells)}}}")
    return lines


def _kinds(kinds: tuple[Kind, ...], scalar: _Scalars) -> list[str]:
    if not kinds:
        return ["kinds: {}"]
    width = max(len(scalar(k.id)) for k in kinds) + 1
    heads = [f"  {(scalar(k.id) + ':').ljust(width)} " for k in kinds]
    rows = []
    for kind in kinds:
        row = [("label", scalar(kind.label, flow=True)), ("shade", kind.shade)]
        if kind.description:
            row.append(("description", scalar(kind.description, flow=True)))
        rows.append(row)
    return ["kinds:", *_flow_rows(rows, heads)]


def _themes(themes: tuple[Theme, ...], scalar: _Scalars) -> list[str]:
    if not themes:
        return ["themes: []"]
    rows = []
    for theme in themes:
        row = [("id", scalar(theme.id, flow=True)), ("label", scalar(theme.label, flow=True)),
               ("color", json.dumps(theme.color))]
        if theme.icon:
            row.append(("icon", scalar(theme.icon, flow=True)))
        rows.append(row)
    return ["themes:", *_flow_rows(rows, ["  - "] * len(rows))]


def _card(card: Card, scalar: _Scalars) -> list[str]:
    lines = [
        f"  - id: {scalar(card.id)}",
        f"    theme: {scalar(card.theme)}",
        f"    kind: {scalar(card.kind)}",
    ]
    if card.expected:
        lines.append(f"    expected: {scalar(card.expected)}")
    if card.sensitive:
        lines.append("    sensitive: true")
    if card.levels:
        lines.append(f"    levels: [{', '.join(scalar(lv, flow=True) for lv in card.levels)}]")
    lines.extend(_block("text", card.text, 4))
    if card.questions:
        lines.append("    questions:")
        lines.extend(f"      - {scalar(q)}" for q in card.questions)
    if card.note:
        lines.extend(_block("note", card.note, 4))
    return lines


def _levels(levels: tuple[Level, ...], scalar: _Scalars) -> list[str]:
    width = max(len(scalar(lv.id)) for lv in levels) + 1
    heads = [f"  {(scalar(lv.id) + ':').ljust(width)} " for lv in levels]
    return ["levels:", *_flow_rows([[("label", scalar(lv.label, flow=True))] for lv in levels], heads)]


def deck_to_yaml(deck: Deck) -> str:
    """The deck as `gedragen-deck/1` text, keys in the order of DESIGN §3; `load_deck_text` reads it back equal."""
    scalar = _Scalars()
    lines = [
        f"format: {DECK_FORMAT}",
        f"id: {scalar(deck.id)}",
        f"title: {scalar(deck.title)}",
        f"audience: {scalar(deck.audience)}",
        f"language: {scalar(deck.language)}",
    ]
    if deck.version:
        # always quoted, so that a version like 2026.10 stays text
        lines.append(f"version: {json.dumps(deck.version, ensure_ascii=False)}")
    if deck.description:
        lines.extend(_block("description", deck.description, 0))
    lines.extend(_kinds(deck.kinds, scalar))
    lines.extend(_themes(deck.themes, scalar))
    lines.append("cards:" if deck.cards else "cards: []")
    for card in deck.cards:
        lines.extend(_card(card, scalar))
    if deck.blank_cards:
        lines.append(f"blank_cards: {deck.blank_cards}")
    if deck.levels:
        lines.extend(_levels(deck.levels, scalar))
    return "\n".join(lines) + "\n"


def save_deck(deck: Deck, path: str | os.PathLike[str]) -> None:
    """Write the deck to `path` atomically (the old file stays intact if writing fails)."""
    write_atomic(path, deck_to_yaml(deck))
