"""The running session: UI intents become core events, applied at once and written to the store in order.

The state is always `replay(events)`; every accepted event is appended to the history on one store
worker thread (one SQLite connection, events written in order), so a killed app resumes where it was.
A widget never decides a rule: it asks the controller, which asks `gedragen.core.session`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gedragen.core import dealing
from gedragen.core import session as core
from gedragen.core.board_entry import board_events
from gedragen.core.deck import Card, Deck
from gedragen.core.errors import GedragenError, SessionError
from gedragen.core.events import (
    DEFAULT_ZONES,
    CardAdded,
    CardPlaced,
    CardSkipped,
    CustomCardAdded,
    DebateCounted,
    Event,
    OutcomeRecorded,
    PlacementRemoved,
    RoundClosed,
    RoundRevealed,
    SessionEnded,
    Team,
    Variant,
    now_iso,
)
from gedragen.ui.common.store import StoreWorker
from gedragen.ui.common.tasks import Task
from gedragen.ui.session.timer import RoundTimer

if TYPE_CHECKING:
    from gedragen.core.library import DeckLibrary
    from gedragen.ui.session.setup import SessionPlan


def _stored_events(history: Any, session_id: str) -> tuple[Event, ...]:
    """The session's events as the database holds them (not the History's cache of them)."""
    history.reload(session_id)
    return tuple(history.events(session_id))


class SessionController(QObject):
    """One session being played: its events, its state, and the deck(s) its cards come from."""

    state_changed = Signal()
    failed = Signal(str)  # a move the rules refuse: said on the status line
    store_failed = Signal(str)  # the history could not be written: worth a dialog
    ended = Signal()
    custom_card_kept = Signal(str)
    focus_changed = Signal(str)
    devices_changed = Signal()  # Teams op eigen apparaat switched on or off

    def __init__(self, data_dir: Path, library: DeckLibrary | None, parent: QObject | None = None,
                 store: StoreWorker | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.library = library
        # the window's one store path; a controller of its own (tests, tools) makes its own
        self._owns_store = store is None
        self.store = store if store is not None else StoreWorker(data_dir, self)
        self.events: list[Event] = []
        self.state: core.SessionState | None = None
        self.deck: Deck | None = None
        self.focus_card: str | None = None
        self.overview = False  # the room sees the round overview instead of the card in focus
        self.timer = RoundTimer(self)  # one round timer, shown on the laptop and to the room
        self._closed = False
        self._writes = 0  # writes queued so far: a resync is current only if none came after it
        self._resync_problem: str | None = None  # set while the screen is being reset to the history
        self.devices: Any = None  # DeviceHost while Teams op eigen apparaat is on

    # --- starting ----------------------------------------------------------------------------------

    @property
    def session_id(self) -> str:
        """Id of the session."""
        return self.state.id if self.state else ""

    def _find_deck(self, deck_id: str) -> Deck:
        deck: Deck | None = self.library.find(deck_id) if self.library is not None else None
        if deck is None:
            raise SessionError(
                self.tr("De kaartenset '{0}' van deze sessie is niet (meer) aanwezig.").format(deck_id)
            )
        return deck

    def start(self, plan: SessionPlan, first_cards: list[str] | None = None) -> None:
        """Start a new session from a SessionPlan and draw its first round (or hand-pick `first_cards`)."""
        deck = self._find_deck(plan.deck_id)
        teams = tuple(Team(t.id, t.name, t.color) for t in plan.teams)
        zones = DEFAULT_ZONES[plan.zones if plan.variant == Variant.BOARD else 2]
        event = dealing.new_session(
            plan.name,
            deck,
            plan.variant,
            teams=teams,
            zones=zones,
            themes=plan.themes,
            kinds=plan.kinds,
            cards_per_round=plan.cards_per_round if plan.variant != Variant.DEBATE else 1,
            timer_seconds=plan.timer_minutes * 60 if plan.timer_minutes else None,
            audience=plan.audience,
            levels=plan.levels,
            sensitive=plan.sensitive,
            mix_expected=plan.mix_expected,
        )
        self.deck = deck
        state = core.apply(None, event)
        self.events = [event]
        self.state = state
        self._write(lambda h, e: h.start(e), event)
        if first_cards:
            self._record(dealing.hand_pick(state, deck, first_cards))
            return
        self.draw_round()

    def resume(self, session_id: str) -> None:
        """Load an interrupted session from the store (blocking: the screen cannot be shown without it)."""
        holder: dict[str, Any] = {}
        self.store.run(
            lambda h, sid: list(h.events(sid)),
            session_id,
            on_success=lambda ev: holder.setdefault("events", ev),
            on_error=lambda exc: holder.setdefault("error", exc),
        )
        self.store.wait()
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        if "error" in holder:
            exc = holder["error"]
            raise exc if isinstance(exc, GedragenError) else SessionError(str(exc))
        events = list(holder.get("events") or ())
        if not events:
            raise SessionError(self.tr("Deze sessie staat niet (meer) in de geschiedenis."))
        state = core.replay(events)
        self.deck = self._find_deck(state.setup.deck_id)
        self.events, self.state = events, state
        self.state_changed.emit()

    # --- events ------------------------------------------------------------------------------------

    def _record(self, event: Event) -> bool:
        """Apply one event; on success store it and tell the views. A refused event shows its message."""
        if self.state is None:
            return False
        try:
            state = core.apply(self.state, event)
        except SessionError as exc:
            self.failed.emit(str(exc))
            return False
        self.events.append(event)
        self.state = state
        self._writes += 1
        self.store.append(state.id, event, self._store_failed)
        self.state_changed.emit()
        return True

    def _write(self, fn: Callable[..., Any], *args: Any) -> None:
        """Queue one write on the store thread, after every earlier one."""
        self._writes += 1
        self.store.run(fn, *args, on_error=self._store_failed)

    def _store_failed(self, exc: BaseException) -> None:
        """The store refused a write: put the screen back on what the history holds, then say so."""
        if not isinstance(exc, GedragenError):
            raise exc
        if self._resync_problem is not None:
            return  # a later write failing while the screen is being reset: the reset covers it
        from gedragen.store.history import UnwritableHistoryError

        if isinstance(exc, UnwritableHistoryError):
            advice = self.tr(
                "Maak ruimte vrij op de schijf (of start Gedragen later met een andere gegevensmap) "
                "en doe de stap daarna opnieuw."
            )
        else:
            advice = self.tr("Doe de stap zo nodig opnieuw.")
        self._resync_problem = self.tr(
            "De geschiedenis kon niet worden bijgewerkt. {0} Het scherm toont weer wat wel bewaard is. {1}"
        ).format(exc, advice)
        self._resync()

    def _resync(self) -> None:
        """Read the session's events back from the history, behind every write queued so far."""
        if self.state is None or self._closed:
            self._report_resync()
            return
        queued = self._writes
        self.store.run(
            _stored_events,
            self.state.id,
            on_success=lambda events: self._resynced(events, queued),
            on_error=lambda _exc: self._report_resync(),
        )

    def _resynced(self, events: tuple[Event, ...], queued: int) -> None:
        if queued != self._writes:
            self._resync()  # steps taken meanwhile went to the store after the read: read again
            return
        try:
            state = core.replay(events)
        except SessionError:
            self._report_resync()
            return
        self.events, self.state = list(events), state
        self.state_changed.emit()
        self._report_resync()

    def _report_resync(self) -> None:
        problem, self._resync_problem = self._resync_problem, None
        if problem:
            self.store_failed.emit(problem)

    def draw_round(self) -> bool:
        """Draw the next round from the unused cards (for a debate: the next card)."""
        if self.state is None or self.deck is None:
            return False
        try:
            event = dealing.draw_round(self.state, self.deck)
        except SessionError as exc:
            self.failed.emit(str(exc))
            return False
        return self._record(event)

    def hand_pick(self, cards: list[str]) -> bool:
        """Start the next round with these cards (closing the open one first)."""
        if self.state is None or self.deck is None:
            return False
        if self.state.current_round is not None and not self._record(RoundClosed()):
            return False
        try:
            event = dealing.hand_pick(self.state, self.deck, cards)
        except SessionError as exc:
            self.failed.emit(str(exc))
            return False
        return self._record(event)

    def add_to_round(self, card: str) -> bool:
        """Add one more deck card to the open round."""
        return self._record(CardAdded(card))

    def place(self, team: str, card: str, zone: int, order: int) -> bool:
        """One placement: a drop or a key press is exactly one CardPlaced event."""
        return self._record(CardPlaced(team, card, zone, order))

    def set_board(self, team: str, board: tuple[tuple[str, ...], ...]) -> bool:
        """A team's whole board at once (a board line): only the difference, as placement events."""
        if self.state is None:
            return False
        try:
            events = board_events(self.state, team, board)
        except SessionError as exc:
            self.failed.emit(str(exc))
            return False
        return all(self._record(event) for event in events)

    def unplace(self, team: str, card: str) -> bool:
        """Take a card back off a team's board."""
        return self._record(PlacementRemoved(team, card))

    def skip(self, card: str) -> bool:
        """Leave a card out of the open round."""
        return self._record(CardSkipped(card))

    def replace(self, card: str) -> bool:
        """Swap a card of the open round for an unused one."""
        if self.state is None or self.deck is None:
            return False
        try:
            event = dealing.replace_card(self.state, self.deck, card)
        except SessionError as exc:
            self.failed.emit(str(exc))
            return False
        return self._record(event)

    def reveal(self) -> bool:
        """Show every team's board: the compare view."""
        return self._record(RoundRevealed())

    def record_outcome(self, card: str, group_zone: int | None, agreement: str, section: str | None) -> bool:
        """The group's position and agreement for a card."""
        return self._record(OutcomeRecorded(card, group_zone, agreement, section))

    def count_debate(self, card: str, phase: str, gewenst: int, ongewenst: int) -> bool:
        """Head counts of the walking debate, before or after the talk."""
        return self._record(DebateCounted(card, phase, gewenst, ongewenst))

    def next_round(self) -> bool:
        """Close the open round and draw the next one."""
        if (
            self.state is not None
            and self.state.current_round is not None
            and not self._record(RoundClosed())
        ):
            return False
        return self.draw_round()

    def add_custom_card(self, theme: str, kind: str, text: str, into_round: bool = True) -> bool:
        """An eigen situatie: a session event now, and kept in the own deck for later sessions."""
        if self.state is None or self.deck is None:
            return False
        card = dealing.custom_card(self.state, theme, kind, text)
        if not self._record(CustomCardAdded(card, into_round=into_round)):
            return False
        if self.library is not None:
            Task(self, self.library.add_eigen_situatie, self.deck, theme, kind, card.text).on_success(
                lambda result: self.custom_card_kept.emit(result[1].id)
            ).on_error(self._keep_failed).start()
        return True

    def _keep_failed(self, exc: BaseException) -> None:
        if isinstance(exc, (GedragenError, OSError)):
            self.failed.emit(self.tr(
                    "De eigen situatie hoort bij deze sessie, maar kon niet in de eigen kaartenset "
                    "worden bewaard: {0}"
                ).format(exc),
            )
            return
        raise exc

    def end(self) -> bool:
        """End the session (closing the open round) and go to the summary."""
        if self.state is None:
            return False
        if self.state.current_round is not None and not self._record(RoundClosed()):
            return False
        if not self._record(SessionEnded(now_iso())):
            return False
        self.store.wait()
        self.ended.emit()
        return True

    def can_undo(self) -> bool:
        """Whether there is an event to drop (the start of the session stays)."""
        return core.can_undo(self.events)

    def undo(self) -> bool:
        """Drop the last event (Ctrl+Z)."""
        if self.state is None or not core.can_undo(self.events):
            return False
        events = list(core.undo(self.events))
        self.events, self.state = events, core.replay(events)
        self._write(lambda h, sid: h.undo(sid), self.state.id)
        self.state_changed.emit()
        return True

    def close(self) -> None:
        """Finish writing and release the database (the session stays resumable unless ended)."""
        if not self._closed:
            self._closed = True
            self.timer.stop()
            self.stop_devices()
            if self._owns_store:
                self.store.close()
            else:
                self.store.wait()  # the window's store stays open for the summary and the history

    def start_devices(self, host: str, port: int = 0, token: str | None = None,
                      keys: dict[str, str] | None = None) -> Any:
        """Teams op eigen apparaat: listen on `host` (OSError when the address cannot be opened); `token` and
        `keys` bring back the link and the teams' devices of a resumed session."""
        from gedragen.ui.session.device_host import DeviceHost

        self.stop_devices()
        self.devices = DeviceHost(self, host, port, self, token=token, keys=keys)
        self.devices_changed.emit()
        return self.devices

    def stop_devices(self) -> None:
        """Close the devices' port (leaving the session, or the facilitator turns it off)."""
        if self.devices is not None:
            self.devices.stop()
            self.devices = None
            self.devices_changed.emit()

    def wait_idle(self) -> None:
        """Block until every event is written (tests)."""
        self.store.wait()

    def set_focus_card(self, card_id: str | None) -> None:
        """The card the facilitator is showing the room (followed by the audience window)."""
        if card_id != self.focus_card:
            self.focus_card = card_id
            self.focus_changed.emit(card_id or "")

    def set_overview(self, on: bool) -> None:
        """Show the room the round overview (True) or the card in focus (False)."""
        if on != self.overview:
            self.overview = on
            self.focus_changed.emit(self.focus_card or "")

    # --- questions the views ask -----------------------------------------------------------------

    def current_round(self) -> core.RoundState | None:
        """The open round, or None."""
        return self.state.current_round if self.state else None

    def shown_round(self) -> core.RoundState | None:
        """The open round, else the last one."""
        return self.state.last_round if self.state else None

    def teams(self) -> tuple[Team, ...]:
        """The teams of the session."""
        return self.state.teams if self.state else ()

    def zone_labels(self) -> tuple[str, ...]:
        """The zone names, most wanted first."""
        return self.state.zones if self.state else ()

    def board(self, team: str) -> tuple[tuple[str, ...], ...]:
        """Per zone the card ids of this team in the open round."""
        rnd = self.current_round()
        if rnd is None:
            return tuple(() for _ in self.zone_labels())
        return rnd.board(team).zones

    def team_done(self, team: str) -> bool:
        """Whether this team placed every card of the open round."""
        rnd = self.current_round()
        return rnd is not None and not rnd.unplaced(team)

    def card(self, card_id: str) -> Card:
        """A card of the session: from the deck, or an eigen situatie."""
        from gedragen.core.play import session_card

        return session_card(self.state, self.deck, card_id) or Card(card_id, "", "", card_id)

    def card_number(self, card_id: str) -> int:
        """1-based position of a card in its round (the number said aloud in the room)."""
        rnd = self.state.round_of(card_id) if self.state else None
        return rnd.cards.index(card_id) + 1 if rnd else 0

    def analysis(self, rnd: core.RoundState) -> Any:
        """The core numbers of a round (never recomputed in the UI)."""
        from gedragen.core.analysis import analyse_round

        assert self.state is not None
        return analyse_round(self.state, rnd)
