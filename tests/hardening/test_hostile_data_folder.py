"""Hostile files in the data folder, in decks and as output: one Dutch line (or a message in a running app),
within seconds, nothing read unbounded, nothing written over a device, a link or an input.

Every hostile file is made here at run time: FIFOs with os.mkfifo, big files sparse with truncate.
Commands that could hang run as child processes with a timeout, so a regression fails instead of hanging.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import struct
import time
import zlib
from pathlib import Path
from typing import Any

import pytest
from hardening_support import (
    SESSION_ID,
    assert_one_clear_line,
    cli,
    cli_process,
    history_rows,
    record_session,
    session_dict,
    write_json,
)

from gedragen.core.errors import GedragenError
from gedragen.core.library import DeckLibrary
from gedragen.core.paths import history_db

DATA = Path(__file__).resolve().parents[1] / "core" / "data"
VALID = (DATA / "small.yaml").read_text(encoding="utf-8")
GUARD_SECONDS = 5.0  # CPU seconds in this process, against a hang or a blow-up only: a loaded machine
# stretches wall time, not CPU time; a blocking read that takes no CPU meets pytest's timeout instead
HUGE_HEX = "0x" + "f" * 4000

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no named pipes")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")


def listing(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every entry below `folder` by lstat (type, size, mtime): proves nothing changed, without reading a 3 GB file."""
    result = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        result[str(path.relative_to(folder))] = (stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime_ns)
    return result


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def png(width: int, height: int) -> bytes:
    """A PNG of a few hundred bytes that declares `width`×`height` pixels (its pixel data is a stub)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 256))
            + chunk(b"IEND", b""))


# --- deck files in DATA/decks ------------------------------------------------------------------------------


@needs_fifo
@needs_dev_zero
def test_fifo_dev_zero_and_huge_deck_files_do_not_hang_the_deck_list(data_home: Path) -> None:
    decks = data_home / "decks"
    decks.mkdir()
    os.mkfifo(decks / "pijp.yaml")
    (decks / "nul.yaml").symlink_to("/dev/zero")
    sparse(decks / "groot.yaml", 3 * 1024**3)
    (decks / "getal.yaml").write_text(VALID.replace("cards:", f"blank_cards: {HUGE_HEX}\ncards:"), encoding="utf-8")
    before = listing(data_home)
    started = time.perf_counter()
    run = cli_process("decks", data_dir=data_home, timeout=60)
    assert time.perf_counter() - started < 4 * GUARD_SECONDS  # a child Python; a hang would be the 60 s timeout
    assert "Traceback" not in run.err, run.err
    assert run.code == 0 and "vo-mbo" in run.out  # the built-in decks are still there
    lines = {line.split(":", 1)[0].rsplit("/", 1)[-1]: line for line in (run.out + run.err).splitlines() if "[niet" in line}
    assert "dit is geen gewoon bestand" in lines["pijp.yaml"]
    assert "dit is geen gewoon bestand" in lines["nul.yaml"]
    assert "te groot (3072 MB)" in lines["groot.yaml"]
    message = lines["getal.yaml"].split(":9:14: ", 1)[1]
    assert message.startswith("'blank_cards' moet tussen 0 en 100 liggen") and len(message) < 150
    # the cache folder may be made; the decks themselves are untouched
    assert {k: v for k, v in listing(data_home).items() if not k.startswith("cache")} == before


def test_a_huge_hex_number_in_an_own_deck_does_not_stop_the_library(data_home: Path) -> None:
    decks = data_home / "decks"
    decks.mkdir()
    for prefix in ("0x" + "f" * 4000, "0b" + "1" * 20_000, "0" + "7" * 6000, ":".join(["59"] * 3000)):
        (decks / f"d{len(prefix)}.yaml").write_text(VALID.replace("cards:", f"blank_cards: {prefix}\ncards:"),
                                                    encoding="utf-8")
    library = DeckLibrary(data_home, use_cache=False)
    assert {d.id for d in library.builtin()} >= {"vo-mbo", "po"}
    problems = library.problems()
    assert len(problems) == 4
    for error in problems:
        assert len(error.problems) == 1 and "'blank_cards' moet tussen 0 en 100 liggen" in str(error)
        assert len(str(error)) < 250


def test_validate_a_deck_with_a_huge_number_is_one_line(tmp_path: Path, data_home: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "getal.yaml"
    path.write_text(VALID.replace("cards:", f"blank_cards: {HUGE_HEX}\ncards:"), encoding="utf-8")
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(data_home), "validate", str(path)))
    assert line.startswith(f"{path}:9:14: 'blank_cards' moet tussen 0 en 100 liggen, niet 0xfff")
    assert "4300" not in line and len(line) < 200 + len(str(path))


# --- icons ---------------------------------------------------------------------------------------------------


def _icon_deck(folder: Path, icon_name: str, content: bytes | None) -> Path:
    shutil.copytree(DATA / "icon-deck", folder)
    deck = folder / "deck.yaml"
    deck.write_text(deck.read_text(encoding="utf-8").replace("icons/ster.svg", f"icons/{icon_name}"),
                    encoding="utf-8")
    if content is not None:
        (folder / "icons" / icon_name).write_bytes(content)
    return deck


@pytest.mark.parametrize("size", [60000, 12000])
@pytest.mark.parametrize("command", ["validate", "print", "decks add"])
def test_a_png_icon_with_huge_dimensions_is_refused_at_validation(
    size: int, command: str, tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = _icon_deck(tmp_path / "kaartenset", "bom.png", png(size, size))
    assert len(png(size, size)) < 400
    before = listing(data_home)
    out = tmp_path / "kaarten.pdf"
    extra = ("-o", str(out)) if command == "print" else ()
    started = time.process_time()
    run = cli(capsys, "--data-dir", str(data_home), *command.split(), str(deck), *extra)
    assert time.process_time() - started < GUARD_SECONDS
    line = assert_one_clear_line(run)
    assert f"pictogram 'icons/bom.png' van thema 'sport' kan niet worden gebruikt: de afbeelding is te groot " \
           f"({size}×{size} pixels; hoogstens 2048×2048)" in line
    assert "Decompression" not in run.err and not out.exists()
    assert {k: v for k, v in listing(data_home).items() if not k.startswith("cache")} == before


def test_a_sparse_three_gigabyte_icon_is_never_copied(tmp_path: Path, data_home: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    deck = _icon_deck(tmp_path / "kaartenset", "groot.png", None)
    sparse(deck.parent / "icons" / "groot.png", 3 * 1024**3)
    before = listing(data_home)
    started = time.process_time()
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(data_home), "decks", "add", str(deck)))
    assert time.process_time() - started < GUARD_SECONDS
    assert "het bestand is te groot (3072 MB; hoogstens 2 MB)" in line and "thema 'sport'" in line
    assert listing(data_home) == before


SECRET = "GEHEIM-UIT-EEN-ANDERE-MAP-4411"


def _svg(body: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" '
        f'height="100"><rect width="100" height="100"/>{body}</svg>\n'
    ).encode()


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ('<image x="0" y="0" width="50" height="50" xlink:href="../../geheim/x.png"/>', "../../geheim/x.png"),
        ('<use xlink:href="../../geheim/y.svg#g"/>', "../../geheim/y.svg#g"),
        ('<use href="../../geheim/y.svg#g"/>', "../../geheim/y.svg#g"),
        ('<rect width="9" height="9" fill="url(../../geheim/y.svg#p)"/>', "../../geheim/y.svg#p"),
        ('<image width="5" height="5" xlink:href="data:image/png;base64,iVBORw0KGgo="/>', "data:image/png;base64"),
    ],
    ids=["image", "use-xlink", "use-href", "css-url", "data-uri"],
)
def test_an_svg_icon_that_pulls_in_other_files_is_refused(
    body: str, shown: str, tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret_dir = tmp_path / "geheim"
    secret_dir.mkdir()
    (secret_dir / "x.png").write_bytes(png(8, 8))
    (secret_dir / "y.svg").write_bytes(_svg(f'<g id="g"><text x="5" y="50">{SECRET}</text></g>'))
    deck = _icon_deck(tmp_path / "kaartenset", "ster.svg", _svg(body))
    out = tmp_path / "kaarten.pdf"
    for command in (("validate", str(deck)), ("print", str(deck), "-o", str(out)), ("decks", "add", str(deck))):
        line = assert_one_clear_line(cli(capsys, "--data-dir", str(data_home), *command))
        assert "van thema 'sport' kan niet worden gebruikt: de SVG verwijst naar een ander bestand" in line
        assert shown in line
    assert not out.exists() and DeckLibrary(data_home).own() == []


def test_an_svg_with_internal_references_still_prints(tmp_path: Path, data_home: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The control case: `#id` references inside the icon are fine."""
    deck = _icon_deck(tmp_path / "kaartenset", "ster.svg", _svg(
        '<defs><g id="g"><rect width="20" height="20"/></g></defs><use xlink:href="#g"/>'
        '<rect width="9" height="9" fill="url(#g)"/>'))
    out = tmp_path / "kaarten.pdf"
    run = cli(capsys, "--data-dir", str(data_home), "print", str(deck), "-o", str(out), "--blank", "0")
    assert run.code == 0 and out.exists(), run.err


