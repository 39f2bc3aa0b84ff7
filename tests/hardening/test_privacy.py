"""Privacy: a deleted session leaves no trace in the history files; the app opens no socket at all, except in
*Teams op eigen apparaat*, where it listens on exactly one port on the chosen interface and never connects out."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hardening_support import AGREEMENT, SESSION_ID, cli, record_session

from gedragen.core.paths import history_db
from gedragen.store import History

OTHER_AGREEMENT = "In de klassenapp plaatsen we alleen berichten over school."
SOCKET_EVENTS = frozenset(
    {"socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
     "socket.sendto", "socket.sendmsg"}
)
SOURCE = Path(__file__).resolve().parents[2] / "gedragen"


def _history_files(data_dir: Path) -> list[Path]:
    db = history_db(data_dir)
    return [p for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal")) if p.exists()]


def _traces(data_dir: Path, *needles: str) -> list[str]:
    """Which history files still hold any of the needles, as raw bytes (free pages and WAL frames too)."""
    return [
        f"{path.name}: {needle}"
        for path in _history_files(data_dir)
        for needle in needles
        if needle.encode("utf-8") in path.read_bytes()
    ]


@pytest.fixture
def two_sessions(data_home: Path) -> Path:
    """A history with the session to delete and another one that must stay."""
    record_session(data_home)
    record_session(data_home, "blijft-staan", agreement=OTHER_AGREEMENT)
    return data_home


def test_deleted_session_is_gone_from_every_table(two_sessions: Path) -> None:
    with History(two_sessions) as history:
        history.delete(SESSION_ID)
        assert [s.id for s in history.sessions()] == ["blijft-staan"]
    db = sqlite3.connect(history_db(two_sessions))
    try:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert {"sessions", "events"} <= set(tables)
        for table in tables:
            for row in db.execute(f"SELECT * FROM {table}"):
                text = json.dumps(row, ensure_ascii=False, default=str)
                assert SESSION_ID not in text and AGREEMENT not in text, (table, row)
        remaining = "".join(r[0] for r in db.execute("SELECT payload FROM events"))
        assert OTHER_AGREEMENT in remaining  # the other session is untouched
    finally:
        db.close()


def test_no_trace_after_the_history_is_closed(two_sessions: Path) -> None:
    with History(two_sessions) as history:
        history.delete(SESSION_ID)
    assert _traces(two_sessions, SESSION_ID, AGREEMENT) == []
    assert not Path(f"{history_db(two_sessions)}-wal").exists() or not _traces(two_sessions, AGREEMENT)


def test_no_trace_on_disk_while_the_app_keeps_the_history_open(two_sessions: Path) -> None:
    """The app keeps its history open for hours; 'verwijderd' must mean gone from the disk at once."""
    history = History(two_sessions)
    try:
        history.state("blijft-staan")
        history.delete(SESSION_ID)
        assert _traces(two_sessions, SESSION_ID, AGREEMENT) == []
    finally:
        history.close()


# --- no network ---------------------------------------------------------------------------------


@dataclass
class SocketRecorder:
    """Socket audit events seen while `active` (an audit hook cannot be removed, so it is switched)."""

    active: bool = False
    seen: list[str] = field(default_factory=list)

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        """The audit hook."""
        if self.active and event in SOCKET_EVENTS:
            self.seen.append(f"{event} {args!r}"[:200])


@pytest.fixture(scope="session")
def socket_recorder() -> SocketRecorder:
    """One audit hook for the whole test run, recording only inside `listening`."""
    recorder = SocketRecorder()
    sys.addaudithook(recorder)
    return recorder


@pytest.fixture
def listening(socket_recorder: SocketRecorder) -> Iterator[SocketRecorder]:
    """Record socket use for the duration of one test."""
    socket_recorder.seen.clear()
    socket_recorder.active = True
    try:
        yield socket_recorder
    finally:
        socket_recorder.active = False


def test_the_audit_hook_would_notice_a_socket(listening: SocketRecorder) -> None:
    """The control case: the recorder really sees a socket being made."""
    import socket

    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    assert any(e.startswith("socket.__new__") for e in listening.seen)
    listening.seen.clear()


def test_a_whole_session_in_every_variant_opens_no_socket(
    listening: SocketRecorder, data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for variant in ("board", "quick", "debate"):
        record_session(data_home, f"sessie-{variant}", variant=variant)
    other = tmp_path / "andere-map"
    for variant in ("board", "quick", "debate"):
        sid = f"sessie-{variant}"
        for argv in (
            ["export", sid, "-o", str(tmp_path / f"{sid}.json")],
            ["export", sid, "-o", str(tmp_path / f"{sid}.csv")],
            ["report", sid, "-o", str(tmp_path / f"{sid}.pdf")],
            ["report", sid, "-o", str(tmp_path / f"{sid}.md"), "--part", "protocol"],
        ):
            assert cli(capsys, "--data-dir", str(data_home), *argv).code == 0, argv
        assert cli(capsys, "--data-dir", str(other), "import", str(tmp_path / f"{sid}.json")).code == 0
    for argv in (
        ["print", "po", "-o", str(tmp_path / "kaarten.pdf"), "--theme", "online"],
        ["board", "-o", str(tmp_path / "bord.pdf"), "--zones", "5", "--paper", "a4"],
        ["decks", "add", str(SOURCE.parent / "tests" / "core" / "data" / "small.yaml")],
        ["sessions"],
    ):
        assert cli(capsys, "--data-dir", str(data_home), *argv).code == 0, argv
    assert listening.seen == []
    assert "PySide6.QtNetwork" not in sys.modules


def test_the_app_drives_a_session_without_a_socket(
    qtbot, listening: SocketRecorder, data_home: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt

    from gedragen.ui.history.summary import SummaryView
    from tests.ui.session_helpers import open_main_window, start_session

    monkeypatch.setattr("gedragen.ui.session.screen.ask", lambda *args: True)
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=2)
    board = screen.view()
    for _team in range(2):
        for key in (Qt.Key.Key_1, Qt.Key.Key_3):
            qtbot.keyClick(board, key)
        qtbot.keyClick(board, Qt.Key.Key_Tab)
    ctrl = window.controller
    assert ctrl is not None and ctrl.current_round().complete
    board.reveal_button.click()
    screen.end_session()
    qtbot.waitUntil(lambda: isinstance(window.current_page(), SummaryView))
    ctrl.wait_idle()
    assert listening.seen == []
    assert "PySide6.QtNetwork" not in sys.modules


def test_no_network_module_is_imported_anywhere_in_the_app() -> None:
    """A static check behind the dynamic ones: no module of the app imports a network library, except the
    device server of *Teams op eigen apparaat* (gedragen/remote, tested below)."""
    pattern = re.compile(
        r"^\s*(from|import)\s+(socket|ssl|urllib|http|requests|httpx|ftplib|smtplib|xmlrpc|PySide6\.QtNetwork"
        r"|PySide6\.QtWebEngine\w*)\b",
        re.MULTILINE,
    )
    found = [
        f"{path.relative_to(SOURCE.parent)}: {match.group(0).strip()}"
        for path in sorted(SOURCE.rglob("*.py"))
        if "remote" not in path.relative_to(SOURCE).parts
        for match in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []
    assert "QtNetwork" not in "".join(p.read_text(encoding="utf-8") for p in SOURCE.rglob("*.py"))


_DEVICE = """
import json, sys
from websockets.sync.client import connect
link, origin = sys.argv[1], sys.argv[2]
with connect(link, origin=origin, open_timeout=5) as ws:
    ws.recv(5)
    ws.send(json.dumps({"type": "claim", "team": "rood", "key": None}))
    while json.loads(ws.recv(5))["type"] != "round":
        pass
    ws.send(json.dumps({"type": "board", "round": 1, "zones": [["c1"], []]}))
    ws.send(json.dumps({"type": "ping"}))
    assert json.loads(ws.recv(5))["board"] == [["c1"], []]
