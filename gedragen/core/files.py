"""Reading files the user or the data folder supplies: only regular files, size checked before, reading bounded.

A FIFO would hang a plain `read_bytes()`, a link to `/dev/zero` would read until memory runs out and a
sparse 3 GB file would be read whole before anyone says "te groot". `read_bounded` refuses all three
without reading more than `limit + 1` bytes.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

MAX_DECK_BYTES = 2 * 1024 * 1024  # a deck file
MAX_ICON_BYTES = 2 * 1024 * 1024  # an own icon file (SVG or PNG)


class UnsafeFileError(OSError):
    """A file that is not read: not a regular file, or bigger than the limit (`size` in bytes)."""

    def __init__(self, path: str | os.PathLike[str], reason: str, size: int = 0, limit: int = 0) -> None:
        super().__init__(errno.EINVAL, reason, str(path))
        self.path = str(path)
        self.reason = reason  # "not_a_file" or "too_big"
        self.size = size
        self.limit = limit

    def dutch(self) -> str:
        """One Dutch phrase: what is wrong with the file (without its name)."""
        if self.reason == "not_a_file":
            return "dit is geen gewoon bestand (maar een map, apparaat of pijp)"
        return f"het bestand is te groot ({megabytes(self.size)}; hoogstens {megabytes(self.limit)})"


def megabytes(size: int) -> str:
    """A size in MB for a message: '2 MB', '0.5 MB', '3072 MB'."""
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; UnsafeFileError or OSError otherwise.

    The file is opened non-blocking (a FIFO cannot hang the open), checked with fstat (only regular
    files, size at most `limit`) and read up to `limit + 1` bytes, so a file that grows while it is
    read is still refused.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFileError(path, "not_a_file")
        if info.st_size > limit:
            raise UnsafeFileError(path, "too_big", info.st_size, limit)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise UnsafeFileError(path, "too_big", size, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def regular_file_problem(path: Path, limit: int) -> UnsafeFileError | None:
    """Why the file at `path` (links followed) may not be read, or None when it is a small regular file.

    A missing file is no problem here (the caller sees that when it reads).
    """
    try:
        info = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return UnsafeFileError(path, "not_a_file")
    if info.st_size > limit:
        return UnsafeFileError(path, "too_big", info.st_size, limit)
    return None