def test_icon_libraries_print_no_english_on_stderr(tmp_path: Path, data_home: Path) -> None:
    """svglib logs 'Can't handle color' and raises with English text; the user sees one Dutch line."""
    deck = _icon_deck(tmp_path / "kaartenset", "ster.svg", _svg(
        '<rect width="10" height="10" fill="bogus(1)"/><circle r="x"/>'))
    run = cli_process("print", str(deck), "-o", str(tmp_path / "k.pdf"), data_dir=data_home)
    line = assert_one_clear_line(run)
    assert "Can't" not in run.err and "handle" not in run.err and "length" not in run.err
    assert "thema 'sport'" in line and "geen bruikbare SVG- of PNG-afbeelding" in line


# --- settings, help file ----------------------------------------------------------------------------------


@needs_fifo
def test_settings_file_as_a_fifo_does_not_hang_the_start(data_home: Path) -> None:
    os.mkfifo(data_home / "settings.ini")
    before = listing(data_home)
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from gedragen.ui.common.settings import Settings; "
        "s = Settings(Path(sys.argv[1])); s.set('session/cards_per_round', 8); s.sync(); "
        "print(s.get('session/cards_per_round'), s.get('ui/language')); print(s.problem)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(data_home)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first == "8 nl"
    assert second.endswith("settings.ini: dit is geen gewoon bestand (maar een map, apparaat of pijp). "
                           "Gedragen gebruikt de standaardinstellingen en bewaart je keuzes deze keer niet.")
    assert listing(data_home) == before


