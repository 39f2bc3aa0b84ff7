"""Load + validate a generated 1,000-card deck (budget ≤ 100 ms), beside a bare libyaml parse of the same file."""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

import yaml

from benchmarks._common import HEADER, Result, alternate, summary, timed

THEMES = ("agressie", "discriminatie", "seksualiteit", "diversiteit", "pesten", "online")
RUNS = 15


def make_deck(path: Path, cards: int = 1000) -> Path:
    """Write a valid deck with `cards` cards (varied, realistic-length texts) to `path`."""
    lines = [
        "format: gedragen-deck/1",
        "id: bench",
        "title: Benchmarkset",
        "audience: other",
        "kinds:",
        "  team: {label: Teamkaart, shade: light}",
        "  school: {label: Schoolkaart, shade: dark}",
        "levels:",
        "  onderbouw: {label: vo onderbouw}",
        "  bovenbouw: {label: vo bovenbouw}",
        "  mbo: {label: mbo}",
        "themes:",
    ]
    for i, theme in enumerate(THEMES):
        lines.append(f'  - {{id: {theme}, label: Thema {i + 1}, color: "#{0x204060 + i * 0x101010:06X}", icon: {theme}}}')
    lines.append("cards:")
    for n in range(cards):
        theme = THEMES[n % len(THEMES)]
        kind = "team" if n % 2 else "school"
        lines += [
            f"  - id: b-{n:04d}",
            f"    theme: {theme}",
            f"    kind: {kind}",
            f"    expected: {('gewenst', 'grensgeval', 'ongewenst')[n % 3]}",
            # like the built-in decks: every card has an estimate, some are sensitive or name levels
            *(["    sensitive: true"] if n % 10 == 0 else []),
            *(["    levels: [bovenbouw, mbo]"] if n % 4 == 0 else []),
            "    text: >",
            f"      Situatie {n}: een leerling deelt in de groepsapp een foto van een klasgenoot",
            "      zonder te vragen of dat mag. Een paar anderen reageren met lachende emoji.",
            "    questions:",
            "      - Wat zou jij doen?",
            "      - Waar ligt voor jou de grens?",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def measure() -> list[Result]:
    """Time load_deck on a 1,000-card deck against a bare yaml.load with libyaml."""
    from gedragen.core.loader import load_deck

    folder = Path(tempfile.mkdtemp(prefix="gedragen-bench-"))
    deck_file = make_deck(folder / "bench.yaml")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = deck_file.read_text(encoding="utf-8")

    def ours() -> float:
        return timed(lambda: load_deck(deck_file))

    def base() -> float:
        return timed(lambda: yaml.load(text, Loader=loader))

    deck = load_deck(deck_file)
    assert len(deck.cards) == 1000
    a, b = alternate(ours, base, RUNS)
    print(f"load+validate 1,000 cards: {summary(a)} ms   bare libyaml parse: {summary(b)} ms")
    print(f"libyaml C loader: {loader.__name__}; median ratio {statistics.median(a) / statistics.median(b):.2f}×")
    return [Result("load + validate a 1,000-card deck", min(a), min(b), 100.0, absolute=True)]


if __name__ == "__main__":
    results = measure()
    print(HEADER)
    for r in results:
        print(r.line())
    sys.exit(0 if all(r.ok for r in results) else 1)
