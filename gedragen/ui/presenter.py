"""The audience view: what the room sees on the projector while the laptop shows the presenter console.

With two screens attached, `AudienceWindow` fills the second screen full screen and follows the card
the facilitator has in focus. Sizes are for a 1920×1080 projector: card text ≥ 48 px (the card widget),
every other text ≥ 32 px, all text ≥ 7:1 against its background, and teams by letter, shape and name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen, QScreen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from gedragen.ui import theme
from gedragen.ui.room_card import RoomCardView
from gedragen.ui.timer import TimerLabel

if TYPE_CHECKING:
    from gedragen.ui.controller import SessionController


class Swatch(QWidget):
    """A team's colour as a shape with a black edge; the text beside it carries the meaning."""

    def __init__(self, color: str, size: int = 36, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = color
        self.setFixedSize(size, size)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded square of the team colour."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(self.color))
        painter.setPen(QPen(QColor(theme.current_palette().text), 3))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)
        painter.end()


def room_label(text: str = "", px: int = theme.ROOM_TEXT_PX, bold: bool = False) -> QLabel:
    """A label for the room with explicit palette colours (so the contrast can be checked)."""
    label = QLabel(text)
    label.setFont(theme.font_px(max(px, theme.ROOM_TEXT_PX), bold))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class AudienceView(QWidget):
    """One screen for the room: header, the card in focus, and the teams' zones or the debate counts."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAutoFillBackground(True)
        self.stack = QStackedLayout(self)
        self.page = QWidget()
        self.black = QWidget()
        self.black.setAutoFillBackground(True)
        pal = self.black.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        self.black.setPalette(pal)
        self.black.setStyleSheet("background: #000000;")
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.black)
        outer = QVBoxLayout(self.page)
        outer.setContentsMargins(40, 20, 40, 20)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.header = room_label("", theme.ROOM_TITLE_PX, bold=True)
        self.header.setWordWrap(False)
        top.addWidget(self.header, 1)
        self.timer_label = TimerLabel(controller.timer, beep=False)  # the laptop's timer beeps, once
        top.addWidget(self.timer_label)
        outer.addLayout(top)
        self.card_view = RoomCardView()
        outer.addWidget(self.card_view, 1)
        self.info = QWidget()
        self.info_layout = QGridLayout(self.info)
        self.info_layout.setHorizontalSpacing(16)
        outer.addWidget(self.info)
        self.agreement = room_label("")
        outer.addWidget(self.agreement)
        self.apply_palette()
        controller.state_changed.connect(self.refresh)
        controller.focus_changed.connect(self.refresh)
        self.refresh()

    def apply_palette(self) -> None:
        """Colours of the current high-contrast palette on every label."""
        p = theme.current_palette()
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(p.window))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(p.text))
        self.setPalette(pal)
        self.page.setStyleSheet(f"QLabel {{ color: {p.text}; background: {p.window}; }}")

    def set_black(self, black: bool) -> None:
        """Black screen on or off."""
        self.stack.setCurrentWidget(self.black if black else self.page)

    def is_black(self) -> bool:
        """Whether the room sees a black screen."""
        return self.stack.currentWidget() is self.black

    def labels(self) -> list[QLabel]:
        """Every visible text the room reads (for the legibility test)."""
        return [w for w in self.page.findChildren(QLabel) if w.isVisibleTo(self) and w.text()]

    def _clear_info(self) -> None:
        while self.info_layout.count():
            item = self.info_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not at the next turn of the event loop
                widget.deleteLater()

    def _add(self, widget: QWidget, row: int, col: int, rows: int = 1, cols: int = 1) -> None:
        self.info_layout.addWidget(widget, row, col, rows, cols)
        widget.setVisible(True)

    @Slot()
    def refresh(self) -> None:
        """Show the state of the session and the card in focus."""
        state = self.controller.state
        if state is None:
            return
        rnd = self.controller.shown_round()
        card_id = self.controller.focus_card
        if rnd is not None and card_id not in rnd.cards:
            card_id = rnd.cards[0] if rnd.cards else None
        number = self.controller.card_number(card_id) if card_id else 0
        parts = [state.name]
        if rnd is not None:
            parts.append(self.tr("Ronde {0}").format(rnd.number))
        if card_id and state.variant != "debate":
            parts.append(self.tr("kaart {0} van {1}").format(number, len(rnd.cards) if rnd else 0))
        self.header.setText(" · ".join(parts))
        self.card_view.set_card(
            self.controller.deck_for(card_id), self.controller.card(card_id) if card_id else None
        )
        self._clear_info()
        labels = self.controller.zone_labels()
        if state.variant == "debate":
            self._debate_info(rnd, card_id, labels)
        elif rnd is not None and rnd.revealed and card_id:
            for i, team in enumerate(self.controller.teams()):
                style = theme.team_style(i)
                zone = rnd.zone_of(team.id, card_id)
                where = f"{zone + 1} {labels[zone]}" if zone is not None else "–"
                row, col = divmod(i, 2)
                holder = QWidget()
                line = QHBoxLayout(holder)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(Swatch(team.color))
                line.addWidget(room_label(f"{style.letter} {style.marker} {team.name}: {where}"), 1)
                self._add(holder, row, col)
        else:
            legend = room_label("   ".join(f"{i + 1} {z}" for i, z in enumerate(labels)))
            self._add(legend, 0, 0)
        outcome = rnd.outcome(card_id) if rnd is not None and card_id else None
        self.agreement.setText(
            self.tr("Afspraak: {0}").format(outcome.agreement) if outcome and outcome.agreement else ""
        )
        self.agreement.setVisible(bool(self.agreement.text()))
        self.apply_palette()

    def _debate_info(self, rnd: object, card_id: str | None, labels: tuple[str, ...]) -> None:
        from gedragen.ui.debate_view import format_shift

        count = rnd.debate_count(card_id) if rnd is not None and card_id else None  # type: ignore[attr-defined]
        left = room_label(f"◀ {labels[0] if labels else ''}", theme.ROOM_TITLE_PX, bold=True)
        right = room_label(f"{labels[-1] if labels else ''} ▶", theme.ROOM_TITLE_PX, bold=True)
        right.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._add(left, 0, 0)
        self._add(right, 0, 1)
        for row, (phase, heads) in enumerate(
            (
                (self.tr("vóór"), count.before if count else None),
                (self.tr("na"), count.after if count else None),
            ),
            start=1,
        ):
            if heads is None:
                continue
            a = room_label(f"{phase}: {heads[0]}")
            b = room_label(f"{phase}: {heads[1]}")
            b.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._add(a, row, 0)
            self._add(b, row, 1)
        if rnd is not None and card_id:
            analysis = self.controller.analysis(rnd)  # type: ignore[arg-type]
            shift = next((d for d in analysis.debate if d.card == card_id), None)
            if shift is not None and shift.shift is not None:
                label = room_label(format_shift(shift.shift), bold=True)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self._add(label, 3, 0, 1, 2)


class AudienceWindow(AudienceView):
    """The audience view as its own full-screen window on the second screen."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.setWindowTitle(self.tr("Gedragen – beeld voor de zaal"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        # The room's screen never takes the keyboard: digits and the clicker belong to the laptop window.
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_on(self, screen: QScreen, keyboard_owner: QWidget | None = None) -> None:
        """Full screen on `screen`; `keyboard_owner` (the laptop window) gets the keyboard back at once."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        if keyboard_owner is not None:
            keyboard_owner.raise_()
            keyboard_owner.activateWindow()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """B toggles the black screen here too."""
        if event.key() == Qt.Key.Key_B:
            self.set_black(not self.is_black())
        else:
            super().keyPressEvent(event)