@pytest.mark.parametrize(
    "value", ["999999999999999999999999", "-5", "61", "1e400", "9" * 5000, "nan"],
)
def test_out_of_range_settings_give_the_default_and_new_session_opens(qtbot, data_home: Path, value: str) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.session_helpers import open_main_window

    (data_home / "settings.ini").write_text(
        f"[session]\ncards_per_round={value}\ntimer_minutes={value}\n", encoding="utf-8"
    )
    window = open_main_window(qtbot, data_home)
    assert window.settings.get("session/cards_per_round") == 6
    assert window.settings.get("session/timer_minutes") == 0
    window.show_setup()
    setup = window._pages["setup"]
    assert window.stack.currentWidget() is setup and setup.cards_spin.value() == 6


@pytest.mark.parametrize(("size", "reason"), [
    (1024 * 1024, "het bestand is te groot (1 MB; hoogstens 0.2 MB)."),
    (100 * 1024, "het gebruikt ankers en aliassen (&naam, *naam); schrijf de tekst uit."),
])
def test_help_file_with_an_aliased_big_string_is_refused_fast(tmp_path: Path, size: int, reason: str) -> None:
    from gedragen.ui.common.help_info import load_help

    path = tmp_path / "hulp-en-melden.yaml"
    aliases = "\n".join("  - *groot" for _ in range(500))
    path.write_text(f"format: gedragen-help/1\ntitle: &groot {'x' * size}\nnow:\n{aliases}\n", encoding="utf-8")
    started = time.process_time()
    with pytest.raises(GedragenError) as info:
        load_help(path)
    assert time.process_time() - started < GUARD_SECONDS
    assert str(info.value) == f"Het hulpbestand {path} kan niet worden gelezen: {reason}"


@needs_fifo
@needs_dev_zero
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "sparse"])
def test_help_file_that_is_no_regular_small_file_is_refused(tmp_path: Path, kind: str) -> None:
    from gedragen.ui.common.help_info import load_help

    path = tmp_path / "hulp-en-melden.yaml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        sparse(path, 3 * 1024**3)
    started = time.process_time()
    with pytest.raises(GedragenError, match=r"hulpbestand .* kan niet worden gelezen: (dit is geen gewoon|het bestand is te groot)"):
        load_help(path)
    assert time.process_time() - started < GUARD_SECONDS


