"""The error types of Gedragen; the CLI and UI turn each into one clear line or dialog."""

from __future__ import annotations

from dataclasses import dataclass


class GedragenError(Exception):
    """Base of every error a user can cause and must be told about in one clear line."""


@dataclass(frozen=True)
class DeckProblem:
    """One thing wrong in a deck file, with its place."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class DeckError(GedragenError):
    """A deck file that cannot be used; `problems` lists every mistake found, in file order."""

    def __init__(self, problems: list[DeckProblem] | tuple[DeckProblem, ...]) -> None:
        self.problems: tuple[DeckProblem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def file(self) -> str:
        """File of the first problem."""
        return self.problems[0].file if self.problems else ""

    @property
    def line(self) -> int:
        """Line (1-based) of the first problem."""
        return self.problems[0].line if self.problems else 0

    @property
    def column(self) -> int:
        """Column (1-based) of the first problem."""
        return self.problems[0].column if self.problems else 0


class SessionError(GedragenError):
    """An event that the game rules do not allow, or a session file that cannot be read."""


class StoreError(GedragenError):
    """The session history cannot be read or written."""


class ExportError(GedragenError):
    """A PDF, CSV or JSON file cannot be made or written."""
