"""The reveal for the room, drawn from `gedragen.core.reveal`: the scale strip and the round overview.

The core lays everything out in unit coordinates; these widgets only scale its boxes to their size and
paint them. Every text they paint is listed by `texts()` (size, colour and background), so the legibility
test checks painted text exactly like labels: ≥ 32 px and ≥ 7:1 against what is behind it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractAnimation,
    QCoreApplication,
    QEasingCurve,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from gedragen.core.reveal import (
    MARKER_SIZE,
    Box,
    OverviewCard,
    Strip,
    TeamMark,
)
from gedragen.ui.common import theme

LABEL_PX = theme.ROOM_TEXT_PX  # zone labels, titles, counts: text the room reads

ARRIVAL_MS = 300  # the markers' arrival after the reveal: short, and never in the clicker's way


@dataclass(frozen=True)
class PaintedText:
    """One text a widget paints: what, how big, in which colour on which background (for the legibility test)."""

    text: str
    px: int
    fg: str
    bg: str
    rect: QRectF


def _font(px: float, bold: bool = True) -> QFont:
    return theme.font_px(max(1, round(px)), bold)


def _scaled(box: Box, area: QRectF) -> QRectF:
    """A unit box in pixels of `area`."""
    return QRectF(area.left() + box.x * area.width(), area.top() + box.y * area.height(),
                  box.w * area.width(), box.h * area.height())


def _band_fill(p: theme.Palette) -> QColor:
    """The band behind the markers: the focus colour, faint enough that markers and letters stand out."""
    focus, window = QColor(p.focus), QColor(p.window)
    t = 0.2 if p.name == "light" else 0.35
    return QColor(round(window.red() + (focus.red() - window.red()) * t),
                  round(window.green() + (focus.green() - window.green()) * t),
                  round(window.blue() + (focus.blue() - window.blue()) * t))


def shape_path(shape: str, rect: QRectF) -> QPainterPath:
    """The outline of a team's marker shape inside `rect` (the fixed set of `core.reveal.TEAM_SHAPES`)."""
    c = rect.center()
    r = min(rect.width(), rect.height()) / 2
    path = QPainterPath()

    def polygon(points: list[tuple[float, float]]) -> None:
        path.addPolygon(QPolygonF([QPointF(c.x() + x * r, c.y() + y * r) for x, y in points]))
        path.closeSubpath()

    def regular(sides: int, start: float, scale: float = 1.0, dy: float = 0.0) -> list[tuple[float, float]]:
        return [(scale * math.cos(start + 2 * math.pi * i / sides), dy + scale * math.sin(start + 2 * math.pi * i / sides))
                for i in range(sides)]

    if shape == "circle":
        path.addEllipse(c, r * 0.96, r * 0.96)
    elif shape == "triangle":
        polygon(regular(3, -math.pi / 2, 1.12, 0.18))
    elif shape == "square":
        path.addRect(QRectF(c.x() - r * 0.86, c.y() - r * 0.86, r * 1.72, r * 1.72))
    elif shape == "diamond":
        polygon([(0, -1), (1, 0), (0, 1), (-1, 0)])
    elif shape == "star":
        points = []
        for i in range(10):
            radius = 1.0 if i % 2 == 0 else 0.5
            angle = -math.pi / 2 + i * math.pi / 5
            points.append((radius * math.cos(angle), 0.08 + radius * math.sin(angle)))
        polygon(points)
    elif shape == "plus":
        w = 0.36
        polygon([(-w, -1), (w, -1), (w, -w), (1, -w), (1, w), (w, w), (w, 1), (-w, 1), (-w, w), (-1, w),
                 (-1, -w), (-w, -w)])
    elif shape == "pentagon":
        polygon(regular(5, -math.pi / 2, 1.0, 0.06))
    else:  # cross
        a, b = 0.28, 0.98
        polygon([(-b, -b + a), (-b + a, -b), (0, -a), (b - a, -b), (b, -b + a), (a, 0), (b, b - a), (b - a, b),
                 (0, a), (-b + a, b), (-b, b - a), (-a, 0)])
    return path


