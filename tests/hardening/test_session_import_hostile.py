"""Hostile session files through `gedragen import` and `session_from_dict`: one Dutch line, nothing stored."""

from __future__ import annotations

import copy
import json
import math
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hardening_support import (
    SESSION_ID,
    assert_one_clear_line,
    cli,
    history_rows,
    record_session,
    session_dict,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gedragen.core.errors import GedragenError
from gedragen.core.library import DeckLibrary
from gedragen.core.paths import history_db
from gedragen.core.session_io import session_from_dict


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A data folder holding one recorded session, and that session as a valid JSON dict."""
    folder = tmp_path_factory.mktemp("recorded")
    record_session(folder)
    return folder, session_dict(folder)


@pytest.fixture
def home(recorded: tuple[Path, dict[str, Any]], data_home: Path) -> Path:
    """A fresh data folder whose history already holds the recorded session."""
    shutil.copy(history_db(recorded[0]), history_db(data_home))
    return data_home


@pytest.fixture
def valid(recorded: tuple[Path, dict[str, Any]]) -> dict[str, Any]:
    """A valid session dict with a new id (so importing it would add a session)."""
    data = copy.deepcopy(recorded[1])
    data["id"] = "nieuw-1"
    return data


def _changed(change: Callable[[dict[str, Any]], object]) -> Callable[[dict[str, Any]], bytes]:
    def build(data: dict[str, Any]) -> bytes:
        change(data)
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    return build


def _raw(raw: bytes) -> Callable[[dict[str, Any]], bytes]:
    return lambda data: raw


def _text_edit(old: str, new: str) -> Callable[[dict[str, Any]], bytes]:
    def build(data: dict[str, Any]) -> bytes:
        text = json.dumps(data, ensure_ascii=False)
        assert old in text
        return text.replace(old, new, 1).encode("utf-8")

    return build


def _first_placement(data: dict[str, Any]) -> dict[str, Any]:
    return data["rounds"][0]["placements"][0]


HOSTILE: dict[str, Callable[[dict[str, Any]], bytes]] = {
    "missing key": _changed(lambda d: d.pop("teams")),
    "missing nested key": _changed(lambda d: _first_placement(d).pop("order")),
    "extra key": _changed(lambda d: d.update(geheim="x")),
    "extra nested key": _changed(lambda d: d["deck"].update(pad="/etc")),
    "top level is a list": _raw(b"[1, 2, 3]"),
    "teams is a string": _changed(lambda d: d.update(teams="t1,t2")),
    "team is a number": _changed(lambda d: d["teams"].__setitem__(0, 7)),
    "round is null": _changed(lambda d: d["rounds"].__setitem__(0, None)),
    "placement card is a list": _changed(lambda d: _first_placement(d).update(card=["vo-00"])),
    "zone as a string": _changed(lambda d: _first_placement(d).update(zone="0")),
    "order as a float": _changed(lambda d: _first_placement(d).update(order=0.0)),
    "zone as a boolean": _changed(lambda d: _first_placement(d).update(zone=False)),
    "unknown card": _changed(lambda d: d["rounds"][0]["cards"].append("vo-bestaat-niet")),
    "zone out of range": _changed(lambda d: _first_placement(d).update(zone=7)),
    "negative zone": _changed(lambda d: _first_placement(d).update(zone=-1)),
    "duplicate placement": _changed(lambda d: d["rounds"][0]["placements"].append(dict(_first_placement(d)))),
    "duplicate team": _changed(lambda d: d["teams"].append(dict(d["teams"][0]))),
    "unknown deck": _changed(lambda d: d["deck"].update(id="geen-set")),
    "huge team list": _changed(lambda d: d.update(teams=[d["teams"][0]] * 100_000)),
    "huge round list": _changed(lambda d: d.update(rounds=[d["rounds"][0]] * 5000)),
    "huge agreement": _changed(lambda d: d["rounds"][0]["outcomes"][0].update(agreement="a" * 3_000_000)),
    "invalid utf-8": _raw(b'{"format": "gedragen-session/1", "name": "Team \xff\xfe onderbouw"}'),
    "latin-1 text": _raw('{"format": "gedragen-session/1", "name": "Caf\u00e9"}'.encode("latin-1")),
    "utf-16": _raw(json.dumps({"format": "gedragen-session/1"}).encode("utf-16")),
    "not json at all": _raw(b"Dit is een Word-document, geen sessie.\n"),
    "pdf bytes": _raw(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
    "empty file": _raw(b""),
    "json bomb of nesting": _raw(b'{"a":' * 100_000 + b"1" + b"}" * 100_000),
    "nested lists in a field": _text_edit('"analysis": {', '"analysis": {"x": ' + "[" * 50_000 + "]" * 50_000 + ", "),
    "NaN as zone": _text_edit('"zone": 0', '"zone": NaN'),
    "Infinity as round number": _text_edit('"number": 1', '"number": Infinity'),
    "number with 5000 digits": _text_edit('"zone": 0', '"zone": ' + "1" * 5000),
    "lone surrogate escape in a name": _text_edit('"Groep 1"', '"\\ud800"'),
    "wrong format version": _changed(lambda d: d.update(format="gedragen-session/9")),
}


@pytest.mark.parametrize("build", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_session_file_is_one_dutch_line_and_adds_nothing(
    build: Callable[[dict[str, Any]], bytes],
    home: Path,
    valid: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before_rows = history_rows(home)
    before_bytes = history_db(home).read_bytes()
    source = tmp_path / "sessie.json"
    source.write_bytes(build(valid))
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(home), "import", str(source)))
    assert str(source) in line
    assert history_rows(home) == before_rows == [(SESSION_ID, before_rows[0][1])]
    assert history_db(home).read_bytes() == before_bytes


def test_fifty_megabyte_file_is_refused_without_reading_it(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "groot.json"
    with source.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no disk used, but the size a user would see
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(home), "import", str(source)))
    assert "te groot" in line
    assert len(history_rows(home)) == 1


@pytest.mark.parametrize("what", ["folder", "missing", "fifo"])
def test_not_a_session_file_at_all(what: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    target = tmp_path / "sessie.json"
    if what == "folder":
        target.mkdir()
    elif what == "fifo":
        os.mkfifo(target)
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(home), "import", str(target)))
    assert str(target) in line


def test_valid_file_still_imports_once(
    home: Path, valid: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The control case: the same fixture, unchanged, is accepted; the refusals above are real."""
    source = tmp_path / "sessie.json"
    source.write_text(json.dumps(valid), encoding="utf-8")
    first = cli(capsys, "--data-dir", str(home), "import", str(source))
    assert first.code == 0, first.err
    again = cli(capsys, "--data-dir", str(home), "import", str(source))
    assert again.code == 0 and "niets toegevoegd" in again.out
    assert sorted(r[0] for r in history_rows(home)) == sorted([SESSION_ID, "nieuw-1"])


def test_escape_codes_in_an_imported_name_do_not_reach_the_terminal(
    home: Path, valid: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    valid["name"] = "Klas 2B\x1b]0;gehackt\x07\x1b[2J"
    source = tmp_path / "sessie.json"
    source.write_text(json.dumps(valid), encoding="utf-8")
    imported = cli(capsys, "--data-dir", str(home), "import", str(source))
    listing = cli(capsys, "--data-dir", str(home), "sessions")
    assert "\x1b" not in imported.out + imported.err + listing.out + listing.err


# --- property test on the parsed structure -------------------------------------------------------

ODD_VALUES = st.sampled_from(
    [None, True, False, 0, -1, 1, 2, 5, 10**12, 1.5, math.nan, math.inf, "", "x", "0", "t1", "vo-mbo",
     "\ud800", "a" * 5000, [], [None], [0, 0], {}, {"id": "t1"}, [[[[]]]]]
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, as a tuple of keys and indexes."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*prefix, index)))
    return found


def _mutate(data: Any, path: tuple[Any, ...], how: str, odd: Any) -> Any:
    if not path:
        return odd
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "replace":
        parent[last] = odd
    elif how == "delete":
        del parent[last]
    elif how == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[last]))
    elif how == "extra" and isinstance(parent, dict):
        parent[f"{last}_extra"] = odd
    else:
        parent[last] = [parent[last], odd]
    return data


@pytest.fixture(scope="module")
def deck_find(recorded: tuple[Path, dict[str, Any]]) -> Callable[[str], Any]:
    """The built-in decks' lookup, loaded once."""
    library = DeckLibrary(recorded[0])
    library.all()
    return library.find


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_mutation_of_a_valid_session_is_a_session_or_a_clear_error(
    data: st.DataObject, recorded: tuple[Path, dict[str, Any]], deck_find: Callable[[str], Any]
) -> None:
    session = copy.deepcopy(recorded[1])
    places = _paths(session)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        path = data.draw(st.sampled_from(places), label="path")
        how = data.draw(st.sampled_from(["replace", "delete", "duplicate", "extra", "wrap"]), label="how")
        odd = copy.deepcopy(data.draw(ODD_VALUES, label="value"))
        try:
            session = _mutate(session, path, how, odd)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
        places = _paths(session)
    try:
        events = session_from_dict(session, deck_find)
    except GedragenError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
    else:
        assert events, "an accepted session has at least its start event"


def test_a_zone_out_of_range_is_named_as_such(valid: dict[str, Any], deck_find: Callable[[str], Any]) -> None:
    placement = valid["rounds"][0]["placements"][0]
    assert placement["zone"] == 0 and placement["order"] == 0
    placement["zone"] = 7
    with pytest.raises(GedragenError, match="Zone 7 bestaat niet"):
        session_from_dict(valid, deck_find)
