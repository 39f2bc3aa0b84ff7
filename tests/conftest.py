"""Shared test setup: Qt offscreen before any QApplication, and an isolated data folder per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GEDRAGEN_HOME", None)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


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
