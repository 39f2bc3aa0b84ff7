"""A situation card painted as a card: theme band with icon and label, the text as large as fits, the kind.

`CardPainter().paint(painter, rect, deck, card)` draws into any rect (grid delegates, previews);
`CardView` is a widget showing one card. `large=True` is the projector style: at 1920×1080 the card text
is at least 48 px, every other text at least 32 px, and all text has a contrast of at least 7:1.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from gedragen.core import colors
from gedragen.core.card_layout import card_proportions
from gedragen.core.colors import MIN_CONTRAST, WHITE
from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.resources import icons_dir

CARD_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the card id in the item models of every list of cards
REFERENCE_SCREEN = QSize(1920, 1080)  # the room's text sizes are given for this screen


# --- the look of a card: the colour rule and the proportions are the printed card's (core) ----------


def mix(a: str | QColor, b: str | QColor, t: float) -> QColor:
    """The colour `t` of the way from `a` to `b`."""
    return QColor(colors.mix(QColor(a).name(), QColor(b).name(), t))


def darken_for_contrast(
    color: str | QColor, against: str | QColor = WHITE, ratio: float = MIN_CONTRAST
) -> QColor:
    """`color`, darkened just enough (same hue) to reach `ratio` against a light colour."""
    return QColor(colors.darken_for_contrast(QColor(color).name(), QColor(against).name(), ratio))


@dataclass(frozen=True)
class CardColors:
    """The colours of one card: band (theme), body (by kind shade), and the inks on them."""

    band: QColor
    band_ink: QColor
    body: QColor
    ink: QColor
    muted_ink: QColor
    border: QColor


def card_colors(theme_color: str, shade: str) -> CardColors:
    """Colours for a card of this theme colour and kind shade: `core.colors.card_tints`, as print uses them."""
    tints = colors.card_tints(QColor(theme_color).name(), shade)
    band = QColor(tints.band)
    return CardColors(band, QColor(tints.band_ink), QColor(tints.body), QColor(tints.ink), QColor(tints.muted_ink), band)


@dataclass(frozen=True)
class CardMetrics:
    """Sizes (px) of the parts of a card drawn in a given rect."""

    radius: float
    border: float
    pad: float
    band_height: float
    icon_px: float
    text_gap: float
    label_px: float
    footer_height: float
    footer_px: float
    id_px: float
    text_min_px: float
    text_max_px: float


@dataclass(frozen=True)
class CardLayout:
    """The parts of one drawn card: rects and the pixel sizes of their text."""

    card_rect: QRectF
    radius: float
    border: float
    band_rect: QRectF
    icon_rect: QRectF
    label_rect: QRectF
    label_px: int
    text_rect: QRectF
    text_px: int
    text_fits: bool
    footer_rect: QRectF
    footer_px: int
    id_px: int


def card_metrics(rect: QRectF, large: bool, scale: float) -> CardMetrics:
    """Metrics for a card in `rect`; `large` uses projector minimums multiplied by `scale`.

    A card (not `large`) has the printed card's proportions from assets/layout/print.yaml: its aspect, the
    band's height, the icon's size, the margin and the gap under the band. Its footer holds one line (kind and
    id) where print has two, and is sized for that. The projector look fills the screen and sizes in pixels.
    """
    h, w = rect.height(), rect.width()
    if large:
        other = 32.0 * scale  # any text the room must read from the back (legibility)
        return CardMetrics(
            radius=24.0 * scale,
            border=6.0 * scale,
            pad=40.0 * scale,
            band_height=other * 2.4,
            icon_px=other * 2.4 * 0.62,
            text_gap=40.0 * scale * 0.8,
            label_px=other * 1.15,
            footer_height=other * 2.0,
            footer_px=other,
            id_px=other,
            text_min_px=48.0 * scale,
            text_max_px=max(48.0 * scale, min(110.0 * scale, h * 0.12)),
        )
    shared = card_proportions()  # band, icon, margin and gap as on the printed card
    unit = min(h / shared.aspect, w) if h > 0 else w  # the card's width
    band_height = unit * shared.aspect * shared.band_frac
    return CardMetrics(
        radius=unit * 0.05,
        border=max(1.5, unit * 0.012),
        pad=unit * shared.safe_frac,
        band_height=band_height,
        icon_px=band_height * shared.icon_frac,
        text_gap=unit * shared.aspect * shared.text_top_gap_frac,
        label_px=max(7.0, unit * 0.06),
        footer_height=unit * 0.14,
        footer_px=max(7.0, unit * 0.052),
        id_px=max(6.5, unit * 0.045),
        text_min_px=max(6.0, unit * 0.035),
        text_max_px=max(8.0, unit * 0.11),
    )


def screen_scale(size: QSize) -> float:
    """How big a widget of `size` is compared to a full 1920×1080 screen (1.0 = the same)."""
    return min(size.width() / REFERENCE_SCREEN.width(), size.height() / REFERENCE_SCREEN.height())


def theme_icon_file(theme: Theme) -> Path | None:
    """The image file of a theme's icon: its resolved path, else the built-in icon of that name."""
    if theme.icon_path is not None and Path(theme.icon_path).is_file():
        return Path(theme.icon_path)
    if theme.icon and "/" not in theme.icon and "\\" not in theme.icon:
        candidate = icons_dir() / f"{theme.icon}.svg"
        if candidate.is_file():
            return candidate
    return None


