"""Kill a real recording process with SIGKILL at random moments: every confirmed event must survive."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from history_support import make_deck, next_event

from gedragen.core.session import replay
from gedragen.store import History

CHILD = """
import random, sys
sys.path.insert(0, sys.argv[1])
from history_support import make_deck, next_event, start_event
from gedragen.store import History

deck = make_deck(4000)
history = History(sys.argv[2])
if not history.has("crash"):
    history.start(start_event(deck, session_id="crash"))
    print(0, flush=True)
rng = random.Random(int(sys.argv[3]))
print("ready", flush=True)
while True:
    state = history.state("crash")
    if state.is_ended:
        print("ended", flush=True)
        break
    seq = history.append("crash", next_event(state, deck, rng))
    print(seq, flush=True)
"""

KILLS = 20


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on POSIX")
def test_sigkill_at_random_moments_loses_no_confirmed_event(tmp_path: Path) -> None:
    data_dir = tmp_path / "gegevens"
    support = str(Path(__file__).parent)
    rng = random.Random(20261123)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2]), os.environ.get("PYTHONPATH", "")]),
    }
    confirmed = -1
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, support, str(data_dir), str(kill)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        # Half the kills land after a chosen number of confirmations, half after a random delay
        # (which may fall during start-up, opening the database, or in the middle of a commit).
        if kill % 2 == 0:
            wanted = rng.randint(0, 40)
            lines = []
            while len(lines) <= wanted:
                line = child.stdout.readline()
                if not line:
                    break
                lines.append(line)
        else:
            time.sleep(rng.uniform(0.05, 0.5))
            lines = []
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        # read the rest through the same buffered file that readline used: communicate() reads the raw pipe
        # and would miss lines readline had already buffered, which then look like unreported commits
        out = child.stdout.read()
        assert child.stderr is not None
        err = child.stderr.read()
        lines += out.splitlines(keepends=True)
        assert child.returncode == -signal.SIGKILL, err
        assert "Traceback" not in err, err
        reported = [int(x) for x in (line.strip() for line in lines) if x.isdigit()]
        assert "ended" not in "".join(lines)
        if reported:
            assert reported == list(range(confirmed + 1, confirmed + 1 + len(reported)))
            confirmed = max(confirmed, reported[-1])
        if not (data_dir / "history.sqlite3").exists():
            assert confirmed == -1
            continue
        with History(data_dir) as history:
            if not history.has("crash"):
                assert confirmed == -1
                continue
            events = history.events("crash")
            # every confirmed event is there; at most one more was committed but not yet reported
            assert confirmed + 1 <= len(events) <= confirmed + 2
            confirmed = len(events) - 1
            assert history.state("crash") == replay(events)
            assert history._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert confirmed > 50, "the child should have recorded a fair number of events between kills"
    with History(data_dir) as history:
        before = len(history.events("crash"))
        deck = make_deck(4000)
        event_rng = random.Random(99)
        for _ in range(10):
            history.append("crash", next_event(history.state("crash"), deck, event_rng))
        assert len(history.events("crash")) == before + 10
    with History(data_dir) as history:
        assert len(history.events("crash")) == before + 10
