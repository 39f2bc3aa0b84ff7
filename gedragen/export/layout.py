"""Print geometry: print options and card sheet layouts (the layout data itself: `gedragen.core.card_layout`).

Conventions (all coordinates in PDF points, origin bottom-left, pages always portrait):

* Sheets: as many cards as fit inside the printable area (`sheet.printable_margin` from every paper
  edge, bleed and crop marks included), grid centred on the page. The cards' bleed boxes touch
  (no gutter): cutting along one card's trim line only cuts the neighbour's bleed. Crop marks
  therefore go only into the outer margin, one pair per trim line, and never over a card.
  When cards fit better turned a quarter turn, the whole grid is rotated (card top to the page's left).
* Duplex: pages stay portrait, so the paper's long edge is the page's left/right side.
  Long-edge flipping turns the sheet over like a book page: a back sits at the front's position
  mirrored in x (x -> W - x). Short-edge flipping turns it over like a calendar: mirrored in y.
  Each back is drawn so that a cut card turned over sideways (like a book page) shows its back
  upright; with short-edge flipping that means the backs stand upside down on the back page.
  `--duplex none` prints every front page first, then the back pages laid out for long-edge flipping,
  for printing the second side by hand.
* The back offset (x, y) moves everything on a back page, measured as seen on the back page:
  positive x to the right, positive y upwards. The calibration page reads it off directly.
* TrimBox/BleedBox of a sheet page: the bounding box of the full grid's trim (bleed) rectangles.
  In print-shop mode each page holds one card: TrimBox is exactly the card, BleedBox the card plus bleed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from gedragen.core.card_layout import DEFAULT_CARD_SIZE, geometry
from gedragen.core.errors import ExportError

MM = 72.0 / 25.4
DUPLEX_MODES = ("long", "short", "none")
_EPS = 1e-6


def dutch_number(value: float) -> str:
    """A number as Dutch readers write it: decimal comma, no trailing zeros."""
    return f"{value:g}".replace(".", ",")


def mm(value: float) -> float:
    """Millimetres to points."""
    return value * MM


@dataclass(frozen=True)
class PrintOptions:
    """What to print and how. Lengths in millimetres; `None` filters mean everything.

    `levels` keeps the cards that fit one of those levels (a card naming none fits all); `expected` keeps
    the cards with one of those estimates (a card without one is left out); `sensitive=False` leaves the
    sensitive cards out. Printing is for the facilitator, so sensitive cards are in by default.

    `bleed_mm=None` means 3 mm with crop marks or in print-shop mode, else 0; `blank=None` takes the deck's
    `blank_cards`. `calibration` adds the calibration sheet (front and back) before the cards.
    """

    card_size: str = DEFAULT_CARD_SIZE
    paper: str = "a4"
    duplex: str = "long"
    bleed_mm: float | None = None
    crop_marks: bool = True
    themes: frozenset[str] | None = None
    kinds: frozenset[str] | None = None
    levels: frozenset[str] | None = None
    expected: frozenset[str] | None = None
    sensitive: bool = True
    blank: int | None = None
    back_offset_mm: tuple[float, float] = (0.0, 0.0)
    print_shop: bool = False
    calibration: bool = False

    @property
    def bleed(self) -> float:
        """The effective bleed in millimetres."""
        if self.bleed_mm is not None:
            return float(self.bleed_mm)
        return geometry().sheet["default_bleed"] if self.crop_marks or self.print_shop else 0.0

    def check(self) -> None:
        """Raise ExportError (in Dutch) when an option is out of range."""
        geo = geometry()
        if self.card_size not in geo.card_sizes:
            raise ExportError(f"onbekend kaartformaat '{self.card_size}' (kies uit {', '.join(geo.card_sizes)})")
        if self.paper not in geo.papers:
            raise ExportError(f"onbekend papierformaat '{self.paper}' (kies uit {', '.join(geo.papers)})")
        if self.duplex not in DUPLEX_MODES:
            raise ExportError(f"onbekende manier van dubbelzijdig printen '{self.duplex}' (long, short of none)")
        if not 0 <= self.bleed <= geo.sheet["max_bleed"]:
            raise ExportError(
                f"afloop moet tussen 0 en {dutch_number(geo.sheet['max_bleed'])} mm liggen, "
                f"niet {dutch_number(self.bleed)}"
            )
        if self.blank is not None and not 0 <= self.blank <= 1000:
            raise ExportError(f"aantal blanco kaarten moet tussen 0 en 1000 liggen, niet {self.blank}")
        step, limit = geo.sheet["offset_step"], geo.sheet["max_offset"]
        for axis, value in zip("xy", self.back_offset_mm, strict=True):
            if not math.isfinite(value) or abs(value) > limit + _EPS:
                raise ExportError(
                    f"verschuiving {axis} moet tussen -{dutch_number(limit)} en {dutch_number(limit)} mm liggen, "
                    f"niet {dutch_number(value)}"
                )
            if abs(value / step - round(value / step)) > 1e-6:
                raise ExportError(
                    f"verschuiving {axis} gaat in stappen van {dutch_number(step)} mm, {dutch_number(value)} kan niet"
                )


class Rect(NamedTuple):
    """An axis-aligned rectangle in points."""

    x: float
    y: float
    w: float
    h: float

    @property
    def x1(self) -> float:
        """Right edge."""
        return self.x + self.w

    @property
    def y1(self) -> float:
        """Top edge."""
        return self.y + self.h

    def grown(self, d: float) -> Rect:
        """This rectangle grown by `d` on every side."""
        return Rect(self.x - d, self.y - d, self.w + 2 * d, self.h + 2 * d)

    def box(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1), as a PDF box."""
        return (self.x, self.y, self.x1, self.y1)

    def union(self, other: Rect) -> Rect:
        """The smallest rectangle holding both."""
        x0, y0 = min(self.x, other.x), min(self.y, other.y)
        x1, y1 = max(self.x1, other.x1), max(self.y1, other.y1)
        return Rect(x0, y0, x1 - x0, y1 - y0)

    def intersects(self, other: Rect) -> bool:
        """Whether the interiors overlap."""
        return self.x < other.x1 - _EPS and other.x < self.x1 - _EPS and self.y < other.y1 - _EPS and other.y < self.y1 - _EPS


