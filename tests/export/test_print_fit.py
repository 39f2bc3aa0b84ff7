"""Fit-or-fail of the short texts on a card (kind word, theme label, card id), read back from the PDF.

Word boxes come from poppler's `pdftotext -bbox` (page points, origin top-left), which follows the
card templates (Form XObjects) the way a printer does.
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from itertools import pairwise
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


def _ink_margin_mm(png: Path) -> float:
    """The distance (mm) from the paper edge to the nearest non-white pixel of a 150 dpi render."""
    from PIL import Image

    image = Image.open(png).convert("L").point(lambda v: 255 if v > 250 else 0)
    inverted = Image.eval(image, lambda v: 255 - v)
    box = inverted.getbbox()
    assert box is not None
    x0, y0, x1, y1 = box
    return min(x0, y0, image.width - x1, image.height - y1) * 25.4 / 150


@pytest.mark.parametrize("offset", [(0.0, 2.0), (2.0, -2.0), (-10.0, 10.0), (10.0, 0.0)])
@pytest.mark.parametrize("size", ["poker", "bridge", "a7"])
def test_back_ink_and_marks_keep_the_printable_margin_at_any_offset(tmp_path: Path, offset: tuple[float, float],
                                                                      size: str) -> None:
    pdf, opts = _print(tmp_path, _deck(), card_size=size, back_offset_mm=offset)
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "2", "-png", str(pdf), str(tmp_path / "p")], check=True)
    for page in sorted(tmp_path.glob("p-*.png")):
        assert _ink_margin_mm(page) >= 5 - 0.2, page.name
    layout = layout_sheet(opts)
    # The back still lands on its front: same registration rule, now with room for the offset.
    for slot in layout.slots:
        x, y = layout.back_page_map().apply(slot.front.x, slot.front.y)
        assert {round(x, 6), round(y, 6)} <= {round(v, 6) for v in (slot.back.x, slot.back.x1, slot.back.y, slot.back.y1)}


@pytest.mark.parametrize("bleed", [0.0, 1.0, 3.0, 5.0])
def test_crop_marks_start_3_mm_from_the_trim_and_outside_the_bleed(bleed: float) -> None:
    layout = layout_sheet(PrintOptions(bleed_mm=bleed))
    trim = layout.front_trim_box
    expected = max(3.0, bleed)
    for mark in layout.front_marks:
        if mark.x0 == mark.x1:  # vertical: above or below the grid
            start = min(abs(mark.y0 - trim.y1), abs(mark.y0 - trim.y), abs(mark.y1 - trim.y1), abs(mark.y1 - trim.y))
        else:
            start = min(abs(mark.x0 - trim.x1), abs(mark.x0 - trim.x), abs(mark.x1 - trim.x1), abs(mark.x1 - trim.x))
        assert start / (72 / 25.4) == pytest.approx(expected, abs=1e-6)


def _segments(pdf: Path, page: int) -> list[tuple[float, float, float, float]]:
    """Straight segments (x0, y0, x1, y1) drawn with m/l on a page without transforms."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(pdf)
    ops = ContentStream(reader.pages[page - 1].get_contents(), reader).operations
    out, start = [], None
    for operands, op in ops:
        if op == b"m":
            start = tuple(float(v) for v in operands)
        elif op == b"l" and start is not None:
            end = tuple(float(v) for v in operands)
            out.append((start[0], start[1], end[0], end[1]))
            start = end
        elif op == b"cm":
            assert [float(v) for v in operands][:4] == [1, 0, 0, 1]  # only the (zero) offset translation
    return out


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_calibration_rulers_read_to_a_quarter_millimetre_with_labels_apart(tmp_path: Path, paper: str) -> None:
    from gedragen.export.cards import render_calibration

    pdf = tmp_path / "kalibratie.pdf"
    render_calibration(PrintOptions(paper=paper), pdf, invariant=True)
    mm = 72 / 25.4
    ticks = [s for s in _segments(pdf, 2) if s[0] == s[2] and 0.9 * mm <= abs(s[3] - s[1]) <= 2.6 * mm]
    rows: dict[float, list[float]] = {}
    for x0, y0, _, _ in ticks:
        rows.setdefault(round(y0, 3), []).append(x0)
    rulers: list[list[float]] = []
    for xs in rows.values():
        xs.sort()
        rulers.append([xs[0]])
        for x in xs[1:]:
            if x - rulers[-1][-1] > 5 * mm:  # the next ruler on the same height
                rulers.append([])
            rulers[-1].append(x)
    assert len(rulers) == 5  # one horizontal ruler per cross
    for xs in rulers:
        steps = [b - a for a, b in pairwise(xs)]
        assert len(xs) == 41 and max(steps) <= 0.25 * mm + 1e-3  # the PDF holds 4 decimals
    found = [w for w in words(pdf, 2) if re.fullmatch(r"[+−]?\d", w.text)]
    assert len(found) >= 5 * 2 * 5
    for i, a in enumerate(found):
        assert a.height >= 6 - 0.01
        for b in found[i + 1:]:
            apart = a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0
            assert apart, (a, b)
    text = " ".join(w.text for w in words(pdf, 2))
    assert "(x +0,00 mm, y +0,00 mm)" in text


