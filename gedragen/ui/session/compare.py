"""The compare view: every card with every team's zone, most disagreement first; record the group's agreement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gedragen.ui.common import theme
from gedragen.ui.common.labels import section_labels
from gedragen.ui.common.widgets import RoomLabel, SmallLabel, big_button
from gedragen.ui.session.reveal_strip import OverviewWidget

if TYPE_CHECKING:
    from gedragen.core.analysis import CardAnalysis, RoundAnalysis
    from gedragen.core.events import Team
    from gedragen.core.session import RoundState
    from gedragen.ui.session.controller import SessionController

TABLE_PX = 32
HEADER_PADDING_PX = 40


def zone_tint(zone: int, k: int) -> QColor:
    """A light background from green-ish (gewenst) to red-ish (ongewenst); the text says the zone too."""
    t = zone / max(1, k - 1)
    wanted, unwanted = QColor("#D7F0DD"), QColor("#F8D9D4")
    return QColor(
        round(wanted.red() + (unwanted.red() - wanted.red()) * t),
        round(wanted.green() + (unwanted.green() - wanted.green()) * t),
        round(wanted.blue() + (unwanted.blue() - wanted.blue()) * t),
    )


MINUS = "\u2212"  # the real minus sign, as in the walking debate's shift: a hyphen reads as a dash


def format_tau(value: float | None) -> str:
    """Kendall's tau-b with a Dutch decimal comma and a real minus sign (−0,07), or a dash when undefined."""
    return "–" if value is None else f"{value:+.2f}".replace(".", ",").replace("-", MINUS)


