"""Write a file so that it is either wholly new or untouched: temp file in the same folder, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from gedragen.core.errors import OutputRefusedError


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces `path` at once, on any error nothing changes.

    The old file stays intact and no partial file is left behind when writing fails (disk full,
    exception in the caller). Raises OSError when the folder is not writable.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    old_mode = _existing_mode(target)
    import tempfile  # here, not at the top: the app's start-up never writes a file

    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _about(exc, target) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes 0600 files: give the new file the old file's mode, or the usual one (umask)
        with contextlib.suppress(OSError):
            os.chmod(tmp, old_mode if old_mode is not None else 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _about(exc, target) from None
        raise


def _existing_mode(target: Path) -> int | None:
    """Mode bits of an existing target; a read-only file is refused (a rename would silently replace it).

    Only a regular file is replaced: a device (`/dev/full`), a pipe, a socket or a symbolic link as the
    target is refused, so the rename never swaps a device node or a link for a plain file.
    """
    try:
        info = target.lstat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _about(exc, target) from None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefusedError(target, "not_a_file")
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise PermissionError(errno.EACCES, "bestand is alleen-lezen", str(target))
    return info.st_mode & 0o777


def _about(exc: OSError, target: Path) -> OSError:
    """The same error, but naming the file the user chose instead of our temporary file."""
    if isinstance(exc, OutputRefusedError):
        return exc
    return type(exc)(exc.errno, exc.strerror, str(target)) if exc.errno else exc


def refuse_input_as_output(output: str | os.PathLike[str], *inputs: str | os.PathLike[str] | None) -> None:
    """OutputRefusedError when `output` exists and is (a link to) one of `inputs` or not a regular file.

    Call it before a command starts writing, so `gedragen print deck.yaml -o deck.yaml` never replaces
    the deck with a PDF.
    """
    target = Path(output)
    try:
        info = target.lstat()
    except OSError:
        return  # a new file (or an error the writer words)
    if stat.S_ISDIR(info.st_mode):
        return  # the writer says "dit is een map"
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefusedError(target, "not_a_file")
    for source in inputs:
        if source is None:
            continue
        try:
            if os.path.samefile(target, source):
                raise OutputRefusedError(target, "same_file")
        except OSError as exc:
            if isinstance(exc, OutputRefusedError):
                raise


def _umask() -> int:
    """The process umask (read without changing it where the platform allows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def write_atomic(path: str | os.PathLike[str], data: bytes | str, encoding: str = "utf-8") -> None:
    """Write bytes (or text in `encoding`) to `path` atomically."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_writer(path) as handle:
        handle.write(payload)


def write_atomic_with(path: str | os.PathLike[str], produce: Callable[[BinaryIO], None]) -> None:
    """Let `produce(handle)` write the content; replace `path` only if it finished without error."""
    with atomic_writer(path) as handle:
        produce(handle)