def render_icon(path: Path, size: int, color: QColor | str | None = WHITE) -> QPixmap:
    """An icon file drawn at `size`×`size` px; SVG icons (single colour) are recoloured to `color`."""
    image = QImage(max(1, size), max(1, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if path.suffix.lower() == ".svg":
        renderer = QSvgRenderer(str(path))
        if renderer.isValid():
            renderer.render(painter, QRectF(0, 0, size, size))
            if color is not None:
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
                painter.fillRect(image.rect(), QColor(color))
    else:
        picture = QImage(str(path))
        if not picture.isNull():
            scaled = picture.scaled(
                size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawImage(QPointF((size - scaled.width()) / 2, (size - scaled.height()) / 2), scaled)
    painter.end()
    return QPixmap.fromImage(image)


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


class CardPainter:
    """Paints cards; keeps small caches of rendered icons and fitted text sizes for fast grids."""

    _CACHE_LIMIT = 600

    def __init__(self) -> None:
        self._icons: OrderedDict[tuple[str, int, str], QPixmap] = OrderedDict()
        self._fits: OrderedDict[tuple[str, int, int, int, int, bool], int] = OrderedDict()

    def icon(self, theme: Theme, size: int, color: QColor | str = WHITE) -> QPixmap | None:
        """The theme's icon at `size` px in `color` (cached), or None when it has no icon file."""
        path = theme_icon_file(theme)
        if path is None:
            return None
        key = (str(path), size, QColor(color).name())
        pixmap = self._icons.get(key)
        if pixmap is None:
            pixmap = render_icon(path, size, color)
            self._remember(self._icons, key, pixmap)
        return pixmap

    def fit_text_px(
        self, text: str, width: float, height: float, min_px: float, max_px: float, bold: bool = False
    ) -> int:
        """The largest pixel size (≥ min_px) at which `text` word-wraps inside width × height."""
        key = (text, round(width), round(height), round(min_px), round(max_px), bold)
        cached = self._fits.get(key)
        if cached is not None:
            return cached
        lo, hi = max(1, round(min_px)), max(1, round(max_px))
        best = lo
        while lo <= hi:
            mid = (lo + hi) // 2
            if text_fits(text, width, height, mid, bold):
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
        self._remember(self._fits, key, best)
        return best

    def _remember(self, cache: OrderedDict, key: object, value: object) -> None:  # type: ignore[type-arg]
        cache[key] = value
        if len(cache) > self._CACHE_LIMIT:
            cache.popitem(last=False)

    def layout(
        self, rect: QRectF, theme: Theme, text: str, *, large: bool = False, scale: float = 1.0
    ) -> CardLayout:
        """Where each part of a card goes in `rect`, and the font sizes that fit."""
        m = card_metrics(rect, large, scale)
        inner = rect.adjusted(m.border / 2, m.border / 2, -m.border / 2, -m.border / 2)
        band = QRectF(inner.left(), inner.top(), inner.width(), m.band_height)
        icon_px = round(m.icon_px)
        x = band.left() + m.pad
        icon_rect = QRectF(x, band.center().y() - icon_px / 2, icon_px, icon_px)
        if theme_icon_file(theme) is not None:
            x += icon_px + m.pad * 0.5
        label_rect = QRectF(x, band.top(), band.right() - m.pad - x, band.height())
        label_min = m.label_px if large else m.label_px * 0.7
        label_px = self.fit_text_px(
            theme.label, label_rect.width(), label_rect.height() * 0.95, label_min, m.label_px, bold=True
        )
        footer = QRectF(
            inner.left() + m.pad,
            inner.bottom() - m.footer_height,
            inner.width() - 2 * m.pad,
            m.footer_height - m.pad * 0.25,
        )
        text_rect = QRectF(
            inner.left() + m.pad,
            band.bottom() + m.text_gap,
            inner.width() - 2 * m.pad,
            footer.top() - band.bottom() - m.text_gap - m.pad * 0.3,
        )
        shown = text.strip()
        text_px = (
            self.fit_text_px(shown, text_rect.width(), text_rect.height(), m.text_min_px, m.text_max_px)
            if shown
            else round(m.text_min_px * 1.4)
        )
        if large and shown and not text_fits(shown, text_rect.width(), text_rect.height(), text_px):
            # a small window: a smaller letter rather than lost lines (never below what a laptop reads)
            text_px = self.fit_text_px(shown, text_rect.width(), text_rect.height(),
                                       max(14.0, m.text_min_px * 0.5), m.text_min_px)
        return CardLayout(
            card_rect=inner,
            radius=m.radius,
            border=m.border,
            band_rect=band,
            icon_rect=icon_rect,
            label_rect=label_rect,
            label_px=label_px,
            text_rect=text_rect,
            text_px=text_px,
            text_fits=not shown or text_fits(shown, text_rect.width(), text_rect.height(), text_px),
            footer_rect=footer,
            footer_px=round(m.footer_px),
            id_px=round(m.id_px),
        )

    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        deck: Deck,
        card: Card,
        *,
        large: bool = False,
        scale: float = 1.0,
        selected: bool = False,
        show_id: bool = True,
    ) -> None:
        """Draw `card` of `deck` filling `rect` (large: projector style; scale relative to 1920×1080)."""
        theme = _theme_or_placeholder(deck, card.theme)
        kind = _kind_or_placeholder(deck, card.kind)
        self.paint_parts(
            painter,
            rect,
            theme,
            kind,
            card.text,
            card.id if show_id else "",
            large=large,
            scale=scale,
            selected=selected,
        )

    def paint_parts(
        self,
        painter: QPainter,
        rect: QRectF,
        theme: Theme,
        kind: Kind,
        text: str,
        card_id: str = "",
        *,
        large: bool = False,
        scale: float = 1.0,
        selected: bool = False,
        placeholder: str = "",
    ) -> None:
        """Draw a card from its parts (also used for previews of cards that are still being edited)."""
        lay = self.layout(rect, theme, text, large=large, scale=scale)
        colors = card_colors(theme.color, kind.shade)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

        outer = QPainterPath()
        outer.addRoundedRect(lay.card_rect, lay.radius, lay.radius)
        painter.fillPath(outer, colors.body)

        # The band: theme colour, white icon and label.
        painter.save()
        painter.setClipPath(outer)
        painter.fillRect(lay.band_rect, colors.band)
        painter.restore()
        pixmap = self.icon(theme, round(lay.icon_rect.width()), colors.band_ink)
        if pixmap is not None:
            painter.drawPixmap(lay.icon_rect.topLeft(), pixmap)
        painter.setFont(_font(lay.label_px, bold=True))
        painter.setPen(colors.band_ink)
        painter.drawText(
            lay.label_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            theme.label,
        )

        # The footer: kind as a word with a light/dark mark, and the card id.
        footer_rect = lay.footer_rect
        mark = lay.footer_px * 0.8
        mark_rect = QRectF(footer_rect.left(), footer_rect.center().y() - mark / 2, mark, mark)
        painter.setPen(QPen(colors.ink, max(1.0, mark * 0.14)))
        painter.setBrush(colors.ink if kind.shade == "dark" else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(mark_rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(colors.muted_ink)
        painter.setFont(_font(lay.footer_px, bold=True))
        kind_rect = footer_rect.adjusted(mark + lay.footer_px * 0.4, 0, 0, 0)
        painter.drawText(
            kind_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), kind.label
        )
        if card_id:
            painter.setFont(_font(lay.id_px))
            painter.drawText(
                footer_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), card_id
            )

        # The situation text, as large as fits between band and footer.
        shown = text.strip()
        if shown:
            painter.setFont(_font(lay.text_px))
            painter.setPen(colors.ink)
            painter.save()
            painter.setClipRect(lay.text_rect)
            vertical = Qt.AlignmentFlag.AlignVCenter if lay.text_fits else Qt.AlignmentFlag.AlignTop  # the start
            painter.drawText(
                lay.text_rect, int(vertical | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), shown
            )
            painter.restore()
        elif placeholder:
            painter.setFont(_font(lay.text_px))
            painter.setPen(colors.muted_ink)
            painter.drawText(
                lay.text_rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), placeholder
            )

        # The edge: theme colour, thicker and with a focus ring when selected.
        painter.setPen(QPen(colors.border, lay.border))
        painter.drawPath(outer)
        if selected:
            painter.setPen(QPen(QColor("#FFB000"), max(3.0, lay.border * 1.6)))
            painter.drawRoundedRect(rect, lay.radius, lay.radius)
        painter.restore()


def text_fits(text: str, width: float, height: float, px: int, bold: bool = False) -> bool:
    """Whether `text` word-wrapped at `px` pixels fits inside width × height (no word overflows)."""
    if width <= 0 or height <= 0:
        return False
    metrics = QFontMetricsF(_font(px, bold))
    bounds = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text)
    return bounds.height() <= height and bounds.width() <= width + 0.5