def paint_marker(painter: QPainter, rect: QRectF, mark: TeamMark, letter_px: float | None,
                 p: theme.Palette) -> PaintedText | None:
    """A team's marker: its shape in its colour with a strong edge, and its letter on a halo of the window colour.

    The halo (the letter's own outline in the window colour) is the letter's background, so the letter keeps
    its contrast whatever the team colour; `letter_px=None` draws the shape alone (the mini strips).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(mark.color))
    painter.setPen(QPen(QColor(p.text), max(2.0, rect.width() * 0.05)))
    painter.drawPath(shape_path(mark.shape, rect))
    painted = None
    if letter_px is not None:
        font = _font(letter_px)
        metrics = QFontMetricsF(font)
        advance = metrics.horizontalAdvance(mark.letter)
        baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2
        text = QPainterPath()
        text.addText(QPointF(rect.center().x() - advance / 2, baseline), font, mark.letter)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(p.window), letter_px * 0.22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.text))
        painter.drawPath(text)
        painted = PaintedText(mark.letter, round(letter_px), p.text, p.window, rect)
    painter.restore()
    return painted


def _zone_text(strip: Strip, index: int) -> str:
    """A zone's label over the strip; the group's zone says it is the group's position."""
    zone = strip.zones[index]
    text = f"{zone.index + 1} {zone.label}"
    return QCoreApplication.translate("RevealStrip", "✓ Groep: {0}").format(text) if strip.group_zone == index else text


def _zone_fill(p: theme.Palette, index: int) -> str:
    return p.panel if index % 2 == 0 else p.window


def fitting_strip(build: Callable[[float], Strip], widget: StripWidget, width: float, max_height: float) -> Strip:
    """The strip at the largest marker size (from MARKER_SIZE down) whose picture fits in `max_height`.

    Many teams on one spot need many lanes; smaller markers keep the card above readable. The team letters
    stay at least LABEL_PX whatever the marker size.
    """
    strip = build(MARKER_SIZE)
    for size in (0.045, 0.04, 0.035, 0.03):
        if widget.height_for(strip, width) <= max_height:
            break
        strip = build(size)
    return strip