class Affine(NamedTuple):
    """A 2D affine map x' = a x + c y + e, y' = b x + d y + f (ReportLab's `transform` order)."""

    a: float = 1.0
    b: float = 0.0
    c: float = 0.0
    d: float = 1.0
    e: float = 0.0
    f: float = 0.0

    def apply(self, x: float, y: float) -> tuple[float, float]:
        """Map one point."""
        return (self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f)

    def then(self, outer: Affine) -> Affine:
        """`outer` applied after this map."""
        o = outer
        return Affine(
            o.a * self.a + o.c * self.b,
            o.b * self.a + o.d * self.b,
            o.a * self.c + o.c * self.d,
            o.b * self.c + o.d * self.d,
            o.a * self.e + o.c * self.f + o.e,
            o.b * self.e + o.d * self.f + o.f,
        )

    def bounds(self, w: float, h: float) -> Rect:
        """Bounding box of the image of the rectangle (0, 0, w, h)."""
        pts = [self.apply(x, y) for x, y in ((0, 0), (w, 0), (0, h), (w, h))]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def matrix(self) -> tuple[float, float, float, float, float, float]:
        """The six numbers for `canvas.transform`."""
        return (self.a, self.b, self.c, self.d, self.e, self.f)


class Line(NamedTuple):
    """A straight line segment (a crop mark), in points."""

    x0: float
    y0: float
    x1: float
    y1: float

    def mapped(self, m: Affine) -> Line:
        """The segment under an affine map."""
        a, b = m.apply(self.x0, self.y0), m.apply(self.x1, self.y1)
        return Line(a[0], a[1], b[0], b[1])

    def bounds(self) -> Rect:
        """Its bounding box (zero width or height for a straight mark)."""
        return Rect(min(self.x0, self.x1), min(self.y0, self.y1), abs(self.x1 - self.x0), abs(self.y1 - self.y0))


@dataclass(frozen=True)
class Slot:
    """One card place on a sheet: trim rectangles and card-to-page maps for its front and back.

    The maps take card coordinates (0..card width, 0..card height, upright card) to page points.
    """

    index: int
    row: int
    column: int
    front: Rect
    back: Rect
    front_map: Affine
    back_map: Affine


