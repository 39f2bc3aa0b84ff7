"""Printing a deck (duplex, crop marks, bleed) per card in process, beside a bare ReportLab script (≤ 1.0×).

The baseline (`benchmarks/bare_print.draw_cards`) draws the same texts per card (situation and card id) in the
same embedded font files, the situation at the same (largest) size wrapped to the same width with ReportLab's
own `simpleSplit`, nine cards to an A4 page, with ReportLab's default settings, nothing else: no fitting, no
backs, no icons, no marks, no bleed. Icons are parsed once per process (like the
fonts), so the warm-up run pays for that and the timed runs do not.
Both run in this process, alternating, several times; the ratio uses the minimum and the median. The CPU time
of the process (`time.process_time`) is printed too: on a loaded machine it is steadier than the wall clock.
"""

from __future__ import annotations

import io
import statistics
import sys
import time

from benchmarks._common import HEADER, Result, alternate, summary, timed
from benchmarks.bare_print import draw_cards, register

RUNS = 11
BUDGET = 1.0  # DESIGN §6: per card in process ≤ 1.0 × the bare script
GENERATED = 540


def _bare_script(cards: list[tuple[str, str]]) -> bytes:
    """The baseline (`bare_print.draw_cards`): each card's text wrapped at 13 pt and its id, same font files."""
    buffer = io.BytesIO()
    draw_cards(cards, buffer)
    return buffer.getvalue()


def _generated_deck(source_texts: list[str]):  # type: ignore[no-untyped-def]
    """A 540-card deck in six themes and two kinds, texts taken in turn from the built-in decks."""
    from gedragen.core.deck import Card, Deck, Kind, Theme

    themes = tuple(
        Theme(t, f"Thema {i + 1}", f"#{0x204060 + i * 0x151515:06X}", t)
        for i, t in enumerate(("agressie", "discriminatie", "seksualiteit", "diversiteit", "pesten", "online"))
    )
    kinds = (Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark"))
    cards = tuple(
        Card(f"gen-{n:03d}", themes[n % 6].id, kinds[n % 2].id, source_texts[n % len(source_texts)])
        for n in range(GENERATED)
    )
    return Deck(id="gen", title="Gegenereerde kaartenset", audience="other", kinds=kinds, themes=themes, cards=cards)


def measure() -> list[Result]:
    """Per-card print time of both built-in decks and a generated 540-card deck, against the baseline."""
    from gedragen.core.errors import DeckError
    from gedragen.core.loader import load_deck
    from gedragen.export.cards import render_cards
    from gedragen.export.fonts import register_fonts
    from gedragen.export.layout import PrintOptions
    from gedragen.resources import builtin_decks_dir, fonts_dir

    register_fonts()
    register(str(fonts_dir() / "DejaVuSans.ttf"), str(fonts_dir() / "DejaVuSans-Bold.ttf"))
    decks = []
    for name in ("po", "vo-mbo"):
        try:
            decks.append(load_deck(builtin_decks_dir() / f"{name}.yaml", builtin=True))
        except DeckError as exc:
            print(f"kaartenset {name} overgeslagen: {str(exc).splitlines()[0]}")
    texts = [c.text for d in decks for c in d.cards] or ["Een leerling deelt een foto zonder te vragen."]
    decks.append(_generated_deck(texts))
    options = PrintOptions(duplex="long", crop_marks=True)
    results = []
    for deck in decks:
        deck_texts = [(c.id, c.text) for c in deck.cards]
        count = len(deck.cards)

        ours_cpu: list[float] = []
        base_cpu: list[float] = []

        def ours(deck=deck, count=count, cpu=ours_cpu) -> float:  # type: ignore[no-untyped-def]
            start = time.process_time()
            ms = timed(lambda: render_cards(deck, options, io.BytesIO(), invariant=True)) / count
            cpu.append((time.process_time() - start) * 1000.0 / count)
            return ms

        def base(deck_texts=deck_texts, count=count, cpu=base_cpu) -> float:  # type: ignore[no-untyped-def]
            start = time.process_time()
            ms = timed(lambda: _bare_script(deck_texts)) / count
            cpu.append((time.process_time() - start) * 1000.0 / count)
            return ms

        ours(), base()  # warm up: font subsets, icon parsing code paths, imports
        ours_cpu.clear()
        base_cpu.clear()
        a, b = alternate(ours, base, RUNS)
        median_ratio = statistics.median(a) / statistics.median(b)
        print(f"{deck.id} ({count} kaarten): ours {summary(a)} ms/kaart   bare {summary(b)} ms/kaart   "
              f"ratio min {min(a) / min(b):.2f}× median {median_ratio:.2f}× (budget {BUDGET}×)   "
              f"CPU time ratio min {min(ours_cpu) / min(base_cpu):.2f}× (not budgeted)")
        results.append(Result(f"print per card, {deck.id} ({count} cards)", min(a), min(b), BUDGET))
    return results


if __name__ == "__main__":
    results = measure()
    print(HEADER)
    for r in results:
        print(r.line())
    sys.exit(0 if all(r.ok for r in results) else 1)
