"""Subcommands (being built); see DESIGN §4."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Nothing registered yet."""