@dataclass(frozen=True)
class SheetLayout:
    """Where every card goes on a sheet's front and back page, and the marks around them."""

    page_width: float
    page_height: float
    card_width: float
    card_height: float
    bleed: float
    columns: int
    rows: int
    rotated: bool
    mirror: str
    back_shift: tuple[float, float]
    slots: tuple[Slot, ...]
    front_marks: tuple[Line, ...]
    back_marks: tuple[Line, ...]
    printable: Rect

    @property
    def per_sheet(self) -> int:
        """Cards per sheet."""
        return len(self.slots)

    def page_mirror(self) -> Affine:
        """Front page point -> the same paper point seen on the back page (without offset)."""
        if self.mirror == "x":
            return Affine(a=-1.0, e=self.page_width)
        return Affine(d=-1.0, f=self.page_height)

    def back_page_map(self) -> Affine:
        """Front page point -> back page point, including the back offset."""
        return self.page_mirror().then(Affine(e=self.back_shift[0], f=self.back_shift[1]))

    def _union(self, rects: list[Rect]) -> Rect:
        out = rects[0]
        for r in rects[1:]:
            out = out.union(r)
        return out

    @property
    def front_trim_box(self) -> Rect:
        """TrimBox of a front page: bounding box of all trim rectangles."""
        return self._union([s.front for s in self.slots])

    @property
    def front_bleed_box(self) -> Rect:
        """BleedBox of a front page: the trim box grown by the bleed."""
        return self.front_trim_box.grown(self.bleed)

    @property
    def back_trim_box(self) -> Rect:
        """TrimBox of a back page."""
        return self._union([s.back for s in self.slots])

    @property
    def back_bleed_box(self) -> Rect:
        """BleedBox of a back page."""
        return self.back_trim_box.grown(self.bleed)


def paper_size(paper: str) -> tuple[float, float]:
    """Portrait paper size in points."""
    w, h = geometry().papers[paper]
    return mm(w), mm(h)


def card_size(name: str) -> tuple[float, float]:
    """Upright trimmed card size in points."""
    w, h = geometry().card_sizes[name]
    return mm(w), mm(h)


def _mirror_axis(options: PrintOptions) -> str:
    return "y" if options.duplex == "short" else "x"


def _mark_gap(bleed_mm: float) -> float:
    """Points between the outer bleed edge and a crop mark: marks start `crop_mark_offset` from the trim
    (print-shop practice, 3 mm), and never inside the bleed."""
    return mm(max(0.0, geometry().sheet["crop_mark_offset"] - bleed_mm))


def _mark_extent(options: PrintOptions) -> float:
    sheet = geometry().sheet
    return _mark_gap(options.bleed) + mm(sheet["crop_mark_length"]) if options.crop_marks else 0.0


