"""New-session setup: deck, audience, themes and kinds, levels, sensitive cards, variant, teams, cards per round,
zones, timer, and whether each round mixes the authors' estimates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import Deck
from gedragen.core.events import VARIANTS, Variant
from gedragen.ui.common import theme
from gedragen.ui.common.labels import variant_label
from gedragen.ui.common.widgets import RoomLabel, SmallLabel, TeamBadge, big_button, card_count

ZONE_CHOICES = (2, 3, 5)
MAX_TEAMS = 8
MIN_TEAMS = 2


@dataclass(frozen=True)
class TeamPlan:
    """A team as set up: id, name and colour (its letter follows from its position)."""

    id: str
    name: str
    color: str


@dataclass(frozen=True)
class SessionPlan:
    """Everything the setup screen decides; the controller turns it into the session's first event."""

    name: str
    deck_id: str
    audience: str
    themes: tuple[str, ...]
    kinds: tuple[str, ...]
    variant: str
    teams: tuple[TeamPlan, ...]
    cards_per_round: int
    zones: int
    timer_minutes: int
    levels: tuple[str, ...] = ()  # none: every level
    sensitive: bool | None = None  # None: the session's default (out of a class, in a team session)
    mix_expected: bool = True
    devices_host: str | None = None  # Teams op eigen apparaat: the address to listen on (None: off)


def default_team_name(index: int) -> str:
    """'Groep 1', 'Groep 2', …"""
    return QCoreApplication.translate("SessionSetup", "Groep {0}").format(index + 1)


