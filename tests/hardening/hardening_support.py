"""Shared helpers for the hardening tests: a real recorded session, CLI runs, and file snapshots."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from gedragen.cli import main
from gedragen.core.dealing import custom_card, draw_round, new_session
from gedragen.core.events import (
    CardPlaced,
    CustomCardAdded,
    DebateCounted,
    OutcomeRecorded,
    RoundClosed,
    RoundRevealed,
    SessionEnded,
    Team,
)
from gedragen.core.library import DeckLibrary
from gedragen.store import History

REPO = Path(__file__).resolve().parents[2]
TEAMS = (Team("t1", "Groep 1", "#1F77B4"), Team("t2", "Groep 2", "#FF7F0E"), Team("t3", "Groep 3", "#2CA02C"))
AGREEMENT = "We delen geen foto van een ander zonder te vragen of dat mag."
SESSION_ID = "hard-2026-11-23-a"


@dataclass(frozen=True)
class Run:
    """What one `gedragen` call did: exit code and the lines on stdout and stderr."""

    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        """The non-empty lines on stderr."""
        return [line for line in self.err.splitlines() if line.strip()]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    """Run `gedragen ARGV` in-process; SystemExit (argparse usage errors) counts as its exit code."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return Run(code, out, err)


def cli_process(*argv: str, data_dir: Path, timeout: float = 60) -> Run:
    """Run `python -m gedragen ARGV` as a child process, so that a crash shows as a real traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "gedragen", "--data-dir", str(data_dir), *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
    )
    return Run(done.returncode, done.stdout, done.stderr)


def assert_one_clear_line(run: Run, code: int = 1) -> str:
    """The run failed with `code`, printed no traceback and said what is wrong in one line; returns it."""
    assert run.code == code, (run.code, run.out, run.err)
    assert "Traceback" not in run.err, run.err
    lines = run.err_lines
    assert len(lines) == 1, lines
    assert lines[0].startswith("gedragen") or ":" in lines[0], lines[0]
    return lines[0]


def record_session(
    data_dir: Path, session_id: str = SESSION_ID, variant: str = "board", agreement: str = AGREEMENT
) -> str:
    """Play one short round on the built-in vo-mbo deck into the history of `data_dir`, with an agreement."""
    deck = DeckLibrary(data_dir).get("vo-mbo")
    teams = () if variant == "debate" else TEAMS
    zones = 2 if variant != "board" else 3
    with History(data_dir) as history:
        start = new_session(
            "Team onderbouw", deck, variant, teams=teams, seed=4, session_id=session_id,
            started="2026-11-23T20:15:00+01:00",
        )
        history.start(start)
        drawn = draw_round(history.state(session_id), deck, n=4)
        history.append(session_id, drawn)
        cards = list(drawn.cards)
        if variant == "debate":
            for card in cards:
                history.append(session_id, DebateCounted(card, "before", 12, 8))
                history.append(session_id, DebateCounted(card, "after", 9, 11))
        else:
            eigen = custom_card(history.state(session_id), "online", "school", "Een eigen situatie uit de klas.")
            history.append(session_id, CustomCardAdded(eigen, into_round=True))
            cards.append(eigen.id)
            for team_index, team in enumerate(teams):
                filled = [0] * zones
                for index, card in enumerate(cards):
                    zone = (index + team_index) % zones
                    history.append(session_id, CardPlaced(team.id, card, zone, filled[zone]))
                    filled[zone] += 1
            history.append(session_id, RoundRevealed())
        history.append(session_id, OutcomeRecorded(cards[0], 1, agreement, "privacy"))
        history.append(session_id, RoundClosed())
        history.append(session_id, SessionEnded("2026-11-23T21:00:00+01:00"))
    return session_id


def session_dict(data_dir: Path, session_id: str = SESSION_ID) -> dict[str, Any]:
    """The recorded session as a fresh `gedragen-session/1` dict."""
    from gedragen.core.session_io import session_to_dict

    with History(data_dir) as history:
        return session_to_dict(history.state(session_id))


def history_rows(data_dir: Path) -> list[tuple[str, int]]:
    """(session id, event count) of every session in the history; [] when there is no history file."""
    from gedragen.core.paths import history_db

    if not history_db(data_dir).exists():
        return []
    with History(data_dir) as history:
        return [(s.id, s.events) for s in history.sessions()]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` (relative name → bytes), to prove that nothing changed or was left behind."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def write_json(path: Path, data: object) -> Path:
    """Write `data` as JSON text to `path`."""
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def fill_disk(folder: Path, leave: int = 0) -> None:
    """Fill the filesystem of `folder` until at most `leave` bytes are free (real ENOSPC afterwards)."""
    import os

    ballast = folder / ".ballast"
    with ballast.open("wb") as handle:
        chunk = b"\0" * 4096
        try:
            while True:
                free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
                if free <= leave:
                    break
                handle.write(chunk if free - leave >= 4096 else b"\0" * max(free - leave, 1))
                handle.flush()
        except OSError:
            pass


