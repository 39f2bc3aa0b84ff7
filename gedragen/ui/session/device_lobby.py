"""What the room and the facilitator see of Teams op eigen apparaat.

On the projector (`DeviceLobby`): while teams still have to join, a large QR code, the link in large text
and the short code; always a tile per team with "verbonden" and the progress ("5/6 gelegd"), never where
cards went. For the facilitator (`DevicePanel`): the same link, each team's devices with a button to
release them, the votes of the walking debate, and what to check when nothing connects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gedragen.core import devices as dv
from gedragen.core.events import Variant
from gedragen.ui.common import theme
from gedragen.ui.common.widgets import FlowLayout, RoomLabel, SmallLabel, TeamBadge
from gedragen.ui.session.device_host import qr_pixmap

if TYPE_CHECKING:
    from gedragen.ui.session.device_host import DeviceHost


def tile_text(tile: dv.TeamTile, name: str) -> str:
    """A team's tile in words: its name, whether a device is in, and the progress of the round."""
    if not tile.claimed:
        state = QCoreApplication.translate("DeviceLobby", "nog niet verbonden")
    elif tile.devices == 0:
        state = QCoreApplication.translate("DeviceLobby", "even weg (komt terug met de link)")
    else:
        state = QCoreApplication.translate("DeviceLobby", "verbonden")
    if tile.total:
        state += " · " + QCoreApplication.translate("DeviceLobby", "{0}/{1} gelegd").format(tile.placed, tile.total)
    return f"{name}: {state}"


def trouble_text() -> str:
    """What to check when no device connects, and how to go on without them."""
    return QCoreApplication.translate(
        "DeviceLobby",
        "Nog geen apparaat verbonden? Controleer: zitten de apparaten op hetzelfde wifi-netwerk als deze "
        "computer (niet het gastennetwerk, dat apparaten vaak van elkaar afschermt)? Heeft Windows gevraagd "
        "of Gedragen het netwerk mag gebruiken (kies dan 'Privénetwerken')? Lukt het niet, speel dan gewoon "
        "door: typ de borden zoals altijd, met de bordregel (Ctrl+L)."
    )


