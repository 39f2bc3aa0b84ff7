"""Card sheets: fronts, backs, blank cards and the calibration sheet of a deck as one print-ready PDF.

Every text is checked by `gedragen.export.fit` (glyphs; card text fits at >= 7 pt, kind word, theme label
and card id at >= 6 pt) before a byte is written, so a failed print leaves no file and nothing is clipped. Static parts of a card (background,
theme band, icon, kind word, deck name) and the backs are Form XObjects drawn once per document;
per card only its text and id are drawn. Geometry and duplex conventions: see `gedragen.export.layout`.

Decisions: blank cards are theme-less (band "Eigen situatie", writing lines) and are spread over
the selected kinds in turn, so each has the back of its kind and a filled-in blank hides in a face-down
pile. With `duplex="none"` all front pages come first and the back pages (laid out for long-edge
flipping) follow, for printing the second side by hand. In print-shop mode the pages alternate
front, back, front, ... (or all fronts, then all backs, with `duplex="none"`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, NamedTuple

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from gedragen.core.atomic import write_atomic_with
from gedragen.core.card_layout import geometry
from gedragen.core.colors import CARD_INK, WHITE, card_ink, card_tints
from gedragen.core.deck import EXPECTED, Card, Deck, Kind, Theme
from gedragen.core.errors import ExportError
from gedragen.export.fit import (
    BLANK_LABEL,
    CardBoxes,
    FittedText,
    LabelFits,
    WordWidths,
    card_boxes,
    card_text_problems,
    fit_text,
    label_problems,
)
from gedragen.export.fonts import BOLD, REGULAR, RENDER_LOCK, register_fonts
from gedragen.export.icons import IconForms, icon_file
from gedragen.export.layout import (
    Affine,
    Line,
    PrintOptions,
    SheetLayout,
    layout_sheet,
    mm,
    paper_size,
)
from gedragen.export.pdfmeta import set_page_boxes, set_print_preferences

Progress = Callable[[int, int], None]

GAME_TITLE = ("Gedragen", "gedrag")
__all__ = ["BLANK_LABEL", "CardBoxes", "FittedText", "WordWidths", "card_boxes", "fit_text"]
BLANK_THEME_COLOR = "#5B6770"
INK = HexColor(CARD_INK)
_TEXT_INKS = {CARD_INK: INK, WHITE: white}  # one object per ink: `front` sets the fill only when it changes
BACK_COLORS = {"light": (HexColor("#F4F1EA"), HexColor("#1A1A1A")), "dark": (HexColor("#24313B"), white)}


class PrintResult(NamedTuple):
    """What was printed: page and card counts and the sheet layout used."""

    pages: int
    cards: int
    blanks: int
    sheets: int
    per_sheet: int
    layout: SheetLayout


class Face(NamedTuple):
    """One card to print: a deck card with its fitted text, or a blank card of a kind."""

    kind: Kind
    theme: Theme | None
    card: Card | None
    text: FittedText | None

    @property
    def template(self) -> tuple[str | None, str]:
        """Which front template this face is drawn on: (theme id or None for a blank card, kind id)."""
        return (self.theme.id if self.theme else None, self.kind.id)


def mix_colors(color: Color, other: Color, amount: float) -> Color:
    """`amount` of `color` mixed with (1 - amount) of `other`."""
    return Color(*(a * amount + b * (1 - amount) for a, b in zip(color.rgb(), other.rgb(), strict=True)))


def _front_colors(theme_color: str, shade: str) -> tuple[Color, Color, Color, Color]:
    """(band, band ink, body, text colour) of a front: the one card colour rule the screen card follows too."""
    tints = card_tints(theme_color, shade)
    return HexColor(tints.band), HexColor(tints.band_ink), HexColor(tints.body), _TEXT_INKS[tints.ink]


def _selected_cards(deck: Deck, options: PrintOptions) -> tuple[Card, ...]:
    """Cards of the chosen themes, kinds, levels and estimates; ExportError on an id the deck does not have."""
    for ids, known, what in ((options.themes, {t.id for t in deck.themes}, "thema"),
                             (options.kinds, {k.id for k in deck.kinds}, "soort"),
                             (options.expected, set(EXPECTED), "inschatting")):
        unknown = sorted((ids or set()) - known)
        if unknown:
            raise ExportError(
                f"onbekend {what} '{unknown[0]}' in kaartenset {deck.id} (kies uit {', '.join(sorted(known))})"
            )
    unknown_levels = sorted((options.levels or set()) - {lv.id for lv in deck.levels})
    if unknown_levels:
        choices = ", ".join(lv.id for lv in deck.levels)
        where = f"kies uit {choices}" if choices else "deze kaartenset heeft geen niveaus"
        raise ExportError(f"onbekend niveau '{unknown_levels[0]}' in kaartenset {deck.id} ({where})")
    return selected_cards(deck, options)


def selected_cards(deck: Deck, options: PrintOptions) -> tuple[Card, ...]:
    """The deck's cards that the options' filters keep, in deck order (ids are not checked here)."""
    return deck.select(options.themes, options.kinds, levels=options.levels, expected=options.expected,
                       sensitive=options.sensitive)


def plan_faces(deck: Deck, options: PrintOptions) -> list[Face]:
    """Every card to print, checked and with its text fitted; ExportError naming each card that fails."""
    return _plan(deck, options)[0]


def _plan(deck: Deck, options: PrintOptions) -> tuple[list[Face], LabelFits]:
    register_fonts()
    boxes = card_boxes(options.card_size)
    cards = _selected_cards(deck, options)
    blank_count = deck.blank_cards if options.blank is None else options.blank
    kinds = [k for k in deck.kinds if options.kinds is None or k.id in options.kinds]
    used_kinds = [k for k in kinds if blank_count or any(c.kind == k.id for c in cards)]
    themes: list[Theme | None] = [t for t in deck.themes if any(c.theme == t.id for c in cards)]
    if blank_count and kinds:
        themes.append(None)
    problems, labels = label_problems(deck, boxes, options.card_size, themes, used_kinds, cards)
    text_problems, texts = card_text_problems(cards, boxes, options.card_size)
    problems += text_problems
    if problems:
        raise ExportError("\n".join(problems))
    faces = [Face(deck.kind(card.kind), deck.theme(card.theme), card, texts[card.id]) for card in cards]
    if kinds:
        faces.extend(Face(kinds[i % len(kinds)], None, None, None) for i in range(blank_count))
    return faces, labels


class _Painter:
    """Draws card templates, faces, backs and marks on one canvas (lives for one render)."""

    def __init__(self, canvas: Canvas, deck: Deck, options: PrintOptions, faces: list[Face],
                 labels: LabelFits) -> None:
        self.c = canvas
        self.labels = labels
        self.deck = deck
        self.options = options
        self.boxes = card_boxes(options.card_size)
        self.bleed = mm(options.bleed)
        self.icons = IconForms(canvas, deck)
        self.widths = WordWidths(REGULAR)
        self._ink: Color | None = None
        self._cm: dict[Affine, str] = {}
        self._make_forms(faces)

    def _make_forms(self, faces: list[Face]) -> None:
        # Form names are numbered: deck ids are free text as far as PDF names are concerned.
        self.fronts: dict[tuple[str | None, str], str] = {}
        self.backs: dict[str, str] = {}
        for face in faces:
            if face.template not in self.fronts:
                self.fronts[face.template] = f"front-{len(self.fronts)}"
                self._front_template(face, self.fronts[face.template])
        for kind in {face.kind.id: face.kind for face in faces}.values():
            self.backs[kind.id] = f"back-{len(self.backs)}"
            self._back_template(kind, self.backs[kind.id])

    def _begin(self, name: str) -> None:
        b = self.bleed
        self.c.beginForm(name, -b, -b, self.boxes.width + b, self.boxes.height + b)

    def _front_template(self, face: Face, name: str) -> None:
        c, bx, b = self.c, self.boxes, self.bleed
        band, band_ink, body, ink = _front_colors(face.theme.color if face.theme else BLANK_THEME_COLOR,
                                                  face.kind.shade)
        if face.theme is not None:
            self.icons.form(face.theme, band_ink)
        self._begin(name)
        c.setFillColor(body)
        c.rect(-b, -b, bx.width + 2 * b, bx.height + 2 * b, stroke=0, fill=1)
        c.setFillColor(band)
        c.rect(-b, bx.height - bx.band_h, bx.width + 2 * b, bx.band_h + b, stroke=0, fill=1)
        label_x = bx.safe
        if face.theme is not None and icon_file(face.theme, self.deck) is not None:
            icon_y = bx.height - bx.band_h + (bx.band_h - bx.icon) / 2
            self.icons.draw(face.theme, band_ink, bx.safe, icon_y, bx.icon)
            label_x += bx.icon + bx.safe * 0.5
        self._band_label(self.labels.bands[face.theme.id if face.theme else None], label_x, band_ink)
        c.setFillColor(ink)
        c.setFont(BOLD, self.labels.kinds[face.kind.id])
        c.drawString(bx.safe, bx.kind_baseline, face.kind.label)
        c.setFont(REGULAR, bx.small_size)
        c.drawString(bx.safe, bx.small_baseline, self.labels.footer_title)
        if face.card is None:
            self._writing_lines(ink, body)
        c.endForm()

    def _band_label(self, fitted: FittedText, x: float, ink: Color) -> None:
        """The theme label as fitted (and checked) by `fit.label_problems`, centred in the band."""
        c, bx = self.c, self.boxes
        band_top = bx.height
        block = (len(fitted.lines) - 1) * fitted.leading + fitted.size * 0.72
        y = band_top - bx.band_h / 2 + block / 2 - fitted.size * 0.72
        c.setFillColor(ink)
        c.setFont(BOLD, fitted.size)
        for line in fitted.lines:
            c.drawString(x, y, line)
            y -= fitted.leading

    def _writing_lines(self, ink: Color, body: Color) -> None:
        c, bx = self.c, self.boxes
        # A mixed colour, not transparency: soft lines that every printer renders the same.
        c.setStrokeColor(mix_colors(ink, body, 0.45))
        c.setLineWidth(0.5)
        c.setFillColor(ink)
        c.setFont(REGULAR, bx.kind_size)
        label = "Thema:"
        y = bx.text.y1 - bx.kind_size
        c.drawString(bx.text.x, y, label)
        c.line(bx.text.x + stringWidth(label + " ", REGULAR, bx.kind_size), y, bx.text.x1, y)
        gap = geometry().card["blank_line_gap_frac"] * bx.height
        y -= gap
        while y >= bx.text.y:
            c.line(bx.text.x, y, bx.text.x1, y)
            y -= gap

    def _back_template(self, kind: Kind, name: str) -> None:
        c, bx, b = self.c, self.boxes, self.bleed
        background, ink = BACK_COLORS.get(kind.shade, BACK_COLORS["light"])
        spec = geometry().card
        self._begin(name)
        c.setFillColor(background)
        c.rect(-b, -b, bx.width + 2 * b, bx.height + 2 * b, stroke=0, fill=1)
        inset = spec["back_frame_frac"] * bx.width
        c.setStrokeColor(ink)
        c.setLineWidth(1.2 * bx.scale)
        c.roundRect(inset, inset, bx.width - 2 * inset, bx.height - 2 * inset, 3 * mm(1), stroke=1, fill=0)
        c.setLineWidth(0.5 * bx.scale)
        inner = inset + 1.6 * mm(1) * bx.scale
        c.roundRect(inner, inner, bx.width - 2 * inner, bx.height - 2 * inner, 2 * mm(1), stroke=1, fill=0)
        c.setFillColor(ink)
        title_size = spec["back_title_pt"] * bx.scale
        cx, cy = bx.width / 2, bx.height / 2
        c.setFont(BOLD, title_size)
        c.drawCentredString(cx, cy + title_size * 0.35, GAME_TITLE[0])
        c.setFont(REGULAR, title_size)
        c.drawCentredString(cx, cy - title_size * 0.95, GAME_TITLE[1])
        word = self.labels.back_kinds[kind.id]
        c.setFont(BOLD, word.size)
        base = inner + word.size * 2.2
        # The same word upside down at the top, readable from both sides of the table.
        for turned in (False, True):
            c.saveState()
            if turned:
                c.translate(bx.width, bx.height)
                c.rotate(180)
            for i, line in enumerate(word.lines):
                c.drawCentredString(cx, base + (len(word.lines) - 1 - i) * word.leading, line)
            c.restoreState()
        # A small scale motif: filled dot for dark cards, open dot for light ones, on a line.
        r = 2.2 * bx.scale
        c.setLineWidth(0.8 * bx.scale)
        c.line(cx - 12 * mm(1) * bx.scale, cy - title_size * 2.1, cx + 12 * mm(1) * bx.scale, cy - title_size * 2.1)
        c.setFillColor(ink if kind.shade == "dark" else background)
        c.circle(cx, cy - title_size * 2.1, r * 1.4, stroke=1, fill=1)
        c.endForm()

    def new_page(self) -> None:
        """Forget the page's fill colour: a new page starts from the default graphics state."""
        self._ink = None

    def front(self, face: Face, placement: Affine) -> None:
        """One card front at its place on the page."""
        c, bx = self.c, self.boxes
        ink = _TEXT_INKS[card_ink(face.kind.shade)]
        # The text colour is set outside the card's q/Q (forms restore it), and only when it changes.
        if face.card is not None and ink is not self._ink:
            c.setFillColor(ink)
            self._ink = ink
        self._place(placement)
        c.doForm(self.fronts[face.template])
        if face.card is not None and face.text is not None:
            text = face.text
            block = (len(text.lines) - 1) * text.leading + text.size
            # Centre the text block vertically in its zone; the first baseline sits one ascent down.
            top = bx.text.y1 - (bx.text.h - block) / 2
            t = c.beginText(bx.text.x, top - text.size * 0.8)
            t.setFont(REGULAR, text.size, text.leading)
            for line in text.lines:
                t.textLine(line)
            # The card id, right-aligned in the footer, in the same text object.
            id_size = self.labels.ids[face.card.id]
            t.setTextOrigin(bx.width - bx.safe - self.widths(face.card.id) * id_size, bx.small_baseline)
            t.setFont(REGULAR, id_size)
            t.textOut(face.card.id)
            c.drawText(t)
        c._code.append("Q")

    def back(self, face: Face, placement: Affine) -> None:
        """One card back at its place on the back page."""
        c = self.c
        self._place(placement)
        c.doForm(self.backs[face.kind.id])
        c._code.append("Q")

    def _place(self, placement: Affine) -> None:
        """Open a card's q … Q with its placement, the bytes `saveState()` and `transform()` would write.

        Per card ReportLab's own pair copies its whole Python-side state and formats six numbers anew;
        a card only draws forms and one text object in there, which change none of that state, and a
        slot's matrix is the same on every sheet, so its `cm` line is formatted once. The caller ends
        the card with "Q".
        """
        cm = self._cm.get(placement)
        if cm is None:
            cm = self._cm[placement] = f"{fp_str(*placement.matrix())} cm"
        self.c._code.extend(("q", cm))

    def marks_form(self, name: str, lines: Sequence[Line], width: float, height: float) -> None:
        """Crop marks as thin black lines, kept as one form: every sheet has the same marks."""
        c = self.c
        c.beginForm(name, 0, 0, width, height)
        c.setStrokeColor(Color(0, 0, 0))
        c.setLineWidth(geometry().sheet["crop_mark_width_pt"])
        c.lines([(line.x0, line.y0, line.x1, line.y1) for line in lines])
        c.endForm()

    def marks(self, name: str) -> None:
        """Draw a marks form made by `marks_form`."""
        self.c.doForm(name)