def layout_sheet(options: PrintOptions) -> SheetLayout:
    """The layout of one sheet (or, in print-shop mode, of one card page) for these options."""
    options.check()
    geo = geometry()
    cw, ch = card_size(options.card_size)
    bleed = mm(options.bleed)
    extent = _mark_extent(options)
    move = False
    if options.print_shop:
        page_w, page_h = cw + 2 * (bleed + extent), ch + 2 * (bleed + extent)
        columns, rows, rotated = 1, 1, False
        printable = Rect(0, 0, page_w, page_h)
    else:
        page_w, page_h = paper_size(options.paper)
        margin = mm(geo.sheet["printable_margin"])
        printable = Rect(margin, margin, page_w - 2 * margin, page_h - 2 * margin)
        # The back offset moves the mirrored grid; the backs (bleed and marks) must stay inside the printable
        # margin too. With room for the offset on both sides the fronts stay centred. When that costs cards,
        # the grid moves half the offset the other way instead: front and back then lie symmetric on the
        # sheet and need room for the offset only once (a row or column is lost only for a large offset).
        shift_x, shift_y = (abs(mm(v)) for v in options.back_offset_mm)

        def fit(room_w: float, room_h: float) -> tuple[int, bool, int, int, bool]:
            fits = []
            for turn in (False, True):
                cell_w, cell_h = (ch, cw) if turn else (cw, ch)
                cols = max(0, math.floor((room_w + _EPS) / (cell_w + 2 * bleed)))
                rws = max(0, math.floor((room_h + _EPS) / (cell_h + 2 * bleed)))
                fits.append((cols * rws, not turn, cols, rws, turn))
            return max(fits)

        avail_w, avail_h = printable.w - 2 * extent, printable.h - 2 * extent
        best = fit(avail_w - 2 * shift_x, avail_h - 2 * shift_y)
        tight = fit(avail_w - shift_x, avail_h - shift_y)
        move = tight[0] > best[0]
        best = tight if move else best
        if best[0] == 0:
            raise ExportError(
                f"kaartformaat {options.card_size} past niet op {options.paper.upper()}-papier "
                "met deze afloop, snijtekens en verschuiving van de achterkant"
            )
        _, _, columns, rows, rotated = best
    cell_w, cell_h = ((ch, cw) if rotated else (cw, ch))
    cell_w, cell_h = cell_w + 2 * bleed, cell_h + 2 * bleed
    gx0 = (page_w - columns * cell_w) / 2
    gy1 = (page_h + rows * cell_h) / 2
    if not options.print_shop and move:
        # Half the back offset: along the mirrored axis the front moves with it, along the other against it.
        ox, oy = (mm(v) / 2 for v in options.back_offset_mm)
        gx0, gy1 = (gx0 + ox, gy1 - oy) if _mirror_axis(options) == "x" else (gx0 - ox, gy1 + oy)
    layout_stub = SheetLayout(page_w, page_h, cw, ch, bleed, columns, rows, rotated, _mirror_axis(options),
                              (mm(options.back_offset_mm[0]), mm(options.back_offset_mm[1])), (), (), (), printable)
    to_back = layout_stub.back_page_map()
    # A card turned over sideways (about its own vertical axis) must show its back upright.
    card_flip = Affine(a=-1.0, e=cw)
    slots: list[Slot] = []
    for row in range(rows):
        for col in range(columns):
            x0 = gx0 + col * cell_w + bleed
            y0 = gy1 - (row + 1) * cell_h + bleed
            # Rotated cards lie with their top towards the page's left edge.
            front_map = Affine(a=0.0, b=1.0, c=-1.0, d=0.0, e=x0 + ch, f=y0) if rotated else Affine(e=x0, f=y0)
            back_map = card_flip.then(front_map).then(to_back)
            slots.append(Slot(len(slots), row, col, front_map.bounds(cw, ch), back_map.bounds(cw, ch),
                              front_map, back_map))
    front_marks = _crop_marks(slots, bleed, options) if options.crop_marks else ()
    back_marks = tuple(line.mapped(to_back) for line in front_marks)
    return SheetLayout(page_w, page_h, cw, ch, bleed, columns, rows, rotated, layout_stub.mirror,
                       layout_stub.back_shift, tuple(slots), front_marks, back_marks, printable)


def _crop_marks(slots: list[Slot], bleed: float, options: PrintOptions) -> tuple[Line, ...]:
    """Marks on the extension of every trim line, in the margin outside the grid's bleed."""
    sheet = geometry().sheet
    gap, length = _mark_gap(options.bleed), mm(sheet["crop_mark_length"])
    grid = slots[0].front
    for s in slots[1:]:
        grid = grid.union(s.front)
    outer = grid.grown(bleed)
    xs = sorted({round(v, 6) for s in slots for v in (s.front.x, s.front.x1)})
    ys = sorted({round(v, 6) for s in slots for v in (s.front.y, s.front.y1)})
    marks: list[Line] = []
    for x in xs:
        marks.append(Line(x, outer.y1 + gap, x, outer.y1 + gap + length))
        marks.append(Line(x, outer.y - gap, x, outer.y - gap - length))
    for y in ys:
        marks.append(Line(outer.x - gap, y, outer.x - gap - length, y))
        marks.append(Line(outer.x1 + gap, y, outer.x1 + gap + length, y))
    # Rounded to a nanometre-ish 1e-9 pt: a mark that ends exactly at the page edge must not end at -1e-15.
    return tuple(Line(*(round(v, 9) + 0.0 for v in (m.x0, m.y0, m.x1, m.y1))) for m in marks)
