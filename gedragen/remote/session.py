"""The host side of *Teams op eigen apparaat*: a Qt-free facade the session screen drives.

    remote = RemoteSession(teams, on_board=..., on_votes=..., on_tiles=...)
    address = remote.start("192.168.1.20")          # → link, short code, port
    remote.set_round(number, "board", cards, zones)  # devices show the cards
    remote.show_round(device_round(state, card, theme))  # the same from a session state (core.devices)
    on_board(team, board)                            # → controller.set_board(team, board)
    remote.sync_boards({team: board, ...})           # the store's truth back to the devices
    remote.reveal(boards); remote.wait_for_round(); remote.release(team); remote.stop()

Callbacks run on a server thread: connect them to a queued Qt signal. The rules are in
`gedragen.core.devices`; this class only keeps the current lobby, round and boards under one lock and
tells each device what it may see. Nothing here is stored: no names, no addresses.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from gedragen.core import devices as dv
from gedragen.remote.page import LANGUAGES, page_files
from gedragen.remote.server import MAX_CONNECTIONS, DeviceServer

# What the facilitator sees when no device connected within a minute (DESIGN: say what to check, and go on typing).
TROUBLE_TIPS = (
    "Zitten de apparaten op hetzelfde netwerk als deze laptop (niet op 4G of een andere wifi)?",
    "Een gastenwifi schermt apparaten vaak van elkaar af: vraag de ICT-beheerder of gebruik een hotspot.",
    "Windows-firewall: sta Gedragen toe op privénetwerken.",
    "Lukt het niet? Ga gewoon door: typ de borden van de teams in.",
)
NO_DEVICE_SECONDS = 60

# What a device is told when it cannot have a team (the rules in core.devices say it in Dutch), for a page in English
REFUSALS_EN = {
    "Dit team doet niet mee aan deze sessie.": "This team is not part of this session.",
    "Dit apparaat hoort al bij een ander team.": "This device already belongs to another team.",
    "Teams kiezen kan nu niet meer; vraag de begeleider om hulp.": "Teams can no longer be chosen; ask the facilitator for help.",
    "Dit team is al gekozen op een ander apparaat.": "This team has already been chosen on another device.",
    f"Dit team heeft al {dv.MAX_DEVICES_PER_TEAM} apparaten; sluit er eerst een.":
        f"This team already has {dv.MAX_DEVICES_PER_TEAM} devices; close one first.",
}
REFUSED_EN = "That did not work; ask the facilitator for help."

BoardCallback = Callable[[str, dv.Board], None]
VotesCallback = Callable[[str, str, int, int], None]
TilesCallback = Callable[[tuple[dv.TeamTile, ...]], None]


@dataclass(frozen=True, slots=True)
class Address:
    """Where devices find the session: the full link (for the QR code), the base and the short code."""

    link: str
    base: str
    code: str
    host: str
    port: int


class RemoteSession:
    """One session's devices: lobby, the open round, the teams' boards and the walking-debate votes."""

    def __init__(
        self,
        teams: Sequence[dv.DeviceTeam],
        *,
        on_board: BoardCallback | None = None,
        on_votes: VotesCallback | None = None,
        on_tiles: TilesCallback | None = None,
        token: str | None = None,
        keys: Mapping[str, str] | None = None,
        max_connections: int = MAX_CONNECTIONS,
        lang: str = "nl",
    ) -> None:
        """`token` and `keys` (team → key) bring back the link and team keys of a resumed session; `lang`
        ("nl" or "en", the app's language) is the language of the page on the devices."""
        self.teams = tuple(teams)
        self.lang = lang if lang in LANGUAGES else "nl"
        self.on_board = on_board
        self.on_votes = on_votes
        self.on_tiles = on_tiles
        self._lock = threading.RLock()
        self._lobby = dv.new_lobby([t.id for t in self.teams])
        if keys:
            restored = tuple(dv.Claim(team, key) for team, key in keys.items() if team in self._lobby.teams)
            self._lobby = replace(self._lobby, claims=restored)
        self._round: dv.DeviceRound | None = None
        self._boards: dict[str, dv.Board] = {}
        self._pending: dict[str, list[dv.Board]] = {}  # team → boards handed to the host, not yet synced back
        self._host: dict[str, dv.Board] = {}  # team → the board the host last said it holds
        self._overruled: set[str] = set()  # teams sent the host's board while their own newer one was on its way
        self._votes: dict[tuple[str, str], dict[str, str]] = {}  # (card, phase) → voter → choice
        self._voters: dict[str, str] = {}  # device → voter id, for showing a device its own vote
        self.seen_device = False  # a device connected at least once (else show TROUBLE_TIPS after a minute)
        self.server = DeviceServer(
            self, page_files(self.lang), token or dv.new_token(), max_connections=max_connections, lang=self.lang
        )

    # --- the facilitator's side ------------------------------------------------------------------

    def start(self, host: str, port: int = 0) -> Address:
        """Open the port on the chosen interface; the link and short code to show on the projector."""
        port = self.server.start(host, port)
        return self.address()

    def address(self) -> Address:
        """The link, base address and short code (while the server runs)."""
        base = f"{self.server.origin}/"
        return Address(f"{base}{self.server.token}/", base, self._lobby.code, self.server.host, self.server.port)

    def stop(self) -> None:
        """Close the port and every connection."""
        self.server.stop()

    def keys(self) -> dict[str, str]:
        """team → key of the claimed teams, to bring devices back after a restart of the app."""
        with self._lock:
            return {c.team: c.key for c in self._lobby.claims}

    def set_round(
        self,
        number: int,
        variant: str,
        cards: Sequence[dv.RoundCard],
        zones: Sequence[str],
        boards: Mapping[str, dv.Board] | None = None,
        icons: Mapping[str, bytes] | None = None,
    ) -> None:
        """A new open round: every device gets its own view (DeviceError if the round cannot be played).
        `icons` (theme id → SVG, see `gedragen.remote.page.read_icon`) are the cards' theme icons; the server
        serves only those of this round's cards."""
        rnd = dv.check_round(dv.DeviceRound(number, variant, tuple(cards), tuple(zones), self.teams))
        icons = icons or {}
        self.server.set_icons({c.icon: icons[c.icon] for c in rnd.cards if c.icon in icons})
        with self._lock:
            self._round = rnd
            self._boards = dict(boards or {})
            self._host = dict(boards or {})
            self._pending = {}
            self._overruled = set()
        self._push_all()

    def show_round(self, shown: tuple[dv.DeviceRound, dict[str, dv.Board]] | None) -> None:
        """What `gedragen.core.devices.device_round(state, …)` gives: the open round (revealed or not) with
        its boards, or None (no open round: devices wait)."""
        if shown is None:
            if self._round is not None:
                self.wait_for_round()
            return
        rnd, boards = shown
        with self._lock:
            current = self._round
        same = current is not None and replace(current, debate_phase=None) == replace(rnd, debate_phase=None)
        if same:
            self.sync_boards(boards)  # the usual case: a placement changed one board
            return
        self.set_round(rnd.number, rnd.variant, rnd.cards, rnd.zones, boards)
        if rnd.revealed:
            self.reveal(boards)

    def sync_boards(self, boards: Mapping[str, dv.Board]) -> None:
        """The boards as the session holds them (typed entry, undo, another team's placement): devices follow.

        Only a board the host changed is news: the host syncs every team after any placement, and a team
        whose newer boards are still on their way through the host's queue must not be sent its older one.
        A board the device sent comes back as caught up (nothing to send, unless the device was shown a
        typed or undone board in between); any other board is the session's truth and goes to the devices.
        """
        changed = []
        with self._lock:
            for team, board in boards.items():
                if self._host.get(team) == board:
                    continue  # not changed by the host: a placement of another team
                self._host[team] = board
                pending = self._pending.get(team, [])
                if board in pending:
                    del pending[: pending.index(board) + 1]
                    if pending:
                        continue  # newer boards of this device are still on their way
                    if team in self._overruled:  # the device was shown another board since it sent this one
                        self._overruled.discard(team)
                        self._boards[team] = board
                        changed.append(team)
                        continue
                else:
                    pending.clear()  # typed or undone: the session's board is the truth
                if self._boards.get(team) != board:
                    self._boards[team] = board
                    self._overruled.add(team)  # a board the device may have crossed with one of its own
                    changed.append(team)
        for team in changed:
            self._push_team(team)
        self._tiles_changed()

    def board_refused(self, team: str, board: dv.Board) -> None:
        """The host refused a board of this team's device: the devices get the session's `board` back."""
        with self._lock:
            self._host[team] = board
            self._pending.pop(team, None)
            self._overruled.discard(team)
            shown = self._boards.get(team)  # the refused board, unless a sync already sent the truth
            self._boards[team] = board
        if shown != board:
            self._push_team(team)
        self._tiles_changed()

    def reveal(self, boards: Mapping[str, dv.Board] | None = None) -> None:
        """The round is shown: devices see their board next to the other teams' zones."""
        with self._lock:
            if self._round is None:
                return
            if boards is not None:
                self._boards = dict(boards)
                self._host = dict(boards)
            self._round = replace(self._round, revealed=True)
        self._push_all()

    def wait_for_round(self) -> None:
        """The round is closed: devices show "wacht op de volgende ronde"."""
        with self._lock:
            self._round = None
            self._boards = {}
            self._host = {}
            self._pending = {}
            self._overruled = set()
        self._push_all()

    def open_vote(self, phase: str | None) -> None:
        """Walking debate: open the vote 'before' or 'after' on the card of the round (None: closed)."""
        with self._lock:
            if self._round is None or self._round.variant != "debate":
                return
            self._round = dv.check_round(replace(self._round, debate_phase=phase))
        self._push_all()

    def votes(self, card: str, phase: str) -> tuple[int, int]:
        """(gewenst, ongewenst) of the devices' votes so far."""
        with self._lock:
            return dv.tally(self._votes.get((card, phase), {}))

    def release(self, team: str) -> None:
        """Free a team: its devices are disconnected and its key is void; it can be claimed again."""
        with self._lock:
            devices = self._lobby.devices(team)
            self._lobby = dv.release_team(self._lobby, team)
        for device in devices:
            self.server.send(device, {"type": "released"})
            self.server.disconnect(device)
        self._push_lobby()
        self._tiles_changed()

    def close_lobby(self) -> None:
        """No new claims and the short code stops working; teams with a key can still come back."""
        with self._lock:
            self._lobby = dv.close_lobby(self._lobby)

    def open_lobby(self) -> None:
        """Teams may join again, with a new short code."""
        with self._lock:
            self._lobby = dv.open_lobby(self._lobby)

    def tiles(self) -> tuple[dv.TeamTile, ...]:
        """A tile per team for the projector: devices and progress, never positions."""
        with self._lock:
            return dv.tiles(self._lobby, self._round, self._boards)

    def dropped(self) -> dict[str, int]:
        """Refused requests and messages by reason (nothing of their content is kept)."""
        return dict(self.server.dropped)

    # --- the server's side (Hub) -----------------------------------------------------------------

    def device_opened(self, device: str) -> None:
        """A new connection: it sees the lobby until it claims a team (or the debate card)."""
        self.seen_device = True
        self._push_device(device)

    def device_closed(self, device: str) -> None:
        """A connection closed: its team stays claimed (with its key) for a reload."""
        with self._lock:
            self._lobby = dv.device_left(self._lobby, device)
            self._voters.pop(device, None)
        self._tiles_changed()

    def code_entered(self, code: str) -> bool:
        """Whether a typed short code is right now (wrong tries are counted by the lobby)."""
        with self._lock:
            self._lobby, ok = dv.check_code(self._lobby, code)
            return ok

    def device_message(self, device: str, message: dv.Message) -> None:
        """Apply a device's message by the rules; DeviceError refuses it (the server counts it)."""
        if isinstance(message, dv.ClaimMessage):
            self._claim(device, message)
        elif isinstance(message, dv.BoardMessage):
            self._board(device, message)
        elif isinstance(message, dv.VoteMessage):
            self._vote(device, message)
        else:
            if message.voter is not None:
                with self._lock:
                    self._voters[device] = message.voter  # a reloaded page sees its own vote again
            self._push_device(device)

    def _claim(self, device: str, message: dv.ClaimMessage) -> None:
        try:
            with self._lock:
                self._lobby, key = dv.claim_team(self._lobby, message.team, device, message.key)
        except dv.DeviceError as exc:
            self.server.send(device, {"type": "refused", "team": message.team, "reason": self._say(str(exc))})
            raise
        self.server.send(device, {"type": "claimed", "team": message.team, "key": key})
        self._push_device(device)
        self._push_lobby()
        self._tiles_changed()

    def _board(self, device: str, message: dv.BoardMessage) -> None:
        with self._lock:
            team = self._lobby.team_of(device)
            if team is None or self._round is None:
                raise dv.DeviceError("Kies eerst een team.")
            board = dv.check_board(self._round, message)
            if self._boards.get(team) == board:
                return
            self._boards[team] = board
            self._pending.setdefault(team, []).append(board)
            del self._pending[team][:-50]  # a host that never syncs keeps only the latest
            others = [d for d in self._lobby.devices(team) if d != device]
        for other in others:  # a team's second device follows the first
            self._push_device(other)
        if self.on_board is not None:
            self.on_board(team, board)
        self._tiles_changed()

    def _vote(self, device: str, message: dv.VoteMessage) -> None:
        with self._lock:
            if self._round is None:
                raise dv.DeviceError("Er is nu geen stemming.")
            dv.check_vote(self._round, message)
            ballot = self._votes.setdefault((message.card, message.phase), {})
            ballot[message.voter] = message.choice
            self._voters[device] = message.voter
            gewenst, ongewenst = dv.tally(ballot)
        self._push_device(device)
        if self.on_votes is not None:
            self.on_votes(message.card, message.phase, gewenst, ongewenst)

    def _say(self, text: str) -> str:
        """A refusal as the device's page shows it, in the page's language."""
        return REFUSALS_EN.get(text, REFUSED_EN) if self.lang == "en" else text

    # --- views -----------------------------------------------------------------------------------

    def _view(self, device: str) -> dict[str, object]:
        with self._lock:
            rnd = self._round
            if rnd is not None and rnd.variant == "debate":
                voter = self._voters.get(device)
                ballot = self._votes.get((rnd.card_ids()[0], rnd.debate_phase or ""), {})
                return dv.debate_view(rnd, ballot.get(voter) if voter else None)
            team = self._lobby.team_of(device)
            if team is None:
                return dv.lobby_view(self._lobby, rnd, self.teams)
            if rnd is None:
                name = next((t.name for t in self.teams if t.id == team), "")
                return {"type": "wait", "team": team, "team_name": name}
            return dv.device_view(rnd, team, self._boards)

    def _push_device(self, device: str) -> None:
        self.server.send(device, self._view(device), view=True)

    def _push_team(self, team: str) -> None:
        with self._lock:
            devices = self._lobby.devices(team)
        for device in devices:
            self._push_device(device)

    def _push_lobby(self) -> None:
        """Devices without a team see which tiles are taken now."""
        for device in self.server.device_ids():
            with self._lock:
                free = self._lobby.team_of(device) is None and (self._round is None or self._round.variant != "debate")
            if free:
                self._push_device(device)

    def _push_all(self) -> None:
        for device in self.server.device_ids():
            self._push_device(device)
        self._tiles_changed()

    def _tiles_changed(self) -> None:
        if self.on_tiles is not None:
            self.on_tiles(self.tiles())
