"""Card sheets read back from the PDF: pages, texts, boxes, viewer preferences, fonts, errors."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.core.errors import ExportError
from gedragen.core.loader import load_deck
from gedragen.export.cards import fit_text, plan_faces, plan_print, render_calibration, render_cards
from gedragen.export.layout import MM, PrintOptions, layout_sheet

DECK_YAML = """\
format: gedragen-deck/1
id: proef
title: Proefset voor de printtest
audience: other
kinds:
  team:   {label: Teamkaart,   shade: light}
  school: {label: Schoolkaart, shade: dark}
themes:
  - {id: pesten, label: Pesten, color: "#01665E", icon: pesten}
  - {id: online, label: "Online gedrag en sociale media", color: "#2166AC", icon: online}
blank_cards: 3
cards:
  - {id: p-01, theme: pesten, kind: school, text: "Zoë zegt: “Je hoort er niet bij.” Niemand reageert."}
  - {id: p-02, theme: pesten, kind: team, text: "Een collega noemt de naïeve stagiair ‘ons probleemkind’."}
  - {id: p-03, theme: online, kind: school, text: "Een leerling verkoopt screenshots – €5 per stuk – van een privégroep."}
  - {id: p-04, theme: online, kind: team, text: "In de teamapp deelt iemand ½ foto van een ouder met een grap erbij."}
  - {id: p-05, theme: pesten, kind: school, text: "Tijdens de anti-pestweek lacht de klas om Daans reële angst voor de gymles."}
  - {id: p-06, theme: online, kind: school, text: "Op TikTok staat een filmpje van de mentor, met de tekst ‘loser’."}
  - {id: p-07, theme: pesten, kind: team, text: "Bij de koffie wordt steeds over dezelfde collega gefluisterd."}
  - {id: p-08, theme: online, kind: team, text: "Een ouder mailt de leerkracht ’s nachts om half twee, en verwacht meteen antwoord."}
  - {id: p-09, theme: pesten, kind: school, text: "Twee meisjes doen alsof een klasgenoot onzichtbaar is, de hele week lang."}
