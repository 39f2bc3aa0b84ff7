"""The kept print layout (`cache/layout.json`): the same geometry as print.yaml, never a stale or damaged one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from gedragen.core import card_layout as layout


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    layout.geometry.cache_clear()
    yield
    layout.use_cache_folder(None)
    layout.geometry.cache_clear()


def _geometry(folder: Path | None) -> layout.PrintGeometry:
    layout.use_cache_folder(folder)
    layout.geometry.cache_clear()
    return layout.geometry()


def test_kept_layout_equals_the_yaml_and_damage_or_a_stale_key_is_ignored(tmp_path: Path) -> None:
    from_yaml = _geometry(None)
    assert _geometry(tmp_path) == from_yaml  # parsed, then kept
    kept = json.loads((tmp_path / "layout.json").read_text(encoding="utf-8"))
    assert kept["format"] == layout.LAYOUT_CACHE_FORMAT
    assert _geometry(tmp_path) == from_yaml  # read from the kept copy
    kept["data"]["papers"]["a4"] = [1, 1]
    kept["key"] = "00000000-1"  # made from other bytes: not used
    (tmp_path / "layout.json").write_text(json.dumps(kept), encoding="utf-8")
    assert _geometry(tmp_path) == from_yaml
    (tmp_path / "layout.json").write_text("{kapot", encoding="utf-8")
    assert _geometry(tmp_path) == from_yaml
    broken = json.loads((tmp_path / "layout.json").read_text(encoding="utf-8"))
    broken["data"] = {"papers": 3}  # the right key but not a layout: the file is read instead
    (tmp_path / "layout.json").write_text(json.dumps(broken), encoding="utf-8")
    assert _geometry(tmp_path) == from_yaml
