"""Entry script for the PyInstaller build: the same `gedragen` command, app and subcommands."""

import sys

from gedragen.cli import main

if __name__ == "__main__":
    sys.exit(main())
