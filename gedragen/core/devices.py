"""The rules for *Teams op eigen apparaat*: joining, team binding, what a device sends and may see.

Pure values and moves, no network: the server in `gedragen.remote` keeps a `Lobby` and a `DeviceRound`
and asks these functions what to do. A move returns a new value or raises `DeviceError` (Dutch, one line);
the server drops a refused message and counts it.

- The link carries a token of 192 random bits; a short code (for typing) works only while the lobby is open.
- The first device to claim a team gets the team key; with that key at most `MAX_DEVICES_PER_TEAM` devices
  are that team (a reloaded page comes back with its stored key). The facilitator can release a team:
  its key is void and the team can be claimed again.
- A device sends its team's whole board; `check_board` checks every card and zone against the round, and
  `gedragen.core.board_entry.board_events` turns it into the same placement events as a typed board line.
- Before the reveal a device's view holds its own board only (`device_view`).
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

from gedragen.core.deck import Card, Theme
from gedragen.core.errors import GedragenError
from gedragen.core.messages import clip
from gedragen.core.session import SessionState

MAX_MESSAGE_BYTES = 16 * 1024
MAX_MESSAGES_PER_SECOND = 10
MAX_DEVICES_PER_TEAM = 2
TOKEN_BYTES = 24  # 192 random bits in the link
KEY_BYTES = 16  # 128 random bits in a team key
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off a projector
CODE_LENGTH = 5
MAX_CODE_FAILURES = 30  # then the short code stops working; the QR code and the link still do
MAX_ID = 64
MAX_ROUND_CARDS = 40
VOTE_CHOICES = ("gewenst", "ongewenst")
DEBATE_PHASES = ("before", "after")
VARIANTS = ("board", "quick", "debate")

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_KEY_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")

Board: TypeAlias = tuple[tuple[str, ...], ...]


class DeviceError(GedragenError):
    """A device's message or move that the rules refuse (Dutch, one line); the server drops it."""


# ---------------------------------------------------------------------------------------------
# Secrets


def new_token() -> str:
    """The secret part of the link: 192 random bits, URL-safe."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_code() -> str:
    """A short code to type while the lobby is open (5 characters, about 25 bits)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_key() -> str:
    """A team key: 128 random bits, URL-safe."""
    return secrets.token_urlsafe(KEY_BYTES)


def same_secret(given: str, expected: str) -> bool:
    """Compare a secret in constant time (a str that is not ASCII never matches)."""
    try:
        return secrets.compare_digest(given.encode("ascii"), expected.encode("ascii"))
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------------------------------------
# The lobby


@dataclass(frozen=True, slots=True)
class Claim:
    """A claimed team: its key and the devices (connection ids) that are it now."""

    team: str
    key: str
    devices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lobby:
    """Who holds which team. `open` while teams may still join with the short code."""

    teams: tuple[str, ...]
    code: str
    open: bool = True
    claims: tuple[Claim, ...] = ()
    code_failures: int = 0

    def claim(self, team: str) -> Claim | None:
        """The claim on this team, or None."""
        return next((c for c in self.claims if c.team == team), None)

    def team_of(self, device: str) -> str | None:
        """The team this device is, or None."""
        return next((c.team for c in self.claims if device in c.devices), None)

    def devices(self, team: str) -> tuple[str, ...]:
        """The devices that are this team now."""
        claim = self.claim(team)
        return claim.devices if claim else ()


def new_lobby(teams: Sequence[str], code: str | None = None) -> Lobby:
    """An open lobby for these team ids with a fresh short code."""
    return Lobby(teams=tuple(teams), code=code or new_code())


