"""The session page: a header (name, round, timer) and the view for the current step of the game.

Board and quick rounds show the BoardView until the reveal, then the CompareView; the walking debate
shows the DebateView. A refused action shows its Dutch message and the session goes on.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gedragen.core.dealing import available_cards
from gedragen.core.events import Variant
from gedragen.core.play import joins_open_round, unused_custom_cards
from gedragen.ui.common import theme
from gedragen.ui.common.settings import Settings
from gedragen.ui.common.widgets import FlowLayout, RoomLabel, SmallLabel, ask, big_button, room_scale
from gedragen.ui.session.controller import SessionController
from gedragen.ui.session.timer import TimerLabel

TOOL_PX = 20  # the session tools at 1920×1080


class SessionScreen(QWidget):
    """Holds the running session's current view and the facilitator's tools."""

    leave_requested = Signal()
    help_requested = Signal()
    tips_requested = Signal()

    def __init__(self, controller: SessionController, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timer = controller.timer
        self.settings = settings
        self.timer.paused_changed.connect(self._save_timer)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 4)
        outer.setSpacing(4)
        header = QHBoxLayout()
        self.title = RoomLabel("", px=theme.ROOM_TITLE_PX, bold=True)
        self.title.setWordWrap(False)
        header.addWidget(self.title, 1)
        self.timer_label = TimerLabel(self.timer, beep=bool(settings.get("timer/beep")))
        header.addWidget(self.timer_label)
        outer.addLayout(header)

        self.tool_buttons: list[QPushButton] = []
        self._tool_px = TOOL_PX
        tools = FlowLayout(spacing=6)  # a narrow laptop screen breaks the row instead of cutting the texts

        def tool(text: str, tip: str, slot: object, keys: str = "") -> QPushButton:
            button = big_button(text, px=TOOL_PX)
            button.setToolTip(f"{tip} ({keys})" if tip and keys else tip or keys)
            button.clicked.connect(slot)
            # the board's digits, arrows and Tab must keep working after a click on a tool: every tool has a key
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if keys:
                # every tool has a key: the board keeps Tab for switching teams
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(button.click)
            tools.addWidget(button)
            self.tool_buttons.append(button)
            return button

        self.custom_button = tool(self.tr("+ Eigen situatie"), self.tr("Een kaart van de groep toevoegen"),
                                  self.add_custom_card, "Ctrl+E")
        self.skip_button = tool(self.tr("Kaart overslaan"), self.tr("De gekozen kaart uit deze ronde halen"),
                                self.skip_card, "Ctrl+Del")
        self.pick_button = tool(self.tr("Kaarten kiezen"), self.tr("De volgende ronde met de hand samenstellen"),
                                self.hand_pick, "Ctrl+K")
        self.undo_button = tool(self.tr("Ongedaan maken"), "", self.controller.undo)
        self.undo_button.setToolTip("Ctrl+Z")
        self.pause_button = tool(self.tr("Timer pauze"), self.tr("De rondetimer stilzetten of laten doorlopen"),
                                 self.timer.toggle_pause, "Ctrl+T")
        self.devices_button = tool(self.tr("Apparaten"), self.tr("Teams op eigen apparaat: adres, teams, vrijgeven"),
                                   self.show_devices, "Ctrl+D")
        self.devices_button.setVisible(controller.devices is not None)
        controller.devices_changed.connect(
            lambda: self.devices_button.setVisible(self.controller.devices is not None))
        self.tips_button = tool(self.tr("Gesprekstips"), "", self.tips_requested, "Ctrl+G")
        self.help_button = tool(self.tr("Hulp en melden"), "", self.help_requested)
        self.help_button.setToolTip("F1")
        self.leave_button = tool(self.tr("Pauzeren en naar start"),
                                 self.tr("De sessie blijft bewaard en kan later verder"), self.leave_requested,
                                 "Ctrl+Shift+Q")
        end = QShortcut(QKeySequence("Ctrl+Shift+E"), self)
        end.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        end.activated.connect(self.end_session)
        outer.addLayout(tools)
        self.status = SmallLabel("", px=22, bold=True)
        self.status.setVisible(False)
        outer.addWidget(self.status)

        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)
        self._view: QWidget | None = None
        self._mode: tuple[str, int] = ("", -1)
        self._timed_round = -1
        controller.state_changed.connect(self.refresh)
        controller.failed.connect(self.show_problem)
        controller.store_failed.connect(self.show_problem)
        self.refresh()

    def resizeEvent(self, event: object) -> None:
        """Tool texts follow the window down to 16 px, so a 1366-wide laptop keeps them on one row."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        px = max(16, min(TOOL_PX, round(TOOL_PX * room_scale(self))))
        if px != self._tool_px:
            self._tool_px = px
            for button in self.tool_buttons:
                button.setFont(theme.font_px(px))
                button.setStyleSheet(f"QPushButton {{ font-size: {px}px; padding: 6px 10px; }}"
                                     " QPushButton:focus, QPushButton:checked { padding: 4px 8px; }")
                button.setMinimumHeight(int(px * 2.1))

    # --- which view --------------------------------------------------------------------------------

    def mode(self) -> tuple[str, int]:
        """('board' | 'compare' | 'debate' | 'empty', round number) for the current state."""
        state = self.controller.state
        if state is None:
            return ("empty", -1)
        rnd = state.current_round
        if rnd is None:
            return ("empty", len(state.rounds))
        if state.variant == Variant.DEBATE:
            return ("debate", rnd.number)
        return ("compare" if rnd.revealed else "board", rnd.number)

    def view(self) -> QWidget | None:
        """The inner view (BoardView, CompareView, DebateView or the empty panel)."""
        return self._view

    @Slot()
    def refresh(self) -> None:
        """Swap the inner view when the step changed; update the header."""
        state = self.controller.state
        if state is None:
            return
        mode = self.mode()
        if mode != self._mode:
            self._mode = mode
            self._swap(mode[0])
        rnd = state.current_round
        step = {
            "board": self.tr("leggen"), "compare": self.tr("vergelijken"), "debate": self.tr("overloopdebat"),
            "empty": self.tr("geen open ronde"),
        }[mode[0]]
        number = self.tr("Ronde {0}").format(rnd.number) if rnd else ""
        self.title.setText(" · ".join(x for x in (state.name, number, step) if x))
        self.undo_button.setEnabled(self.controller.can_undo())
        self.skip_button.setEnabled(mode[0] == "board")
        if rnd is not None and rnd.number != self._timed_round and mode[0] in ("board", "debate"):
            self._timed_round = rnd.number
            if state.setup.timer_seconds:
                self._start_timer(state.id, rnd.number, state.setup.timer_seconds)
        self.pause_button.setVisible(self.timer.is_active())

    # --- what a restart must find back: the running timer and the team on screen -----------------

    def _start_timer(self, session_id: str, round_number: int, seconds: int) -> None:
        """Start the round timer, or go on where it was when this round was already being timed."""
        saved = self.settings.play_state(session_id)
        left: int | None = None
        paused = False
        if saved.get("round") == round_number:
            if "paused_left" in saved:
                left, paused = int(saved["paused_left"]), True
            elif "deadline" in saved:
                left = max(0, round(saved["deadline"] - time.time()))
        self.timer.start(seconds, left, paused)
        self._save_timer()

    @Slot()
    def _save_timer(self) -> None:
        state, rnd = self.controller.state, self.controller.current_round()
        if state is None or rnd is None or not self.timer.is_active():
            return
        left = self.timer.remaining()
        paused = self.timer.is_paused()
        self.settings.set_play_state(
            state.id, round=rnd.number, deadline=None if paused else time.time() + left,
            paused_left=left if paused else None,
        )

    @Slot(str)
    def _save_team(self, team_id: str) -> None:
        state, rnd = self.controller.state, self.controller.current_round()
        if state is None or rnd is None:
            return
        index = next((i for i, t in enumerate(state.teams) if t.id == team_id), 0)
        self.settings.set_play_state(state.id, team_round=rnd.number, team=index)

    def _restore_team(self, view: QWidget) -> None:
        state, rnd = self.controller.state, self.controller.current_round()
        if state is None or rnd is None:
            return
        saved = self.settings.play_state(state.id)
        if "team" in saved and saved.get("team_round") == rnd.number and 0 <= int(saved["team"]) < len(state.teams):
            view.set_team(int(saved["team"]))  # type: ignore[attr-defined]

    def _swap(self, mode: str) -> None:
        self.controller.set_overview(False)  # the round overview belongs to the compare view that goes
        if self._view is not None:
            refresh = getattr(self._view, "refresh", None)
            if callable(refresh):
                # the old view waits for deleteLater: it must not answer this state change by steering
                # the room to its own card (the board's last chosen card instead of the compare view's first)
                with contextlib.suppress(RuntimeError, TypeError):  # a view that never connected
                    self.controller.state_changed.disconnect(refresh)
            self.body.removeWidget(self._view)
            self._view.hide()  # deleteLater waits for the event loop; the old view must vanish now
            self._view.deleteLater()
        if mode == "board":
            from gedragen.ui.session.board import BoardView

            view: QWidget = BoardView(self.controller)
            view.reveal_requested.connect(self.reveal)  # type: ignore[attr-defined]
            self._restore_team(view)
            view.team_changed.connect(self._save_team)  # type: ignore[attr-defined]
        elif mode == "compare":
            from gedragen.ui.session.compare import CompareView

            view = CompareView(self.controller)
            view.next_round_requested.connect(self.next_round)
            view.end_requested.connect(self.end_session)
        elif mode == "debate":
            from gedragen.ui.session.debate import DebateView

            view = DebateView(self.controller)
            view.next_requested.connect(self.next_round)
            view.end_requested.connect(self.end_session)
        else:
            view = QWidget()
            layout = QVBoxLayout(view)
            layout.addStretch(1)
            msg = RoomLabel(self.tr("Er is geen open ronde. Kies kaarten met de hand, voeg een eigen situatie toe, "
                                    "of rond de sessie af."))
            msg.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(msg)
            row = QHBoxLayout()
            row.addStretch(1)
            draw = big_button(self.tr("Nieuwe ronde trekken"), px=30)
            draw.clicked.connect(self.controller.draw_round)
            end = big_button(self.tr("Sessie afronden"), px=30, primary=True)
            end.clicked.connect(self.end_session)
            row.addWidget(draw)
            row.addWidget(end)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addStretch(1)
        self._view = view
        self.body.addWidget(view, 1)
        # focus given to the screen (start, Terug from tips or help) goes on to the view that takes the keys
        self.setFocusProxy(view)
        view.setFocus()

    # --- actions -----------------------------------------------------------------------------------

    @Slot(str)
    def show_problem(self, message: str) -> None:
        """A refused action: its Dutch message on screen, the session goes on."""
        self.status.setText(message)
        self.status.setVisible(True)

    def _clear_problem(self) -> None:
        self.status.setVisible(False)

    @Slot()
    def reveal(self) -> None:
        """Reveal every team's board; asks first when not every team placed every card."""
        rnd = self.controller.current_round()
        if rnd is None:
            return
        if not rnd.complete and not ask(
            self, self.tr("Nog niet alles gelegd"),
            self.tr("Nog niet elk team heeft elke kaart gelegd. Toch onthullen?"),
            self.tr("Toch onthullen"), self.tr("Verder leggen"),
        ):
            return
        self._clear_problem()
        self.controller.reveal()

    @Slot()
    def next_round(self) -> None:
        """Close this round and draw the next."""
        self._clear_problem()
        self.timer.stop()
        self.controller.next_round()

    @Slot()
    def end_session(self) -> None:
        """End the session after a confirmation; the main window then shows the summary."""
        if ask(self, self.tr("Sessie afronden"),
               self.tr("De sessie afronden? Daarna kun je niets meer leggen, wel het verslag maken."),
               self.tr("Afronden"), self.tr("Nog niet")):
            self.timer.stop()
            self.controller.end()

    @Slot()
    def skip_card(self) -> None:
        """Leave the chosen card of the board out of this round."""
        view = self._view
        card = getattr(view, "selected_card", lambda: None)()
        if card:
            self.controller.skip(card)

    @Slot()
    def add_custom_card(self) -> None:
        """Ask for an eigen situatie and put it in the open round (or keep it for the next)."""
        from gedragen.ui.session.dialogs import EigenSituatieDialog

        state, deck = self.controller.state, self.controller.deck
        if state is None or deck is None:
            return
        dialog = EigenSituatieDialog(deck, state.setup.themes, state.setup.kinds, self)
        if dialog.exec():
            theme_id, kind, text = dialog.values()
            into = joins_open_round(state)
            added = self.controller.add_custom_card(theme_id, kind, text, into_round=into)
            if added and not into:
                self.show_problem(self.tr("De eigen situatie is bewaard. Kies haar met Kaarten kiezen (Ctrl+K) "
                                          "voor de volgende ronde."))
            elif added:
                # the new card is shown and chosen, so the next digit places it
                new_round = self.controller.current_round()
                select = getattr(self._view, "select_card", None)
                if new_round is not None and new_round.cards and callable(select):
                    select(new_round.cards[-1])
        self._focus_view()

    @Slot()
    def show_devices(self) -> None:
        """The facilitator's view of the devices: link, code, each team's devices and a release button."""
        host = self.controller.devices
        if host is None:
            return
        from gedragen.ui.session.device_lobby import DevicePanel

        panel = DevicePanel(host, self)
        panel.exec()
        panel.deleteLater()

    def hand_pick(self) -> None:
        """Compose the next round by hand."""
        from gedragen.ui.session.dialogs import HandPickDialog

        state, deck = self.controller.state, self.controller.deck
        if state is None or deck is None:
            return
        dialog = HandPickDialog(available_cards(state, deck), deck, self, unused_custom_cards(state))
        if dialog.exec() and dialog.chosen():
            self._clear_problem()
            self.timer.stop()
            self.controller.hand_pick(dialog.chosen())
        self._focus_view()

    def _focus_view(self) -> None:
        if self._view is not None:
            self._view.setFocus()

    def go_next(self) -> None:
        """Clicker 'next' goes to the inner view."""
        step = getattr(self._view, "go_next", None)
        if callable(step):
            step()

    def go_previous(self) -> None:
        """Clicker 'previous' goes to the inner view."""
        step = getattr(self._view, "go_previous", None)
        if callable(step):
            step()
