"""Hostile deck files through `gedragen validate`, `gedragen decks add` and `gedragen print`.

tests/core/test_loader_hostile.py proves the loader refuses these; here the user's side is checked:
exit 1, every line in FILE:LINE:COL form (never a traceback), fast, and the own decks untouched.
Hostile SVG icons (external entities, remote images, entity bombs) are printed without reading
anything outside the deck or opening a socket.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hardening_support import cli, snapshot

from gedragen.core.library import DeckLibrary

DATA = Path(__file__).resolve().parents[1] / "core" / "data"
VALID = (DATA / "small.yaml").read_text(encoding="utf-8")
ICON_DECK = (DATA / "icon-deck" / "deck.yaml").read_text(encoding="utf-8")
GUARD_SECONDS = 5.0  # CPU seconds in this process, against a hang or a blow-up only (wall time
# stretches on a loaded machine); real timing goals live in benchmarks/
SECRET = "GEHEIM-WACHTWOORD-7731"


def _bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _sparse(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)


def _icon_link(target: str) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        (folder / "icons").mkdir()
        (folder / "icons" / "ster.svg").symlink_to(target)
        (folder / "deck.yaml").write_text(ICON_DECK, encoding="utf-8")

    return make


def _text(content: str | bytes) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / "deck.yaml").write_bytes(data)

    return make


HOSTILE: dict[str, Callable[[Path], None]] = {
    "object tag": _text(VALID.replace("title: Test", "title: !!python/object/apply:os.system ['touch pwned']")),
    "alias bomb": _text(_bomb()),
    "fifty megabytes": lambda folder: _sparse(folder / "deck.yaml"),
    "deep nesting": _text("[" * 200_000),
    "invalid utf-8": _text(VALID.encode("utf-8").replace(b"Een situatie", b"Een sit\xff\xfeatie")),
    "utf-16": _text(VALID.encode("utf-16")),
    "nul bytes": _text(VALID.replace("Een situatie", "Een\x00situatie")),
    "icon linked to /dev/zero": _icon_link("/dev/zero"),
    "icon outside the folder": _text(ICON_DECK.replace("icons/ster.svg", "../../../../etc/passwd.svg")),
    "icon is an absolute path": _text(ICON_DECK.replace("icons/ster.svg", "/etc/hosts.svg")),
    "empty file": _text(b""),
    "a list instead of a deck": _text("- een\n- twee\n"),
}
PROBLEM_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): \S")


@pytest.mark.parametrize("command", ["validate", "decks add"])
@pytest.mark.parametrize("make", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_deck_is_refused_in_file_line_column_form(
    make: Callable[[Path], None], command: str, data_home: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "kaartenset"
    folder.mkdir()
    make(folder)
    DeckLibrary(data_home).add_file(DATA / "minimal.yaml")
    before = snapshot(data_home)
    started = time.process_time()
    run = cli(capsys, "--data-dir", str(data_home), *command.split(), str(folder / "deck.yaml"))
    seconds = time.process_time() - started
    assert run.code == 1, (run.out, run.err)
    assert "Traceback" not in run.err and run.err_lines
    for line in run.err_lines:
        match = PROBLEM_LINE.match(line)
        assert match and match["file"].endswith("deck.yaml"), line
    assert seconds < GUARD_SECONDS
    assert snapshot(data_home) == before
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_a_bom_is_fine(data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The control case: a UTF-8 BOM (Windows Notepad) is not hostile, the deck is added."""
    path = tmp_path / "kladblok.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert cli(capsys, "--data-dir", str(data_home), "validate", str(path)).code == 0
    assert cli(capsys, "--data-dir", str(data_home), "decks", "add", str(path)).code == 0
    assert [d.id for d in DeckLibrary(data_home).own()] == ["t"]


# --- hostile SVG icons ------------------------------------------------------------------------------


def _svg_external_entity(secret: Path) -> str:
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE svg [<!ENTITY geheim SYSTEM "file://{secret}">]>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        '<rect width="100" height="100"/><text x="5" y="50">&geheim;</text></svg>\n'
    )


def _svg_image(href: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="100" height="100"><rect width="100" height="100"/>'
        f'<image x="0" y="0" width="50" height="50" xlink:href="{href}"/></svg>\n'
    )


def _svg_entity_bomb() -> str:
    entities = '<!ENTITY a "aaaaaaaaaa">'
    for previous, name in zip("abcdefghi", "bcdefghij", strict=True):
        entities += f'<!ENTITY {name} "{("&" + previous + ";") * 10}">'
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE svg [{entities}]>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        '<rect width="100" height="100"/><text x="5" y="50">&j;</text></svg>\n'
    )


@pytest.fixture
def file_and_socket_events() -> Iterator[list[str]]:
    """Files opened and sockets used while the test runs (an audit hook, switched off afterwards)."""
    seen: list[str] = []
    state = {"on": True}

    def hook(event: str, args: tuple[object, ...]) -> None:
        if state["on"] and (event.startswith("socket.") or (event == "open" and SECRET_NAME in str(args[0]))):
            seen.append(f"{event} {args!r}"[:200])

    sys.addaudithook(hook)
    try:
        yield seen
    finally:
        state["on"] = False


SECRET_NAME = "geheim-wachtwoord.txt"


def _printed_text(out: Path) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() or "" for page in PdfReader(out).pages)


def test_text_in_an_icon_does_reach_the_pdf(data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The control case: an icon's own text is findable in the PDF, so the checks below would see a leak."""
    folder = tmp_path / "kaartenset"
    shutil.copytree(DATA / "icon-deck", folder)
    (folder / "icons" / "ster.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        f'<rect width="100" height="100"/><text x="5" y="50">{SECRET}</text></svg>\n',
        encoding="utf-8",
    )
    out = tmp_path / "kaarten.pdf"
    run = cli(capsys, "--data-dir", str(data_home), "print", str(folder / "deck.yaml"), "-o", str(out),
              "--blank", "0", "--no-crop-marks")
    assert run.code == 0, run.err
    assert SECRET in _printed_text(out)


@pytest.mark.parametrize("kind", ["external entity", "remote image", "local file image", "entity bomb"])
def test_a_hostile_svg_icon_reads_nothing_and_calls_nobody(
    kind: str, data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    file_and_socket_events: list[str],
) -> None:
    secret = tmp_path / SECRET_NAME
    secret.write_text(SECRET, encoding="utf-8")
    file_and_socket_events.clear()  # the test's own write of the secret does not count
    folder = tmp_path / "kaartenset"
    shutil.copytree(DATA / "icon-deck", folder)
    svg = {
        "external entity": lambda: _svg_external_entity(secret),
        "remote image": lambda: _svg_image("http://127.0.0.1:9/plaatje.png"),
        "local file image": lambda: _svg_image(f"file://{secret}"),
        "entity bomb": _svg_entity_bomb,
    }[kind]()
    (folder / "icons" / "ster.svg").write_text(svg, encoding="utf-8")
    out = tmp_path / "kaarten.pdf"
    started = time.process_time()
    run = cli(capsys, "--data-dir", str(data_home), "print", str(folder / "deck.yaml"), "-o", str(out),
              "--blank", "0", "--no-crop-marks")
    assert time.process_time() - started < GUARD_SECONDS
    assert "Traceback" not in run.err
    assert run.code in (0, 1), run.err
    if run.code == 1:
        assert len(run.err_lines) == 1 and not out.exists()
    else:
        assert SECRET not in _printed_text(out) and SECRET.encode() not in out.read_bytes()
        assert os.path.getsize(out) < 2 * 1024 * 1024
    assert file_and_socket_events == []
