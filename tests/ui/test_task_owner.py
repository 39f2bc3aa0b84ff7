"""Background work has an owner: its callbacks end with the owner, and no Qt object is deleted under it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressBar, QWidget

from gedragen.ui.common.tasks import Task, running_count

HERE = Path(__file__).resolve().parent


def test_callbacks_of_a_destroyed_owner_are_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    bar = QProgressBar(owner)
    release = threading.Event()
    calls: list[str] = []

    def work(progress) -> int:  # type: ignore[no-untyped-def]
        release.wait(5)
        return 42

    def done(result: int) -> None:
        bar.setValue(result)  # would raise: the bar is gone with its owner
        calls.append("done")

    task = Task(owner, work).on_success(done).on_error(lambda exc: calls.append(repr(exc))).start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not task.owner_alive)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    QApplication.processEvents()
    assert calls == []
    assert running_count() == 0


def test_a_task_whose_owner_is_gone_stops_at_its_next_progress_report(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    release = threading.Event()
    reached: list[int] = []

    def work(progress) -> None:  # type: ignore[no-untyped-def]
        release.wait(5)
        for i in range(1000):
            progress(i, 1000)
            reached.append(i)

    task = Task(owner, work).start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not task.owner_alive)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert reached == []


def test_results_and_errors_reach_a_living_owner(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    got: list[object] = []
    Task(owner, lambda a, b: a + b, 2, 3).on_success(got.append).start()
    Task(owner, lambda: 1 / 0).on_error(lambda exc: got.append(type(exc).__name__)).start()
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert sorted(map(str, got)) == ["5", "ZeroDivisionError"]


def test_an_owner_is_required() -> None:
    with pytest.raises(TypeError):
        Task(lambda: None)  # type: ignore[arg-type]


@pytest.mark.slow
def test_controller_driven_every_millisecond_never_crashes(tmp_path: Path) -> None:
    # 200 sessions in two child processes, one step a millisecond: every child must exit 0, with the
    # store holding exactly the events on screen (the script checks that after each run)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE.parents[1]))
    children = []
    for i in range(2):
        folder = tmp_path / f"data-{i}"
        folder.mkdir()
        children.append(subprocess.Popen(
            [sys.executable, str(HERE / "stress_controller.py"), str(folder), "100", "200"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ))
    results = [(child.wait(timeout=170), *child.communicate()) for child in children]
    assert [(code, out.strip()) for code, out, _err in results] == [(0, "ok 100"), (0, "ok 100")], [
        err[-2000:] for _code, _out, err in results
    ]


@pytest.mark.slow
@pytest.mark.parametrize("after", [40, 120, 300])
def test_kill_during_a_burst_loses_nothing_that_was_acknowledged(tmp_path: Path, after: int) -> None:
    import signal

    from gedragen.core.session import replay
    from gedragen.store.history import History

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE.parents[1]))
    child = subprocess.Popen([sys.executable, str(HERE / "burst_child.py"), str(tmp_path)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    session, acknowledged = "", 0
    try:
        assert child.stdout is not None
        for line in child.stdout:
            word, value = line.split()
            if word == "session":
                session = value
            elif int(value) >= after:
                acknowledged = int(value)
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert acknowledged >= after
    with History(tmp_path) as history:
        events = history.events(session)
    assert len(events) >= acknowledged  # every acknowledged step survived the kill
    assert replay(events).id == session  # and what is stored replays into a valid session
