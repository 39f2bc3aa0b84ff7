"""Resume a 10,000-event session: open the history and replay to the state (budget ≤ 300 ms).

Beside it, as a reference, a bare SQLite read of the same rows with json.loads of every payload,
i.e. the part of resuming that no rule checking can avoid.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import HEADER, Result, alternate, summary, timed

EVENTS = 10_000
BUDGET_MS = 300.0
RUNS = 9


def build_session(data_dir: Path, events: int = EVENTS) -> str:
    """Write one board session of `events` events (rounds of 6 cards, 4 teams, moves, outcomes); its id."""
    from gedragen.core.dealing import draw_round, new_session
    from gedragen.core.deck import Card, Deck, Kind, Theme
    from gedragen.core.events import CardPlaced, Event, OutcomeRecorded, RoundClosed, RoundRevealed, Team
    from gedragen.core.session import apply
    from gedragen.store.history import History

    themes = ("agressie", "discriminatie", "seksualiteit", "diversiteit", "pesten", "online")
    deck = Deck(
        id="bench",
        title="Benchmarkset",
        audience="other",
        kinds=(Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark")),
        themes=tuple(Theme(t, t, "#204060") for t in themes),
        cards=tuple(
            Card(f"b-{n:04d}", themes[n % 6], "team" if n % 2 else "school", f"Situatie {n}")
            for n in range(2000)
        ),
    )
    teams = tuple(Team(f"t{i}", f"Groep {i}", "#1F77B4") for i in range(1, 5))
    start = new_session("Benchmark", deck, "board", teams=teams, seed=11, session_id="bench-resume")
    log: list[Event] = [start]
    state = apply(None, start)
    while len(log) < events:
        drawn = draw_round(state, deck)
        batch: list[Event] = [drawn]
        for sweep in range(5):  # teams keep moving cards around, as they do while discussing
            for team in teams:
                for index, card in enumerate(drawn.cards):
                    batch.append(CardPlaced(team.id, card, (index + sweep) % 3, 0))
        batch.append(RoundRevealed())
        batch += [OutcomeRecorded(card, 1, f"Afspraak over {card}.", "gedragsregels") for card in drawn.cards]
        batch.append(RoundClosed())
        for event in batch[: events - len(log)]:
            state = apply(state, event)
            log.append(event)
    with History(data_dir) as history:
        history.import_events(log)
    return start.session_id


def measure() -> list[Result]:
    """Time open + replay of a 10,000-event session, beside a bare read of the same rows."""
    from gedragen.core.paths import history_db
    from gedragen.store.history import History

    folder = Path(tempfile.mkdtemp(prefix="gedragen-bench-resume-"))
    session_id = build_session(folder)

    def ours() -> float:
        def resume() -> None:
            with History(folder) as history:
                state = history.state(session_id)
                assert state.event_count == EVENTS

        return timed(resume)

    def base() -> float:
        def read() -> None:
            db = sqlite3.connect(history_db(folder))
            rows = db.execute(
                "SELECT payload FROM events WHERE session_id = ? ORDER BY seq", (session_id,)
            ).fetchall()
            assert len([json.loads(r[0]) for r in rows]) == EVENTS
            db.close()

        return timed(read)

    def checked() -> float:
        def resume() -> None:
            history, notice = History.open_or_recover(folder)
            with history:
                assert notice is None and history.state(session_id).event_count == EVENTS

        return timed(resume)

    ours(), base(), checked()  # warm the page cache and imports
    a, b = alternate(ours, base, RUNS)
    c, _ = alternate(checked, base, RUNS)
    for label, values in ((f"resume {EVENTS} events", a), ("the same with open_or_recover (quick_check)", c)):
        print(
            f"{label}: {summary(values)} ms; ratio to the {BUDGET_MS:g} ms budget "
            f"{min(values) / BUDGET_MS:.2f} (median {statistics.median(values) / BUDGET_MS:.2f})"
        )
    print(f"bare read + json.loads: {summary(b)} ms")
    return [
        Result(f"resume a {EVENTS}-event session", min(a), min(b), BUDGET_MS, absolute=True),
        Result("  … after open_or_recover's quick_check", min(c), min(b), BUDGET_MS, absolute=True),
    ]


if __name__ == "__main__":
    results = measure()
    print(HEADER)
    for result in results:
        print(result.line())
    sys.exit(0 if all(r.ok for r in results) else 1)
