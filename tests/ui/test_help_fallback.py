"""A help file the school broke: the Hulp en melden screen still lists the helplines, and says what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from gedragen.core.errors import GedragenError
from gedragen.ui.common.help_info import BUILT_IN_HELP, help_file, load_help
from gedragen.ui.help_screens import HelpScreen

GOOD = help_file().read_text(encoding="utf-8")


def test_built_in_help_is_the_shipped_file() -> None:
    """The fallback must not drift from the file the app ships with."""
    assert load_help() == BUILT_IN_HELP


def test_a_notepad_bom_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "hulp.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert load_help(path) == BUILT_IN_HELP


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        ("title: [a, b]", "'title' moet een tekst zijn"),
        ("now: {a: 1}", "'now' moet een lijst"),
        ("now: [[1, 2]]", "'now' moet een lijst"),
        ("places: 12", "'places' moet een lijst"),
        ("places: [12]", "hulplijn 1 onder 'places' heeft geen naam"),
        ("places: [{phone: '112'}]", "hulplijn 1 onder 'places' heeft geen naam"),
        ("places: [{name: Politie}, {name: X, about: {a: 1}}]", "'about' van hulplijn 2"),
    ],
)
def test_wrong_shapes_are_named(extra: str, said: str, tmp_path: Path) -> None:
    path = tmp_path / "hulp.yaml"
    path.write_text(GOOD + "\n" + extra + "\n", encoding="utf-8")
    with pytest.raises(GedragenError, match="gedragen-help/1") as caught:
        load_help(path)
    assert said in str(caught.value)


def test_empty_optional_fields_are_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "hulp.yaml"
    path.write_text("format: gedragen-help/1\nplaces:\n  - name: Politie\n    phone:\n    web: 112\n", encoding="utf-8")
    info = load_help(path)
    assert info.title == "Hulp en melden" and info.now == ()
    assert (info.places[0].phone, info.places[0].web, info.places[0].about) == ("", "112", "")


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(GOOD.encode("utf-16"), id="UTF-16"),
        pytest.param((GOOD + "\nplaces: 12\n").encode("utf-8"), id="places is a number"),
    ],
)
def test_screen_shows_built_in_helplines_and_the_problem(raw: bytes, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hulp.yaml"
    path.write_bytes(raw)
    screen = HelpScreen({}, help_path=path)
    qtbot.addWidget(screen)
    assert screen.problem_label is not None
    assert "hulpbestand" in screen.problem_label.text() and "Gedragen zelf" in screen.problem_label.text()
    assert [label.text() for label in screen.place_labels] == [p.about for p in BUILT_IN_HELP.places]


def test_screen_with_a_good_file_shows_no_problem(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = HelpScreen({})
    qtbot.addWidget(screen)
    assert screen.problem_label is None and len(screen.place_labels) == len(BUILT_IN_HELP.places)