"""


def test_devices_mode_listens_on_exactly_one_port_on_the_chosen_interface_and_never_connects_out(
    listening: SocketRecorder,
) -> None:
    """Teams op eigen apparaat: one bind, on the address the facilitator picked; a device (another process)
    plays a round; the app itself never connects, resolves a name or sends a datagram."""
    from gedragen.core import devices as dv
    from gedragen.remote.session import RemoteSession

    boards: list[object] = []
    remote = RemoteSession([dv.DeviceTeam("rood", "Rood", "#C62828")], on_board=lambda t, b: boards.append(b))
    address = remote.start("127.0.0.1", 0)
    try:
        remote.set_round(1, "board", [dv.RoundCard("c1", 1, "Een kaart")], ["Gewenst", "Ongewenst"])
        link = f"ws://127.0.0.1:{address.port}{address.link.split(str(address.port), 1)[1]}ws"
        device = subprocess.run(
            [sys.executable, "-c", _DEVICE, link, address.base.rstrip("/")], capture_output=True, timeout=60
        )
        assert device.returncode == 0, device.stderr.decode(errors="replace")[-500:]
    finally:
        remote.stop()
    assert boards == [(("c1",), ())]
    binds = [e for e in listening.seen if e.startswith("socket.bind")]
    assert len(binds) == 1 and "('127.0.0.1', 0)" in binds[0]
    assert [e for e in listening.seen if not e.startswith(("socket.bind", "socket.__new__"))] == []