class DeviceLobby(QWidget):
    """The projector's part: QR code, link and code while teams join; a tile per team."""

    def __init__(self, host: DeviceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(24)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.qr)
        right = QVBoxLayout()
        self.link = RoomLabel("", px=theme.ROOM_TITLE_PX, bold=True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.how = RoomLabel("")
        right.addWidget(self.link)
        right.addWidget(self.how)
        self.tiles_holder = QWidget()
        self.tiles_layout = FlowLayout(self.tiles_holder, spacing=16)
        right.addWidget(self.tiles_holder)
        right.addStretch(1)
        outer.addLayout(right, 1)
        self._tile_labels: list[tuple[TeamBadge, RoomLabel]] = []
        self._side = 0
        host.changed.connect(self.refresh)
        self.refresh()

    def joining(self) -> bool:
        """Whether teams still have to join (the QR code and link are shown)."""
        return self.host.joining()

    def resizeEvent(self, event: object) -> None:
        """The QR code follows the screen: whole pixels per module, as large as the room needs."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        side = self._qr_side()
        if side != self._side:
            self.refresh()

    def _qr_side(self) -> int:
        window = self.window()
        height = window.height() if window is not None else 1080
        return max(200, int(height * 0.5))

    @Slot()
    def refresh(self) -> None:
        """Show the lobby as it is now."""
        tiles = self.host.tiles()
        teams = self.host.controller.teams()
        joining = self.joining()
        self.qr.setVisible(joining)
        self.link.setVisible(joining)
        self.how.setVisible(joining)
        if joining:
            address = self.host.address
            self._side = self._qr_side()
            self.qr.setPixmap(qr_pixmap(address.link, self._side))
            self.link.setText(self.tr("{0}   code {1}").format(address.base, address.code))
            self.how.setText(self.tr("Scan de QR-code, of open het adres en typ de code. Tik dan op je team."))
        if len(self._tile_labels) != len(tiles):
            while self.tiles_layout.count():
                item = self.tiles_layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
            self._tile_labels = []
            for i, team in enumerate(teams):
                style = theme.team_style(i)
                holder = QWidget()
                row = QHBoxLayout(holder)
                row.setContentsMargins(0, 0, 0, 0)
                badge = TeamBadge(team.color, style.letter, style.marker, size=44)
                label = RoomLabel("")
                label.setWordWrap(False)
                row.addWidget(badge)
                row.addWidget(label)
                self.tiles_layout.addWidget(holder)
                self._tile_labels.append((badge, label))
        for (_badge, label), tile, team in zip(self._tile_labels, tiles, teams, strict=False):
            label.setText(tile_text(tile, team.name))


class DevicePanel(QDialog):
    """The facilitator's view of the devices: link and code, per team its devices and a release button."""

    def __init__(self, host: DeviceHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setWindowTitle(self.tr("Teams op eigen apparaat"))
        theme.set_font_px(self, theme.FACILITATOR_TEXT_PX)
        self.setMinimumWidth(960)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.qr = QLabel()
        self.qr.setPixmap(qr_pixmap(host.address.link, 200))
        top.addWidget(self.qr)
        words = QVBoxLayout()
        self.link = SmallLabel(self.tr("Adres: {0}").format(host.address.base), bold=True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = SmallLabel(self.tr("Code: {0}").format(host.address.code))
        words.addWidget(self.link)
        words.addWidget(self.code)
        words.addWidget(SmallLabel(self.tr(
            "Elk team scant de QR-code of opent het adres en tikt op zijn team. Een team dat een ander "
            "apparaat wil gebruiken, of dat per ongeluk het verkeerde team koos: geef het team vrij, dan kan "
            "het opnieuw kiezen.")))
        words.addStretch(1)
        top.addLayout(words, 1)
        layout.addLayout(top)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.release_buttons: dict[str, QPushButton] = {}
        self.tile_labels: dict[str, SmallLabel] = {}
        for row, team in enumerate(host.controller.teams()):
            style = theme.team_style(row)
            self.grid.addWidget(TeamBadge(team.color, style.letter, style.marker, size=36), row, 0)
            label = SmallLabel("")
            self.grid.addWidget(label, row, 1)
            self.grid.setColumnStretch(1, 1)
            button = QPushButton(self.tr("Vrijgeven"))
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Koppel de apparaten van dit team los; het team kan opnieuw kiezen."))
            button.clicked.connect(lambda _=False, t=team.id: self.host.release(t))
            self.grid.addWidget(button, row, 2)
            self.release_buttons[team.id] = button
            self.tile_labels[team.id] = label
        self.votes = QHBoxLayout()
        self.vote_buttons: dict[str | None, QPushButton] = {}
        if host.controller.state is not None and host.controller.state.variant == Variant.DEBATE:
            for phase, text in ((None, self.tr("Stemming dicht")), ("before", self.tr("Stemmen vóór het gesprek")),
                                ("after", self.tr("Stemmen na het gesprek"))):
                button = QPushButton(text)
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, p=phase: self.host.open_vote(p))
                self.votes.addWidget(button)
                self.vote_buttons[phase] = button
            layout.addLayout(self.votes)
        self.lobby_button = QPushButton()
        self.lobby_button.setAutoDefault(False)
        self.lobby_button.clicked.connect(lambda: self.host.set_lobby_open(not self.host.lobby_open))
        layout.addWidget(self.lobby_button)
        self.trouble = SmallLabel(trouble_text())
        self.trouble.setVisible(False)
        layout.addWidget(self.trouble)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        host.changed.connect(self.refresh)
        host.nobody_came.connect(lambda: self.trouble.setVisible(True))
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Tiles, release buttons and the open vote as they are now."""
        names = {t.id: t.name for t in self.host.controller.teams()}
        for tile in self.host.tiles():
            label = self.tile_labels.get(tile.team)
            if label is not None:
                devices = self.tr(" · {0} apparaat/apparaten").format(tile.devices) if tile.devices else ""
                label.setText(tile_text(tile, names.get(tile.team, tile.team)) + devices)
            button = self.release_buttons.get(tile.team)
            if button is not None:
                button.setEnabled(tile.claimed)
        if any(t.claimed for t in self.host.tiles()):
            self.trouble.setVisible(False)
        self.lobby_button.setText(self.tr("Aanmelden sluiten (de zaal ziet weer de kaart)") if self.host.lobby_open
                                  else self.tr("Aanmelden weer openen (nieuwe code)"))
        self.code.setText(self.tr("Code: {0}").format(self.host.address.code))
        for phase, button in self.vote_buttons.items():
            button.setChecked(phase == self.host.vote_phase)