def test_help_file_syntax_error_is_one_dutch_line(tmp_path: Path) -> None:
    from gedragen.ui.common.help_info import load_help

    path = tmp_path / "hulp-en-melden.yaml"
    path.write_text("format: gedragen-help/1\ntitle: [kapot\n", encoding="utf-8")
    with pytest.raises(GedragenError) as info:
        load_help(path)
    assert str(info.value).endswith("kan niet worden gelezen: het is geen geldige YAML (regel 3).")


# --- sessions: import, the history's event_count, long values ---------------------------------------------


@pytest.fixture
def recorded_home(data_home: Path) -> Path:
    record_session(data_home)
    return data_home


@needs_fifo
@needs_dev_zero
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "sparse"])
@pytest.mark.parametrize("command", ["import", "report"])
def test_session_file_that_is_no_regular_small_file(recorded_home: Path, tmp_path: Path, kind: str,
                                                     command: str) -> None:
    path = tmp_path / "sessie.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        sparse(path, 3 * 1024**3)
    before = listing(recorded_home)
    argv = ("import", str(path)) if command == "import" else ("report", str(path), "-o", str(tmp_path / "v.pdf"))
    started = time.perf_counter()
    run = cli_process(*argv, data_dir=recorded_home, timeout=60)
    assert time.perf_counter() - started < 4 * GUARD_SECONDS
    line = assert_one_clear_line(run)
    assert line.startswith(f"gedragen: {path}: ") or line.startswith(f"{path}: "), line
    assert listing(recorded_home) == before


def test_a_session_file_without_analysis_imports(recorded_home: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    data = session_dict(recorded_home)
    data["id"] = "zonder-analyse"
    del data["analysis"]
    run = cli(capsys, "--data-dir", str(recorded_home), "import", str(write_json(tmp_path / "s.json", data)))
    assert run.code == 0, run.err
    assert "zonder-analyse" in dict(history_rows(recorded_home))


def test_custom_cards_without_the_eigen_prefix_import(recorded_home: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    text = json.dumps(session_dict(recorded_home))
    assert text.count('"eigen-1"') >= 2
    data = json.loads(text.replace('"eigen-1"', '"klas-2b-situatie"'))
    data["id"] = "andere-ids"
    run = cli(capsys, "--data-dir", str(recorded_home), "import", str(write_json(tmp_path / "s.json", data)))
    assert run.code == 0, run.err
    from gedragen.store import History

    with History(recorded_home) as history:
        state = history.state("andere-ids")
    assert state.custom_card("klas-2b-situatie") is not None


def test_a_custom_card_id_that_clashes_with_the_deck_is_refused(recorded_home: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = session_dict(recorded_home)
    deck_card = data["rounds"][0]["cards"][0]
    text = json.dumps(data).replace('"eigen-1"', json.dumps(deck_card + "-x"))
    data = json.loads(text)
    data["custom_cards"][0]["id"] = deck_card
    data["id"] = "botsing"
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(recorded_home), "import",
                                     str(write_json(tmp_path / "s.json", data))))
    assert f"Eigen situatie '{deck_card}' heeft dezelfde id als een kaart van kaartenset 'vo-mbo'." in line


@pytest.mark.parametrize("field", ["custom card theme", "card", "format", "unknown key"])
def test_a_ten_megabyte_value_is_echoed_at_most_80_characters(recorded_home: Path, tmp_path: Path, field: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    data = session_dict(recorded_home)
    data["id"] = "lang"
    value = "x" * (10 * 1024 * 1024)
    if field == "custom card theme":
        data["custom_cards"][0]["theme"] = value
    elif field == "card":
        data["rounds"][0]["cards"][0] = value
    elif field == "format":
        data["format"] = value
    else:
        data[value] = 1
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(recorded_home), "import",
                                     str(write_json(tmp_path / "s.json", data))))
    assert "x" * 79 in line and "x" * 81 not in line and len(line) < 400, len(line)


