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


def test_every_subcommand_has_its_module_listed() -> None:
    import argparse

    from gedragen.cli_parser import COMMANDS, build_parser

    full = build_parser()
    sub = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(COMMANDS)


@pytest.mark.parametrize(
    "argv",
    [
        ["print", "po", "-o", "kaarten.pdf", "--size", "bridge", "--offset-x", "-1,25"],
        ["--data-dir", "/stick", "board", "-o", "bord.pdf"],
        ["--lang=en", "validate", "x.yaml"],
        ["decks", "add", "x.yaml"],
        ["sessions"],
        ["export", "abc", "-o", "s.json"],
        ["report", "abc", "-o", "verslag.pdf"],
    ],
)
def test_one_command_parses_as_with_every_command_loaded(argv: list[str]) -> None:
    """Only the named command's module is loaded for a subcommand; what it parses is the same."""
    from gedragen.cli_parser import build_parser, command_word

    word = command_word(argv)
    assert word is not None and word in argv
    one, full = build_parser(word).parse_args(argv), build_parser().parse_args(argv)
    def plain(args: object) -> dict[str, object]:  # functions by name: bound methods differ per parser
        return {k: getattr(v, "__qualname__", v) if callable(v) else v for k, v in vars(args).items()}

    assert plain(one) == plain(full)
    assert one.run is full.run


@pytest.mark.parametrize(
    "argv", [["--help"], ["-h", "print"], ["--version"], ["bestaatniet"], ["--data-dir", "print"], []],
)
def test_help_version_and_unknown_words_get_the_full_parser(argv: list[str]) -> None:
    from gedragen.cli_parser import command_word

    assert command_word(argv) is None


def test_a_subcommands_usage_error_is_the_same_with_one_command_loaded(capsys: pytest.CaptureFixture[str]) -> None:
    from gedragen.cli_parser import build_parser

    outputs = []
    for parser in (build_parser("print"), build_parser()):
        with pytest.raises(SystemExit):
            parser.parse_args(["print", "po", "--size", "enorm", "-o", "x.pdf"])
        outputs.append(capsys.readouterr().err)
    assert outputs[0] == outputs[1] and "kan niet; kies uit" in outputs[0]