def claim_team(lobby: Lobby, team: str, device: str, key: str | None = None) -> tuple[Lobby, str]:
    """`device` becomes `team`: the first claim makes the key, later ones must bring it.

    Returns the new lobby and the team key. DeviceError for an unknown team, a team claimed by
    another device (without its key), or a team that already has `MAX_DEVICES_PER_TEAM` devices.
    """
    if team not in lobby.teams:
        raise DeviceError("Dit team doet niet mee aan deze sessie.")
    current = lobby.team_of(device)
    if current is not None and current != team:
        raise DeviceError("Dit apparaat hoort al bij een ander team.")
    claim = lobby.claim(team)
    if claim is None:
        if not lobby.open:
            raise DeviceError("Teams kiezen kan nu niet meer; vraag de begeleider om hulp.")
        claim = Claim(team=team, key=new_key(), devices=(device,))
        return replace(lobby, claims=(*lobby.claims, claim)), claim.key
    if key is None or not same_secret(key, claim.key):
        raise DeviceError("Dit team is al gekozen op een ander apparaat.")
    if device in claim.devices:
        return lobby, claim.key
    if len(claim.devices) >= MAX_DEVICES_PER_TEAM:
        raise DeviceError(f"Dit team heeft al {MAX_DEVICES_PER_TEAM} apparaten; sluit er eerst een.")
    joined = replace(claim, devices=(*claim.devices, device))
    return _with_claim(lobby, joined), claim.key


def device_left(lobby: Lobby, device: str) -> Lobby:
    """A connection closed: the device is no longer its team, but the key stays valid."""
    team = lobby.team_of(device)
    if team is None:
        return lobby
    claim = lobby.claim(team)
    assert claim is not None
    return _with_claim(lobby, replace(claim, devices=tuple(d for d in claim.devices if d != device)))


def release_team(lobby: Lobby, team: str) -> Lobby:
    """The facilitator frees a team: its key is void and it can be claimed again."""
    if team not in lobby.teams:
        raise DeviceError("Dit team doet niet mee aan deze sessie.")
    return replace(lobby, claims=tuple(c for c in lobby.claims if c.team != team))


def close_lobby(lobby: Lobby) -> Lobby:
    """No more new claims and no more short code; teams with a key can still come back."""
    return replace(lobby, open=False)


def open_lobby(lobby: Lobby) -> Lobby:
    """Let teams join again (a new short code, failed tries forgotten)."""
    return replace(lobby, open=True, code=new_code(), code_failures=0)


def check_code(lobby: Lobby, code: str) -> tuple[Lobby, bool]:
    """Whether a typed short code is right now; wrong tries are counted and end the code after a while."""
    usable = lobby.open and lobby.code_failures < MAX_CODE_FAILURES
    typed = "".join(code.split()).upper()
    if usable and same_secret(typed, lobby.code):
        return lobby, True
    return replace(lobby, code_failures=lobby.code_failures + 1), False


def _with_claim(lobby: Lobby, claim: Claim) -> Lobby:
    return replace(lobby, claims=tuple(claim if c.team == claim.team else c for c in lobby.claims))


# ---------------------------------------------------------------------------------------------
# The round a device sees


@dataclass(frozen=True, slots=True)
class RoundCard:
    """A card as a device shows it: id, number on the board, text and its theme's name and colour; `icon` is
    the theme's id when the theme has an icon (the device asks the server for that icon by this id)."""

    id: str
    number: int
    text: str
    theme: str = ""
    color: str = "#888888"
    icon: str = ""


@dataclass(frozen=True, slots=True)
class DeviceTeam:
    """A team as the lobby shows it: id, name, colour."""

    id: str
    name: str
    color: str


@dataclass(frozen=True, slots=True)
class DeviceRound:
    """The open round as devices play it; `debate_phase` is the vote that is open in a walking debate."""

    number: int
    variant: str
    cards: tuple[RoundCard, ...]
    zones: tuple[str, ...]
    teams: tuple[DeviceTeam, ...]
    revealed: bool = False
    debate_phase: str | None = None

    def card_ids(self) -> tuple[str, ...]:
        """The card ids in round order."""
        return tuple(c.id for c in self.cards)

    def team_ids(self) -> tuple[str, ...]:
        """The team ids in setup order."""
        return tuple(t.id for t in self.teams)