def _frame_group(painter: QPainter, zone: QRectF, p: theme.Palette, width: float) -> None:
    """The group's position: a thick frame in the accent colour round its zone."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(p.accent), width))
    painter.drawRect(zone.adjusted(width / 2, width / 2, -width / 2, -width / 2))


class StripWidget(QWidget):
    """One card's scale strip, large: zone labels on top, the zones, the band, the markers and the group position."""

    def __init__(self, strip: Strip | None = None, parent: QWidget | None = None, *, mini: bool = False) -> None:
        super().__init__(parent)
        self._strip = strip
        self._mini = mini
        self._texts: list[PaintedText] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # a short reveal: the markers drop into their zones; only the painting moves, the state is there at once
        self._arrival = QVariantAnimation(self)
        self._arrival.setStartValue(0.0)
        self._arrival.setEndValue(1.0)
        self._arrival.setDuration(ARRIVAL_MS)
        self._arrival.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._arrival.valueChanged.connect(self.update)

    def set_strip(self, strip: Strip | None) -> None:
        """Show another strip; the markers of a newly shown card arrive with a short animation."""
        arriving = strip is not None and strip.markers and (self._strip is None or self._strip.card != strip.card)
        self._strip = strip
        self.updateGeometry()
        if arriving or strip is None:
            self._arrival.stop()  # the same card again (any state change) keeps its arrival going
        if arriving and self.isVisible():
            self._arrival.start()
        self.update()

    def arrival(self) -> float:
        """How far the markers have arrived: 0 … 1 (1 when no animation runs)."""
        if self._arrival.state() != QAbstractAnimation.State.Running:
            return 1.0
        return float(self._arrival.currentValue())

    def strip(self) -> Strip | None:
        """The strip shown."""
        return self._strip

    # --- geometry -------------------------------------------------------------------------------------

    def height_for(self, strip: Strip, width: float) -> float:
        """The height this widget needs to show `strip` at `width`."""
        return self._label_height(width, strip) + width * strip.aspect

    def _label_lines(self, width: float, strip: Strip | None = None) -> int:
        strip = strip or self._strip
        if strip is None or self._mini:
            return 0
        metrics = QFontMetricsF(_font(LABEL_PX))
        zone_w = width / max(1, len(strip.zones))
        lines = 1
        for z in strip.zones:
            text = _zone_text(strip, z.index)
            rect = metrics.boundingRect(QRectF(0, 0, zone_w - 16, 10_000),
                                        int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter), text)
            lines = max(lines, round(rect.height() / metrics.lineSpacing()))
        return min(lines, 3)

    def _label_height(self, width: float, strip: Strip | None = None) -> float:
        lines = self._label_lines(width, strip)
        return 0.0 if lines == 0 else lines * QFontMetricsF(_font(LABEL_PX)).lineSpacing() + 10

    def hasHeightForWidth(self) -> bool:
        """The track keeps the core's aspect."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Labels plus the track at the strip's aspect."""
        if self._strip is None:
            return 0
        return math.ceil(self._label_height(width) + width * self._strip.aspect)

    def sizeHint(self) -> QSize:
        """A full-width strip."""
        return QSize(1600, self.heightForWidth(1600))

    def track_rect(self) -> QRectF:
        """Where the zones are drawn (below the labels), keeping the strip's aspect."""
        if self._strip is None:
            return QRectF()
        width = float(self.width())
        top = self._label_height(width)
        height = width * self._strip.aspect
        if top + height > self.height() and self._strip.aspect > 0:  # too little room: narrower, centred
            height = max(1.0, self.height() - top)
            width = height / self._strip.aspect
        return QRectF((self.width() - width) / 2, top, width, height)

    def zone_rects(self) -> list[QRectF]:
        """Each zone's area in pixels, most wanted first."""
        if self._strip is None:
            return []
        track = self.track_rect()
        return [_scaled(z.box, track) for z in self._strip.zones]

    def marker_rects(self) -> dict[str, QRectF]:
        """Each team's marker in pixels, by team id."""
        if self._strip is None:
            return {}
        track = self.track_rect()
        return {m.mark.team: _scaled(m.box, track) for m in self._strip.markers}

    def texts(self) -> list[PaintedText]:
        """Every text painted at the last paint (zone labels, team letters, the group's word)."""
        return list(self._texts)

    # --- painting -------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the strip."""
        painter = QPainter(self)
        try:
            self._texts = self.paint_into(painter)
        finally:
            painter.end()

    def paint_into(self, painter: QPainter) -> list[PaintedText]:
        """Paint into `painter` (this widget's coordinates); returns the texts painted."""
        strip = self._strip
        if strip is None:
            return []
        p = theme.current_palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        texts: list[PaintedText] = []
        track = self.track_rect()
        zones = self.zone_rects()
        if not self._mini:
            font = _font(LABEL_PX)
            painter.setFont(font)
            painter.setPen(QColor(p.text))
            flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            for z, rect in zip(strip.zones, zones, strict=True):
                label = QRectF(rect.left() + 8, 0, rect.width() - 16, track.top() - 6)
                text = _zone_text(strip, z.index)
                fg, bg = p.text, p.window
                if strip.group_zone == z.index:  # the group's position: its label on the accent colour
                    fg, bg = p.accent_text, p.accent
                    used = painter.boundingRect(label, flags, text)
                    pill = QRectF(used.left() - 12, used.top() - 2, used.width() + 24, used.height() + 4)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(bg))
                    painter.drawRoundedRect(pill, 10, 10)
                painter.setPen(QColor(fg))
                painter.drawText(label, flags, text)
                texts.append(PaintedText(text, LABEL_PX, fg, bg, label))
        for z, rect in zip(strip.zones, zones, strict=True):
            painter.fillRect(rect, QColor(_zone_fill(p, z.index)))
        painter.setPen(QPen(QColor(p.muted_text), 2))
        for rect in zones[1:]:
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(p.text), 3 if not self._mini else 2))
        painter.drawRect(track)
        if strip.band is not None:
            band = _scaled(strip.band, track)
            painter.setBrush(_band_fill(p))
            painter.setPen(QPen(QColor(p.focus), 4 if not self._mini else 3))
            radius = band.height() / 2 if self._mini else min(band.height(), band.width()) * 0.25
            painter.drawRoundedRect(band, radius, radius)
        letter_px = None
        if not self._mini:
            size = min(r.width() for r in self.marker_rects().values()) if strip.markers else 0
            letter_px = max(float(LABEL_PX), size * 0.56)
        arrival = self.arrival()
        painter.save()
        painter.setClipRect(track)  # arriving markers come down from the top edge of the strip
        for marker in strip.markers:
            final = _scaled(marker.box, track)
            drop = (1.0 - arrival) * (final.bottom() - track.top())
            painted = paint_marker(painter, final.translated(0, -drop), marker.mark, letter_px, p)
            if painted is not None:
                texts.append(PaintedText(painted.text, painted.px, painted.fg, painted.bg, final))
        painter.restore()
        if strip.group is not None:
            _frame_group(painter, _scaled(strip.group, track), p, 8.0)
        return texts


