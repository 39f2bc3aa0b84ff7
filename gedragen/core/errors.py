"""The error types of Gedragen; the CLI and UI turn each into one clear line or dialog."""

# On the start-up path: named tuples, not dataclasses, and no `from __future__ import annotations`, with which
# a named tuple compiles each field's annotation at import (docs/PERFORMANCE.md, "Start-up").
from typing import NamedTuple, Self


class GedragenError(Exception):
    """Base of every error a user can cause and must be told about in one clear line."""


class DeckProblem(NamedTuple):
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

    @classmethod
    def cannot_write(cls, path: object, exc: OSError) -> Self:
        """The one-line error for a file that could not be written: the file, then the Dutch reason."""
        return cls(f"{path}: kan het bestand niet schrijven: {describe_os_error(exc)}")


_OS_REASONS = {
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "de schijfruimte (quota) is op",
    "EROFS": "deze schijf of map is alleen-lezen",
    "EACCES": "je hebt geen toestemming om hier te schrijven of te lezen",
    "EPERM": "je hebt geen toestemming om hier te schrijven of te lezen",
    "ENOENT": "de map of het bestand bestaat niet",
    "ENOTDIR": "een deel van het pad is geen map",
    "EISDIR": "dit is een map, geen bestand",
    "EBUSY": "het bestand is in gebruik door een ander programma",
    "ETXTBSY": "het bestand is in gebruik door een ander programma",
    "ENAMETOOLONG": "de bestandsnaam is te lang",
    "EIO": "de schijf gaf een leesfout of schrijffout",
    "EEXIST": "het bestand bestaat al",
    "EMFILE": "er staan te veel bestanden tegelijk open",
    "EINVAL": "deze bestandsnaam is hier niet toegestaan",
}


class OutputRefusedError(OSError):
    """An output path that is not written: it exists and is not a regular file, or it is an input."""

    def __init__(self, path: object, reason: str) -> None:
        import errno

        super().__init__(errno.EINVAL, reason, str(path))
        self.path = str(path)
        self.reason = reason  # "not_a_file" or "same_file"

    def dutch(self) -> str:
        """One Dutch phrase: why the file is not written."""
        if self.reason == "same_file":
            return "dit is ook het bestand dat wordt gelezen; kies een andere naam voor het nieuwe bestand"
        return "dit is geen gewoon bestand (maar een apparaat, pijp, snelkoppeling of map); kies een andere naam"


def describe_os_error(exc: OSError) -> str:
    """A short Dutch reason for a file-system error, e.g. 'de schijf is vol' (never the English strerror)."""
    import errno

    dutch = getattr(exc, "dutch", None)
    if callable(dutch):
        return str(dutch())

    name = errno.errorcode.get(exc.errno or -1, "")
    reason = _OS_REASONS.get(name)
    if reason is None:
        reason = f"het besturingssysteem meldt fout {name or exc.errno or type(exc).__name__}"
    return reason
