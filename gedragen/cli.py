"""Command line front: `gedragen` starts the app; the subcommands of DESIGN §4 run headless.

Each subcommand lives in a module of `gedragen.commands` that exposes `add_parser(subparsers)`;
the parser it adds sets `run=callable(args) -> int`. Command modules import only argparse at the top,
so `gedragen --help` and the app start stay fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from gedragen.core.errors import GedragenError, describe_os_error
from gedragen.core.paths import data_dir

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def _resolve(args: Any) -> Any:
    args.data_dir = data_dir(args.data_dir)
    args.lang = args.lang or "nl"
    return args


_APP_FLAGS = ("--debug", "--measure-startup")
# the global options that take a value (the full parser reads them too: cli_parser.command_word)
VALUE_OPTIONS = ("--data-dir", "--lang")


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
        if name not in VALUE_OPTIONS:
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
        args = _resolve(SimpleNamespace(command=None, **app_options))
    else:
        from gedragen.cli_parser import build_parser, command_word

        args = _resolve(build_parser(command_word(arguments)).parse_args(arguments))
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