@pytest.mark.parametrize("value", ["veel", b"\x00\x01", 2.5, -3])
@pytest.mark.parametrize("command", ["sessions", "export", "report"])
def test_a_history_whose_event_count_is_not_a_number(recorded_home: Path, tmp_path: Path, value: Any,
                                                      command: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = sqlite3.connect(history_db(recorded_home))
    try:
        # the column is declared INTEGER NOT NULL; a hand-edited or foreign file can still hold anything
        db.execute("UPDATE sessions SET event_count = ?", (value,))
        db.commit()
    finally:
        db.close()
    before = listing(recorded_home)
    argv = {
        "sessions": ("sessions",),
        "export": ("export", SESSION_ID, "-o", str(tmp_path / "s.json")),
        "report": ("report", SESSION_ID, "-o", str(tmp_path / "v.pdf")),
    }[command]
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(recorded_home), *argv))
    assert "is beschadigd: sessie 'hard-2026-11-23-a' heeft geen geldig aantal stappen" in line
    assert listing(recorded_home) == before


# --- output files -------------------------------------------------------------------------------------------


can_mknod = pytest.mark.skipif(
    not hasattr(os, "mknod") or os.geteuid() != 0, reason="making a device node needs root (as in CI)"
)


def _device(tmp_path: Path, name: str, minor: int) -> Path:
    """A character device node like /dev/null (minor 3) or /dev/full (minor 7), but in tmp_path.

    Never the real /dev/null or /dev/full: should the check ever regress, only this copy is replaced.
    """
    path = tmp_path / name
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    return path


def _special_target(tmp_path: Path, kind: str) -> Path:
    if kind == "fifo":
        os.mkfifo(tmp_path / "uit")
        return tmp_path / "uit"
    if kind == "symlink":
        (tmp_path / "echt.txt").write_text("blijft staan", encoding="utf-8")
        (tmp_path / "uit").symlink_to(tmp_path / "echt.txt")
        return tmp_path / "uit"
    if kind == "dangling symlink":
        (tmp_path / "uit").symlink_to(tmp_path / "nergens.txt")
        return tmp_path / "uit"
    assert kind == "device"
    return _device(tmp_path, "null", 3)


@needs_fifo
@pytest.mark.parametrize("kind", ["fifo", "symlink", "dangling symlink", pytest.param("device", marks=can_mknod)])
@pytest.mark.parametrize("command", ["export-json", "export-csv", "report", "board", "print"])
def test_an_output_that_is_not_a_regular_file_is_refused(recorded_home: Path, tmp_path: Path, kind: str,
                                                          command: str, capsys: pytest.CaptureFixture[str]) -> None:
    target = _special_target(tmp_path, kind)
    before_target = target.lstat()
    argv = {
        "export-json": ("export", SESSION_ID, "--format", "json", "-o", str(target)),
        "export-csv": ("export", SESSION_ID, "--format", "csv", "-o", str(target)),
        "report": ("report", SESSION_ID, "-o", str(target)),
        "board": ("board", "-o", str(target)),
        "print": ("print", "vo-mbo", "-o", str(target)),
    }[command]
    started = time.process_time()
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(recorded_home), *argv))
    assert time.process_time() - started < GUARD_SECONDS
    assert "dit is geen gewoon bestand (maar een apparaat, pijp, snelkoppeling of map)" in line
    after = target.lstat()
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before_target.st_mode), before_target.st_ino)
    if kind == "symlink":
        assert (tmp_path / "echt.txt").read_text(encoding="utf-8") == "blijft staan"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


