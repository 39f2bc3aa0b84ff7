"""The walking debate's bars for the room, drawn from `gedragen.core.reveal`: before and after, and the shift.

Like the scale strip (`reveal_strip`), the core lays the bars out in unit coordinates and this widget scales and
paints them; every text it paints is listed by `texts()` for the legibility test.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from gedragen.core.reveal import BAR_HEIGHT, BAR_TOP, Box, DebateBars
from gedragen.ui.common import theme
from gedragen.ui.session.reveal_strip import LABEL_PX, PaintedText, _font, _scaled


def _percent(share: float) -> str:
    return f"{round(share * 100)} %"


class DebateBarsWidget(QWidget):
    """The walking debate: before and after as bars (gewenst left, ongewenst right) and an arrow for the shift."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: DebateBars | None = None
        self._labels = ("Gewenst", "Ongewenst")
        self._texts: list[PaintedText] = []
        # two bars a line of room text high (plus padding) and the arrow's gap between them
        self.setMinimumHeight(round((QFontMetricsF(_font(LABEL_PX)).lineSpacing() + 16) / BAR_HEIGHT) + 16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: DebateBars | None, labels: tuple[str, str] = ("Gewenst", "Ongewenst")) -> None:
        """Show these bars with these side names."""
        self._bars, self._labels = bars, labels
        self.update()

    def texts(self) -> list[PaintedText]:
        """Every text painted at the last paint."""
        return list(self._texts)

    def sizeHint(self) -> QSize:
        """Wide and four lines of room text high."""
        return QSize(1600, self.minimumHeight())

    def bar_rects(self) -> dict[str, tuple[QRectF | None, QRectF | None]]:
        """Per phase the gewenst and ongewenst parts in pixels (None where not counted)."""
        if self._bars is None:
            return {}
        area = self._bar_area()
        return {bar.phase: (_scaled(bar.wanted, area) if bar.wanted else None,
                            _scaled(bar.unwanted, area) if bar.unwanted else None)
                for bar in (self._bars.before, self._bars.after)}

    def _caption_w(self) -> float:
        metrics = QFontMetricsF(_font(LABEL_PX))
        return max(metrics.horizontalAdvance(QCoreApplication.translate("RevealStrip", "vóór")), metrics.horizontalAdvance(QCoreApplication.translate("RevealStrip", "na"))) + 24

    def _bar_area(self) -> QRectF:
        left = self._caption_w()
        return QRectF(left, 8, self.width() - left - 8, self.height() - 16)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the bars."""
        painter = QPainter(self)
        try:
            self._texts = self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> list[PaintedText]:
        bars = self._bars
        if bars is None:
            return []
        p = theme.current_palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        texts: list[PaintedText] = []
        font = _font(LABEL_PX)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        area = self._bar_area()
        for bar, caption in ((bars.before, QCoreApplication.translate("RevealStrip", "vóór")), (bars.after, QCoreApplication.translate("RevealStrip", "na"))):
            row = _scaled(Box(0.0, BAR_TOP[bar.phase], 1.0, BAR_HEIGHT), area)
            cap = QRectF(0, row.top(), area.left() - 12, row.height())
            painter.setPen(QColor(p.text))
            painter.drawText(cap, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), caption)
            texts.append(PaintedText(caption, LABEL_PX, p.text, p.window, cap))
            if bar.wanted is None or bar.unwanted is None or bar.share is None:
                rect = QRectF(row.left() + 12, row.top(), row.width() - 12, row.height())
                missing = QCoreApplication.translate("RevealStrip", "nog niet geteld")
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), missing)
                texts.append(PaintedText(missing, LABEL_PX, p.text, p.window, rect))
                continue
            wanted, unwanted = _scaled(bar.wanted, area), _scaled(bar.unwanted, area)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.fillRect(wanted, QColor(p.accent))
            painter.fillRect(unwanted, QColor(p.panel))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(p.text), 3))
            painter.drawRect(row)
            rects = (wanted, unwanted)
            words = [f"{bar.gewenst} ({_percent(bar.share)})", f"{bar.ongewenst} ({_percent(1 - bar.share)})"]
            for this, other in ((0, 1), (1, 0)):
                if metrics.horizontalAdvance(words[this]) + 28 > rects[this].width():
                    # too narrow: the wider part names both sides, so no count ever goes missing
                    words[other] = (f"{bar.gewenst} {self._labels[0].lower()} · "
                                    f"{bar.ongewenst} {self._labels[1].lower()}")
                    words[this] = ""
            for rect, text, fg, bg, align in (
                (wanted, words[0], p.accent_text, p.accent, Qt.AlignmentFlag.AlignLeft),
                (unwanted, words[1], p.text, p.panel, Qt.AlignmentFlag.AlignRight),
            ):
                if not text:
                    continue
                inner = rect.adjusted(14, 0, -14, 0)
                painter.setPen(QColor(fg))
                painter.drawText(inner, int(align | Qt.AlignmentFlag.AlignVCenter), text)
                texts.append(PaintedText(text, LABEL_PX, fg, bg, inner))
        if bars.arrow is not None:
            start, end, _ = bars.arrow
            y = area.top() + area.height() / 2
            x0, x1 = area.left() + start * area.width(), area.left() + end * area.width()
            # from the dividing line of the before bar to that of the after bar; the head points at the new one
            after_top = area.top() + BAR_TOP["after"] * area.height()
            path = QPainterPath(QPointF(x0, area.top() + BAR_HEIGHT * area.height()))
            path.lineTo(x0, y)
            path.lineTo(x1, y)
            path.lineTo(x1, after_top - 16)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(p.focus), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
                                Qt.PenJoinStyle.MiterJoin))
            painter.drawPath(path)
            painter.setBrush(QColor(p.focus))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(QPolygonF([QPointF(x1, after_top), QPointF(x1 - 15, after_top - 20),
                                           QPointF(x1 + 15, after_top - 20)]))
        return texts
