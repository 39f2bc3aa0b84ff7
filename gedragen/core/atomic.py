"""Write a file so that it is either wholly new or untouched: temp file in the same folder, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces `path` at once, on any error nothing changes.

    The old file stays intact and no partial file is left behind when writing fails (disk full,
    exception in the caller). Raises OSError when the folder is not writable.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomic(path: str | os.PathLike[str], data: bytes | str, encoding: str = "utf-8") -> None:
    """Write bytes (or text in `encoding`) to `path` atomically."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_writer(path) as handle:
        handle.write(payload)


def write_atomic_with(path: str | os.PathLike[str], produce: Callable[[BinaryIO], None]) -> None:
    """Let `produce(handle)` write the content; replace `path` only if it finished without error."""
    with atomic_writer(path) as handle:
        produce(handle)
