"""The reveal's scale strips on paper: the round page shows every card with the strip the room saw.

The strips come from `gedragen.core.reveal` (stored in `ReportRound.strips`); this module only scales the
core's unit boxes to points and draws them, with the same team shapes and letters as the screen.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color

from gedragen.core.reveal import Box, Strip
from gedragen.export.charts import marker
from gedragen.export.report_common import INK, MUTED, RULE, ReportData, ReportRound, fit_lines, fonts

_LABEL_SIZE = 8.0
_HEADER_SIZE = 8.0
_ZONE_FILL = Color(0.95, 0.95, 0.95)
_BAND_FILL = Color(0.99, 0.87, 0.72)
_BAND_EDGE = Color(0.78, 0.31, 0.0)  # the screen's focus colour
_GROUP_EDGE = Color(0.0, 0.25, 0.5)  # the screen's accent colour
_ROW_GAP = 6.0
STRIP_CAPTION = (
    "Bovenaan de kaart waarover de teams het minst eens waren. Elk team staat met zijn letter en vorm in het "
    "vak dat het koos, en binnen dat vak op de plek waar het de kaart legde (links: eerder gewenst). De "
    "oranje band loopt van het ene uiterste team tot het andere; een blauw kader is de positie van de groep."
)


def _points(box: Box, x: float, top: float, width: float, height: float) -> tuple[float, float, float, float]:
    """A unit box (y down from the top) as ReportLab (x, y, w, h) with y up from the bottom."""
    return (x + box.x * width, top - (box.y + box.h) * height, box.w * width, box.h * height)


def draw_strip(drawing: Drawing, data: ReportData, strip: Strip, x: float, top: float, width: float) -> float:
    """Draw `strip` with its top-left corner at (x, top) and `width` points wide; returns its height."""
    height = width * strip.aspect
    teams = {t.id: t for t in data.teams}
    for zone in strip.zones:
        zx, zy, zw, zh = _points(zone.box, x, top, width, height)
        if zone.index % 2 == 0:
            drawing.add(Rect(zx, zy, zw, zh, fillColor=_ZONE_FILL, strokeColor=None))
        if zone.index:
            drawing.add(Line(zx, zy, zx, zy + zh, strokeColor=RULE, strokeWidth=0.5))
    drawing.add(Rect(x, top - height, width, height, fillColor=None, strokeColor=INK, strokeWidth=0.6))
    if strip.band is not None:
        bx, by, bw, bh = _points(strip.band, x, top, width, height)
        drawing.add(Rect(bx, by, bw, bh, rx=min(bh, bw) / 2, ry=min(bh, bw) / 2, fillColor=_BAND_FILL,
                         strokeColor=_BAND_EDGE, strokeWidth=0.8))
    if strip.group is not None:
        gx, gy, gw, gh = _points(strip.group, x, top, width, height)
        drawing.add(Rect(gx + 1, gy + 1, gw - 2, gh - 2, fillColor=None, strokeColor=_GROUP_EDGE, strokeWidth=2))
    # markers left to right, so the PDF's text runs in zone order
    for item in sorted(strip.markers, key=lambda m: (m.box.x, m.box.y)):
        team = teams.get(item.mark.team)
        if team is None:
            continue
        mx, my, mw, mh = _points(item.box, x, top, width, height)
        drawing.add(marker(team, mx + mw / 2, my + mh / 2, mw))
    return height


def strip_chart(data: ReportData, rnd: ReportRound, width: float, max_height: float = 600.0,
                numbers: dict[str, int] | None = None) -> list[Drawing]:
    """Drawings (split to fit `max_height`) of every placed card of the round with its strip, most disagreement
    first; the zone labels head each drawing, a frame marks the group's position."""
    bold = fonts()[1]
    label_w = width * 0.36
    strip_x = label_w + 8
    strip_w = width - strip_x
    k = max(1, len(data.zones))
    header_lines = [fit_lines(f"{i + 1} {z}", bold, _HEADER_SIZE, strip_w / k - 4, 2) for i, z in enumerate(data.zones)]
    header_h = 6 + _HEADER_SIZE * 1.25 * max((len(h) for h in header_lines), default=1)
    # each card carries the number the app gives it (its place in the round)
    rows = [((numbers or {}).get(strip.card, i), strip, max(strip_w * strip.aspect, 3 * _LABEL_SIZE * 1.2 + 4) + _ROW_GAP)
            for i, strip in enumerate(rnd.strips, start=1)]
    drawings: list[Drawing] = []
    chunk: list[tuple[int, Strip, float]] = []
    used = header_h
    for row in rows:
        if chunk and used + row[2] > max_height:
            drawings.append(_chunk(data, chunk, width, label_w, strip_x, strip_w, header_lines, header_h))
            chunk, used = [], header_h
        chunk.append(row)
        used += row[2]
    if chunk:
        drawings.append(_chunk(data, chunk, width, label_w, strip_x, strip_w, header_lines, header_h))
    return drawings


def _chunk(data: ReportData, rows: list[tuple[int, Strip, float]], width: float, label_w: float, strip_x: float,
           strip_w: float, header_lines: list[list[str]], header_h: float) -> Drawing:
    regular, bold = fonts()
    k = len(header_lines) or 1
    height = header_h + sum(h for _, _, h in rows)
    drawing = Drawing(width, height, initialFontName=regular, initialFontSize=10)
    for z, lines in enumerate(header_lines):
        cx = strip_x + (z + 0.5) * strip_w / k
        for i, line in enumerate(lines):
            drawing.add(String(cx, height - 4 - _HEADER_SIZE - i * _HEADER_SIZE * 1.25, line, fontName=bold,
                               fontSize=_HEADER_SIZE, fillColor=INK, textAnchor="middle"))
    top = height - header_h
    for index, strip, row_h in rows:
        card = data.card(strip.card)
        drawing.add(String(0, top - 9, f"{index}.", fontName=bold, fontSize=_LABEL_SIZE, fillColor=INK))
        lines = fit_lines(card.text, regular, _LABEL_SIZE, label_w - 16, 2)
        for i, line in enumerate(lines):
            drawing.add(String(14, top - 9 - i * _LABEL_SIZE * 1.2, line, fontName=regular, fontSize=_LABEL_SIZE,
                               fillColor=INK))
        drawing.add(String(14, top - 9 - len(lines) * _LABEL_SIZE * 1.2, card.id, fontName=regular,
                           fontSize=_LABEL_SIZE - 1, fillColor=MUTED))
        draw_strip(drawing, data, strip, strip_x, top, strip_w)
        top -= row_h
    return drawing