def round_card(card: Card, number: int, theme: Theme | None) -> RoundCard:
    """A deck card as a device shows it (its number on the board, its theme's name, colour and icon)."""
    if theme is None:
        return RoundCard(card.id, number, card.text)
    icon = theme.id if (theme.icon or theme.icon_path) and _ID_RE.match(theme.id) else ""
    return RoundCard(card.id, number, card.text, theme.label, theme.color, icon)


def device_round(
    state: SessionState, card: Callable[[str], Card], theme: Callable[[str], Theme | None]
) -> tuple[DeviceRound, dict[str, Board]] | None:
    """The open round of a session as devices play it, and the teams' boards in it (None: no open round).

    `card` and `theme` look a card and a theme up by id (the controller's deck lookups).
    """
    rnd = state.current_round
    if rnd is None:
        return None
    cards = []
    for number, card_id in enumerate(rnd.cards, start=1):
        found = card(card_id)
        cards.append(round_card(found, number, theme(found.theme)))
    teams = tuple(DeviceTeam(t.id, t.name, t.color) for t in state.teams)
    shown = DeviceRound(rnd.number, state.variant, tuple(cards), state.zones, teams, rnd.revealed)
    return check_round(shown), {b.team: b.zones for b in rnd.boards}


def check_round(rnd: DeviceRound) -> DeviceRound:
    """The round itself, or DeviceError when the host gave something a device could not play."""
    if rnd.variant not in VARIANTS:
        raise DeviceError(f"Onbekende werkvorm '{clip(rnd.variant)}'.")
    if not 1 <= len(rnd.zones) <= 5 or not rnd.cards or len(rnd.cards) > MAX_ROUND_CARDS:
        raise DeviceError("Deze ronde kan niet op een apparaat gespeeld worden.")
    for ids in (rnd.card_ids(), rnd.team_ids()):
        if len(set(ids)) != len(ids) or not all(_ID_RE.match(i) for i in ids):
            raise DeviceError("Een kaart of team heeft een ongeldige of dubbele id.")
    if not all(_ID_RE.match(c.icon) for c in rnd.cards if c.icon):
        raise DeviceError("Een thema heeft een ongeldige id.")
    if rnd.debate_phase not in (None, *DEBATE_PHASES):
        raise DeviceError("Onbekende stemronde.")
    return rnd


# ---------------------------------------------------------------------------------------------
# Messages from a device


@dataclass(frozen=True, slots=True)
class ClaimMessage:
    """`{"type": "claim", "team": id, "key": key or null}`: be this team (again)."""

    team: str
    key: str | None


@dataclass(frozen=True, slots=True)
class BoardMessage:
    """`{"type": "board", "round": n, "zones": [[card, …], …]}`: the team's whole board of round n."""

    round: int
    zones: Board


@dataclass(frozen=True, slots=True)
class VoteMessage:
    """`{"type": "vote", "card": id, "phase": "before"|"after", "choice": "gewenst"|"ongewenst", "voter": id}`."""

    card: str
    phase: str
    choice: str
    voter: str


@dataclass(frozen=True, slots=True)
class PingMessage:
    """`{"type": "ping", "voter": id (optional)}`: the page asks for its view again (as this voter)."""

    voter: str | None = None


Message: TypeAlias = ClaimMessage | BoardMessage | VoteMessage | PingMessage
_FIELDS: Mapping[str, frozenset[str]] = {
    "claim": frozenset({"type", "team", "key"}),
    "board": frozenset({"type", "round", "zones"}),
    "vote": frozenset({"type", "card", "phase", "choice", "voter"}),
    "ping": frozenset({"type", "voter"}),
}