@can_mknod
def test_export_to_a_full_device_keeps_the_device(recorded_home: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`-o /dev/full` as root: the device node stays a device node (a copy of it here, not the real one)."""
    full = _device(tmp_path, "full", 7)
    before = os.lstat(full)
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(recorded_home), "export", SESSION_ID,
                                     "--format", "json", "-o", str(full)))
    assert line.startswith(f"{full}: kan het bestand niet schrijven: dit is geen gewoon bestand")
    after = os.lstat(full)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino


def test_print_a_deck_onto_itself_is_refused(tmp_path: Path, data_home: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text(VALID, encoding="utf-8")
    link = tmp_path / "ook-deck.yaml"
    os.link(deck, link)
    for out in (deck, link):
        line = assert_one_clear_line(cli(capsys, "--data-dir", str(data_home), "print", str(deck), "-o", str(out)))
        assert line == f"{out}: kan het bestand niet schrijven: dit is ook het bestand dat wordt gelezen; " \
                       "kies een andere naam voor het nieuwe bestand"
    assert deck.read_text(encoding="utf-8") == VALID


def test_report_from_a_session_file_onto_itself_is_refused(recorded_home: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = write_json(tmp_path / "sessie.json", session_dict(recorded_home))
    before = path.read_bytes()
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(recorded_home), "report", str(path),
                                     "--part", "protocol", "-o", str(path)))
    assert "dit is ook het bestand dat wordt gelezen" in line and path.read_bytes() == before


@pytest.mark.parametrize("command", ["export", "report"])
def test_writing_over_the_history_is_refused(recorded_home: Path, command: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = history_db(recorded_home)
    before = db.read_bytes()
    argv = ("export", SESSION_ID, "--format", "json") if command == "export" else ("report", SESSION_ID)
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(recorded_home), *argv, "-o", str(db)))
    assert "dit is ook het bestand dat wordt gelezen" in line and db.read_bytes() == before


# --- other files of the data folder the app opens --------------------------------------------------------


class FifoGuard:
    """Opens the FIFO for writing after `seconds` if the code under test is still blocked on it.

    So a regression fails the test (`rescued` is True) instead of hanging the whole suite.
    """

    def __init__(self, path: Path, seconds: float = GUARD_SECONDS) -> None:
        import threading

        self.path = path
        self.rescued = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, args=(seconds,), daemon=True)

    def _watch(self, seconds: float) -> None:
        if self._done.wait(seconds):
            return
        self.rescued = True
        try:
            # O_RDWR on a FIFO never blocks and releases both a blocked reader and a blocked writer
            fd = os.open(self.path, os.O_RDWR | os.O_NONBLOCK)
        except OSError:
            return
        os.close(fd)

    def __enter__(self) -> FifoGuard:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


@needs_fifo
def test_print_options_file_as_a_fifo_does_not_hang_the_print_dialog(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.decks.print_dialog import LEGACY_OPTIONS_FILE, PrintDialog

    os.mkfifo(data_home / LEGACY_OPTIONS_FILE)
    with FifoGuard(data_home / LEGACY_OPTIONS_FILE) as guard:
        dialog = PrintDialog(None, DeckLibrary(data_home), data_home, deck_id="vo-mbo")
        qtbot.addWidget(dialog)
    assert not guard.rescued
    assert stat.S_ISFIFO((data_home / LEGACY_OPTIONS_FILE).lstat().st_mode)


@needs_fifo
def test_log_file_as_a_fifo_does_not_hang_the_error_report(qtbot, data_home: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from gedragen.ui.app import ErrorReporter

    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda _p, _t, text: shown.append(text))
    os.mkfifo(data_home / "gedragen.log")
    reporter = ErrorReporter(data_home, debug=False)
    with FifoGuard(data_home / "gedragen.log") as guard:
        try:
            raise RuntimeError("kapot")
        except RuntimeError as exc:
            reporter.handle(RuntimeError, exc, exc.__traceback__)
    assert not guard.rescued and len(shown) == 1
    assert stat.S_ISFIFO((data_home / "gedragen.log").lstat().st_mode)


@needs_fifo
@pytest.mark.parametrize("kind", ["settings fifo", "help fifo", "help aliases", "settings hex escape"])
def test_the_parent_letter_reads_the_data_folder_bounded(recorded_home: Path, tmp_path: Path, kind: str) -> None:
    """`report --part parents` reads settings.ini and the school's own help file from the data folder."""
    if kind == "settings fifo":
        os.mkfifo(recorded_home / "settings.ini")
    elif kind == "help fifo":
        os.mkfifo(recorded_home / "hulp-en-melden.yaml")
    elif kind == "help aliases":
        aliases = "\n".join("  - *groot" for _ in range(500))
        (recorded_home / "hulp-en-melden.yaml").write_text(
            f"format: gedragen-help/1\ntitle: &groot {'x' * 100_000}\nnow:\n{aliases}\n", encoding="utf-8")
    else:
        (recorded_home / "settings.ini").write_text("[school]\nname=Het \\x" + "f" * 5000 + "\n", encoding="utf-8")
    before = listing(recorded_home)
    out = tmp_path / "brief.docx"
    started = time.process_time()
    run = cli_process("report", SESSION_ID, "--part", "parents", "-o", str(out), data_dir=recorded_home, timeout=60)
    assert time.process_time() - started < 6 * GUARD_SECONDS  # a child Python writing a Word file
    assert "Traceback" not in run.err, run.err
    if kind == "help aliases":
        line = assert_one_clear_line(run)
        assert "het gebruikt ankers en aliassen" in line and not out.exists()
    else:  # a pipe as the own help file is passed over: the shipped file is used
        assert run.code == 0, run.err
        assert out.exists()
    assert listing(recorded_home) == before
