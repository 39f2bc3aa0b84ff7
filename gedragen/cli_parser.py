"""The argument parser of `gedragen`: Dutch help, Dutch usage errors, every subcommand.

Kept apart from `gedragen.cli` so that starting the app (no subcommand) does not load argparse.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys

from gedragen import __version__
from gedragen.cli import VALUE_OPTIONS

# every subcommand and the module that adds it (a module may add several)
COMMANDS = {
    "decks": "gedragen.commands.decks",
    "validate": "gedragen.commands.decks",
    "print": "gedragen.commands.printing",
    "board": "gedragen.commands.printing",
    "sessions": "gedragen.commands.sessions",
    "export": "gedragen.commands.sessions",
    "import": "gedragen.commands.sessions",
    "report": "gedragen.commands.report",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))
EXIT_USAGE = 2


class _DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help in Dutch: 'gebruik:' instead of 'usage:'."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """ArgumentParser with Dutch help headings whose usage errors say one Dutch line and exit 2."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _DutchHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
        # A negative number with a decimal comma ("--offset-x -1,25") is a value, not an unknown option.
        self._negative_number_matcher = re.compile(r"^-\d+([.,]\d*)?$|^-[.,]\d+$")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"gedragen: fout in de opdracht: {dutch_usage_error(message)}\n")


# argparse words its errors in English; these are the ones a user meets, in Dutch.
_USAGE_PATTERNS = (
    (r"^argument (.+?): invalid choice: (.+?) \(choose from (.+)\)$", "bij {0}: {1} kan niet; kies uit {2}"),
    (r"^argument (.+?): invalid (\w+) value: (.+)$", "bij {0}: {2} is geen geldig getal"),
    (r"^argument (.+?): expected one argument$", "{0} heeft een waarde nodig"),
    (r"^argument (.+?): expected at least one argument$", "{0} heeft minstens één waarde nodig"),
    (r"^argument (.+?): ignored explicit argument (.+)$", "{0} neemt geen waarde ({1})"),
    (r"^argument (.+?): not allowed with argument (.+)$", "{0} kan niet samen met {1}"),
    (r"^argument (.+?): (.+)$", "bij {0}: {1}"),
    (r"^the following arguments are required: (.+)$", "dit ontbreekt nog: {0}"),
    (r"^unrecognized arguments: (.+)$", "onbekend: {0}"),
    (r"^ambiguous option: (.+?) could match (.+)$", "{0} is niet eenduidig (bedoel je {1}?)"),
)


def dutch_usage_error(message: str) -> str:
    """argparse's English usage error in Dutch (unknown ones are passed on unchanged)."""
    import re

    for pattern, dutch in _USAGE_PATTERNS:
        found = re.match(pattern, message)
        if found:
            parts = [g.replace("OPDRACHT", "de opdracht") if g == "OPDRACHT" else g for g in found.groups()]
            return dutch.format(*parts)
    return message


def command_word(argv: list[str]) -> str | None:
    """The subcommand a command line names, when only that one's parser is needed (else None).

    None when no known subcommand comes first, or when help or the version is asked before it: then the
    full parser is built, which lists every subcommand and words an unknown one's error.
    """
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-h", "--help", "--version"):
            return None
        if arg in VALUE_OPTIONS:
            i += 2
        elif arg.startswith("-"):
            i += 1
        else:
            return arg if arg in COMMANDS else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand, or with only `command`'s module loaded (a faster start:
    building all of them costs more than running a small command)."""
    parser = _Parser(
        prog="gedragen",
        description="Gedragen gedrag: het gespreksspel over gewenst en ongewenst gedrag op school. "
        "Zonder opdracht start de app.",
        epilog="Meer uitleg per opdracht: gedragen OPDRACHT --help",
    )
    parser.add_argument(
        "--version", action="version", version=f"gedragen {__version__}", help="toon het versienummer en stop"
    )
    parser.add_argument(
        "--data-dir",
        metavar="MAP",
        help="gebruik deze gegevensmap (eigen kaartensets, geschiedenis); ook via GEDRAGEN_HOME",
    )
    parser.add_argument("--lang", choices=("nl", "en"), default=None, help="taal van meldingen (standaard nl)")
    parser.add_argument("--debug", action="store_true", help="toon bij een fout ook de technische details")
    parser.add_argument(
        "--measure-startup",
        action="store_true",
        help="start de app, meet de tijd tot het eerste getekende venster, print de milliseconden en stop",
    )
    sub = parser.add_subparsers(title="opdrachten", dest="command", metavar="OPDRACHT", parser_class=_Parser)
    for name in (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES:
        module = importlib.import_module(name)
        module.add_parser(sub)
    return parser


