"""Command line front: `gedragen` starts the app; the subcommands of DESIGN §4 run headless.

Each subcommand lives in a module of `gedragen.commands` that exposes `add_parser(subparsers)`;
the parser it adds sets `run=callable(args) -> int`. Command modules import only argparse at the top,
so `gedragen --help` and the app start stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from gedragen import __version__
from gedragen.core.errors import GedragenError, describe_os_error
from gedragen.core.paths import data_dir

COMMAND_MODULES = (
    "gedragen.commands.decks",
    "gedragen.commands.printing",
    "gedragen.commands.sessions",
    "gedragen.commands.report",
)

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


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


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every subcommand."""
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
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.add_parser(sub)
    return parser


def _resolve(args: argparse.Namespace) -> argparse.Namespace:
    args.data_dir = data_dir(args.data_dir)
    args.lang = args.lang or "nl"
    return args


_APP_FLAGS = ("--debug", "--measure-startup")
_APP_OPTIONS = ("--data-dir", "--lang")


def _app_options(argv: Sequence[str]) -> dict[str, object] | None:
    """The options when the arguments only start the app (no subcommand, no help), else None.

    Starting the app is the common case: it skips argparse and the subcommands entirely (a faster start).
    Anything unusual (a subcommand, --help, a bad --lang) goes through the full parser instead.
    """
    found: dict[str, object] = {"data_dir": None, "lang": None, "debug": False, "measure_startup": False}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _APP_FLAGS:
            found[arg[2:].replace("-", "_")] = True
            i += 1
            continue
        name, eq, value = arg.partition("=")
        if name not in _APP_OPTIONS:
            return None
        if not eq:
            if i + 1 >= len(argv):
                return None
            value = argv[i + 1]
            i += 1
        i += 1
        if not value or (name == "--lang" and value not in ("nl", "en")):
            return None
        found[name[2:].replace("-", "_")] = value
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `gedragen` command; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    app_options = _app_options(arguments)
    if app_options is not None:
        args = _resolve(argparse.Namespace(command=None, **app_options))
    else:
        args = _resolve(build_parser().parse_args(arguments))
    if args.command is None:
        from gedragen.ui.app import run_app

        return run_app(data_dir=Path(args.data_dir), measure_startup=args.measure_startup, debug=args.debug)
    try:
        code = int(args.run(args))
        sys.stdout.flush()  # inside the try: a reader that went away (`| head`) is handled below
        return code
    except BrokenPipeError:
        # the reader of our output stopped early (`gedragen decks | head -1`): not an error to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except GedragenError as exc:
        if args.debug:
            raise
        for line in str(exc).splitlines() or [type(exc).__name__]:
            print(f"gedragen: {line}" if ":" not in line.split(" ")[0] else line, file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("gedragen: afgebroken", file=sys.stderr)
        return 130
    except OSError as exc:
        if args.debug:
            raise
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"gedragen: {where}dit lukt niet: {describe_os_error(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT


def main_gui() -> int:
    """Entry point for the windowed launcher (no console on Windows); takes the same options."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