class CompareView(QWidget):
    """After the reveal: the cards in disagreement order, and per card the group position and agreement."""

    next_round_requested = Signal()
    end_requested = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._order: list[str] = []
        self._current: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 8, 24, 12)
        outer.setSpacing(8)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        outer.addLayout(columns, 1)

        columns.addLayout(self._build_card_list(), 2)
        columns.addLayout(self._build_card_panel(controller.zone_labels()), 1)
        outer.addLayout(self._build_buttons())
        self._add_shortcuts()
        controller.state_changed.connect(self.refresh)
        controller.set_overview(False)
        self.refresh()

    def _build_card_list(self) -> QVBoxLayout:
        """The left column: the cards in disagreement order (or the round overview), the legend and the agreement."""
        left = QVBoxLayout()
        self.table = QTableWidget()
        self.table.setFont(theme.font_px(TABLE_PX))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setFont(theme.font_px(TABLE_PX, bold=True))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.currentCellChanged.connect(self._row_changed)
        self.table.installEventFilter(self)
        self.setFocusProxy(self.table)  # the digits that set the group position work in the card list
        left.addWidget(self.table, 1)
        self.overview = OverviewWidget()  # the round overview, as the room sees it (Ctrl+O, clicker)
        self.overview.setVisible(False)
        self.overview.card_chosen.connect(self.leave_overview)
        left.addWidget(self.overview, 1)
        self._overview_at: str | None = None  # None: a card; 'start' or 'end': the overview before/after the cards
        self.legend = RoomLabel("")
        left.addWidget(self.legend)
        self.agreement_label = RoomLabel("")
        left.addWidget(self.agreement_label)
        return left

    def _build_card_panel(self, zone_labels: tuple[str, ...]) -> QVBoxLayout:
        """The right column: the current card, the group position, the agreement and its protocol section."""
        right_box = QWidget()
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        self.card_title = RoomLabel("", bold=True)
        self.card_text = RoomLabel("")
        self.questions = SmallLabel("", px=26)
        self.note = SmallLabel("", px=22)
        self.note.setStyleSheet("font-style: italic;")
        right.addWidget(self.card_title)
        right.addWidget(self.card_text)
        right.addWidget(self.questions)
        right.addWidget(self.note)
        right.addWidget(SmallLabel(self.tr("Positie van de groep"), px=24, bold=True))
        self.zone_group = QButtonGroup(self)
        self.zone_group.setExclusive(True)
        zone_row = QGridLayout()
        self.zone_buttons: list[QRadioButton] = []
        # "nog niet" is a button of its own, not an id: Qt replaces the id -1 by an automatic one
        self.none_button = QRadioButton(self.tr("nog niet"))
        theme.set_font_px(self.none_button, 24)
        self.zone_group.addButton(self.none_button)
        zone_row.addWidget(self.none_button, 0, 0)
        for i, label in enumerate(zone_labels):
            button = QRadioButton(f"{i + 1} {label}")
            theme.set_font_px(button, 24)
            self.zone_group.addButton(button)
            self.zone_buttons.append(button)
            zone_row.addWidget(button, (i + 1) // 2, (i + 1) % 2)
        # a click stores the position at once, like a digit key
        self.zone_group.buttonClicked.connect(lambda _button: self.save_outcome())
        right.addLayout(zone_row)
        right.addWidget(SmallLabel(self.tr("Afspraak"), px=24, bold=True))
        self.agreement_edit = QPlainTextEdit()
        self.agreement_edit.setPlaceholderText(self.tr("Bijvoorbeeld: We spreken elkaar direct aan als …"))
        self.agreement_edit.setFont(theme.font_px(26))
        self.agreement_edit.setStyleSheet("font-size: 26px;")
        self.agreement_edit.setTabChangesFocus(True)
        self.agreement_edit.setMinimumHeight(100)
        self.agreement_edit.setMaximumHeight(150)
        right.addWidget(self.agreement_edit, 1)
        section_row = QHBoxLayout()
        section_row.addWidget(SmallLabel(self.tr("Protocol"), px=24, bold=True))
        self.section_combo = QComboBox()
        for key, label in section_labels().items():
            self.section_combo.addItem(label, key)
        # the longest section name must not push the right panel past the screen's edge on a laptop
        self.section_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section_combo.setMinimumContentsLength(10)
        section_row.addWidget(self.section_combo, 1)
        right.addLayout(section_row)
        self.save_button = big_button(self.tr("Afspraak opslaan"), px=26, primary=True)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save_outcome)
        self.saved_label = SmallLabel("", px=22)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(right_box)
        # never narrower than its content: on a 1366-wide laptop the table gives way, not the right panel
        scroll.setMinimumWidth(right_box.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)
        # the card's text scrolls; saving the agreement stays in view below it, however long the card is
        right_column = QVBoxLayout()
        right_column.addWidget(scroll, 1)
        right_column.addWidget(self.save_button)
        right_column.addWidget(self.saved_label)
        return right_column

    def _build_buttons(self) -> QHBoxLayout:
        """The bottom row: the round overview, ending the session and the next round."""
        buttons = QHBoxLayout()
        self.overview_button = big_button(self.tr("Overzicht van de ronde"), px=28)
        self.overview_button.setCheckable(True)
        self.overview_button.setToolTip(self.tr("Ctrl+O, of PageUp bij de eerste kaart"))
        self.overview_button.clicked.connect(
            lambda on: self.show_overview("start") if on else self.leave_overview(self._current))
        buttons.addWidget(self.overview_button)
        buttons.addStretch(1)
        self.end_button = big_button(self.tr("Sessie afronden"), px=28)
        self.next_button = big_button(self.tr("Volgende ronde"), px=30, primary=True)
        self.next_button.setToolTip(self.tr("Ctrl+Enter"))
        self.end_button.clicked.connect(self.end_requested)
        self.next_button.clicked.connect(self.next_round_requested)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.next_button)
        return buttons

    def _add_shortcuts(self) -> None:
        """Ctrl+S saves, Ctrl+O shows the overview, Ctrl+Enter starts the next round."""
        for keys, slot in (("Ctrl+S", self.save_outcome), ("Ctrl+O", self.overview_button.click),
                           ("Ctrl+Return", self.next_round_requested),
                           ("Ctrl+Enter", self.next_round_requested)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def round(self) -> Any:
        """The round being compared (the open one, or the last closed one)."""
        return self.controller.shown_round()

    @Slot()
    def refresh(self) -> None:
        """Rebuild the table from the state and the core's analysis."""
        rnd = self.round()
        if rnd is None:
            return
        analysis = self.controller.analysis(rnd)
        teams = self.controller.teams()
        labels = self.controller.zone_labels()
        ordered = [c.card for c in analysis.cards] + [
            c for c in rnd.cards if c not in {a.card for a in analysis.cards}
        ]
        self._order = ordered
        by_card = {c.card: c for c in analysis.cards}
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(2 + len(teams))
        self.table.setRowCount(len(ordered))
        headers = (
            [self.tr("Kaart")]
            + [f"{theme.team_style(i).letter} {theme.team_style(i).marker}" for i in range(len(teams))]
            + [self.tr("Verschil")]
        )
        self.table.setHorizontalHeaderLabels(headers)
        for col, team in enumerate(teams, start=1):
            header = self.table.horizontalHeaderItem(col)
            if header is not None:
                header.setToolTip(team.name)
        for row, card in enumerate(ordered):
            self._fill_row(row, card, rnd, by_card.get(card), teams, labels)
        self._size_columns(headers, len(teams))
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self._show_legend(teams, labels, analysis)
        target = self._current if self._current in ordered else (ordered[0] if ordered else None)
        if target is not None:
            self.select_card(target)
        if self._overview_at is not None:
            self._fill_overview()

    def _fill_row(self, row: int, card: str, rnd: RoundState, info: CardAnalysis | None, teams: tuple[Team, ...],
                  labels: tuple[str, ...]) -> None:
        """One card's row: number, id and short text (✎ when recorded), each team's zone, and the disagreement."""
        k = len(labels)
        number = self.controller.card_number(card)
        text = self.controller.card(card).text
        short = text if len(text) <= 70 else text[:67].rsplit(" ", 1)[0] + " …"
        outcome = rnd.outcome(card)
        mark = " ✎" if outcome is not None else ""
        item = QTableWidgetItem(f"{number}. [{card}] {short}{mark}")
        item.setData(Qt.ItemDataRole.UserRole, card)
        self.table.setItem(row, 0, item)
        for col, team in enumerate(teams, start=1):
            zone = info.zone_of(team.id) if info else None
            if zone is None:
                cell = QTableWidgetItem("–")
            else:
                cell = QTableWidgetItem(str(zone + 1))
                cell.setFont(theme.font_px(TABLE_PX + 4, bold=True))
                cell.setToolTip(f"{team.name}: {labels[zone]}")
                cell.setBackground(zone_tint(zone, k))
                cell.setForeground(QColor("#000000"))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, col, cell)
        d = QTableWidgetItem(f"{info.disagreement:.2f}".replace(".", ",") if info else "–")
        d.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, len(teams) + 1, d)

    def _size_columns(self, headers: list[str], team_count: int) -> None:
        """The card column stretches; the team and difference columns are as wide as their header needs."""
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = QFontMetrics(columns.font())
        for col in range(1, team_count + 2):
            columns.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            # the header text sets the width (plus room for the cell padding and grid), never less than the digits
            needed = metrics.horizontalAdvance(headers[col]) + HEADER_PADDING_PX
            self.table.setColumnWidth(col, max(needed, 150 if col == team_count + 1 else 96))

    def _show_legend(self, teams: tuple[Team, ...], labels: tuple[str, ...], analysis: RoundAnalysis) -> None:
        """Below the table: the teams and zones, and the agreement between each pair of teams (τ)."""
        team_text = "   ".join(
            f"{theme.team_style(i).letter} {theme.team_style(i).marker} {t.name}" for i, t in enumerate(teams)
        )
        zone_text = " · ".join(f"{i + 1} {z}" for i, z in enumerate(labels))
        self.legend.setText(f"{team_text}\n{zone_text}")
        pairs = [
            # a pair and its value stay on one line (word joiners around the dash, a no-break space)
            f"{self._letter(a.teams[0])}\u2060–\u2060{self._letter(a.teams[1])}\u00a0{format_tau(a.tau_b)}"
            for a in analysis.team_agreement
        ]
        self.agreement_label.setText(
            self.tr("Overeenstemming tussen teams (τ): {0}").format("  ·  ".join(pairs)) if pairs else ""
        )

    def _letter(self, team_id: str) -> str:
        for i, team in enumerate(self.controller.teams()):
            if team.id == team_id:
                return theme.team_style(i).letter
        return team_id

    def order(self) -> list[str]:
        """Card ids in the order shown (most disagreement first)."""
        return list(self._order)

    def select_card(self, card: str) -> None:
        """Show this card's questions, note and recorded outcome on the right."""
        if card not in self._order:
            return
        row = self._order.index(card)
        if self.table.currentRow() != row:
            self.table.setCurrentCell(row, 0)
        self._show(card)

    @Slot(int, int, int, int)
    def _row_changed(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        if 0 <= row < len(self._order):
            self._show(self._order[row])

    def _show(self, card_id: str) -> None:
        self._current = card_id
        self.controller.set_focus_card(card_id)
        card = self.controller.card(card_id)
        deck = self.controller.deck
        theme_label = ""
        if deck is not None and card.theme in {t.id for t in deck.themes}:
            theme_label = deck.theme(card.theme).label
        self.card_title.setText(
            self.tr("Kaart {0} · {1} · {2}").format(self.controller.card_number(card_id), card_id, theme_label)
        )
        self.card_text.setText(card.text)
        self.questions.setText("\n".join(f"• {q}" for q in card.questions))
        self.questions.setVisible(bool(card.questions))
        self.note.setText(card.note or "")
        self.note.setVisible(bool(card.note))
        rnd = self.round()
        outcome = rnd.outcome(card_id) if rnd else None
        self._check_zone(outcome.group_zone if outcome else None)
        self.agreement_edit.setPlainText(outcome.agreement if outcome else "")
        at = self.section_combo.findData(outcome.section if outcome else None)
        self.section_combo.setCurrentIndex(max(0, at))
        self.saved_label.setText(self.tr("✓ Opgeslagen") if outcome else "")

    def _check_zone(self, zone: int | None) -> None:
        button = self.zone_buttons[zone] if zone is not None and 0 <= zone < len(self.zone_buttons) else None
        (button or self.none_button).setChecked(True)

    def group_zone(self) -> int | None:
        """The group position the form shows (None: nog niet)."""
        for zone, button in enumerate(self.zone_buttons):
            if button.isChecked():
                return zone
        return None

    def current_card(self) -> str | None:
        """The card whose outcome is being edited."""
        return self._current

    @Slot()
    def save_outcome(self) -> None:
        """Record the group position, agreement and section of the current card (one event)."""
        if self._current is None:
            return
        ok = self.controller.record_outcome(
            self._current,
            self.group_zone(),
            self.agreement_edit.toPlainText().strip(),
            self.section_combo.currentData(),
        )
        if ok:
            from gedragen.export.fit import fallback_notice

            # Checked when entered: the teacher sees now what the report will print instead of an emoji.
            notice = fallback_notice("Let op", self.agreement_edit.toPlainText())
            self.saved_label.setText(self.tr("✓ Opgeslagen") + (f" — {notice}" if notice else ""))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the card list, digits 1…k store the group position at once and 0 clears it."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                zone = None if key == Qt.Key.Key_0 else key - Qt.Key.Key_1
                if zone is None or zone < len(self.zone_buttons):
                    self._check_zone(zone)
                    self.save_outcome()
                    return True
        return super().eventFilter(watched, event)

    def go_next(self) -> None:
        """Clicker 'next': the next card in disagreement order; after the last card the round overview."""
        if self._overview_at == "start" and self._order:
            self.leave_overview(self._order[0])
        elif self._overview_at is None and self._current in self._order:
            at = self._order.index(self._current)
            if at + 1 < len(self._order):
                self.select_card(self._order[at + 1])
            else:
                self.show_overview("end")

    def go_previous(self) -> None:
        """Clicker 'previous': the previous card; before the first card the round overview."""
        if self._overview_at == "end" and self._order:
            self.leave_overview(self._order[-1])
        elif self._overview_at is None and self._current in self._order:
            at = self._order.index(self._current)
            if at > 0:
                self.select_card(self._order[at - 1])
            else:
                self.show_overview("start")

    # --- the round overview (what the room sees; gedragen.ui.session.reveal_strip draws it) ------------------

    def overview_position(self) -> str | None:
        """None while a card is shown; 'start' or 'end' while the overview is (before or after the cards)."""
        return self._overview_at

    def show_overview(self, at: str = "start") -> None:
        """Show the round overview here and to the room."""
        self._overview_at = at
        self._fill_overview()
        for widget in (self.table, self.legend, self.agreement_label):  # the overview has its own legend
            widget.setVisible(False)
        self.overview.setVisible(True)
        self.overview_button.setChecked(True)
        self.controller.set_overview(True)

    @Slot(str)
    def leave_overview(self, card: str | None = None) -> None:
        """Back from the overview to a card (the chosen one, else the last one shown)."""
        self._overview_at = None
        self.overview.setVisible(False)
        for widget in (self.table, self.legend, self.agreement_label):
            widget.setVisible(True)
        self.overview_button.setChecked(False)
        self.controller.set_overview(False)
        if card is not None:
            self.select_card(card)
        self.table.setFocus()

    def _fill_overview(self) -> None:
        from gedragen.core.reveal import round_overview, team_marks

        rnd, state = self.round(), self.controller.state
        if rnd is None or state is None:
            return
        texts = {c: self.controller.card(c).text for c in rnd.cards}
        self.overview.set_overview(round_overview(state, rnd, texts), team_marks(state), state.zones)
