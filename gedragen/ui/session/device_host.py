"""Teams op eigen apparaat, on the facilitator's side: the local server tied to the session controller.

The server (gedragen.remote) calls back on its own thread; every callback is re-emitted as a Qt signal,
which reaches this object on the UI thread (a queued connection), and only there touches the controller. A
device's board becomes `controller.set_board(team, board)`: the same rules and the same placement events as a
typed board line. The other way round, every change of the session (a new round, typed entry, undo, the
reveal, the next round) is sent to the devices as the session holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPixmap

from gedragen.core import devices as dv
from gedragen.core.errors import GedragenError
from gedragen.core.events import Variant
from gedragen.ui.common.settings import LANGUAGE_PROPERTY

if TYPE_CHECKING:
    from gedragen.core.deck import Theme
    from gedragen.remote.session import Address, RemoteSession
    from gedragen.ui.session.controller import SessionController

VOTE_SETTLE_MS = 300  # device votes are counted together: one stored count per burst, not one per voter
NOTHING_CONNECTED_MS = 60_000  # then the facilitator sees what to check


def app_language() -> str:
    """The language the app runs in ("nl" or "en", as its translator was installed); the phones get it too."""
    app = QCoreApplication.instance()
    language = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return language if language in ("nl", "en") else "nl"


class DeviceHost(QObject):
    """The devices of one session: starts the server on `host`, keeps devices and session in step."""

    changed = Signal()  # tiles, link or state changed: the lobby widgets repaint
    nobody_came = Signal()  # a minute without any device: show what to check
    _board_from_device = Signal(str, object)
    _votes_from_device = Signal(str, str, int, int)
    _tiles_from_server = Signal(object)

    def __init__(self, controller: SessionController, host: str, port: int = 0,
                 parent: QObject | None = None, *, token: str | None = None,
                 keys: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        from gedragen.remote.session import RemoteSession

        self.controller = controller
        teams = [dv.DeviceTeam(t.id, t.name, t.color) for t in controller.teams()]
        self._tiles: tuple[dv.TeamTile, ...] = ()
        self._round_key: tuple[Any, ...] | None = None
        self._revealed = False
        self._lobby_open = True
        self._pending_votes: dict[tuple[str, str], tuple[int, int]] = {}
        self.vote_phase: str | None = None
        self._board_from_device.connect(self._apply_board)
        self._votes_from_device.connect(self._collect_votes)
        self._tiles_from_server.connect(self._new_tiles)
        self.remote: RemoteSession = RemoteSession(
            teams,
            on_board=self._board_from_device.emit,
            on_votes=self._votes_from_device.emit,
            on_tiles=self._tiles_from_server.emit,
            token=token,
            keys=keys,
            lang=app_language(),
        )
        self.address: Address = self.remote.start(host, port)
        self._vote_timer = QTimer(self)
        self._vote_timer.setSingleShot(True)
        self._vote_timer.setInterval(VOTE_SETTLE_MS)
        self._vote_timer.timeout.connect(self._store_votes)
        self._lonely = QTimer(self)
        self._lonely.setSingleShot(True)
        self._lonely.setInterval(NOTHING_CONNECTED_MS)
        self._lonely.timeout.connect(self._check_lonely)
        self._lonely.start()
        controller.state_changed.connect(self.sync)
        controller.focus_changed.connect(self.sync)
        self._tiles = self.remote.tiles()
        self.sync()

    # --- the facilitator's side --------------------------------------------------------------------

    def stop(self) -> None:
        """Close the port and every device connection (leaving or ending the session)."""
        self._store_votes()
        self._lonely.stop()
        try:
            self.controller.state_changed.disconnect(self.sync)
            self.controller.focus_changed.disconnect(self.sync)
        except (RuntimeError, TypeError):
            pass  # the controller is already gone
        self.remote.stop()

    def saved_state(self) -> dict[str, object]:
        """What brings the devices back after a restart: address, port, the link's token, the teams' keys."""
        return {"host": self.address.host, "port": self.address.port, "token": self.remote.server.token,
                "keys": self.remote.keys()}

    def tiles(self) -> tuple[dv.TeamTile, ...]:
        """A tile per team: claimed, devices, progress (never where cards went)."""
        return self._tiles

    @property
    def lobby_open(self) -> bool:
        """Whether teams may still join with the short code (the projector shows the QR code and link)."""
        return self._lobby_open

    def set_lobby_open(self, open_: bool) -> None:
        """Open or close joining; closed: the room sees the card again, teams with a key still come back."""
        self._lobby_open = open_
        if open_:
            self.remote.open_lobby()
            self.address = self.remote.address()  # a new short code
        else:
            self.remote.close_lobby()
        self.changed.emit()

    def joining(self) -> bool:
        """Whether the room should see how to join: the lobby is open and a team has no device yet."""
        return self._lobby_open and not all(t.claimed for t in self._tiles)

    def release(self, team: str) -> None:
        """Free a team's devices and key: the team can join again (a lost or wrong device)."""
        self.remote.release(team)

    def open_vote(self, phase: str | None) -> None:
        """Walking debate: let the devices vote 'before' or 'after' on the card in view (None: closed)."""
        self._store_votes()
        self.vote_phase = phase
        self.remote.open_vote(phase)
        self.changed.emit()

    def connected(self) -> int:
        """Devices connected now."""
        return sum(t.devices for t in self._tiles)

    # --- from the session to the devices -------------------------------------------------------------

    @Slot()
    def sync(self) -> None:
        """Send the session as it is now: a new round, the reveal, a closed round, or changed boards."""
        ctrl = self.controller
        state = ctrl.state
        if state is None:
            return
        rnd = ctrl.current_round()
        if rnd is None or rnd.closed or not rnd.cards:
            if self._round_key is not None:
                self._round_key = None
                self.remote.wait_for_round()
            return
        debate = state.variant == Variant.DEBATE
        cards = rnd.cards
        if debate:  # the walking debate votes on the card the room sees
            focus = ctrl.focus_card if ctrl.focus_card in rnd.cards else rnd.cards[0]
            cards = (focus,)
        key = (rnd.number, cards, state.variant)
        boards = {} if debate else {t.id: ctrl.board(t.id) for t in ctrl.teams()}
        if key != self._round_key:
            self._round_key = key
            self._store_votes()
            round_cards = [self._round_card(card) for card in cards]
            try:
                self.remote.set_round(rnd.number, state.variant, round_cards, ctrl.zone_labels(), boards,
                                      self._icons(round_cards))
            except GedragenError as exc:
                ctrl.failed.emit(str(exc))
                return
            if debate and self.vote_phase is not None:
                self.remote.open_vote(self.vote_phase)
            self._revealed = False
        if debate:
            return
        if rnd.revealed and not self._revealed:  # once: later changes are outcomes, not boards
            self._revealed = True
            self.remote.reveal(boards)
        elif not rnd.revealed and self._revealed:  # the reveal was undone: the round is open again
            self._round_key = None
            self.sync()
        elif not rnd.revealed:
            self.remote.sync_boards(boards)

    def _theme(self, theme_id: str) -> Theme | None:
        deck = self.controller.deck  # eigen situaties take their theme from the session's deck too
        return next((t for t in deck.themes if t.id == theme_id), None) if deck is not None else None

    def _round_card(self, card_id: str) -> dv.RoundCard:
        ctrl = self.controller
        card = ctrl.card(card_id)
        return dv.round_card(card, ctrl.card_number(card_id), self._theme(card.theme))

    def _icons(self, cards: list[dv.RoundCard]) -> dict[str, bytes]:
        """The SVG icons of the round's themes (the same files the desktop card shows), for the phones."""
        from gedragen.remote.page import read_icon
        from gedragen.ui.common.card_view import theme_icon_file

        icons = {}
        for icon in {c.icon for c in cards if c.icon}:
            theme = self._theme(icon)
            data = read_icon(theme_icon_file(theme)) if theme is not None else None
            if data is not None:
                icons[icon] = data
        return icons

    # --- from the devices to the session (on the UI thread) ------------------------------------------

    @Slot(str, object)
    def _apply_board(self, team: str, board: object) -> None:
        """A team's board from its device: the difference becomes placement events, by the same rules."""
        rnd = self.controller.current_round()
        if rnd is None or rnd.revealed or rnd.closed:
            self.sync()  # too late: the device gets the session's truth back
            return
        if not self.controller.set_board(team, board):  # type: ignore[arg-type]
            self.remote.board_refused(team, self.controller.board(team))  # the device gets the truth back

    @Slot(str, str, int, int)
    def _collect_votes(self, card: str, phase: str, gewenst: int, ongewenst: int) -> None:
        self._pending_votes[(card, phase)] = (gewenst, ongewenst)
        if not self._vote_timer.isActive():
            self._vote_timer.start()

    @Slot()
    def _store_votes(self) -> None:
        pending, self._pending_votes = self._pending_votes, {}
        for (card, phase), (gewenst, ongewenst) in pending.items():
            self.controller.count_debate(card, phase, gewenst, ongewenst)

    @Slot(object)
    def _new_tiles(self, tiles: object) -> None:
        self._tiles = tuple(tiles)  # type: ignore[arg-type]
        self.changed.emit()

    @Slot()
    def _check_lonely(self) -> None:
        if not any(t.claimed for t in self._tiles):
            self.nobody_came.emit()


def qr_pixmap(text: str, size: int, dark: str = "#000000", light: str = "#FFFFFF") -> QPixmap:
    """The QR code of `text` as a square pixmap of at most `size` pixels, every module a whole number of
    pixels (sharp on a projector), with the quiet zone the standard asks for."""
    import segno

    qr = segno.make(text, error="m", micro=False)
    rows = [list(row) for row in qr.matrix_iter(scale=1, border=4)]
    count = len(rows)
    module = max(1, size // count)
    side = module * count
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(light))
    painter = QPainter(pixmap)
    painter.setPen(QColor(dark))
    painter.setBrush(QColor(dark))
    for y, row in enumerate(rows):
        for x, on in enumerate(row):
            if on:
                painter.fillRect(QRectF(x * module, y * module, module, module), QColor(dark))
    painter.end()
    return pixmap
