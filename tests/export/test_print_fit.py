"""Fit-or-fail of the short texts on a card (kind word, theme label, card id), read back from the PDF.

Word boxes come from poppler's `pdftotext -bbox` (page points, origin top-left), which follows the
card templates (Form XObjects) the way a printer does.
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.core.errors import ExportError
from gedragen.export.cards import render_cards
from gedragen.export.fit import print_problems
from gedragen.export.layout import Affine, PrintOptions, layout_sheet


@dataclass(frozen=True)
class Word:
    """One word as poppler found it, in PDF points with the origin at the bottom left."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def height(self) -> float:
        """The word box height (about 1.16 × the font size for DejaVu Sans)."""
        return self.y1 - self.y0


def words(pdf: Path, page: int) -> list[Word]:
    """Every word of a page (1-based) with its box."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out).group(1))  # type: ignore[union-attr]
    found = []
    for x0, y0, x1, y1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        found.append(Word(html.unescape(text), float(x0), height - float(y1), float(x1), height - float(y0)))
    return found


def on_card(word: Word, place: Affine) -> Word:
    """The word box in the coordinates of an upright card (0..width, 0..height), given its card-to-page map."""
    det = place.a * place.d - place.b * place.c
    inverse = Affine(place.d / det, -place.b / det, -place.c / det, place.a / det,
                     (place.c * place.f - place.d * place.e) / det, (place.b * place.e - place.a * place.f) / det)
    xs, ys = zip(*(inverse.apply(x, y) for x in (word.x0, word.x1) for y in (word.y0, word.y1)), strict=True)
    return Word(word.text, min(xs), min(ys), max(xs), max(ys))


def card_words(pdf: Path, page: int, place: Affine, width: float, height: float) -> list[Word]:
    """The words of a page that lie on one card, in that card's coordinates."""
    mapped = [on_card(w, place) for w in words(pdf, page)]
    return [w for w in mapped if -1 < (w.x0 + w.x1) / 2 < width + 1 and -1 < (w.y0 + w.y1) / 2 < height + 1]


def _deck(kind_label: str = "Teamkaart", theme_label: str = "Pesten", card_id: str = "k-01",
          title: str = "Losse kaartenset", text: str = "Een gewone kaart.") -> Deck:
    return Deck(
        id="los", title=title, audience="other",
        kinds=(Kind("team", kind_label, "light"),), themes=(Theme("pesten", theme_label, "#01665E", "pesten"),),
        cards=(Card(card_id, "pesten", "team", text),),
    )


def _print(tmp_path: Path, deck: Deck, **options: object) -> tuple[Path, PrintOptions]:
    opts = PrintOptions(**options)  # type: ignore[arg-type]
    out = tmp_path / "kaarten.pdf"
    render_cards(deck, opts, out, invariant=True)
    return out, opts


def _inside(word: Word, x0: float, x1: float, tol: float = 0.3) -> bool:
    return word.x0 >= x0 - tol and word.x1 <= x1 + tol


LONG_KIND = "Kaart voor het hele team en de ouders"  # wider than the footer at 7 pt, fits at 6 pt


def _front(tmp_path: Path, deck: Deck, **options: object) -> tuple[list[Word], float, float]:
    """The first card's words (card coordinates), card width and height."""
    pdf, opts = _print(tmp_path, deck, **options)
    layout = layout_sheet(opts)
    return card_words(pdf, 1, layout.slots[0].front_map, layout.card_width, layout.card_height), \
        layout.card_width, layout.card_height


@pytest.mark.parametrize("size", ["poker", "bridge"])
def test_a_long_kind_label_shrinks_into_the_card_on_front_and_back(tmp_path: Path, size: str) -> None:
    pdf, opts = _print(tmp_path, _deck(kind_label=LONG_KIND), card_size=size)
    layout = layout_sheet(opts)
    w_card, h_card = layout.card_width, layout.card_height
    safe = 0.08 * w_card
    front = card_words(pdf, 1, layout.slots[0].front_map, w_card, h_card)
    shown = [w for w in front if w.text in LONG_KIND.split() and w.y1 < 0.2 * h_card]
    assert " ".join(w.text for w in shown) == LONG_KIND
    for w in shown:
        assert _inside(w, safe, w_card - safe), w
        assert w.height >= 6 - 0.01  # never below 6 pt
    # On the back the word stands twice (once upside down): every copy inside the card's frame.
    back = [w for w in card_words(pdf, 2, layout.slots[0].back_map, w_card, h_card) if w.text in LONG_KIND.split()]
    assert len(back) == 2 * len(LONG_KIND.split())
    for w in back:
        assert _inside(w, safe, w_card - safe), w


def test_a_kind_label_that_fits_no_card_is_refused_with_its_id(tmp_path: Path) -> None:
    label = "Kaart voor het team en de ouders samen, met de leerlingen"
    with pytest.raises(ExportError, match=r"soort team: .*past niet"):
        _print(tmp_path, _deck(kind_label=label))
    assert not (tmp_path / "kaarten.pdf").exists()
    assert any(p.startswith("soort team:") for p in print_problems(_deck(kind_label=label)))


def test_an_unbreakable_theme_label_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    label = "Onderwerpwaarvannietsdanzoveelmogelijkhetallerlangsteenbeetje"[:60]
    with pytest.raises(ExportError, match=r"thema pesten: .*past niet in de themabalk"):
        _print(tmp_path, _deck(theme_label=label))


def test_a_long_theme_label_wraps_inside_the_band(tmp_path: Path) -> None:
    label = "Online gedrag, sociale media en groepsapps van de klas"
    found, w_card, h_card = _front(tmp_path, _deck(theme_label=label))
    shown = [w for w in found if w.y0 >= h_card * (1 - 0.17) - 0.5]
    assert " ".join(w.text for w in shown) == label
    for w in shown:
        assert _inside(w, 0, w_card - 0.08 * w_card) and w.y1 <= h_card, w
        assert w.height >= 6 - 0.01


def test_a_long_card_id_keeps_clear_of_the_deck_title(tmp_path: Path) -> None:
    card_id = "eigen-kaart-nummer-022"  # 22 characters
    found, w_card, h_card = _front(tmp_path, _deck(card_id=card_id, title="Gedragen gedrag – vo en mbo, editie 2026"))
    footer = [w for w in found if w.y1 < 0.07 * h_card]
    ids = [w for w in footer if w.text == card_id]
    assert len(ids) == 1
    title = [w for w in footer if w.text != card_id]
    assert title, "the deck title is still shown, shortened"
    assert max(w.x1 for w in title) < ids[0].x0 - 2  # at least 2 pt apart
    assert _inside(ids[0], 0, w_card - 0.08 * w_card)


def test_an_id_too_long_for_the_footer_is_refused_with_the_card(tmp_path: Path) -> None:
    card_id = "een-heel-lange-kaartcode-die-het-toegestane-maximum-haalt-x-y-zz"
    assert len(card_id) == 64
    with pytest.raises(ExportError, match=f"kaart {card_id}: de kaartcode past niet"):
        _print(tmp_path, _deck(card_id=card_id))


def test_secondary_text_is_at_least_6_pt_on_the_smallest_card(tmp_path: Path) -> None:
    found, _, h_card = _front(tmp_path, _deck(), card_size="bridge")
    footer = [w for w in found if w.y1 < 0.12 * h_card]
    assert {"Teamkaart", "k-01", "Losse"} <= {w.text for w in footer}
    assert all(w.height >= 6 - 0.01 for w in footer), footer