def parse_message(raw: str | bytes) -> Message:
    """One message from a device, checked for size, JSON, shape and id syntax (not yet against the round)."""
    if isinstance(raw, bytes):
        raise DeviceError("Alleen tekstberichten.")
    if len(raw) > MAX_MESSAGE_BYTES or len(raw.encode("utf-8", "surrogatepass")) > MAX_MESSAGE_BYTES:
        raise DeviceError("Bericht te groot.")
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise DeviceError("Bericht is geen geldige JSON.") from None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise DeviceError("Bericht zonder soort.")
    kind = data["type"]
    fields = _FIELDS.get(kind)
    if fields is None or not set(data) <= fields:
        raise DeviceError("Onbekend soort bericht of onbekende velden.")
    if kind == "claim":
        key = data.get("key")
        if key is not None and not (isinstance(key, str) and _KEY_RE.match(key)):
            raise DeviceError("Ongeldige teamsleutel.")
        return ClaimMessage(team=_id(data.get("team")), key=key)
    if kind == "board":
        number = data.get("round")
        zones = data.get("zones")
        if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= 100_000:
            raise DeviceError("Ongeldig rondenummer.")
        if not isinstance(zones, list) or not 1 <= len(zones) <= 5:
            raise DeviceError("Een bord heeft 1 tot 5 vakken.")
        board: list[tuple[str, ...]] = []
        for zone in zones:
            if not isinstance(zone, list) or len(zone) > MAX_ROUND_CARDS:
                raise DeviceError("Een vak is een lijst van kaarten.")
            board.append(tuple(_id(card) for card in zone))
        return BoardMessage(round=number, zones=tuple(board))
    if kind == "vote":
        phase, choice = data.get("phase"), data.get("choice")
        if phase not in DEBATE_PHASES or choice not in VOTE_CHOICES:
            raise DeviceError("Ongeldige stem.")
        return VoteMessage(card=_id(data.get("card")), phase=phase, choice=choice, voter=_voter(data.get("voter")))
    voter = data.get("voter")
    return PingMessage(voter=None if voter is None else _voter(voter))


def _id(value: object) -> str:
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise DeviceError("Ongeldige id.")
    return value


def _voter(value: object) -> str:
    if not isinstance(value, str) or not _KEY_RE.match(value):
        raise DeviceError("Ongeldige stemmer.")
    return value


def check_board(rnd: DeviceRound, message: BoardMessage) -> Board:
    """The board a device sent, checked against the open round (cards, zones, number, reveal)."""
    if rnd.variant == "debate":
        raise DeviceError("In een overloopdebat leg je geen kaarten.")
    if message.round != rnd.number:
        raise DeviceError("Dit bord hoort bij een andere ronde.")
    if rnd.revealed:
        raise DeviceError("De ronde is al getoond; de plaatsen liggen vast.")
    if len(message.zones) != len(rnd.zones):
        raise DeviceError(f"Een bord heeft {len(rnd.zones)} vakken, niet {len(message.zones)}.")
    cards = set(rnd.card_ids())
    placed = [card for zone in message.zones for card in zone]
    if len(set(placed)) != len(placed):
        raise DeviceError("Een kaart kan maar op één plek liggen.")
    if any(card not in cards for card in placed):
        raise DeviceError("Een kaart hoort niet bij de open ronde.")
    return message.zones


def check_vote(rnd: DeviceRound, message: VoteMessage) -> VoteMessage:
    """A vote checked against the open walking-debate card and the phase that is open."""
    if rnd.variant != "debate":
        raise DeviceError("Stemmen kan alleen in een overloopdebat.")
    if message.card not in rnd.card_ids():
        raise DeviceError("Over deze kaart wordt nu niet gestemd.")
    if rnd.debate_phase != message.phase:
        raise DeviceError("Deze stemronde is niet open.")
    return message


def tally(votes: Mapping[str, str]) -> tuple[int, int]:
    """(gewenst, ongewenst) from voter → choice."""
    gewenst = sum(1 for choice in votes.values() if choice == "gewenst")
    return gewenst, len(votes) - gewenst


# ---------------------------------------------------------------------------------------------
# Rate limit


@dataclass(frozen=True, slots=True)
class Bucket:
    """A token bucket: `tokens` left at time `stamp` (seconds, monotonic)."""

    tokens: float
    stamp: float


