"""The game board: the scale from most wanted to most unwanted in k zones, on A3 or tiled over A4 sheets.

The board is drawn once in its own coordinates and placed on pages: whole on A3 landscape, or in
overlapping windows on A4 portrait sheets. On A4, each sheet but the last is cut along its dashed line
and laid over the next sheet's glue strip, where the half alignment crosses meet. The direction is
given by an arrow with words and by a symbol per zone (+ … −), never by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from gedragen.core.card_layout import geometry
from gedragen.core.errors import ExportError
from gedragen.export.cards import INK, mix_colors, new_canvas, write_pdf
from gedragen.export.fonts import BOLD, REGULAR, missing_glyphs
from gedragen.export.layout import Rect, card_size, mm, paper_size
from gedragen.export.pdfmeta import set_print_preferences

TITLE = "Gedragen gedrag – speelbord"
SUBTITLE = "Leg elke kaart in een vak. Binnen een vak: bovenaan het meest gewenst, onderaan het minst."
ARROW_WORDS = ("meest gewenst", "meest ongewenst")
# Zone tints from wanted to unwanted: a hint only; symbols, words and the arrow carry the meaning.
WANTED_TINT, NEUTRAL_TINT, UNWANTED_TINT = HexColor("#D9EEDC"), HexColor("#F1F1EF"), HexColor("#F7DAD5")


@dataclass(frozen=True)
class BoardResult:
    """What `render_board` made: page count, board size and the zone rectangles (board points)."""

    pages: int
    paper: str
    width: float
    height: float
    zones: tuple[Rect, ...]
    labels: tuple[str, ...]
    tiles: tuple[Rect, ...]


def default_labels(zones: int) -> tuple[str, ...]:
    """The zone labels of DESIGN §2 for 2, 3 or 5 zones."""
    labels = geometry().board["labels"].get(str(zones))
    if labels is None:
        raise ExportError(f"een speelbord heeft 2, 3 of 5 vakken, niet {zones}")
    return tuple(labels)


def _tint(i: int, k: int) -> Color:
    t = i / (k - 1)
    if t <= 0.5:
        return mix_colors(WANTED_TINT, NEUTRAL_TINT, 1 - 2 * t)
    return mix_colors(UNWANTED_TINT, NEUTRAL_TINT, 2 * t - 1)


def _fit_size(text: str, font: str, size: float, width: float) -> float:
    """`size`, or smaller so that one line of `text` fits `width`."""
    needed = stringWidth(text, font, size)
    return size if needed <= width else size * width / needed


def zone_rects(width: float, height: float, zones: int) -> tuple[Rect, ...]:
    """The zones of a board of this size (board points), left (most wanted) to right."""
    spec = geometry().board
    header, footer = spec["header_frac"] * height, spec["footer_frac"] * height
    gap = mm(spec["zone_gap"])
    zone_w = (width - (zones - 1) * gap) / zones
    return tuple(Rect(i * (zone_w + gap), footer, zone_w, height - header - footer) for i in range(zones))


class _BoardPainter:
    """Draws the board in board coordinates (0..width, 0..height points)."""

    def __init__(self, canvas: Canvas, width: float, height: float, labels: tuple[str, ...]) -> None:
        self.c, self.w, self.h, self.labels = canvas, width, height, labels
        spec = geometry().board
        self.header = spec["header_frac"] * height
        self.footer = spec["footer_frac"] * height
        self.zones = zone_rects(width, height, len(labels))
        self.symbols = tuple(spec["symbols"][str(len(labels))])

    def draw(self) -> None:
        """The whole board."""
        self._header()
        for i, zone in enumerate(self.zones):
            self._zone(i, zone)
        c = self.c
        c.setFillColor(INK)
        c.setFont(REGULAR, 9)
        c.drawString(0, self.footer * 0.35, f"Gedragen gedrag · speelbord met {len(self.zones)} vakken")
        c.drawRightString(self.w, self.footer * 0.35, " · ".join(self.labels))

    def _header(self) -> None:
        c, w, h = self.c, self.w, self.h
        c.setFillColor(INK)
        c.setFont(BOLD, 22)
        c.drawString(0, h - 24, TITLE)
        c.setFont(REGULAR, 11)
        c.drawString(0, h - 42, SUBTITLE)
        # The arrow: a bar with a head to the right, words at both ends.
        bar_h = min(mm(12), self.header * 0.3)
        y0 = h - self.header + mm(6)
        head = bar_h * 1.2
        c.setFillColor(HexColor("#333333"))
        path = c.beginPath()
        path.moveTo(0, y0)
        path.lineTo(w - head, y0)
        path.lineTo(w - head, y0 - bar_h * 0.35)
        path.lineTo(w, y0 + bar_h / 2)
        path.lineTo(w - head, y0 + bar_h * 1.35)
        path.lineTo(w - head, y0 + bar_h)
        path.lineTo(0, y0 + bar_h)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColor(white)
        size = bar_h * 0.55
        c.setFont(BOLD, size)
        base = y0 + bar_h / 2 - size * 0.36
        c.drawString(mm(3), base, f"{self.symbols[0]}  {ARROW_WORDS[0]}")
        c.drawRightString(w - head - mm(3), base, f"{ARROW_WORDS[1]}  {self.symbols[-1]}")

    def _zone(self, i: int, zone: Rect) -> None:
        c = self.c
        c.setFillColor(_tint(i, len(self.zones)))
        c.setStrokeColor(HexColor("#555555"))
        c.setLineWidth(1.2)
        c.roundRect(zone.x, zone.y, zone.w, zone.h, mm(3), stroke=1, fill=1)
        c.setFillColor(INK)
        symbol_size = mm(11)
        top = zone.y1 - mm(4)
        c.setFont(BOLD, symbol_size)
        c.drawCentredString(zone.x + zone.w / 2, top - symbol_size * 0.8, self.symbols[i])
        label = self.labels[i]
        size = _fit_size(label, BOLD, 16, zone.w - mm(6))
        c.setFont(BOLD, size)
        label_base = top - symbol_size - mm(5)
        c.drawCentredString(zone.x + zone.w / 2, label_base, label)
        c.setFont(REGULAR, 8)
        c.drawCentredString(zone.x + zone.w / 2, label_base - mm(5), f"vak {i + 1} van {len(self.zones)}")
        self._places(zone, label_base - mm(9))

    def _places(self, zone: Rect, top: float) -> None:
        """Dashed outlines where cards of the default size go, top to bottom."""
        c = self.c
        cw, ch = card_size("poker")
        c.setDash(4, 3)
        c.setLineWidth(0.6)
        c.setStrokeColor(HexColor("#888888"))
        c.setFillColor(HexColor("#888888"))
        c.setFont(REGULAR, 9)
        x = zone.x + (zone.w - cw) / 2
        y = top - ch
        number = 1
        while y >= zone.y + mm(3) and number <= 6:
            c.roundRect(x, y, cw, ch, mm(2), stroke=1, fill=0)
            c.drawCentredString(x + cw / 2, y + ch / 2, str(number))
            number += 1
            y -= ch + mm(3)
        c.setDash()


def _check_labels(zones: int, labels: Sequence[str] | None) -> tuple[str, ...]:
    chosen = default_labels(zones) if labels is None else tuple(labels)
    if len(chosen) != zones:
        raise ExportError(f"het speelbord heeft {zones} vakken maar er zijn {len(chosen)} namen gegeven")
    for label in chosen:
        if not label.strip():
            raise ExportError("elk vak van het speelbord heeft een naam nodig")
        missing = missing_glyphs(label) or missing_glyphs(label, BOLD)
        if missing:
            raise ExportError(f"vaknaam '{label}': het lettertype heeft geen teken voor '{missing[0]}'")
    return chosen


def render_board(zones: int, labels: Sequence[str] | None, paper: str, out: str | Path | BinaryIO,
                 invariant: bool = False) -> BoardResult:
    """Draw the game board: one A3 landscape page, or A4 portrait tiles with cut and glue marks."""
    chosen = _check_labels(zones, labels)
    if paper not in ("a3", "a4"):
        raise ExportError(f"het speelbord kan op a3 of a4, niet op '{paper}'")
    spec = geometry().board
    margin = mm(spec["margin"])
    if paper == "a3":
        pw, ph = paper_size("a3")
        page = (ph, pw)
        width, height = page[0] - 2 * margin, page[1] - 2 * margin
        tiles: tuple[Rect, ...] = (Rect(0, 0, width, height),)
        label_h = 0.0
    else:
        page = paper_size("a4")
        label_h = mm(spec["tile_label_height"])
        tile_w, height = page[0] - 2 * margin, page[1] - 2 * margin - label_h
        overlap = mm(spec["tile_overlap"])
        count = 2
        width = count * tile_w - (count - 1) * overlap
        tiles = tuple(Rect(i * (tile_w - overlap), 0, tile_w, height) for i in range(count))

    def produce(handle: BinaryIO) -> None:
        canvas = new_canvas(handle, page, TITLE, invariant)
        set_print_preferences(canvas, "none")
        painter = _BoardPainter(canvas, width, height, chosen)
        canvas.beginForm("board", 0, 0, width, height)
        painter.draw()
        canvas.endForm()
        for index, tile in enumerate(tiles):
            canvas.saveState()
            canvas.translate(margin - tile.x, margin + label_h)
            clip = canvas.beginPath()
            clip.rect(tile.x, 0, tile.w, tile.h)
            canvas.clipPath(clip, stroke=0, fill=0)
            canvas.doForm("board")
            if len(tiles) > 1:
                _seams(canvas, tiles, index)
            canvas.restoreState()
            if len(tiles) > 1:
                _tile_label(canvas, index, len(tiles), margin, label_h)
            canvas.showPage()
        canvas.save()

    write_pdf(out, produce)
    return BoardResult(len(tiles), paper, width, height, zone_rects(width, height, zones), chosen, tiles)


def seam_positions(tiles: Sequence[Rect]) -> tuple[float, ...]:
    """Board x of each cut line: the middle of the overlap between neighbouring tiles."""
    return tuple((tiles[i].x1 + tiles[i + 1].x) / 2 for i in range(len(tiles) - 1))


def _seams(canvas: Canvas, tiles: Sequence[Rect], index: int) -> None:
    """Cut line on a tile's right seam, glue strip on its left seam, half crosses on both."""
    tile = tiles[index]
    marks = int(geometry().board["align_marks"])
    seams = seam_positions(tiles)
    canvas.setStrokeColor(Color(0, 0, 0))
    canvas.setFillColor(Color(0, 0, 0))
    for s, x in enumerate(seams):
        if s == index:  # the right seam of this tile: cut here
            canvas.setLineWidth(0.8)
            canvas.setDash(6, 3)
            canvas.line(x, 0, x, tile.h)
            canvas.setDash()
            canvas.setFont(BOLD, 8)
            canvas.saveState()
            canvas.translate(x - 3, tile.h / 2)
            canvas.rotate(90)
            canvas.drawCentredString(0, 0, "✂ knip langs deze lijn")
            canvas.restoreState()
        elif s == index - 1:  # the left seam: the previous sheet is laid over this strip
            canvas.setStrokeColor(HexColor("#777777"))
            canvas.setLineWidth(0.4)
            step = mm(4)
            y = -tile.x
            while y < tile.h:
                canvas.line(tile.x, y, x, y + (x - tile.x))
                y += step
            canvas.setStrokeColor(Color(0, 0, 0))
        else:
            continue
        canvas.setLineWidth(0.5)
        arm = mm(4)
        for m in range(marks):
            y = tile.h * (m + 0.5) / marks
            canvas.circle(x, y, arm * 0.6, stroke=1, fill=0)
            canvas.line(x - arm, y, x + arm, y)
            canvas.line(x, y - arm, x, y + arm)


def _tile_label(canvas: Canvas, index: int, count: int, margin: float, label_h: float) -> None:
    """'1/2 — plak aan 2' in the strip under the tile."""
    others = [str(i + 1) for i in (index - 1, index + 1) if 0 <= i < count]
    text = f"{index + 1}/{count} — plak aan {' en '.join(others)}"
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 11)
    canvas.drawString(margin, margin + label_h * 0.3, text)
    canvas.setFont(REGULAR, 8)
    hint = ("knip langs de stippellijn en leg dit vel op de plakrand van het volgende" if index < count - 1
            else "leg het vorige vel op de gearceerde plakrand; de halve kruisjes vallen samen")
    page_w = paper_size("a4")[0]
    canvas.drawRightString(page_w - margin, margin + label_h * 0.3, hint)
