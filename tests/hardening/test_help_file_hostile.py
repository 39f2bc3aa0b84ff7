"""The 'Hulp en melden' data file, which a school may edit itself: any broken file is one Dutch message."""

from __future__ import annotations

from pathlib import Path

import pytest

from gedragen.core.errors import GedragenError
from gedragen.ui.common.help_info import help_file, load_help

GOOD = help_file().read_text(encoding="utf-8")


def _bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_the_shipped_file_loads() -> None:
    """The control case: the real file is read, with its helplines."""
    info = load_help()
    assert info.places and all(p.name for p in info.places)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"format: [gedragen-help/1\n", id="not yaml"),
        pytest.param(b"format: !!python/object/apply:os.system ['true']\n", id="object tag"),
        pytest.param(_bomb().encode(), id="alias bomb"),
        pytest.param(b"- een lijst\n- geen hulpbestand\n", id="a list"),
    ],
)
def test_broken_help_file_is_a_gedragen_error(raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "hulp.yaml"
    path.write_bytes(raw)
    with pytest.raises(GedragenError, match="hulpbestand"):
        load_help(path)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(GOOD.replace("Hulp", "H\u00fclp").encode("latin-1", "replace"), id="saved as ANSI"),
        pytest.param(GOOD.encode("utf-16"), id="saved as UTF-16"),
        pytest.param(b"[" * 100_000, id="deep nesting"),
        pytest.param(GOOD.encode("utf-8") + b"\nplaces: 12\n", id="places is a number"),
        pytest.param(GOOD.encode("utf-8") + b"\nnow: 12\n", id="now is a number"),
    ],
)
def test_help_file_saved_wrongly_is_a_gedragen_error(raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "hulp.yaml"
    path.write_bytes(raw)
    with pytest.raises(GedragenError, match="hulpbestand"):
        load_help(path)
