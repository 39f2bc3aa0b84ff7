"""The audience view: what the room sees on the projector while the laptop shows the presenter console.

With two screens attached, `AudienceWindow` fills the second screen full screen and follows the card
the facilitator has in focus. Sizes are for a 1920×1080 projector: card text ≥ 48 px (the card widget),
every other text ≥ 32 px, all text ≥ 7:1 against its background, and teams by letter, shape and name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QResizeEvent, QScreen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from gedragen.core.events import Variant
from gedragen.ui.common import theme
from gedragen.ui.common.widgets import room_scale
from gedragen.ui.session.debate_bars import DebateBarsWidget
from gedragen.ui.session.reveal_strip import (
    OverviewWidget,
    PaintedText,
    StripWidget,
    fitting_strip,
)
from gedragen.ui.session.room_card import RoomCardView
from gedragen.ui.session.timer import TimerLabel

if TYPE_CHECKING:
    from gedragen.core.session import RoundState, SessionState
    from gedragen.ui.session.controller import SessionController


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
        self._outer = outer
        self.device_lobby: QWidget | None = None  # Teams op eigen apparaat: QR code, link, tiles
        outer.setContentsMargins(40, 20, 40, 20)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.header = room_label("", theme.ROOM_TITLE_PX, bold=True)
        self.header.setWordWrap(True)  # a long header takes a second line on a laptop screen, nothing is cut
        self.header.setMinimumWidth(1)  # and it never widens the window past the screen
        top.addWidget(self.header, 1)
        self.timer_label = TimerLabel(controller.timer, beep=False)  # the laptop's timer beeps, once
        top.addWidget(self.timer_label)
        outer.addLayout(top)
        self.card_view = RoomCardView()
        outer.addWidget(self.card_view, 1)
        # the reveal (gedragen.ui.session.reveal_strip): the round overview, one card's strip, the debate bars
        self.overview = OverviewWidget()
        outer.addWidget(self.overview, 1)
        self.strip = StripWidget()
        outer.addWidget(self.strip)
        self.info = QWidget()
        self.info_layout = QGridLayout(self.info)
        self.info_layout.setHorizontalSpacing(16)
        outer.addWidget(self.info)
        self.bars = DebateBarsWidget()
        outer.addWidget(self.bars)
        self.shift_line = room_label("", theme.ROOM_TITLE_PX, bold=True)  # the shift under the bars
        self.shift_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.shift_line)
        for widget in (self.overview, self.strip, self.bars, self.shift_line):
            widget.setVisible(False)
        self.agreement = room_label("", theme.ROOM_TITLE_PX, bold=True)  # the agreement in large type
        outer.addWidget(self.agreement)
        self.apply_palette()
        controller.state_changed.connect(self.refresh)
        controller.focus_changed.connect(self.refresh)
        controller.devices_changed.connect(self._devices_changed)
        self._devices_changed()
        self.refresh()

    @Slot()
    def _devices_changed(self) -> None:
        """Teams op eigen apparaat on: the lobby goes under the header; off: it goes."""
        if self.device_lobby is not None:
            self.device_lobby.hide()
            self.device_lobby.deleteLater()
            self.device_lobby = None
        host = self.controller.devices
        if host is not None:
            from gedragen.ui.session.device_lobby import DeviceLobby

            self.device_lobby = DeviceLobby(host)
            self._outer.insertWidget(1, self.device_lobby)
            host.changed.connect(self.refresh)  # a team joins: the card comes back when all are in
            self.refresh()

    def apply_palette(self) -> None:
        """Colours of the current high-contrast palette on every label."""
        p = theme.current_palette()
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(p.window))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(p.text))
        self.setPalette(pal)
        self.page.setStyleSheet(f"QLabel {{ color: {p.text}; background: {p.window}; }}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The strip's marker size follows the screen: lay the reveal out again."""
        super().resizeEvent(event)
        if self.strip.isVisibleTo(self):
            self.refresh()

    def set_black(self, black: bool) -> None:
        """Black screen on or off."""
        self.stack.setCurrentWidget(self.black if black else self.page)

    def is_black(self) -> bool:
        """Whether the room sees a black screen."""
        return self.stack.currentWidget() is self.black

    def labels(self) -> list[QLabel]:
        """Every visible text the room reads (for the legibility test)."""
        return [w for w in self.page.findChildren(QLabel) if w.isVisibleTo(self) and w.text()]

    def painted_texts(self) -> list[PaintedText]:
        """Every text the reveal's pictures painted (strip, overview, debate bars), for the legibility test."""
        shown = [w for w in (self.overview, self.strip, self.bars) if w.isVisibleTo(self)]
        layout = self.page.layout()
        if layout is not None:
            layout.activate()  # sizes of widgets shown since the last turn of the event loop
        for widget in shown:
            widget.grab()  # paint now: the texts are those of the current state and size
        return [t for w in shown for t in w.texts()]

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
        overview = bool(self.controller.overview and rnd is not None and rnd.revealed and state.variant != Variant.DEBATE)
        host = self.controller.devices
        if host is not None and host.joining() and not (rnd is not None and rnd.revealed):
            parts.append(self.tr("teams melden zich aan"))
        elif overview:
            parts.append(self.tr("overzicht van de ronde"))
        elif card_id and state.variant != Variant.DEBATE:
            parts.append(self.tr("kaart {0} van {1}").format(number, len(rnd.cards) if rnd else 0))
        self.header.setText(" · ".join(parts))
        self.card_view.set_card(
            self.controller.deck, self.controller.card(card_id) if card_id else None
        )
        self._clear_info()
        self.shift_line.setVisible(False)
        joining = False
        if self.device_lobby is not None:  # while teams join and place; the reveal needs the room
            self.device_lobby.setVisible(rnd is None or not rnd.revealed or state.variant == Variant.DEBATE)
            joining = self.device_lobby.isVisibleTo(self) and self.device_lobby.joining()  # type: ignore[attr-defined]
        labels = self.controller.zone_labels()
        self._show_reveal(state, rnd, card_id, overview)
        if joining:  # the room looks at the QR code now; the card comes back when every team is in
            self.card_view.setVisible(False)
        if state.variant == Variant.DEBATE:
            self._debate_info(rnd, card_id, labels)
        elif not (self.strip.isVisibleTo(self) or overview):  # before the reveal: the zones' names
            legend = room_label("   ".join(f"{i + 1} {z}" for i, z in enumerate(labels)))
            self._add(legend, 0, 0)
        outcome = rnd.outcome(card_id) if rnd is not None and card_id else None
        self.agreement.setText(
            self.tr("Afspraak: {0}").format(outcome.agreement) if outcome and outcome.agreement else ""
        )
        self.agreement.setVisible(bool(self.agreement.text()) and not overview)
        # large type, scaled with the screen like the card, never below the room's 32 px
        theme.set_font_px(self.agreement, max(theme.ROOM_TEXT_PX, round(theme.ROOM_TITLE_PX * room_scale(self))),
                          bold=True)
        self.apply_palette()

    def _show_reveal(self, state: SessionState, rnd: RoundState | None, card_id: str | None,
                     overview: bool) -> None:
        """After the reveal: the overview or the card's strip; in a walking debate the bars."""
        from gedragen.core.reveal import card_strip, debate_bars, round_overview, team_marks

        self.card_view.setVisible(not overview)
        self.overview.setVisible(overview)
        if overview and rnd is not None:
            texts = {c: self.controller.card(c).text for c in rnd.cards}
            self.overview.set_overview(round_overview(state, rnd, texts), team_marks(state), state.zones)
        strip = None
        if rnd is not None and rnd.revealed and state.variant != Variant.DEBATE and card_id and not overview:
            shown_round, shown_card = rnd, card_id
            # the strip takes at most a third of the screen, so the card above keeps its 48 px text
            strip = fitting_strip(lambda size: card_strip(state, shown_round, shown_card, size),
                                  self.strip, max(1, self.width() - 80), self.height() * 0.3)
        self.strip.setVisible(strip is not None)
        self.strip.set_strip(strip)
        count = rnd.debate_count(card_id) if state.variant == Variant.DEBATE and rnd is not None and card_id else None
        bars = count is not None and (count.before is not None or count.after is not None)
        self.bars.setVisible(bars)
        if bars and count is not None:
            self.bars.set_bars(debate_bars(count.before, count.after), (state.zones[0], state.zones[-1]))

    def _debate_info(self, rnd: object, card_id: str | None, labels: tuple[str, ...]) -> None:

        count = rnd.debate_count(card_id) if rnd is not None and card_id else None  # type: ignore[attr-defined]
        left = room_label(f"◀ {labels[0] if labels else ''}", theme.ROOM_TITLE_PX, bold=True)
        right = room_label(f"{labels[-1] if labels else ''} ▶", theme.ROOM_TITLE_PX, bold=True)
        right.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._add(left, 0, 0)
        self._add(right, 0, 1)
        if self.bars.isVisibleTo(self):  # the bars carry the counts; the shift goes under them
            self._add(left, 0, 0)
            self._add(right, 0, 1)
            self.shift_line.setText(self._shift_text(rnd, card_id))
            self.shift_line.setVisible(bool(self.shift_line.text()))
            return
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
        text = self._shift_text(rnd, card_id)
        if text:
            label = room_label(text, bold=True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._add(label, 3, 0, 1, 2)

    def _shift_text(self, rnd: object, card_id: str | None) -> str:
        from gedragen.ui.session.debate import format_shift

        if rnd is None or not card_id:
            return ""
        analysis = self.controller.analysis(rnd)  # type: ignore[arg-type]
        shift = next((d for d in analysis.debate if d.card == card_id), None)
        return format_shift(shift.shift) if shift is not None and shift.shift is not None else ""


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