def _theme_or_placeholder(deck: Deck, theme_id: str) -> Theme:
    try:
        return deck.theme(theme_id)
    except KeyError:
        return Theme(theme_id or "?", theme_id or "?", "#555555")


def _kind_or_placeholder(deck: Deck, kind_id: str) -> Kind:
    try:
        return deck.kind(kind_id)
    except KeyError:
        return Kind(kind_id or "?", kind_id or "?", "light")


def paint_card(
    painter: QPainter, rect: QRectF, deck: Deck, card: Card, scale: float = 1.0, *, large: bool = False
) -> None:
    """Draw one card into `rect` (convenience without caches; use a CardPainter for many cards)."""
    CardPainter().paint(painter, rect, deck, card, large=large, scale=scale)


def card_aspect() -> float:
    """Height / width of a card: the printed card's trim (the default print size)."""
    return card_proportions().aspect


def fitted_rect(outer: QRectF, aspect: float | None = None, margin: float = 0.0) -> QRectF:
    """The largest rect of `aspect` (height/width; None: a card's) centred inside `outer` minus `margin`."""
    aspect = card_aspect() if aspect is None else aspect
    area = outer.adjusted(margin, margin, -margin, -margin)
    width = min(area.width(), area.height() / aspect)
    height = width * aspect
    return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)