class OverviewWidget(QWidget):
    """The round for the room: every card (number, short title, code) with its mini strip, most disagreement first."""

    card_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: tuple[OverviewCard, ...] = ()
        self._marks: tuple[TeamMark, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._texts: list[PaintedText] = []
        self._rows: list[tuple[OverviewCard, QRectF, QRectF]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_overview(self, cards: tuple[OverviewCard, ...], marks: tuple[TeamMark, ...],
                     labels: tuple[str, ...]) -> None:
        """Show these cards (already in disagreement order), teams and zone labels."""
        self._cards, self._marks, self._labels = cards, marks, labels
        self.update()

    def cards(self) -> tuple[OverviewCard, ...]:
        """The cards shown, in order."""
        return self._cards

    def texts(self) -> list[PaintedText]:
        """Every text painted at the last paint."""
        return list(self._texts)

    def row_rects(self) -> list[tuple[str, QRectF, QRectF]]:
        """Per card at the last paint: its id, its title area and its strip's track."""
        return [(c.card, title, track) for c, title, track in self._rows]

    def sizeHint(self) -> QSize:
        """A full screen."""
        return QSize(1840, 900)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a row opens that card."""
        y = event.position().y()
        for card, title, track in self._rows:
            if min(title.top(), track.top()) <= y <= max(title.bottom(), track.bottom()):
                self.card_chosen.emit(card.card)
                return
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint header, rows and legend."""
        painter = QPainter(self)
        try:
            self._texts = self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> list[PaintedText]:
        p = theme.current_palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(p.window))
        texts: list[PaintedText] = []
        self._rows = []
        if not self._cards:
            return texts
        font, bold = _font(LABEL_PX, False), _font(LABEL_PX)
        metrics = QFontMetricsF(font)
        line = metrics.lineSpacing()
        width = float(self.width())
        title_w = width * 0.36
        strip_x = title_w + 24
        strip_w = width - strip_x
        k = max(1, len(self._labels))
        # the zone labels once, over the strips' column; when one does not fit its zone on a line, the labels
        # take turns on two lines, each centred on its zone and as wide as two zones
        bold_metrics = QFontMetricsF(bold)
        zone_w = strip_w / k
        staggered = any(bold_metrics.horizontalAdvance(label) > zone_w - 12 for label in self._labels)
        header_h = (2 if staggered else 1) * line + 8
        legend_h = self._legend_height(width, metrics) + 8
        available = self.height() - header_h - legend_h
        gap = 10.0
        natural = [max(2 * line, strip_w * c.strip.aspect) + gap for c in self._cards]
        factor = min(1.0, available / sum(natural)) if sum(natural) > 0 else 1.0
        # squeezed rows keep two lines of title while the round fits, else one
        two_lines = len(self._cards) * (2 * line + gap) <= available
        least = (2 if two_lines else 1) * line + gap
        heights = [max(least, h * factor) for h in natural]
        if sum(heights) > available > 0:
            heights = [max(line + gap, h * available / sum(heights)) for h in heights]
        painter.setFont(bold)
        painter.setPen(QColor(p.text))
        right_edge = {0: strip_x - 12.0 - title_w, 1: strip_x - 12.0 - title_w}  # per header line: used up to
        for i, label in enumerate(self._labels):
            centre = strip_x + (i + 0.5) * zone_w
            if staggered:
                # centred on its zone where it can; never over its neighbour on the same line nor off the screen
                row = i % 2
                text_w = bold_metrics.horizontalAdvance(label)
                left = max(centre - text_w / 2, right_edge[row] + 16)
                left = min(left, strip_x + strip_w - text_w)
                if left < right_edge[row] + 16:
                    left = right_edge[row] + 16
                    label = bold_metrics.elidedText(label, Qt.TextElideMode.ElideRight, strip_x + strip_w - left)
                    text_w = bold_metrics.horizontalAdvance(label)
                rect = QRectF(left, row * line, text_w + 1, line)
                right_edge[row] = left + text_w
            else:
                rect = QRectF(centre - (zone_w - 12) / 2, 0, zone_w - 12, header_h - 6)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), label)
            texts.append(PaintedText(label, LABEL_PX, p.text, p.window, rect))
        y = header_h
        for card, row_h in zip(self._cards, heights, strict=True):
            lines = max(1, min(2, int((row_h - gap) // line)))
            title_rect = QRectF(0, y, title_w, lines * line)
            code = f" ({card.card})" if lines > 1 else ""  # on one line the title goes first; the number names the card
            title = f"{card.number}. {card.title}"
            shown = self._fit(metrics, title, code, title_w, lines)
            painter.setFont(font)
            painter.setPen(QColor(p.text))
            painter.drawText(title_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
                                             | Qt.AlignmentFlag.AlignTop), shown)
            texts.append(PaintedText(shown, LABEL_PX, p.text, p.window, title_rect))
            track_h = max(1.0, row_h - gap)
            track_w = min(strip_w, track_h / card.strip.aspect) if card.strip.aspect > 0 else strip_w
            track = QRectF(strip_x + (strip_w - track_w) / 2, y, track_w, track_h)
            if track_w < strip_w - 1:  # squeezed: keep the zones aligned with the header by using the full width
                track = QRectF(strip_x, y, strip_w, track_h)
            texts += self._paint_strip(painter, card.strip, track, p)
            self._rows.append((card, title_rect, track))
            y += row_h
        texts += self._paint_legend(painter, QRectF(0, self.height() - legend_h + 8, width, legend_h - 8), p)
        return texts

    @staticmethod
    def _fit(metrics: QFontMetricsF, title: str, code: str, width: float, lines: int) -> str:
        """The title with its code, shortened at a word until it fits in `lines` lines."""
        words = title.split(" ")
        while words:
            text = " ".join(words) + ("" if len(words) == len(title.split(" ")) else " …") + code
            rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
            if rect.height() <= lines * metrics.lineSpacing() + 1:
                return text
            words.pop()
        return code.strip()

    def _paint_strip(self, painter: QPainter, strip: Strip, track: QRectF, p: theme.Palette) -> list[PaintedText]:
        # a mini strip keeps its markers square even when the row squeezes it: scale by one factor
        for z in strip.zones:
            painter.fillRect(_scaled(z.box, track), QColor(_zone_fill(p, z.index)))
        painter.setPen(QPen(QColor(p.muted_text), 2))
        for z in strip.zones[1:]:
            rect = _scaled(z.box, track)
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(p.text), 2))
        painter.drawRect(track)
        natural_h = track.width() * strip.aspect
        squeeze = min(1.0, track.height() / natural_h) if natural_h > 0 else 1.0

        def fit(box: Box) -> QRectF:
            rect = _scaled(box, QRectF(track.left(), track.top(), track.width(), natural_h))
            centre = QPointF(rect.center().x(), track.top() + (rect.center().y() - track.top()) * squeeze)
            w, h = rect.width() * squeeze, rect.height() * squeeze
            return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)

        if strip.band is not None:
            band = _scaled(strip.band, QRectF(track.left(), track.top(), track.width(), natural_h))
            band = QRectF(band.left(), track.top() + (band.top() - track.top()) * squeeze, band.width(),
                          band.height() * squeeze)
            painter.setBrush(_band_fill(p))
            painter.setPen(QPen(QColor(p.focus), 3))
            painter.drawRoundedRect(band, band.height() / 2, band.height() / 2)
        texts: list[PaintedText] = []
        for marker in strip.markers:
            rect = fit(marker.box)
            # the letter only where the marker is big enough for a letter the room can read
            letter_px = rect.width() * 0.56 if rect.width() * 0.56 >= LABEL_PX else None
            painted = paint_marker(painter, rect, marker.mark, letter_px, p)
            if painted is not None:
                texts.append(painted)
        if strip.group is not None:
            _frame_group(painter, _scaled(strip.group, track), p, 5.0)
        return texts

    def _legend_items(self) -> list[str]:
        return [f"{m.letter} {m.name}" for m in self._marks]

    def _legend_height(self, width: float, metrics: QFontMetricsF) -> float:
        if not self._marks:
            return 0.0
        x, lines = 0.0, 1
        for item in self._legend_items():
            w = metrics.lineSpacing() + 8 + metrics.horizontalAdvance(item) + 36
            if x + w > width and x > 0:
                lines, x = lines + 1, 0.0
            x += w
        return lines * (metrics.lineSpacing() + 6)

    def _paint_legend(self, painter: QPainter, area: QRectF, p: theme.Palette) -> list[PaintedText]:
        """Each team's shape with its letter and name: the key to the mini strips' shapes."""
        texts: list[PaintedText] = []
        font = _font(LABEL_PX, False)
        metrics = QFontMetricsF(font)
        size = metrics.lineSpacing()
        x, y = area.left(), area.top()
        for mark, item in zip(self._marks, self._legend_items(), strict=True):
            w = size + 8 + metrics.horizontalAdvance(item) + 36
            if x + w > area.right() and x > area.left():
                x, y = area.left(), y + size + 6
            paint_marker(painter, QRectF(x, y + 3, size - 6, size - 6), mark, None, p)
            rect = QRectF(x + size + 2, y, metrics.horizontalAdvance(item) + 4, size)
            painter.setFont(font)
            painter.setPen(QColor(p.text))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), item)
            texts.append(PaintedText(item, LABEL_PX, p.text, p.window, rect))
            x += w
        return texts