class SessionSetup(QWidget):
    """The setup form; `Start` works at once with the defaults."""

    start_requested = Signal(object)
    cancelled = Signal()

    def __init__(self, decks: list[Deck], defaults: dict[str, object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        defaults = defaults or {}
        self._decks = list(decks)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 30, 60, 30)
        outer.setSpacing(14)
        outer.addWidget(RoomLabel(self.tr("Nieuwe sessie"), px=theme.ROOM_TITLE_PX, bold=True))

        # the form scrolls on a low laptop screen (1366×768) instead of squeezing every row
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(40)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        left.addLayout(self._build_name_deck_audience(defaults))
        self._build_card_choices()
        left.addWidget(self.themes_box)
        left.addWidget(self.kinds_box)
        left.addWidget(self._build_variant_box())
        # Teams op eigen apparaat: off by default; typed entry always stays
        left.addWidget(self._build_devices_box())
        left.addStretch(1)

        right.addLayout(self._build_numbers(defaults))
        # which cards: in the right column, which has room to spare (the left one fills a 1080p screen)
        right.addWidget(self.levels_box)
        right.addWidget(self.sensitive_check)
        right.addWidget(self.mix_check)
        right.addWidget(self._build_teams_box())
        right.addStretch(1)

        outer.addLayout(self._build_buttons())
        self._connect_signals()
        self._deck_changed()
        self._teams_changed()

    def _build_name_deck_audience(self, defaults: dict[str, object]) -> QFormLayout:
        """The session's name, the deck (the default one chosen) and team session or class."""
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld Team onderbouw of Klas 2B"))
        self.name_edit.setText(self.tr("Sessie {0}").format(dt.date.today().strftime("%d-%m-%Y")))
        form.addRow(self._label(self.tr("Naam")), self.name_edit)
        self.deck_combo = QComboBox()
        for deck in self._decks:
            self.deck_combo.addItem(f"{deck.title} ({card_count(len(deck.cards))})", deck.id)
        wanted = str(defaults.get("deck", ""))
        if wanted:
            at = self.deck_combo.findData(wanted)
            if at >= 0:
                self.deck_combo.setCurrentIndex(at)
        form.addRow(self._label(self.tr("Kaartenset")), self.deck_combo)
        audience_row = QHBoxLayout()
        self.audience_team = QRadioButton(self.tr("Teamsessie"))
        self.audience_class = QRadioButton(self.tr("Klas"))
        self.audience_team.setChecked(True)
        for r in (self.audience_team, self.audience_class):
            theme.set_font_px(r, theme.FACILITATOR_TEXT_PX)
            audience_row.addWidget(r)
        audience_row.addStretch(1)
        form.addRow(self._label(self.tr("Voor")), audience_row)
        return form

    def _build_card_choices(self) -> None:
        """The boxes for themes, kinds and levels (filled per deck), sensitive cards and mixed rounds."""
        self.themes_box = QGroupBox(self.tr("Thema's"))
        self.themes_grid = QGridLayout(self.themes_box)
        self.kinds_box = QGroupBox(self.tr("Soorten kaarten"))
        self.kinds_row = QHBoxLayout(self.kinds_box)
        self.levels_box = QGroupBox(self.tr("Niveaus"))
        self.levels_grid = QGridLayout(self.levels_box)
        self.theme_checks: dict[str, QCheckBox] = {}
        self.kind_checks: dict[str, QCheckBox] = {}
        self.level_checks: dict[str, QCheckBox] = {}
        # the facilitator's own choices about the cards; the room never sees them
        self.sensitive_check = QCheckBox()
        theme.set_font_px(self.sensitive_check, theme.FACILITATOR_TEXT_PX)
        self.mix_check = QCheckBox(self.tr("Gemengde rondes"))
        self.mix_check.setToolTip(self.tr(
            "Een ronde van 3 of meer kaarten krijgt een kaart van elke inschatting (gewenst, grensgeval, "
            "ongewenst) die er nog is."))
        theme.set_font_px(self.mix_check, theme.FACILITATOR_TEXT_PX)
        self.mix_check.setChecked(True)

    def _build_variant_box(self) -> QGroupBox:
        """One radio button per variant; the board is the default."""
        variant_box = QGroupBox(self.tr("Werkvorm"))
        variant_layout = QVBoxLayout(variant_box)
        self.variant_group = QButtonGroup(self)
        self.variant_buttons: dict[str, QRadioButton] = {}
        for i, variant in enumerate(VARIANTS):
            button = QRadioButton(variant_label(variant))
            theme.set_font_px(button, theme.FACILITATOR_TEXT_PX)
            self.variant_group.addButton(button, i)
            self.variant_buttons[variant] = button
            variant_layout.addWidget(button)
        self.variant_buttons[Variant.BOARD].setChecked(True)
        return variant_box

    def _build_devices_box(self) -> QGroupBox:
        """Teams op eigen apparaat: the switch and, when on, the network to listen on."""
        self.devices_box = QGroupBox(self.tr("Teams op eigen apparaat"))
        devices_layout = QVBoxLayout(self.devices_box)
        self.devices_check = QCheckBox(self.tr("Teams leggen zelf op een tablet of telefoon (lokaal netwerk)"))
        theme.set_font_px(self.devices_check, theme.FACILITATOR_TEXT_PX)
        self.devices_check.setToolTip(self.tr(
            "Gedragen opent dan een adres op het gekozen netwerk; er gaat niets naar internet. "
            "Je kunt borden ook dan gewoon typen."))
        self.network_combo = QComboBox()
        self.network_combo.setAccessibleName(self.tr("Netwerk voor de apparaten"))
        self.network_combo.setVisible(False)
        self.devices_check.toggled.connect(self._devices_toggled)
        devices_layout.addWidget(self.devices_check)
        devices_layout.addWidget(self.network_combo)
        return self.devices_box

    def _build_numbers(self, defaults: dict[str, object]) -> QFormLayout:
        """Cards per round, zones, round timer and the number of teams."""
        numbers = QFormLayout()
        self.cards_spin = QSpinBox()
        self.cards_spin.setRange(1, 20)
        self.cards_spin.setValue(int(defaults.get("cards_per_round", 6)))  # type: ignore[call-overload]
        numbers.addRow(self._label(self.tr("Kaarten per ronde")), self.cards_spin)
        self.zones_combo = QComboBox()
        for k in ZONE_CHOICES:
            self.zones_combo.addItem(self.tr("{0} vakken").format(k), k)
        self.zones_combo.setCurrentIndex(max(0, self.zones_combo.findData(int(defaults.get("zones", 3)))))  # type: ignore[call-overload]
        numbers.addRow(self._label(self.tr("Vakken op het bord")), self.zones_combo)
        self.timer_spin = QSpinBox()
        self.timer_spin.setRange(0, 60)
        self.timer_spin.setSuffix(self.tr(" min"))
        self.timer_spin.setSpecialValueText(self.tr("geen timer"))
        self.timer_spin.setValue(int(defaults.get("timer_minutes", 0)))  # type: ignore[call-overload]
        numbers.addRow(self._label(self.tr("Rondetimer")), self.timer_spin)
        self.team_count = QSpinBox()
        self.team_count.setRange(MIN_TEAMS, MAX_TEAMS)
        self.team_count.setValue(3)
        numbers.addRow(self._label(self.tr("Aantal teams")), self.team_count)
        self._numbers = numbers
        return numbers

    def _build_teams_box(self) -> QGroupBox:
        """A badge and a name field for every possible team; only the chosen number is shown."""
        self.teams_box = QGroupBox(self.tr("Teams"))
        self.teams_layout = QGridLayout(self.teams_box)
        self.team_edits: list[QLineEdit] = []
        self._team_rows: list[tuple[TeamBadge, QLineEdit]] = []
        for i in range(MAX_TEAMS):
            style = theme.team_style(i)
            badge = TeamBadge(style.color, style.letter, style.marker, size=36)
            edit = QLineEdit(default_team_name(i))
            edit.setAccessibleName(self.tr("Naam van team {0}").format(style.letter))
            self.teams_layout.addWidget(badge, i, 0)
            self.teams_layout.addWidget(edit, i, 1)
            self.team_edits.append(edit)
            self._team_rows.append((badge, edit))
        return self.teams_box

    def _build_buttons(self) -> QHBoxLayout:
        """The error line, Terug and Start."""
        buttons = QHBoxLayout()
        self.error_label = SmallLabel("")
        self.error_label.setStyleSheet("font-weight: bold;")
        buttons.addWidget(self.error_label, 1)
        self.back_button = big_button(self.tr("Terug"))
        self.start_button = big_button(self.tr("Start"), px=32, primary=True)
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.start_button)
        return buttons

    def _connect_signals(self) -> None:
        self.deck_combo.currentIndexChanged.connect(self._deck_changed)
        self.audience_class.toggled.connect(self._audience_changed)
        self.team_count.valueChanged.connect(self._teams_changed)
        self.variant_group.idToggled.connect(self._variant_changed)
        self.back_button.clicked.connect(self.cancelled)
        self.start_button.clicked.connect(self._start)
        self.name_edit.returnPressed.connect(self._start)

    def _label(self, text: str) -> SmallLabel:
        return SmallLabel(text)

    def deck(self) -> Deck | None:
        """The chosen deck."""
        deck_id = self.deck_combo.currentData()
        return next((d for d in self._decks if d.id == deck_id), None)

    def _deck_changed(self) -> None:
        from gedragen.ui.common.card_view import render_icon, theme_icon_file

        for box in (*self.theme_checks.values(), *self.kind_checks.values(), *self.level_checks.values()):
            box.deleteLater()
        self.theme_checks.clear()
        self.kind_checks.clear()
        self.level_checks.clear()
        deck = self.deck()
        self.levels_box.setVisible(bool(deck and deck.levels))
        sensitive = sum(c.sensitive for c in deck.cards) if deck else 0
        self.sensitive_check.setText(self.tr("⚠ Gevoelige kaarten ({0})").format(sensitive))
        self.sensitive_check.setToolTip(self.tr(
            "Kaarten die zorg vragen, zoals over misbruik of zelfbeschadiging. In een klas staan ze standaard uit."))
        self.sensitive_check.setVisible(sensitive > 0)
        self.mix_check.setVisible(bool(deck and any(c.expected for c in deck.cards)))
        if deck is None:
            return
        for i, th in enumerate(deck.themes):
            box = QCheckBox(th.label)
            theme.set_font_px(box, theme.FACILITATOR_TEXT_PX)
            icon_file = theme_icon_file(th)
            if icon_file is not None:
                box.setIcon(QIcon(render_icon(icon_file, 32, theme.readable_on_window(th.color))))
                box.setIconSize(QSize(28, 28))
            box.setChecked(True)
            self.themes_grid.addWidget(box, i // 2, i % 2)
            self.theme_checks[th.id] = box
        for kind in deck.kinds:
            box = QCheckBox(kind.label)
            theme.set_font_px(box, theme.FACILITATOR_TEXT_PX)
            box.setToolTip(kind.description)
            box.setChecked(True)
            self.kinds_row.addWidget(box)
            self.kind_checks[kind.id] = box
        for i, level in enumerate(deck.levels):
            box = QCheckBox(level.label)
            theme.set_font_px(box, theme.FACILITATOR_TEXT_PX)
            box.setChecked(True)
            self.levels_grid.addWidget(box, i, 0)
            self.level_checks[level.id] = box
        self._audience_changed()

    def _audience_changed(self) -> None:
        # a class of pupils plays the school cards; team cards are about colleagues
        if "team" in self.kind_checks and "school" in self.kind_checks:
            in_class = self.audience_class.isChecked()
            self.kind_checks["team"].setChecked(not in_class)
            self.kind_checks["school"].setChecked(True)
        # sensitive cards are off by default in a class, on in a team session (DESIGN §2)
        self.sensitive_check.setChecked(not self.audience_class.isChecked())

    def _teams_changed(self) -> None:
        count = self.team_count.value()
        for i, (badge, edit) in enumerate(self._team_rows):
            badge.setVisible(i < count)
            edit.setVisible(i < count)

    def _variant_changed(self, _id: int, _checked: bool) -> None:
        debate = self.variant_buttons[Variant.DEBATE].isChecked()
        quick = self.variant_buttons[Variant.QUICK].isChecked()
        # the walking debate has no teams: the room splits itself
        self.teams_box.setVisible(not debate)
        self._numbers.setRowVisible(self.team_count, not debate)
        self.zones_combo.setEnabled(not (debate or quick))
        self.cards_spin.setEnabled(not debate)  # the walking debate shows one card at a time

    def variant(self) -> str:
        """The chosen variant id."""
        return next(v for v, b in self.variant_buttons.items() if b.isChecked())

    def set_variant(self, variant: str) -> None:
        """Choose a variant (keyboard users and tests)."""
        self.variant_buttons[variant].setChecked(True)

    def plan(self) -> SessionPlan | None:
        """The session as set up, or None (and a message on screen) when something is missing."""
        deck = self.deck()
        if deck is None:
            self.error_label.setText(self.tr("Er is geen kaartenset. Voeg een kaartenset toe via Kaartensets op het startscherm."))
            return None
        themes = tuple(t for t, box in self.theme_checks.items() if box.isChecked())
        kinds = tuple(k for k, box in self.kind_checks.items() if box.isChecked())
        if not themes or not kinds:
            self.error_label.setText(self.tr("Kies minstens één thema en één soort kaart."))
            return None
        levels = tuple(lv for lv, box in self.level_checks.items() if box.isChecked())
        if self.level_checks and not levels:
            self.error_label.setText(self.tr("Kies minstens één niveau."))
            return None
        if len(levels) == len(self.level_checks):
            levels = ()  # every level: also the cards that name none
        sensitive = self.sensitive_check.isChecked()
        chosen = deck.select(frozenset(themes), frozenset(kinds), levels=frozenset(levels) or None,
                             sensitive=sensitive)
        if not chosen:
            self.error_label.setText(self.tr("Met deze keuze blijven er geen kaarten over. Kies meer thema's, soorten of niveaus."))
            return None
        variant = self.variant()
        teams: tuple[TeamPlan, ...] = ()
        if variant != Variant.DEBATE:
            names = [e.text().strip() or default_team_name(i) for i, e in enumerate(self.team_edits)]
            names = names[: self.team_count.value()]
            if len(set(names)) != len(names):
                self.error_label.setText(self.tr("Twee teams hebben dezelfde naam. Geef elk team een eigen naam."))
                return None
            teams = tuple(TeamPlan(f"t{i + 1}", n, theme.team_style(i).color) for i, n in enumerate(names))
        zones = 2 if variant == Variant.QUICK else int(self.zones_combo.currentData())
        name = self.name_edit.text().strip() or self.tr("Sessie")
        self.error_label.setText("")
        return SessionPlan(
            name=name,
            deck_id=deck.id,
            audience="class" if self.audience_class.isChecked() else "team",
            themes=themes,
            kinds=kinds,
            variant=variant,
            teams=teams,
            cards_per_round=self.cards_spin.value(),
            zones=zones,
            timer_minutes=self.timer_spin.value(),
            levels=levels,
            sensitive=sensitive,
            mix_expected=self.mix_check.isChecked(),
            devices_host=self.devices_host(),
        )

    def _devices_toggled(self, on: bool) -> None:
        """Offer the computer's networks (asked of the system only, nothing is sent) when the mode is on."""
        if on and self.network_combo.count() == 0:
            from gedragen.remote.interfaces import ipv4_interfaces

            for interface in ipv4_interfaces():
                self.network_combo.addItem(interface.label, interface.address)
        self.network_combo.setVisible(on)

    def devices_host(self) -> str | None:
        """The address devices connect to, or None when Teams op eigen apparaat is off."""
        if not self.devices_check.isChecked() or self.network_combo.count() == 0:
            return None
        return str(self.network_combo.currentData())

    def _start(self) -> None:
        plan = self.plan()
        if plan is not None:
            self.start_requested.emit(plan)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.start_button.setFocus()
