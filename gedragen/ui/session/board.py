"""A board round: the round's cards large, one team's board with k labelled zones, by mouse or keyboard.

Only the active team's board is shown, so teams do not see each other's placements before the reveal.
Keys: ↑/↓ choose a card, 1…k put it in that zone, ←/→ move it a zone, Ctrl/Shift+↑/↓ move it within its
zone, Tab / Shift+Tab next / previous team. Ctrl+L: type a team's whole board as one line of digits (one
per card, in card order: `313212`), with a preview; Enter stores it and goes on to the next team.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.board_entry import parse_board_line
from gedragen.core.errors import SessionError
from gedragen.core.play import placement_order
from gedragen.ui.common import theme
from gedragen.ui.common.card_view import CARD_ID_ROLE
from gedragen.ui.common.widgets import FlowLayout, RoomLabel, TeamBadge, big_button, room_scale
from gedragen.ui.session.models import PoolZone, ZoneModel
from gedragen.ui.session.room_card import RoomCardView

if TYPE_CHECKING:
    from gedragen.ui.session.controller import SessionController

ZONE_ITEM_PX = 32


class ZoneList(QListView):
    """One column of the board: a zone (or the pile of cards still to place)."""

    def __init__(self, model: ZoneModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setFont(theme.font_px(ZONE_ITEM_PX))
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSpacing(3)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(model.zone != PoolZone)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def zone_model(self) -> ZoneModel:
        """The model of this column."""
        model = self.model()
        assert isinstance(model, ZoneModel)
        return model


CARD_MIN_HEIGHT = 330  # at 1920×1080; smaller windows scale it down


class BoardView(QWidget):
    """The board round for every team in turn; `reveal_requested` when the facilitator reveals."""

    reveal_requested = Signal()
    team_changed = Signal(str)
    card_selected = Signal(str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._team_index = 0
        self._selected: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(10)

        self.line_edit = QLineEdit()  # made first: the zone lists' event filter looks at it
        self.team_bar = FlowLayout(spacing=10)  # long team names break onto a second row, never cut
        self.team_buttons: list[QPushButton] = []
        self.team_badge_holder = QHBoxLayout()
        outer.addLayout(self.team_bar)

        self.card_view = RoomCardView()
        self.card_view.setMinimumHeight(CARD_MIN_HEIGHT)
        self._scale = 1.0
        outer.addWidget(self.card_view, 5)

        columns = QHBoxLayout()
        columns.setSpacing(10)
        self.models: list[ZoneModel] = []
        self.lists: list[ZoneList] = []
        self.zone_titles: list[RoomLabel] = []
        labels = [self.tr("Nog te leggen")] + [
            f"{i + 1} · {z}" for i, z in enumerate(controller.zone_labels())
        ]
        zones = [PoolZone, *range(len(controller.zone_labels()))]
        for zone, title in zip(zones, labels, strict=True):
            column = QVBoxLayout()
            head = RoomLabel(title, bold=True)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            model = ZoneModel(zone, self._short_label, None if zone == PoolZone else self._dropped, self)
            view = ZoneList(model)
            view.installEventFilter(self)
            view.clicked.connect(self._clicked)
            view.selectionModel().currentChanged.connect(self._current_changed)
            column.addWidget(head)
            column.addWidget(view, 1)
            columns.addLayout(column, 1)
            self.models.append(model)
            self.lists.append(view)
            self.zone_titles.append(head)
        outer.addLayout(columns, 4)

        # one row under the zones: the board line, what it will do (or the hint), the reveal button;
        # one row and not two, so the card keeps its lines on a 1366×768 laptop
        actions = QHBoxLayout()
        self.line_edit.setFont(theme.font_px(26))
        self.line_edit.setPlaceholderText(self.tr("Bordregel (Ctrl+L): één cijfer per kaart, bijv. 313212"))
        self.line_edit.setMaxLength(40)
        self.line_edit.textChanged.connect(self._preview_line)
        self.line_edit.returnPressed.connect(self.enter_line)
        self.line_edit.installEventFilter(self)
        actions.addWidget(self.line_edit, 2)
        self.line_preview = RoomLabel("", px=24)
        self.line_preview.setWordWrap(True)
        self.line_preview.setVisible(False)
        actions.addWidget(self.line_preview, 3)
        shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.focus_line)
        self.hint = RoomLabel("", px=theme.ROOM_TEXT_PX)  # wraps: on a laptop the line is longer than the room
        actions.addWidget(self.hint, 3)
        self.reveal_button = big_button(self.tr("Onthullen en vergelijken"), px=30, primary=True)
        self.reveal_button.setToolTip(self.tr("Ctrl+Enter"))
        self.reveal_button.clicked.connect(self.reveal_requested)
        actions.addWidget(self.reveal_button)
        outer.addLayout(actions)
        controller.state_changed.connect(self.refresh)
        self._build_team_bar()
        self.refresh()

    # --- labels ------------------------------------------------------------------------------------

    def _short_label(self, card_id: str) -> str:
        number = self.controller.card_number(card_id)
        text = self.controller.card(card_id).text
        return f"{number}. [{card_id}] {text}"

    def _build_team_bar(self) -> None:
        for team_index, team in enumerate(self.controller.teams()):
            style = theme.team_style(team_index)
            badge = TeamBadge(team.color, style.letter, style.marker, size=44)
            button = QPushButton(team.name)
            self._size_team_button(button)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, i=team_index: self.set_team(i))
            holder = QWidget()
            pair = QHBoxLayout(holder)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.addWidget(badge)
            pair.addWidget(button)
            self.team_bar.addWidget(holder)
            self.team_buttons.append(button)

    def _size_team_button(self, button: QPushButton) -> None:
        px = round(theme.ROOM_TEXT_PX * self._scale)
        button.setFont(theme.font_px(px))
        button.setStyleSheet(f"QPushButton {{ font-size: {px}px; padding: 4px 14px; }}"
                             " QPushButton:checked { padding: 2px 12px; }")  # the 4 px border keeps the room

    def resizeEvent(self, event: object) -> None:
        """Room-size texts follow the window (as the card does): a 1366×768 laptop shows the 1920×1080 layout."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._rescale()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._rescale()

    def _rescale(self) -> None:
        scale = round(min(1.0, room_scale(self)), 2)
        if scale == self._scale:
            return
        self._scale = scale
        px = round(theme.ROOM_TEXT_PX * scale)
        for label in (*self.zone_titles, self.hint):
            label.setFont(theme.font_px(px, bold=label.font().bold()))
            label.setStyleSheet(f"font-size: {px}px;")  # kept when the palette's style sheet changes
        line_px = max(16, round(26 * scale))
        self.line_edit.setFont(theme.font_px(line_px))
        preview_px = max(16, round(24 * scale))
        self.line_preview.setFont(theme.font_px(preview_px))
        self.line_preview.setStyleSheet(f"font-size: {preview_px}px;")
        for button in self.team_buttons:
            self._size_team_button(button)
        self.card_view.setMinimumHeight(round(CARD_MIN_HEIGHT * scale))

    # --- state -------------------------------------------------------------------------------------

    def team_id(self) -> str:
        """Id of the team whose board is shown."""
        return self.controller.teams()[self._team_index].id

    def set_team(self, index: int) -> None:
        """Show this team's board (the others stay hidden)."""
        teams = self.controller.teams()
        self._team_index = index % len(teams)
        self._selected = None
        self.refresh()
        self.team_changed.emit(self.team_id())
        self.setFocus()

    def selected_card(self) -> str | None:
        """The card chosen with the keyboard or mouse."""
        return self._selected

    def select_card(self, card_id: str | None) -> None:
        """Choose a card (shown large) and highlight it in its column."""
        self._selected = card_id
        for view in self.lists:
            model = view.zone_model()
            cards = model.cards()
            if card_id in cards:
                view.selectionModel().setCurrentIndex(
                    model.index(cards.index(card_id)), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            else:
                view.selectionModel().clearSelection()
        self.card_view.set_card(
            self.controller.deck, self.controller.card(card_id) if card_id else None
        )
        if card_id:
            self.card_selected.emit(card_id)
            self.controller.set_focus_card(card_id)

    @Slot()
    def refresh(self) -> None:
        """Redraw from the controller's state."""
        rnd = self.controller.current_round()
        if rnd is None or rnd.revealed:
            return  # revealed: this view is on its way out and must not move the room's card
        team = self.team_id()
        board = self.controller.board(team)
        placed = {c for zone in board for c in zone}
        pool = [c for c in rnd.cards if c not in placed]
        self.models[0].set_cards(pool)
        for zone, cards in enumerate(board):
            self.models[zone + 1].set_cards(cards)
        for i, button in enumerate(self.team_buttons):
            t = self.controller.teams()[i]
            done = self.controller.team_done(t.id)
            button.setChecked(i == self._team_index)
            button.setText(("✓ " if done else "") + t.name)
        if self._selected not in rnd.cards:
            self._selected = None
        if self._selected is None:
            self._selected = pool[0] if pool else (rnd.cards[0] if rnd.cards else None)
        self.select_card(self._selected)
        left = len(pool)
        k = len(self.controller.zone_labels())
        self.hint.setText(
            self.tr("Nog {0} kaart(en) · toets 1–{1} legt de kaart · Tab: volgend team").format(left, k)
            if left
            else self.tr("Alle kaarten liggen · Tab: volgend team")
        )

    # --- actions -----------------------------------------------------------------------------------

    def _dropped(self, card_id: str, zone: int, order: int) -> None:
        was_unplaced = card_id in self.models[0].cards()
        self._selected = card_id
        if self.controller.place(self.team_id(), card_id, zone, order) and was_unplaced:
            self._select_next_to_place(card_id)

    def _select_next_to_place(self, placed: str) -> None:
        """After a card left the pile: the next card to place is chosen, as after a digit key."""
        pool = self.models[0].cards()
        self._selected = pool[0] if pool else placed
        self.select_card(self._selected)

    # --- a whole board as one line ----------------------------------------------------------------

    def focus_line(self) -> None:
        """Put the keyboard in the board line (Ctrl+L)."""
        self.line_edit.setFocus()
        self.line_edit.selectAll()

    def _line_board(self) -> tuple[tuple[str, ...], ...]:
        rnd = self.controller.current_round()
        cards = rnd.cards if rnd is not None else ()
        return parse_board_line(self.line_edit.text(), cards, len(self.controller.zone_labels()))

    def _set_preview(self, text: str) -> None:
        """What the typed line will do, in the hint's place; the hint comes back when the line is empty."""
        self.line_preview.setText(text)
        self.line_preview.setVisible(bool(text))
        self.hint.setVisible(not text)

    @Slot(str)
    def _preview_line(self, text: str) -> None:
        if not text.strip():
            self._set_preview("")
            return
        try:
            board = self._line_board()
        except SessionError as exc:
            self._set_preview(str(exc))
            return
        parts = [
            f"{z + 1}: " + (" ".join(str(self.controller.card_number(c)) for c in cards) or "–")
            for z, cards in enumerate(board)
        ]
        team = self.controller.teams()[self._team_index]
        self._set_preview(
            self.tr("{0}, vak {1} · Enter legt het bord").format(team.name, "  ·  vak ".join(parts))
        )

    @Slot()
    def enter_line(self) -> None:
        """Store the typed board for the shown team (nothing when the line is wrong), then the next team."""
        try:
            board = self._line_board()
        except SessionError as exc:
            self._set_preview(str(exc))
            return
        if self.controller.set_board(self.team_id(), board):
            self.line_edit.clear()
            self.set_team(self._team_index + 1)
            self.line_edit.setFocus()

    def place_selected(self, zone: int, order: int | None = None) -> None:
        """Put the chosen card in `zone` (at the end, or at `order`), then choose the next card to place."""
        card = self._selected
        if card is None:
            return
        board = self.controller.board(self.team_id())
        current = next((z for z, cards in enumerate(board) if card in cards), None)
        if order is None:
            order = placement_order(board[zone], card)
        if self.controller.place(self.team_id(), card, zone, order) and current is None:
            self._select_next_to_place(card)

    def move_selected(self, dz: int = 0, dorder: int = 0) -> None:
        """Move the chosen card a zone left/right or a place up/down within its zone."""
        card = self._selected
        if card is None:
            return
        board = self.controller.board(self.team_id())
        current = next((z for z, cards in enumerate(board) if card in cards), None)
        k = len(board)
        if current is None:
            if dz > 0:
                self.place_selected(0)
            return
        if dz:
            target = current + dz
            if 0 <= target < k:
                self.controller.place(self.team_id(), card, target, len(board[target]))
            return
        order = board[current].index(card) + dorder
        if 0 <= order < len(board[current]):
            self.controller.place(self.team_id(), card, current, order)

    def step_selection(self, delta: int) -> None:
        """Choose the previous/next card: down the pile, then through the zones."""
        order = [c for m in self.models for c in m.cards()]
        if not order:
            return
        if self._selected not in order:
            self.select_card(order[0])
            return
        at = order.index(self._selected)
        self.select_card(order[max(0, min(len(order) - 1, at + delta))])

    def handle_key(self, event: QKeyEvent) -> bool:
        """The board's keys; True when handled."""
        key, mods = event.key(), event.modifiers()
        k = len(self.controller.zone_labels())
        ctrl = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < k and not ctrl:
            self.place_selected(key - Qt.Key.Key_1)
        elif key == Qt.Key.Key_Left:
            self.move_selected(dz=-1)
        elif key == Qt.Key.Key_Right:
            self.move_selected(dz=+1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            delta = -1 if key == Qt.Key.Key_Up else 1
            if ctrl:
                self.move_selected(dorder=delta)
            else:
                self.step_selection(delta)
        elif key == Qt.Key.Key_Tab:
            self.set_team(self._team_index + 1)
        elif key == Qt.Key.Key_Backtab:
            self.set_team(self._team_index - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & Qt.KeyboardModifier.ControlModifier:
            self.reveal_requested.emit()
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab switches teams instead of moving the focus away from the board
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit:
            if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and event.key() == Qt.Key.Key_Escape):
                self.line_edit.clear()
                self.setFocus()
                return True
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self.handle_key(event):
            return True
        return super().eventFilter(watched, event)

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        card = index.data(CARD_ID_ROLE)
        if card:
            self.select_card(str(card))

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        card = current.data(CARD_ID_ROLE) if current.isValid() else None
        if card and card != self._selected:
            self._selected = str(card)
            self.card_view.set_card(
                self.controller.deck, self.controller.card(self._selected)
            )
            self.controller.set_focus_card(self._selected)

    def go_next(self) -> None:
        """Clicker 'next': the next team, or reveal when every team has placed every card."""
        if all(self.controller.team_done(t.id) for t in self.controller.teams()):
            self.reveal_requested.emit()
        else:
            self.set_team(self._team_index + 1)

    def go_previous(self) -> None:
        """Clicker 'previous': the previous team."""
        self.set_team(self._team_index - 1)


def separator() -> QFrame:
    """A thin line between parts."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    return line
