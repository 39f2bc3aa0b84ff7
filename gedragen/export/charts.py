"""Vector charts for the report: every team's zone per card, and walking-debate heads before and after.

Charts are ReportLab Drawings (flowables). Teams are told apart by a letter inside a distinct shape,
so a greyscale print reads the same as a colour one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, white

from gedragen.core.colors import luminance_rgb
from gedragen.core.reveal import debate_bars
from gedragen.export.report_common import (
    INK,
    MUTED,
    RULE,
    CardResult,
    DebateResult,
    ReportData,
    ReportTeam,
    color,
    fit_lines,
    fonts,
    number,
)

MARKER_SIZE = 15.0
_LABEL_SIZE = 8.0
_ARROW = Color(0.78, 0.31, 0.0)  # the screen's focus colour: the shift from before to after
_HEADER_SIZE = 8.0
_MEDIAN_FILL = Color(0.78, 0.78, 0.78)
_ROW_FILL = Color(0.965, 0.965, 0.965)


def _luminance(c: Color) -> float:
    """WCAG relative luminance of a ReportLab colour."""
    return luminance_rgb(c.red, c.green, c.blue)


def _polygon(cx: float, cy: float, r: float, sides: int, rotation: float) -> list[float]:
    points: list[float] = []
    for i in range(sides):
        angle = rotation + 2 * math.pi * i / sides
        points += [cx + r * math.cos(angle), cy + r * math.sin(angle)]
    return points


def marker(team: ReportTeam, cx: float, cy: float, size: float = MARKER_SIZE) -> Group:
    """A team marker centred at (cx, cy): its shape filled with its colour, its letter inside."""
    bold = fonts()[1]
    fill = color(team.color)
    r = size / 2
    stroke = dict(fillColor=fill, strokeColor=INK, strokeWidth=0.6)
    shape = team.shape
    if shape == "circle":
        body = Circle(cx, cy, r, **stroke)
    elif shape == "square":
        body = Rect(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8, **stroke)
    elif shape == "triangle":
        body = Polygon(_polygon(cx, cy + r * 0.1, r * 1.3, 3, math.pi / 2), **stroke)
    elif shape == "diamond":
        body = Polygon(_polygon(cx, cy, r * 1.15, 4, 0), **stroke)
    elif shape == "down":
        body = Polygon(_polygon(cx, cy - r * 0.1, r * 1.3, 3, -math.pi / 2), **stroke)
    elif shape == "hexagon":
        body = Polygon(_polygon(cx, cy, r * 1.05, 6, 0), **stroke)
    elif shape == "pentagon":
        body = Polygon(_polygon(cx, cy, r * 1.1, 5, math.pi / 2), **stroke)
    elif shape == "star":
        points: list[float] = []
        for i in range(10):
            radius = r * (1.2 if i % 2 == 0 else 0.6)
            angle = math.pi / 2 + i * math.pi / 5
            points += [cx + radius * math.cos(angle), cy - r * 0.08 + radius * math.sin(angle)]
        body = Polygon(points, **stroke)
    elif shape == "cross":
        a, b = r * 0.3, r * 1.05
        body = Polygon(
            [cx - b, cy + b - a, cx - b + a, cy + b, cx, cy + a, cx + b - a, cy + b, cx + b, cy + b - a, cx + a, cy,
             cx + b, cy - b + a, cx + b - a, cy - b, cx, cy - a, cx - b + a, cy - b, cx - b, cy - b + a, cx - a, cy],
            **stroke,
        )
    else:  # plus
        w = r * 0.55
        body = Polygon(
            [cx - w, cy + r, cx + w, cy + r, cx + w, cy + w, cx + r, cy + w, cx + r, cy - w, cx + w, cy - w,
             cx + w, cy - r, cx - w, cy - r, cx - w, cy - w, cx - r, cy - w, cx - r, cy + w, cx - w, cy + w],
            **stroke,
        )
    # the letter takes whichever of black or white contrasts more with the team colour
    text_color = INK if (_luminance(fill) + 0.05) / 0.05 >= 1.05 / (_luminance(fill) + 0.05) else white
    font_size = size * 0.62
    letter = String(cx, cy - font_size * 0.36, team.letter, fontName=bold, fontSize=font_size,
                    fillColor=text_color, textAnchor="middle")
    return Group(body, letter)


def team_marker_drawing(team: ReportTeam, size: float = MARKER_SIZE) -> Drawing:
    """A small drawing holding only the team's marker (for legends and tables)."""
    drawing = Drawing(size + 4, size + 4, initialFontName=fonts()[0], initialFontSize=10)
    drawing.add(marker(team, (size + 4) / 2, (size + 4) / 2, size))
    return drawing