def take(bucket: Bucket | None, now: float, rate: float = MAX_MESSAGES_PER_SECOND) -> tuple[Bucket, bool]:
    """Spend one token if there is one: at most `rate` messages a second, bursts up to `rate`."""
    if bucket is None:
        bucket = Bucket(tokens=rate, stamp=now)
    tokens = min(rate, bucket.tokens + max(0.0, now - bucket.stamp) * rate)
    if tokens >= 1.0:
        return Bucket(tokens - 1.0, now), True
    return Bucket(tokens, now), False


# ---------------------------------------------------------------------------------------------
# What a device and the projector see


def empty_board(rnd: DeviceRound) -> Board:
    """A board with nothing placed."""
    return tuple(() for _ in rnd.zones)


def placed_count(board: Board) -> int:
    """How many cards lie on this board."""
    return sum(len(zone) for zone in board)


def lobby_view(lobby: Lobby, rnd: DeviceRound | None, teams: Sequence[DeviceTeam]) -> dict[str, Any]:
    """The team tiles a device shows before it has a team: name, colour and whether it is taken."""
    return {
        "type": "lobby",
        "variant": rnd.variant if rnd else "",
        "teams": [
            {"id": t.id, "name": t.name, "color": t.color, "taken": lobby.claim(t.id) is not None}
            for t in teams
        ],
    }


def device_view(rnd: DeviceRound, team: str, boards: Mapping[str, Board]) -> dict[str, Any]:
    """What `team`'s device shows of the round: its own board, and the others' only after the reveal."""
    own = boards.get(team) or empty_board(rnd)
    view: dict[str, Any] = {
        "type": "round",
        "team": team,
        "team_name": next((t.name for t in rnd.teams if t.id == team), ""),
        "number": rnd.number,
        "variant": rnd.variant,
        "zones": list(rnd.zones),
        "cards": [
            {"id": c.id, "number": c.number, "text": c.text, "theme": c.theme, "color": c.color, "icon": c.icon}
            for c in rnd.cards
        ],
        "board": [list(zone) for zone in own],
        "revealed": rnd.revealed,
    }
    if rnd.revealed:
        view["compare"] = compare_view(rnd, boards)
    return view


def compare_view(rnd: DeviceRound, boards: Mapping[str, Board]) -> list[dict[str, Any]]:
    """After the reveal: per card, the zone (1-based) each team chose, in team order (None: not placed)."""
    rows = []
    for card in rnd.cards:
        zones = []
        for t in rnd.teams:
            board = boards.get(t.id) or ()
            zone = next((z for z, cards in enumerate(board) if card.id in cards), None)
            zones.append({"team": t.id, "name": t.name, "color": t.color, "zone": None if zone is None else zone + 1})
        rows.append({"card": card.id, "zones": zones})
    return rows


def debate_view(rnd: DeviceRound, voter_choice: str | None) -> dict[str, Any]:
    """What a voter's device shows in a walking debate: the card, the open phase and its own vote."""
    card = rnd.cards[0]
    return {
        "type": "debate",
        "number": rnd.number,
        "card": {"id": card.id, "number": card.number, "text": card.text, "theme": card.theme, "color": card.color},
        "phase": rnd.debate_phase,
        "choice": voter_choice,
    }


@dataclass(frozen=True, slots=True)
class TeamTile:
    """A team's tile on the projector: connected devices and progress, never where cards went."""

    team: str
    claimed: bool
    devices: int
    placed: int
    total: int


def tiles(lobby: Lobby, rnd: DeviceRound | None, boards: Mapping[str, Board]) -> tuple[TeamTile, ...]:
    """One tile per team in lobby order."""
    total = len(rnd.cards) if rnd and rnd.variant != "debate" else 0
    return tuple(
        TeamTile(
            team=team,
            claimed=lobby.claim(team) is not None,
            devices=len(lobby.devices(team)),
            placed=placed_count(boards.get(team, ())) if total else 0,
            total=total,
        )
        for team in lobby.teams
    )
