"""The walking debate: one card full screen, the room splits left (gewenst) and right (ongewenst).

The facilitator types the head count per side before and after the talk; the shift (from the core's
analysis) is shown in percentage points. A round usually holds one card; an eigen situatie added during
the debate joins the round, and "Volgende kaart" shows the round's cards one by one before the next round.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from gedragen.ui.common import theme
from gedragen.ui.common.widgets import RoomLabel, SmallLabel, big_button
from gedragen.ui.session.room_card import RoomCardView

if TYPE_CHECKING:
    from gedragen.ui.session.controller import SessionController

COUNT_PX = 56


def format_shift(points: float | None) -> str:
    """'+15 procentpunt naar gewenst', '−10 procentpunt (naar ongewenst)', or '' when unknown."""
    if points is None:
        return ""
    rounded = round(points)
    if rounded == 0:
        return QCoreApplication.translate("Debate", "Verschuiving: 0 procentpunt, niemand ging om")
    if rounded > 0:
        return QCoreApplication.translate("Debate", "Verschuiving: +{0} procentpunt naar gewenst").format(rounded)
    return QCoreApplication.translate("Debate", "Verschuiving: −{0} procentpunt naar ongewenst").format(-rounded)


class CountSpin(QSpinBox):
    """A big number field for heads; Enter records the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 999)
        self.setFont(theme.font_px(COUNT_PX, bold=True))
        # NoButtons squeezes the number to 1 px under a style sheet (Qt); hide the arrows by size instead
        self.setStyleSheet(f"QSpinBox {{ font-size: {COUNT_PX}px; font-weight: bold; padding: 2px; }}"
                           " QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(160)
        self.setMinimumHeight(COUNT_PX + 36)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # a click or Tab selects the whole number, so typing 14 over 0 gives 14, not 014
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)


