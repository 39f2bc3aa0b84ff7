"""Shared test setup: Qt offscreen before any QApplication, and an isolated data folder per test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from tmpfs_support import mount_tmpfs, remount_read_only, unmount

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GEDRAGEN_HOME", None)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
_EXIT_STATUS = pytest.StashKey[int]()


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, also set as GEDRAGEN_HOME so nothing touches the real one."""
    home = tmp_path / "gedragen-home"
    home.mkdir()
    monkeypatch.setenv("GEDRAGEN_HOME", str(home))
    return home


@pytest.fixture
def repo_root() -> Path:
    """The source checkout."""
    return REPO


@pytest.fixture
def full_disk(tmp_path: Path):
    """A real, small filesystem (1 MiB tmpfs) to fill up, or None where mounting is not allowed."""
    target = tmp_path / "small-disk"
    if not mount_tmpfs(target, "1m"):
        yield None
        return
    try:
        yield target
    finally:
        unmount(target)


@pytest.fixture
def readonly_dir(tmp_path: Path):
    """A real read-only filesystem (holding one file `old.txt`), or None where mounting is not allowed."""
    target = tmp_path / "readonly"
    if not mount_tmpfs(target, "64k"):
        yield None
        return
    try:
        (target / "old.txt").write_text("oud", encoding="utf-8")
        remount_read_only(target)
        yield target
    finally:
        unmount(target)


@pytest.fixture(autouse=True)
def _delete_windows_left_behind():  # type: ignore[no-untyped-def]
    """Delete the top-level windows a test left behind (closed is not deleted).

    Widgets that stay alive make every later style change re-polish them: with the windows of a few
    hundred tests alive, each theme switch took one and a half seconds. Windows that existed before
    the test (from wider fixtures) are kept.
    """
    if "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    from PySide6.QtWidgets import QApplication

    def alive() -> dict[int, object]:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return {}
        import shiboken6

        return {shiboken6.getCppPointer(w)[0]: w for w in app.topLevelWidgets() if w.parentWidget() is None}

    before = set(alive())
    yield
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    from PySide6.QtCore import QEvent

    for key, window in alive().items():
        if key not in before:
            window.deleteLater()  # type: ignore[attr-defined]
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remember the run's exit status for `pytest_unconfigure` below."""
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without Python's object finalisation once Qt was used (after every report is written).

    PySide6 can crash with a segfault while the interpreter finalises Qt wrappers at process exit
    (upstream PYSIDE-2254): every test has passed and been reported, yet the run ends with exit 139.
    Finish Qt's background work and pending events, then exit with pytest's own status.
    """
    if "PySide6.QtWidgets" not in sys.modules or _EXIT_STATUS not in config.stash:
        return
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QThreadPool.globalInstance().waitForDone(10_000)
        QApplication.processEvents()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(config.stash[_EXIT_STATUS])