def zone_chart(data: ReportData, results: Sequence[CardResult], width: float,
               max_height: float = 600.0, numbers: Mapping[str, int] | None = None) -> list[Drawing]:
    """Drawings (split to fit `max_height`) of every team's zone per card, cards in the given order.

    Each row is a card (its number, from `numbers` as the app says it, else its place in the order, and
    the start of its text); each column a zone, from
    gewenst to ongewenst. The median zone's cell is shaded; D is printed at the right.
    """
    bold = fonts()[1]
    k = max(1, len(data.zones))
    label_w = width * 0.36
    d_w = 34.0
    zone_w = (width - label_w - d_w) / k
    step = MARKER_SIZE + 4
    per_line = max(1, int((zone_w - 6) // step))
    header_lines = [fit_lines(z, bold, _HEADER_SIZE, zone_w - 6, 2) for z in data.zones]
    header_h = 6 + _HEADER_SIZE * 1.25 * max((len(h) for h in header_lines), default=1)

    rows: list[tuple[int, CardResult, float]] = []
    for index, result in enumerate(results, start=1):
        counts = [0] * k
        for _, zone in result.zones:
            if 0 <= zone < k:
                counts[zone] += 1
        marker_lines = max((math.ceil(c / per_line) for c in counts), default=1) or 1
        shown = numbers.get(result.card, index) if numbers else index
        rows.append((shown, result, max(28.0, marker_lines * step + 8)))

    drawings: list[Drawing] = []
    chunk: list[tuple[int, CardResult, float]] = []
    used = header_h
    for row in rows:
        if chunk and used + row[2] > max_height:
            drawings.append(_chart_chunk(data, chunk, width, label_w, zone_w, d_w, header_lines, header_h))
            chunk, used = [], header_h
        chunk.append(row)
        used += row[2]
    if chunk:
        drawings.append(_chart_chunk(data, chunk, width, label_w, zone_w, d_w, header_lines, header_h))
    return drawings


def _chart_chunk(data: ReportData, rows: list[tuple[int, CardResult, float]], width: float, label_w: float,
                 zone_w: float, d_w: float, header_lines: list[list[str]], header_h: float) -> Drawing:
    regular, bold = fonts()
    k = len(header_lines) or 1
    height = header_h + sum(h for _, _, h in rows)
    drawing = Drawing(width, height, initialFontName=regular, initialFontSize=10)
    top = height
    for z, lines in enumerate(header_lines):
        x = label_w + z * zone_w + zone_w / 2
        for i, line in enumerate(lines):
            y = top - 4 - _HEADER_SIZE - i * _HEADER_SIZE * 1.25
            drawing.add(String(x, y, line, fontName=bold, fontSize=_HEADER_SIZE, fillColor=INK,
                               textAnchor="middle"))
    drawing.add(String(width - d_w / 2, top - 4 - _HEADER_SIZE, "D", fontName=bold, fontSize=_HEADER_SIZE,
                       fillColor=INK, textAnchor="middle"))
    y_top = top - header_h
    teams = {t.id: t for t in data.teams}
    step = MARKER_SIZE + 4
    per_line = max(1, int((zone_w - 6) // step))
    for n, (index, result, row_h) in enumerate(rows):
        y0 = y_top - row_h
        if n % 2 == 0:
            drawing.add(Rect(0, y0, width, row_h, fillColor=_ROW_FILL, strokeColor=None))
        if result.median_zone is not None and 0 <= result.median_zone < k:
            drawing.add(Rect(label_w + result.median_zone * zone_w + 2, y0 + 2, zone_w - 4, row_h - 4,
                             fillColor=_MEDIAN_FILL, strokeColor=INK, strokeWidth=0.7,
                             strokeDashArray=[2, 1.5]))
        card = data.card(result.card)
        drawing.add(String(3, y_top - 11, f"{index}.", fontName=bold, fontSize=_LABEL_SIZE, fillColor=INK))
        for i, line in enumerate(fit_lines(card.text, regular, _LABEL_SIZE, label_w - 22, 2)):
            drawing.add(String(18, y_top - 11 - i * _LABEL_SIZE * 1.2, line, fontName=regular,
                               fontSize=_LABEL_SIZE, fillColor=INK))
        placed: dict[int, int] = {}
        for team_id, zone in result.zones:
            team = teams.get(team_id)
            if team is None or not 0 <= zone < k:
                continue
            slot = placed.get(zone, 0)
            placed[zone] = slot + 1
            marker_row, col = divmod(slot, per_line)
            in_row = min(per_line, sum(1 for _, zz in result.zones if zz == zone) - marker_row * per_line)
            x_start = label_w + zone * zone_w + (zone_w - in_row * step) / 2 + step / 2
            cy = y_top - 4 - step / 2 - marker_row * step
            drawing.add(marker(team, x_start + col * step, cy))
        drawing.add(String(width - d_w / 2, y_top - row_h / 2 - 3, number(result.disagreement),
                           fontName=bold, fontSize=9, fillColor=INK, textAnchor="middle"))
        y_top = y0
    for z in range(k + 1):
        x = label_w + z * zone_w
        drawing.add(Line(x, 0, x, height - header_h, strokeColor=RULE, strokeWidth=0.5))
    drawing.add(Line(0, height - header_h, width, height - header_h, strokeColor=INK, strokeWidth=0.8))
    drawing.add(Line(0, 0, width, 0, strokeColor=RULE, strokeWidth=0.5))
    return drawing


_DEBATE_BAR = 14.0
_DEBATE_GAP = 9.0  # between the before and after bars: room for the shift arrow
_DEBATE_ROW = 2 * _DEBATE_BAR + _DEBATE_GAP + 14


def debate_chart(data: ReportData, debate: Sequence[DebateResult], width: float,
                 max_height: float = 600.0) -> list[Drawing]:
    """Drawings (split to fit `max_height`) of stacked bars per card: heads gewenst (dark) and
    ongewenst (light) before and after the discussion, with the counts on the bars."""
    per_chunk = max(1, int((max_height - 16) // _DEBATE_ROW))
    return [_debate_chunk(data, debate[i:i + per_chunk], i + 1, width) for i in range(0, len(debate), per_chunk)]


def _debate_chunk(data: ReportData, debate: Sequence[DebateResult], first: int, width: float) -> Drawing:
    regular, bold = fonts()
    label_w = width * 0.36
    bar_h = _DEBATE_BAR
    row_h = _DEBATE_ROW
    height = 16 + row_h * len(debate)
    drawing = Drawing(width, height, initialFontName=regular, initialFontSize=10)
    bar_x = label_w + 34
    bar_w = width - bar_x - 4
    dark, light = Color(0.15, 0.15, 0.15), Color(0.82, 0.82, 0.82)
    drawing.add(Rect(bar_x, height - 11, 9, 9, fillColor=dark, strokeColor=None))
    drawing.add(String(bar_x + 13, height - 10, "gewenst", fontName=regular, fontSize=8, fillColor=INK))
    drawing.add(Rect(bar_x + 70, height - 11, 9, 9, fillColor=light, strokeColor=INK, strokeWidth=0.4))
    drawing.add(String(bar_x + 83, height - 10, "ongewenst", fontName=regular, fontSize=8, fillColor=INK))
    y_top = height - 16
    for index, row in enumerate(debate, start=first):
        card = data.card(row.card)
        drawing.add(String(3, y_top - 12, f"{index}.", fontName=bold, fontSize=_LABEL_SIZE, fillColor=INK))
        for i, line in enumerate(fit_lines(card.text, regular, _LABEL_SIZE, label_w - 22, 3)):
            drawing.add(String(18, y_top - 12 - i * _LABEL_SIZE * 1.2, line, fontName=regular,
                               fontSize=_LABEL_SIZE, fillColor=INK))
        # the same bars and arrow as the room's screen, from the core's description
        bars = debate_bars(row.before, row.after)
        for j, (caption, bar) in enumerate((("voor", bars.before), ("na", bars.after))):
            heads = (bar.gewenst, bar.ongewenst)
            y = y_top - 6 - (j + 1) * bar_h - j * _DEBATE_GAP
            drawing.add(String(bar_x - 4, y + 4, caption, fontName=regular, fontSize=8, fillColor=MUTED,
                               textAnchor="end"))
            if bar.wanted is None:
                drawing.add(String(bar_x, y + 4, "niet geteld", fontName=regular, fontSize=8, fillColor=MUTED))
                continue
            wanted_w = bar_w * bar.wanted.w
            drawing.add(Rect(bar_x, y, wanted_w, bar_h - 2, fillColor=dark, strokeColor=None))
            drawing.add(Rect(bar_x + wanted_w, y, bar_w - wanted_w, bar_h - 2, fillColor=light,
                             strokeColor=INK, strokeWidth=0.4))
            if heads[0]:
                drawing.add(String(bar_x + 4, y + 3, str(heads[0]), fontName=bold, fontSize=8, fillColor=white))
            if heads[1]:
                drawing.add(String(bar_x + bar_w - 4, y + 3, str(heads[1]), fontName=bold, fontSize=8,
                                   fillColor=INK, textAnchor="end"))
        if bars.arrow is not None:
            start, end, _ = bars.arrow
            x0, x1 = bar_x + start * bar_w, bar_x + end * bar_w
            y = y_top - 6 - bar_h - _DEBATE_GAP / 2 - 1
            drawing.add(Line(x0, y, x1, y, strokeColor=_ARROW, strokeWidth=1.6))
            if abs(x1 - x0) > 3:
                tip = 4.0 if x1 > x0 else -4.0
                drawing.add(Polygon([x1, y, x1 - tip, y + 3, x1 - tip, y - 3], fillColor=_ARROW, strokeColor=None))
        y_top -= row_h
    return drawing