class Side(QFrame):
    """One side of the room: its label, an arrow, and the before/after counts."""

    def __init__(self, title: str, arrow: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        p = theme.current_palette()
        self.setStyleSheet(
            f"Side {{ border: 4px solid {p.text}; border-radius: 12px; background: {p.panel}; }}"
        )
        layout = QVBoxLayout(self)
        head = RoomLabel(
            f"{arrow} {title}" if arrow == "◀" else f"{title} {arrow}", px=theme.ROOM_TITLE_PX, bold=True
        )
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(head)
        grid = QGridLayout()
        self.before = CountSpin()
        self.after = CountSpin()
        grid.addWidget(RoomLabel(self.tr("voor")), 0, 0)
        grid.addWidget(self.before, 0, 1)
        grid.addWidget(RoomLabel(self.tr("na")), 1, 0)
        grid.addWidget(self.after, 1, 1)
        layout.addStretch(1)
        layout.addLayout(grid)
        layout.addStretch(2)


class DebateView(QWidget):
    """One walking-debate card with the two sides of the room and the counts."""

    next_requested = Signal()
    end_requested = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 8, 24, 12)
        row = QHBoxLayout()
        row.setSpacing(16)
        labels = controller.zone_labels()
        self.left = Side(labels[0] if labels else self.tr("Gewenst"), "◀")
        self.right = Side(labels[-1] if labels else self.tr("Ongewenst"), "▶")
        self.card_view = RoomCardView()
        row.addWidget(self.left, 1)
        row.addWidget(self.card_view, 3)
        row.addWidget(self.right, 1)
        outer.addLayout(row, 1)
        self.shift_label = RoomLabel("", px=theme.ROOM_TITLE_PX, bold=True)
        self.shift_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.shift_label)
        self.share_label = RoomLabel("")
        self.share_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.share_label)

        agreement = QHBoxLayout()
        agreement.addWidget(SmallLabel(self.tr("Afspraak (mag leeg)"), px=24, bold=True))
        self.agreement_edit = QLineEdit()
        self.agreement_edit.setFont(theme.font_px(26))
        self.agreement_edit.setStyleSheet("font-size: 26px;")
        agreement.addWidget(self.agreement_edit, 1)
        outer.addLayout(agreement)

        buttons = QHBoxLayout()
        self.position_label = SmallLabel("", px=24, bold=True)
        self.position_label.setVisible(False)
        self.position_label.setWordWrap(False)
        self.before_button = big_button(self.tr("Telling vóór vastleggen"), px=26)
        self.after_button = big_button(self.tr("Telling na vastleggen"), px=26)
        self.end_button = big_button(self.tr("Sessie afronden"), px=26)
        self.next_button = big_button(self.tr("Volgende kaart"), px=30, primary=True)
        self.before_button.clicked.connect(lambda: self.record("before"))
        self.after_button.clicked.connect(lambda: self.record("after"))
        self.end_button.clicked.connect(self._end)
        self.next_button.clicked.connect(self._next)
        for b in (self.before_button, self.after_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.position_label)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)
        self.left.before.editingFinished.connect(lambda: None)
        for spin, phase in (
            (self.left.before, "before"),
            (self.right.before, "before"),
            (self.left.after, "after"),
            (self.right.after, "after"),
        ):
            spin.lineEdit().returnPressed.connect(lambda p=phase: self.record(p))
        # Tab follows the counting: before left, before right, after left, after right
        QWidget.setTabOrder(self.left.before, self.right.before)
        QWidget.setTabOrder(self.right.before, self.left.after)
        QWidget.setTabOrder(self.left.after, self.right.after)
        controller.state_changed.connect(self.refresh)
        self._card: str | None = None
        self._round_number = -1
        self.refresh()

    def card(self) -> str | None:
        """The card on screen."""
        return self._card

    def _first_open_card(self, cards: tuple[str, ...]) -> str:
        """Where to start in a round: the first card without an 'after' count (a resumed round goes on there)."""
        rnd = self.controller.shown_round()
        for card in cards:
            count = rnd.debate_count(card) if rnd is not None else None
            if count is None or count.after is None:
                return card
        return cards[-1]

    @Slot()
    def refresh(self) -> None:
        """Show the card of the open round that is on screen, and its counts."""
        rnd = self.controller.shown_round()
        if rnd is None or not rnd.cards:
            return
        if rnd.number != self._round_number:
            self._round_number = rnd.number
            self._card = None
        card = self._card if self._card in rnd.cards else self._first_open_card(rnd.cards)
        self._display(rnd, card)

    def _display(self, rnd: Any, card: str) -> None:
        changed = card != self._card
        self._show_counts(rnd, card, changed)
        if changed:
            self._card = card
            self.controller.set_focus_card(card)
            self.card_view.set_card(self.controller.deck, self.controller.card(card))
            outcome = rnd.outcome(card)
            self.agreement_edit.setText(outcome.agreement if outcome else "")
        at = rnd.cards.index(card)
        self.position_label.setText(self.tr("kaart {0} van {1} in deze ronde").format(at + 1, len(rnd.cards)))
        self.position_label.setVisible(len(rnd.cards) > 1)
        count = rnd.debate_count(card)
        analysis = self.controller.analysis(rnd)
        shift = next((d for d in analysis.debate if d.card == card), None)
        self.shift_label.setText(format_shift(shift.shift) if shift else "")
        parts = []
        for phase_label, heads in (
            (self.tr("vóór"), count.before if count else None),
            (self.tr("na"), count.after if count else None),
        ):
            if heads is not None:
                parts.append(
                    self.tr("{0}: {1} gewenst · {2} ongewenst").format(phase_label, heads[0], heads[1])
                )
        self.share_label.setText("   |   ".join(parts))

    def _show_counts(self, rnd: Any, card: str, changed: bool) -> None:
        count = rnd.debate_count(card)
        for phase, (left, right) in (
            ("before", (self.left.before, self.right.before)),
            ("after", (self.left.after, self.right.after)),
        ):
            heads = getattr(count, phase) if count else None
            if heads is not None:
                left.setValue(heads[0])
                right.setValue(heads[1])
            elif changed:  # another card: no counts of the previous one may stay in the fields
                left.setValue(0)
                right.setValue(0)

    def record(self, phase: str) -> bool:
        """Record the counts of one phase ('before' or 'after') as one event."""
        if self._card is None:
            return False
        left, right = (
            (self.left.before, self.right.before)
            if phase == "before"
            else (self.left.after, self.right.after)
        )
        rnd = self.controller.shown_round()
        count = rnd.debate_count(self._card) if rnd is not None else None
        if count is not None and getattr(count, phase) == (left.value(), right.value()):
            return True  # already recorded: no second, identical event
        return self.controller.count_debate(self._card, phase, left.value(), right.value())

    def _save_agreement(self) -> None:
        rnd = self.controller.shown_round()
        if self._card is None or rnd is None:
            return
        text = self.agreement_edit.text().strip()
        existing = rnd.outcome(self._card)
        if text != (existing.agreement if existing else ""):
            self.controller.record_outcome(self._card, None, text, None)

    def _step(self, delta: int) -> bool:
        """Show the previous/next card of this round; False when there is none."""
        rnd = self.controller.shown_round()
        if rnd is None or self._card not in rnd.cards:
            return False
        at = rnd.cards.index(self._card) + delta
        if not 0 <= at < len(rnd.cards):
            return False
        self._save_agreement()
        rnd = self.controller.shown_round()
        if rnd is None or at >= len(rnd.cards):
            return False
        self._display(rnd, rnd.cards[at])
        return True

    def _next(self) -> None:
        if self._step(+1):
            return
        self._save_agreement()
        self.next_requested.emit()

    def _end(self) -> None:
        self._save_agreement()
        self.end_requested.emit()

    def go_next(self) -> None:
        """Clicker 'next': the next card of this round, else the next round."""
        self._next()

    def go_previous(self) -> None:
        """Clicker 'previous': the previous card of this round (an earlier round is closed; Ctrl+Z undoes)."""
        self._step(-1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Space) and not self.agreement_edit.hasFocus():
            self._next()
        else:
            super().keyPressEvent(event)
