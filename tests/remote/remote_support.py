"""Helpers for the device server tests: a RemoteSession on 127.0.0.1, port 0, and well-behaved clients."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from websockets.sync.client import ClientConnection, connect

from gedragen.core import devices as dv
from gedragen.remote.session import Address, RemoteSession

TEAMS = (
    dv.DeviceTeam("rood", "Rood", "#c62828"),
    dv.DeviceTeam("blauw", "Blauw", "#1565c0"),
    dv.DeviceTeam("groen", "Groen", "#2e7d32"),
)
CARDS = (
    dv.RoundCard("c1", 1, "Een collega deelt een foto van een leerling in de groepsapp.", "Online", "#6a1b9a"),
    dv.RoundCard("c2", 2, "Leerlingen lachen om een grap over iemands afkomst.", "Discriminatie", "#ef6c00"),
    dv.RoundCard("c3", 3, "Een mentor spreekt een leerling aan op schelden.", "Agressie", "#c62828"),
    dv.RoundCard("c4", 4, "Twee leerlingen houden elkaars hand vast op het plein.", "Diversiteit", "#00838f"),
)
ZONES = ("Gewenst", "Hangt ervan af", "Ongewenst")


@dataclass
class Host:
    """What the host received through the callbacks, thread-safe."""

    boards: list[tuple[str, dv.Board]] = field(default_factory=list)
    votes: list[tuple[str, str, int, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def on_board(self, team: str, board: dv.Board) -> None:
        """The on_board callback."""
        with self.lock:
            self.boards.append((team, board))

    def on_votes(self, card: str, phase: str, gewenst: int, ongewenst: int) -> None:
        """The on_votes callback."""
        with self.lock:
            self.votes.append((card, phase, gewenst, ongewenst))

    def last_boards(self) -> dict[str, dv.Board]:
        """team → the latest board the host got."""
        with self.lock:
            return dict(self.boards)


@contextmanager
def running(teams: tuple[dv.DeviceTeam, ...] = TEAMS, **kwargs: Any) -> Iterator[tuple[RemoteSession, Address, Host]]:
    """A started session on 127.0.0.1 that is always stopped."""
    host = Host()
    remote = RemoteSession(teams, on_board=host.on_board, on_votes=host.on_votes, **kwargs)
    address = remote.start("127.0.0.1", 0)
    try:
        yield remote, address, host
    finally:
        started = time.monotonic()
        remote.stop()
        assert time.monotonic() - started < 8, "stopping the server must not hang"


def ws_url(address: Address, token: str | None = None) -> str:
    """The WebSocket address of the session (or with another token)."""
    return f"ws://127.0.0.1:{address.port}/{token or address.link.rstrip('/').rsplit('/', 1)[1]}/ws"


def client(address: Address, **kwargs: Any) -> ClientConnection:
    """A device as a browser on the page would connect (right Origin)."""
    kwargs.setdefault("origin", address.base.rstrip("/"))
    kwargs.setdefault("open_timeout", 5)
    kwargs.setdefault("compression", None)
    return connect(ws_url(address), **kwargs)


def recv(ws: ClientConnection, timeout: float = 3.0) -> dict[str, Any]:
    """The next message as a dict (TimeoutError after `timeout`)."""
    data: dict[str, Any] = json.loads(ws.recv(timeout))
    return data


def recv_until(ws: ClientConnection, kind: str, timeout: float = 3.0) -> dict[str, Any]:
    """Skip messages until one of `kind` arrives."""
    deadline = time.monotonic() + timeout
    while True:
        message = recv(ws, max(0.05, deadline - time.monotonic()))
        if message["type"] == kind:
            return message


def claim(ws: ClientConnection, team: str, key: str | None = None) -> dict[str, Any]:
    """Send a claim and return the answer (claimed or refused)."""
    ws.send(json.dumps({"type": "claim", "team": team, "key": key}))
    deadline = time.monotonic() + 3
    while True:
        message = recv(ws, max(0.05, deadline - time.monotonic()))
        if message["type"] in ("claimed", "refused"):
            return message


def wait_for(condition: Callable[[], bool], timeout: float = 3.0) -> None:
    """Poll until `condition()` holds (AssertionError after `timeout`)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.01)