def test_a_soft_hyphen_prints_only_where_the_line_breaks_and_a_no_break_space_holds(tmp_path: Path) -> None:
    from gedragen.export.fit import fit_text

    word = "anti\u00adpest\u00adcoördinator"
    fitted = fit_text(f"De {word} komt.", 400, 100, 10, 7)
    assert fitted is not None and fitted.lines == ("De antipestcoördinator komt.",)
    narrow = fit_text(f"De {word} komt.", 70, 100, 10, 10)
    assert narrow is not None
    assert any(line.endswith("-") for line in narrow.lines) and "\u00ad" not in "".join(narrow.lines)
    assert "".join(line.removesuffix("-") for line in narrow.lines).replace(" ", "") == "Deantipestcoördinatorkomt."
    kept = fit_text("Het is 10\u00a0km lopen naar de sporthal van de school.", 60, 200, 10, 10)
    assert kept is not None and any("10\u00a0km" in line for line in kept.lines), kept.lines
    # And on paper: the card shows the word whole, without a hyphen.
    found, _, _ = _front(tmp_path, _deck(text="In de pest\u00adweek praat de klas."))
    assert "pestweek" in [w.text for w in found]


@pytest.mark.parametrize(("color", "dark_text"), [("#E07A1F", True), ("#4C9A2A", True), ("#01665E", False)])
def test_band_text_is_black_or_white_by_contrast(tmp_path: Path, color: str, dark_text: bool) -> None:
    from PIL import Image

    deck = _deck(theme_label="Pesten en plagen")
    deck = Deck(id=deck.id, title=deck.title, audience=deck.audience, kinds=deck.kinds, cards=deck.cards,
                themes=(Theme("pesten", "Pesten en plagen", color, "pesten"),))
    pdf, opts = _print(tmp_path, deck)
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")], check=True)
    layout = layout_sheet(opts)
    place = layout.slots[0].front_map
    # The band is the top 17 % of the card: map that strip (shrunk by 1 mm) to page pixels.
    inner = Affine(e=0, f=layout.card_height * 0.83 + 3).then(place)
    strip = inner.bounds(layout.card_width, layout.card_height * 0.17 - 6)
    image = Image.open(next(tmp_path.glob("p-*.png"))).convert("L")
    scale = 150 / 72
    crop = image.crop((round(strip.x * scale), round(image.height - strip.y1 * scale),
                       round(strip.x1 * scale), round(image.height - strip.y * scale)))
    histogram = crop.histogram()
    darkest, lightest = sum(histogram[:50]), sum(histogram[235:])
    if dark_text:
        assert darkest > 30 and lightest == 0, (darkest, lightest)
    else:
        assert lightest > 30 and darkest == 0, (darkest, lightest)


@pytest.mark.parametrize("size", ["poker", "bridge"])
@pytest.mark.parametrize("offset", [(0.0, 2.0), (2.0, 0.0), (-1.25, 1.0)])
def test_a_calibration_sized_offset_costs_no_cards(size: str, offset: tuple[float, float]) -> None:
    plain = layout_sheet(PrintOptions(card_size=size))
    moved = layout_sheet(PrintOptions(card_size=size, back_offset_mm=offset))
    assert moved.per_sheet == plain.per_sheet
    # The backs still land on their fronts, moved by exactly the offset relative to the mirrored front.
    mirror = moved.page_mirror()
    for slot in moved.slots:
        x, y = mirror.apply(slot.front.x, slot.front.y)
        corners = {(round(slot.back.x - x, 6), round(slot.back.y - y, 6)), (round(slot.back.x1 - x, 6), round(slot.back.y - y, 6)),
                   (round(slot.back.x - x, 6), round(slot.back.y1 - y, 6)), (round(slot.back.x1 - x, 6), round(slot.back.y1 - y, 6))}
        assert (round(offset[0] * 72 / 25.4, 6), round(offset[1] * 72 / 25.4, 6)) in corners