def _chunks(items: list[Face], size: int) -> Iterator[list[Face]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def new_canvas(handle: BinaryIO, pagesize: tuple[float, float], title: str, invariant: bool,
               lang: str = "nl") -> Canvas:
    """A canvas whose only font is the embedded one, with document info and language set."""
    regular, _ = register_fonts()
    canvas = Canvas(handle, pagesize=pagesize, invariant=1 if invariant else 0, initialFontName=regular,
                    initialFontSize=10, pageCompression=1, lang=lang)
    canvas.setTitle(title)
    canvas.setAuthor("Gedragen")
    canvas.setCreator("Gedragen")
    return canvas


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write PDF streams Flate-compressed only, without ReportLab's default ASCII85 layer on top.

    ASCII85 makes a stream 7-bit clean at a quarter more bytes, which no printer or viewer needs, and
    ReportLab encodes it in pure Python: about a third of a card sheet's render time. The pages are the
    same, the file is smaller. ReportLab keeps the choice in a global, so it is switched only while one
    of our card or board PDFs is written and then put back; callers hold RENDER_LOCK (`write_pdf`), so no
    other thread switches it meanwhile.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def write_pdf(out: str | Path | BinaryIO, produce: Callable[[BinaryIO], None]) -> None:
    """Run `produce` on a path (atomically) or on an open binary file (one PDF at a time: RENDER_LOCK)."""
    with RENDER_LOCK, binary_streams():
        if isinstance(out, (str, Path)):
            write_atomic_with(out, produce)
        else:
            produce(out)


def _result(faces: list[Face], layout: SheetLayout, options: PrintOptions) -> PrintResult:
    sheets = -(-len(faces) // layout.per_sheet)
    return PrintResult(
        pages=2 * sheets + (2 if options.calibration else 0), cards=len(faces),
        blanks=sum(1 for f in faces if f.card is None), sheets=sheets, per_sheet=layout.per_sheet, layout=layout,
    )


def plan_print(deck: Deck, options: PrintOptions) -> PrintResult:
    """What `render_cards` would print (pages, cards, sheets, layout), checked but without drawing.

    For a print dialog's summary line; raises the same ExportError as `render_cards` would.
    """
    layout = layout_sheet(options)
    return _result(plan_faces(deck, options), layout, options)


def render_cards(deck: Deck, options: PrintOptions, out: str | Path | BinaryIO,
                 progress: Progress | None = None, invariant: bool = False) -> PrintResult:
    """Print a deck's cards (fronts, backs, blanks, optional calibration sheet) to a PDF.

    Everything is checked before writing; a path is written atomically. `progress(done, total)` is
    called after each card front; an exception raised there cancels the print and leaves no file.
    `invariant=True` gives byte-identical output for equal input.
    Raises ExportError (Dutch, naming the card) for cards that cannot be printed.
    """
    layout = layout_sheet(options)
    faces, labels = _plan(deck, options)
    if not faces and not options.calibration:
        raise ExportError(f"geen kaarten om te printen: de gekozen thema's en soorten van kaartenset {deck.id} zijn leeg")
    sheets = list(_chunks(faces, layout.per_sheet))

    def produce(handle: BinaryIO) -> None:
        canvas = new_canvas(handle, (layout.page_width, layout.page_height), f"{deck.title} – kaarten", invariant,
                            deck.language)
        set_print_preferences(canvas, options.duplex)
        painter = _Painter(canvas, deck, options, faces, labels)
        if layout.front_marks:
            painter.marks_form("marks-front", layout.front_marks, layout.page_width, layout.page_height)
            painter.marks_form("marks-back", layout.back_marks, layout.page_width, layout.page_height)
        if options.calibration:
            draw_calibration(canvas, options)
            canvas.setPageSize((layout.page_width, layout.page_height))
        done, total = 0, len(faces)

        front_boxes = (layout.front_trim_box, layout.front_bleed_box)
        back_boxes = (layout.back_trim_box, layout.back_bleed_box)

        def front_page(sheet: list[Face]) -> None:
            nonlocal done
            painter.new_page()
            set_page_boxes(canvas, *front_boxes)
            for face, slot in zip(sheet, layout.slots, strict=False):
                painter.front(face, slot.front_map)
                done += 1
                if progress is not None:
                    progress(done, total)
            if layout.front_marks:
                painter.marks("marks-front")
            canvas.showPage()

        def back_page(sheet: list[Face]) -> None:
            set_page_boxes(canvas, *back_boxes)
            for face, slot in zip(sheet, layout.slots, strict=False):
                painter.back(face, slot.back_map)
            if layout.back_marks:
                painter.marks("marks-back")
            canvas.showPage()

        if options.duplex == "none":
            for sheet in sheets:
                front_page(sheet)
            for sheet in sheets:
                back_page(sheet)
        else:
            for sheet in sheets:
                front_page(sheet)
                back_page(sheet)
        canvas.save()

    write_pdf(out, produce)
    return _result(faces, layout, options)


def draw_calibration(canvas: Canvas, options: PrintOptions) -> int:
    """The calibration sheet: crosses on the front, rulers on the back where they should land; 2 pages.

    Held against the light, the back shows where each front line fell. The ruler value under the line
    is the correction to add to the back offset (both measured as seen on the back page).
    """
    cal = geometry().calibration
    page_w, page_h = paper_size(options.paper)
    canvas.setPageSize((page_w, page_h))
    set_page_boxes(canvas, None, None)
    inset, arm = mm(cal["corner_inset"]), mm(cal["cross_arm"])
    points = [(page_w / 2, page_h / 2), (inset, inset), (page_w - inset, inset),
              (inset, page_h - inset), (page_w - inset, page_h - inset)]
    margin = mm(geometry().sheet["printable_margin"])
    flip = "korte" if options.duplex == "short" else "lange"
    ox, oy = options.back_offset_mm

    def frame_and_title(title: str, lines: Sequence[str]) -> None:
        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK)
        canvas.setLineWidth(0.5)
        canvas.setDash(3, 3)
        canvas.rect(margin, margin, page_w - 2 * margin, page_h - 2 * margin, stroke=1, fill=0)
        canvas.setDash()
        # Text between the top crosses and the centre cross, clear of every ruler.
        canvas.setFont(BOLD, 14)
        canvas.drawCentredString(page_w / 2, page_h / 2 + mm(70), title)
        canvas.setFont(REGULAR, 9)
        y = page_h / 2 + mm(62)
        for line in lines:
            canvas.drawCentredString(page_w / 2, y, line)
            y -= 12

    frame_and_title("Kalibratie dubbelzijdig printen – voorkant", [
        f"Print deze pagina en de volgende op één vel, dubbelzijdig, omslaan langs de {flip} kant,",
        "op ware grootte (niet ‘passend maken’). De stippellijn moet rondom zichtbaar zijn.",
        "Meet de balk hieronder: hij moet precies 100 mm lang zijn.",
    ])
    canvas.setLineWidth(0.35)
    for x, y in points:
        canvas.line(x - arm, y, x + arm, y)
        canvas.line(x, y - arm, x, y + arm)
        canvas.circle(x, y, mm(2), stroke=1, fill=0)
    bar_y = page_h / 2 - mm(40)
    canvas.setLineWidth(1.5)
    canvas.line(page_w / 2 - mm(50), bar_y, page_w / 2 + mm(50), bar_y)
    canvas.setLineWidth(0.5)
    for end in (-50, 50):
        canvas.line(page_w / 2 + mm(end), bar_y - mm(2), page_w / 2 + mm(end), bar_y + mm(2))
    canvas.setFont(REGULAR, 8)
    canvas.drawCentredString(page_w / 2, bar_y - mm(6), "100 mm")
    canvas.showPage()

    frame_and_title("Kalibratie dubbelzijdig printen – achterkant", [
        "Houd het vel tegen het licht en kijk naar deze kant. Lees op elke schaal af waar de lijn van de",
        "voorkant valt. Middelste kruis: liggende schaal = verschuiving x, staande schaal = verschuiving y.",
        f"Tel de afgelezen waarden op bij de huidige verschuiving (x {_signed_mm(ox)} mm, y {_signed_mm(oy)} mm)",
        "en print opnieuw met --offset-x en --offset-y (of in het printvenster).",
    ])
    mirror = Affine(d=-1.0, f=page_h) if options.duplex == "short" else Affine(a=-1.0, e=page_w)
    canvas.saveState()
    canvas.translate(mm(ox), mm(oy))
    half, minor = cal["ruler_half_range"], cal["ruler_minor"]
    ticks = round(half / minor)
    size = float(cal["label_pt"])
    values = [v for v in range(-math.floor(half), math.floor(half) + 1)]
    labels = {v: ("0" if v == 0 else f"{'+' if v > 0 else '−'}{abs(v)}") for v in values}
    widest = max(stringWidth(text, REGULAR, size) for text in labels.values())
    # Labels every `step` mm, alternating between two rows (columns on the upright ruler): neighbours in a
    # row are 2 steps apart, which must hold the widest label (and the font height) with a 1 pt gap.
    step = next(s for s in (1, 2, 5) if 2 * mm(s) >= max(widest, size * 1.2) + 1)
    for point in points:
        qx, qy = mirror.apply(*point)
        rx_y, ry_x = qy + mm(7), qx + mm(7)
        canvas.setLineWidth(0.3)
        canvas.line(qx - mm(half), rx_y, qx + mm(half), rx_y)
        canvas.line(ry_x, qy - mm(half), ry_x, qy + mm(half))
        canvas.setFont(REGULAR, size)
        for i in range(-ticks, ticks + 1):
            value = i * minor
            whole, half_mm = abs(value - round(value)) < 1e-9, abs(2 * value - round(2 * value)) < 1e-9
            length = mm(2.5 if whole else 1.6 if half_mm else 1.0)
            canvas.setLineWidth(0.3 if whole else 0.2)
            canvas.line(qx + mm(value), rx_y, qx + mm(value), rx_y + length)
            canvas.line(ry_x, qy + mm(value), ry_x + length, qy + mm(value))
            if whole and round(value) % step == 0:
                label, row = labels[round(value)], (round(value) // step) % 2
                canvas.drawCentredString(qx + mm(value), rx_y + mm(3.3) + row * size * 1.15, label)
                canvas.drawString(ry_x + mm(3.2) + row * (widest + 2), qy + mm(value) - size * 0.36, label)
        canvas.setFont(BOLD, 6)
        canvas.drawString(qx - mm(half) - mm(4), rx_y - 2, "x")
        canvas.drawString(ry_x - 2, qy - mm(half) - mm(4), "y")
    canvas.restoreState()
    canvas.showPage()
    return 2


def _signed_mm(value: float) -> str:
    """An offset as the user types it back: sign, two decimals, decimal comma ("+0,00", "-1,25")."""
    return f"{value:+.2f}".replace(".", ",")


def render_calibration(options: PrintOptions, out: str | Path | BinaryIO, invariant: bool = False) -> int:
    """Only the calibration sheet (front and back page) for these paper and duplex options; returns 2."""
    options.check()

    def produce(handle: BinaryIO) -> None:
        canvas = new_canvas(handle, paper_size(options.paper), "Gedragen – kalibratievel", invariant)
        set_print_preferences(canvas, options.duplex)
        draw_calibration(canvas, options)
        canvas.save()

    write_pdf(out, produce)
    return 2