class CardView(QWidget):
    """A widget showing one card: portrait like a printed card, or `large` filling the screen for a room."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self._deck: Deck | None = None
        self._card: Card | None = None
        self._large = large
        self._painter = CardPainter()
        self._background: QColor | None = None
        self._scale: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 200)

    def set_card(self, deck: Deck | None, card: Card | None) -> None:
        """Show `card` of `deck` (None: nothing)."""
        self._deck, self._card = deck, card
        self.setAccessibleName(card.text if card else "")
        self.update()

    def card(self) -> Card | None:
        """The card shown."""
        return self._card

    def deck(self) -> Deck | None:
        """The deck of the card shown."""
        return self._deck

    def set_large(self, large: bool) -> None:
        """Switch between the printed-card look and the projector look."""
        self._large = large
        self.update()

    def set_scale(self, scale: float | None) -> None:
        """Size the projector look for a screen `scale` × 1920×1080 (None: from this widget's own size)."""
        self._scale = scale
        self.update()

    def is_large(self) -> bool:
        """Whether the projector look is on."""
        return self._large

    def set_background(self, color: QColor | str | None) -> None:
        """Fill the area around the card with `color` (None: leave it to the parent)."""
        self._background = QColor(color) if color is not None else None
        self.update()

    def scale(self) -> float:
        """The projector scale in use (1.0 at a full 1920×1080 screen)."""
        if not self._large:
            return 1.0
        return self._scale if self._scale is not None else screen_scale(self.size())

    def card_rect(self) -> QRectF:
        """Where the card is drawn inside the widget."""
        outer = QRectF(self.rect())
        if self._large:
            margin = max(8.0, 24.0 * self.scale())
            return outer.adjusted(margin, margin, -margin, -margin)
        return fitted_rect(outer, card_aspect(), 6.0)

    def sizeHint(self) -> QSize:
        """A printed card at about screen size."""
        return QSize(320, 447)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the card."""
        painter = QPainter(self)
        if self._background is not None:
            painter.fillRect(self.rect(), self._background)
        if self._deck is not None and self._card is not None:
            self._painter.paint(
                painter,
                self.card_rect(),
                self._deck,
                self._card,
                large=self._large,
                scale=self.scale(),
            )
        painter.end()

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Report a click."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
