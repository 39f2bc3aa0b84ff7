"""The command-line front: the quick path that starts the app, and the full parser for everything else."""

from __future__ import annotations

import pytest

from gedragen import cli


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {"data_dir": None, "lang": None, "debug": False, "measure_startup": False}),
        (["--data-dir", "/stick/gedragen", "--debug"], {"data_dir": "/stick/gedragen", "lang": None, "debug": True, "measure_startup": False}),
        (["--data-dir=/x", "--lang=en", "--measure-startup"], {"data_dir": "/x", "lang": "en", "debug": False, "measure_startup": True}),
    ],
)
def test_app_start_is_recognised(argv: list[str], expected: dict[str, object]) -> None:
    assert cli._app_options(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [["decks"], ["--help"], ["--version"], ["--lang", "fr"], ["--data-dir"], ["--data-dir="], ["--debug", "validate", "x.yaml"], ["-h"]],
)
def test_everything_else_goes_through_the_full_parser(argv: list[str]) -> None:
    assert cli._app_options(argv) is None


def test_bad_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--lang", "fr"])
    assert info.value.code == 2
    assert "fout in de opdracht" in capsys.readouterr().err


def test_help_is_dutch_and_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: gedragen")
    for command in ("decks", "validate", "print", "board", "sessions", "report", "export", "import"):
        assert command in out


@pytest.mark.parametrize(
    ("argv", "dutch"),
    [
        (["board", "-o", "x.pdf", "--zones", "4"], "bij --zones: 4 kan niet; kies uit 2, 3, 5"),
        (["print"], "dit ontbreekt nog:"),
        (["decks", "--foo"], "onbekend: --foo"),
        (["print", "po", "-o"], "-o/--output heeft een waarde nodig"),
    ],
)
def test_usage_errors_are_dutch(argv: list[str], dutch: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert dutch in err
    for english in ("invalid choice", "required", "unrecognized", "expected one argument"):
        assert english not in err