"""


@pytest.fixture
def deck(tmp_path: Path) -> Deck:
    """A small deck with Dutch typography, two themes with built-in icons, both kinds and blank cards."""
    path = tmp_path / "proef.yaml"
    path.write_text(DECK_YAML, encoding="utf-8")
    return load_deck(path)


def _flat(text: str) -> str:
    """Text without any whitespace: line breaks (also after a hyphen) do not matter."""
    return re.sub(r"\s+", "", text)


def _render(deck: Deck, options: PrintOptions, **kwargs: object) -> tuple[PdfReader, bytes]:
    buffer = io.BytesIO()
    render_cards(deck, options, buffer, invariant=True, **kwargs)  # type: ignore[arg-type]
    data = buffer.getvalue()
    return PdfReader(io.BytesIO(data)), data


def _deck_with(text: str, card_id: str = "x-lang") -> Deck:
    theme = Theme("pesten", "Pesten", "#01665E", "pesten")
    return Deck(
        id="los", title="Losse kaartenset", audience="other",
        kinds=(Kind("team", "Teamkaart", "light"),), themes=(theme,),
        cards=(Card("ok-1", "pesten", "team", "Een gewone kaart."), Card(card_id, "pesten", "team", text)),
    )


def test_pages_and_page_size(deck: Deck) -> None:
    reader, _ = _render(deck, PrintOptions())
    planned = plan_print(deck, PrintOptions())
    assert (planned.pages, planned.cards, planned.blanks, planned.sheets) == (len(reader.pages), 12, 3, 2)
    layout = layout_sheet(PrintOptions())
    assert layout.per_sheet == 8
    # 9 cards + 3 blanks = 12 faces: two sheets, each a front and a back page.
    assert len(reader.pages) == 4
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=0.01)


def test_every_card_text_is_on_a_front_page(deck: Deck) -> None:
    reader, _ = _render(deck, PrintOptions(duplex="none"))
    fronts = _flat("".join(page.extract_text() for page in reader.pages[:2]))
    for card in deck.cards:
        assert _flat(card.text) in fronts, card.id
        assert card.id in fronts
    backs = "".join(page.extract_text() for page in reader.pages[2:])
    assert "Gedragen" in backs and "Teamkaart" in backs and "Schoolkaart" in backs
    assert "Zoë" not in backs


@pytest.mark.parametrize("size", ["poker", "bridge", "a7", "tarot", "a6"])
@pytest.mark.parametrize("duplex", ["long", "short"])
def test_backs_mirror_their_fronts(size: str, duplex: str) -> None:
    layout = layout_sheet(PrintOptions(card_size=size, duplex=duplex))
    w, h = layout.page_width, layout.page_height
    tolerance = 0.05 * MM
    for slot in layout.slots:
        f, b = slot.front, slot.back
        if duplex == "long":  # turned over like a book page: x mirrored
            assert b.x == pytest.approx(w - f.x1, abs=tolerance)
            assert b.y == pytest.approx(f.y, abs=tolerance)
        else:  # turned over like a calendar: y mirrored
            assert b.x == pytest.approx(f.x, abs=tolerance)
            assert b.y == pytest.approx(h - f.y1, abs=tolerance)
        assert (b.w, b.h) == pytest.approx((f.w, f.h), abs=tolerance)
        # Every point of a card lands on the same paper point as its back, turned over sideways.
        for u, v in ((0.0, 0.0), (layout.card_width, 0.0), (10.0, layout.card_height)):
            front_point = slot.front_map.apply(u, v)
            expected = layout.page_mirror().apply(*front_point)
            assert slot.back_map.apply(layout.card_width - u, v) == pytest.approx(expected, abs=tolerance)


@pytest.mark.parametrize(("duplex", "offset"), [("long", (0.0, 0.0)), ("short", (0.0, 0.0)), ("long", (1.0, -1.0))])
def test_rendered_back_lands_on_rendered_front(tmp_path: Path, duplex: str, offset: tuple[float, float]) -> None:
    """Rasterise a sheet with one dark card: its back, turned over, covers the same paper (±1 px = 0.42 mm)."""
    from PIL import Image, ImageOps

    theme = Theme("pesten", "Pesten", "#01665E", "pesten")
    dark = Deck(id="donker", title="Donker", audience="other", kinds=(Kind("school", "Schoolkaart", "dark"),),
                themes=(theme,), cards=(Card("d-1", "pesten", "school", "Een donkere kaart."),))
    out = tmp_path / "donker.pdf"
    render_cards(dark, PrintOptions(duplex=duplex, crop_marks=False, bleed_mm=2, back_offset_mm=offset), out)
    subprocess.run(["pdftoppm", "-r", "60", "-gray", "-png", str(out), str(tmp_path / "p")], check=True)

    def dark_box(name: str, turn: bool) -> tuple[int, int, int, int]:
        image = Image.open(tmp_path / name).convert("L")
        if turn:  # how the back page lies on the paper when the sheet is turned over
            image = ImageOps.mirror(image) if duplex == "long" else ImageOps.flip(image)
        box = image.point(lambda v: 255 if v < 160 else 0).getbbox()
        assert box is not None
        return box

    front, back = dark_box("p-1.png", False), dark_box("p-2.png", True)
    px = 60 / 25.4
    sign_x = -1 if duplex == "long" else 1
    sign_y = 1 if duplex == "long" else -1
    shift = (sign_x * offset[0] * px, -sign_y * offset[1] * px)
    expected = (front[0] + shift[0], front[1] + shift[1], front[2] + shift[0], front[3] + shift[1])
    # One pixel of rounding per edge; a shifted back may round its two edges apart.
    assert back == pytest.approx(expected, abs=1.01 if offset == (0.0, 0.0) else 1.5)
    assert front[2] - front[0] > 100  # the card really is there
    # A dark card carries light text: bright pixels in the middle of the card, away from the theme band.
    x0, y0, x1, y1 = front
    w, h = x1 - x0, y1 - y0
    card = Image.open(tmp_path / "p-1.png").convert("L").crop((x0 + w // 4, y0 + h // 4, x1 - w // 4, y1 - h // 4))
    assert card.point(lambda v: 255 if v > 200 else 0).histogram()[255] > 0.005 * card.width * card.height


@pytest.mark.parametrize("size", ["poker", "bridge", "a7", "tarot", "a6"])
@pytest.mark.parametrize("paper", ["a4", "a3", "letter"])
def test_crop_marks_stay_outside_every_bleed_and_inside_the_printable_area(size: str, paper: str) -> None:
    layout = layout_sheet(PrintOptions(card_size=size, paper=paper))
    bleeds = [slot.front.grown(layout.bleed) for slot in layout.slots]
    margin = 5 * MM - 1e-6
    assert layout.front_marks
    for mark in layout.front_marks:
        box = mark.bounds()
        assert not any(box.intersects(b) for b in bleeds)
        assert box.x >= margin and box.y >= margin
        assert box.x1 <= layout.page_width - margin and box.y1 <= layout.page_height - margin
    for b in bleeds:
        assert b.x >= margin and b.x1 <= layout.page_width - margin
    # Each trim line of each card is marked: its x (or y) has a mark.
    mark_xs = {round(m.x0, 3) for m in layout.front_marks if m.x0 == m.x1}
    mark_ys = {round(m.y0, 3) for m in layout.front_marks if m.y0 == m.y1}
    for slot in layout.slots:
        assert {round(slot.front.x, 3), round(slot.front.x1, 3)} <= mark_xs
        assert {round(slot.front.y, 3), round(slot.front.y1, 3)} <= mark_ys
    # The grid is centred on the sheet.
    box = layout.front_bleed_box
    assert box.x == pytest.approx(layout.page_width - box.x1, abs=0.01)
    assert box.y == pytest.approx(layout.page_height - box.y1, abs=0.01)


def test_boxes_and_viewer_preferences(deck: Deck) -> None:
    options = PrintOptions(duplex="short", bleed_mm=2.5)
    reader, _ = _render(deck, options)
    layout = layout_sheet(options)
    front, back = reader.pages[0], reader.pages[1]
    assert tuple(float(v) for v in front.trimbox) == pytest.approx(layout.front_trim_box.box(), abs=0.01)
    assert tuple(float(v) for v in front.bleedbox) == pytest.approx(layout.front_bleed_box.box(), abs=0.01)
    assert tuple(float(v) for v in back.trimbox) == pytest.approx(layout.back_trim_box.box(), abs=0.01)
    assert float(front.bleedbox.width) - float(front.trimbox.width) == pytest.approx(5 * MM, abs=0.01)
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]
    assert prefs["/PrintScaling"] == "/None"
    assert prefs["/Duplex"] == "/DuplexFlipShortEdge"
    for duplex, name in (("long", "/DuplexFlipLongEdge"), ("none", "/Simplex")):
        reader, _ = _render(deck, PrintOptions(duplex=duplex))
        assert reader.trailer["/Root"]["/ViewerPreferences"]["/Duplex"] == name


def test_print_shop_pages_are_one_card_with_exact_boxes(deck: Deck) -> None:
    options = PrintOptions(print_shop=True, crop_marks=False, bleed_mm=3)
    reader, _ = _render(deck, options)
    assert len(reader.pages) == 2 * 12
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx((63 + 6) * MM, abs=0.01)
    assert tuple(float(v) for v in page.trimbox) == pytest.approx((3 * MM, 3 * MM, 66 * MM, 91 * MM), abs=0.01)
    assert tuple(float(v) for v in page.bleedbox) == pytest.approx((0, 0, 69 * MM, 94 * MM), abs=0.01)
    # Pages alternate front and back.
    assert "p-01" in reader.pages[0].extract_text()
    assert "p-01" not in reader.pages[1].extract_text()


def _fonts(resources: object, seen: set[int]) -> list[dict[str, object]]:
    """Every font dictionary reachable from a resource dictionary, forms included."""
    found: list[dict[str, object]] = []
    if isinstance(resources, IndirectObject):
        resources = resources.get_object()
    if not isinstance(resources, dict):
        return found
    for font in (resources.get("/Font") or {}).values():
        found.append(font.get_object())
    for xobject in (resources.get("/XObject") or {}).values():
        obj = xobject.get_object()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        found.extend(_fonts(obj.get("/Resources"), seen))
    return found


def test_every_font_is_embedded_and_no_standard_font_is_used(deck: Deck) -> None:
    reader, _ = _render(deck, PrintOptions(calibration=True))
    fonts: list[dict[str, object]] = []
    for page in reader.pages:
        fonts.extend(_fonts(page["/Resources"], set()))
    assert fonts
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()  # type: ignore[union-attr]
        assert "/FontFile2" in descriptor
        assert "Helvetica" not in str(font["/BaseFont"]) and "Times" not in str(font["/BaseFont"])
        assert "+" in str(font["/BaseFont"])  # a subset


def test_poppler_renders_every_page_without_complaint(deck: Deck, tmp_path: Path) -> None:
    out = tmp_path / "kaarten.pdf"
    render_cards(deck, PrintOptions(calibration=True, card_size="a6"), out)
    run = subprocess.run(["pdftoppm", "-r", "10", "-png", str(out), str(tmp_path / "r")],
                         capture_output=True, text=True, check=True)
    assert run.stderr == ""
    assert len(list(tmp_path.glob("r-*.png"))) == len(PdfReader(out).pages)


def test_overlong_card_fails_before_writing(tmp_path: Path) -> None:
    deck = _deck_with("Een heel lange situatie die maar doorgaat. " * 60, "x-lang")
    out = tmp_path / "kaarten.pdf"
    with pytest.raises(ExportError, match="x-lang"):
        render_cards(deck, PrintOptions(), out)
    assert list(tmp_path.iterdir()) == []


def test_unbreakable_word_wider_than_the_card_fails() -> None:
    deck = _deck_with("Kijk: " + "a" * 70, "x-woord")
    with pytest.raises(ExportError, match="x-woord"):
        plan_faces(deck, PrintOptions())


def test_character_the_font_lacks_fails_with_the_card_id(tmp_path: Path) -> None:
    deck = _deck_with("Een leerling schrijft 中 op het bord.", "x-teken")
    out = tmp_path / "kaarten.pdf"
    with pytest.raises(ExportError, match=r"x-teken.*中"):
        render_cards(deck, PrintOptions(), out)
    assert not out.exists()


def test_existing_file_is_kept_when_printing_fails(tmp_path: Path) -> None:
    out = tmp_path / "kaarten.pdf"
    out.write_bytes(b"oud")
    with pytest.raises(ExportError):
        render_cards(_deck_with("中"), PrintOptions(), out)
    assert out.read_bytes() == b"oud"


def test_filters_blanks_and_unknown_ids(deck: Deck) -> None:
    options = PrintOptions(themes=frozenset({"online"}), kinds=frozenset({"school"}), blank=2)
    faces = plan_faces(deck, options)
    assert [f.card.id for f in faces if f.card] == ["p-03", "p-06"]
    assert [(f.card, f.kind.id) for f in faces[2:]] == [(None, "school"), (None, "school")]
    all_faces = plan_faces(deck, PrintOptions())
    assert [f.kind.id for f in all_faces if f.card is None] == ["team", "school", "team"]
    with pytest.raises(ExportError, match="onbekend thema 'agresie'"):
        plan_faces(deck, PrintOptions(themes=frozenset({"agresie"})))
    with pytest.raises(ExportError, match="onbekend soort 'klas'"):
        plan_faces(deck, PrintOptions(kinds=frozenset({"klas"})))


def test_invariant_output_is_byte_stable_and_progress_counts_cards(deck: Deck) -> None:
    calls: list[tuple[int, int]] = []
    _, first = _render(deck, PrintOptions(), progress=lambda done, total: calls.append((done, total)))
    _, second = _render(deck, PrintOptions())
    assert first == second
    assert calls == [(i, 12) for i in range(1, 13)]


def test_back_offset_moves_backs_and_is_checked() -> None:
    plain = layout_sheet(PrintOptions())
    moved = layout_sheet(PrintOptions(back_offset_mm=(0.75, -1.25)))
    for a, b in zip(plain.slots, moved.slots, strict=True):
        assert b.back.x - a.back.x == pytest.approx(0.75 * MM)
        assert b.back.y - a.back.y == pytest.approx(-1.25 * MM)
        assert b.front == a.front
    with pytest.raises(ExportError, match="0,25"):
        layout_sheet(PrintOptions(back_offset_mm=(0.3, 0)))
    with pytest.raises(ExportError, match="afloop"):
        layout_sheet(PrintOptions(bleed_mm=6))


def test_calibration_sheet(deck: Deck, tmp_path: Path) -> None:
    reader, _ = _render(deck, PrintOptions(calibration=True))
    assert len(reader.pages) == 6 == plan_print(deck, PrintOptions(calibration=True)).pages
    assert "Kalibratie" in reader.pages[0].extract_text()
    assert "voorkant" in reader.pages[0].extract_text() and "achterkant" in reader.pages[1].extract_text()
    assert "p-01" in reader.pages[2].extract_text()
    out = tmp_path / "kalibratie.pdf"
    assert render_calibration(PrintOptions(paper="letter"), out) == 2
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) == pytest.approx(215.9 * MM, abs=0.01)


def test_fit_text_takes_the_largest_size_that_fits() -> None:
    text = "Een leerling zet een foto van een klasgenoot in een groepsapp met een spottende tekst eronder."
    fitted = fit_text(text, 150, 60, 14, 7)
    assert fitted is not None and fitted.size < 14
    assert " ".join(fitted.lines) == text
    assert (len(fitted.lines) - 1) * fitted.leading + fitted.size <= 60
    bigger = fit_text(text, 150, 60, fitted.size + 0.25, fitted.size + 0.25)
    assert bigger is None
    assert fit_text(text, 40, 20, 14, 7) is None
    assert fit_text("anti-pestcoördinator", 60, 100, 14, 7).lines[0].endswith("-")  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["po", "vo-mbo"])
def test_builtin_decks_print(name: str, repo_root: Path) -> None:
    deck = load_deck(repo_root / "decks" / f"{name}.yaml", builtin=True)
    buffer = io.BytesIO()
    result = render_cards(deck, PrintOptions(), buffer)
    reader = PdfReader(buffer)
    assert result.cards == len(deck.cards) + deck.blank_cards
    assert len(reader.pages) == result.pages == 2 * -(-result.cards // result.per_sheet)
    text = _flat(reader.pages[0].extract_text())
    first = deck.cards[0]
    assert _flat(first.text) in text


def test_print_shop_defaults_to_bleed_and_crop_marks_fit_on_the_page(deck: Deck) -> None:
    layout = layout_sheet(PrintOptions(print_shop=True, crop_marks=True))
    assert layout.bleed == pytest.approx(3 * MM)
    assert layout.per_sheet == 1
    bleed = layout.slots[0].front.grown(layout.bleed)
    for mark in layout.front_marks:
        box = mark.bounds()
        assert not box.intersects(bleed)
        assert box.x >= 0 and box.y >= 0 and box.x1 <= layout.page_width + 1e-6 and box.y1 <= layout.page_height + 1e-6
    assert layout_sheet(PrintOptions(print_shop=True, crop_marks=False)).bleed == pytest.approx(3 * MM)


def test_ids_that_are_no_pdf_names_still_print() -> None:
    theme = Theme("eigen thema/1", "Eigen thema", "#335577", None)
    deck = Deck(id="vrij", title="Vrije kaartenset", audience="other", kinds=(Kind("soort a", "Soort A", "light"),),
                themes=(theme,), cards=(Card("kaart 1", "eigen thema/1", "soort a", "Een kaart zonder pictogram."),))
    reader, _ = _render(deck, PrintOptions(blank=1))
    assert "kaart 1" in reader.pages[0].extract_text()


def test_a_progress_callback_that_raises_cancels_without_a_file(deck: Deck, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done == 3:
            raise Cancelled

    out = tmp_path / "kaarten.pdf"
    with pytest.raises(Cancelled):
        render_cards(deck, PrintOptions(), out, progress=cancel)
    assert list(tmp_path.iterdir()) == [tmp_path / "proef.yaml"]
