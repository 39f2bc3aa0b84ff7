"""Every subcommand with bad arguments or bad files: exit 1 or 2, one clear line, never a Python traceback."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hardening_support import SESSION_ID, assert_one_clear_line, cli, cli_process, record_session

from gedragen.core.paths import history_db

DATA = Path(__file__).resolve().parents[1] / "core" / "data"

# {tmp}: a fresh folder, {dir}: an existing folder, {file}: a plain text file, {deck}: a valid deck file,
# {json}: a file that is not a session, {long}: a file name longer than any filesystem allows.
BAD_CALLS: dict[str, object] = {
    "unknown command": (["spelen"], 2),
    "unknown option": (["decks", "--kleur", "rood"], 2),
    "bad language": (["--lang", "fr", "decks"], 2),
    "decks add without a file": (["decks", "add"], 2),
    "decks add a missing file": (["decks", "add", "{tmp}/weg.yaml"], 1),
    "decks add a folder": (["decks", "add", "{dir}"], 1),
    "decks add a text file": (["decks", "add", "{file}"], 1),
    "decks add both clash options": (["decks", "add", "{deck}", "--replace", "--rename"], 2),
    "validate without a file": (["validate"], 2),
    "validate a missing file": (["validate", "{tmp}/weg.yaml"], 1),
    "validate a folder": (["validate", "{dir}"], 1),
    "print without output": (["print", "vo-mbo"], 2),
    "print an unknown deck": (["print", "vo-mbbo", "-o", "{tmp}/k.pdf"], 1),
    "print a missing deck file": (["print", "{tmp}/weg.yaml", "-o", "{tmp}/k.pdf"], 1),
    "print a text file as deck": (["print", "{file}", "-o", "{tmp}/k.pdf"], 1),
    "print without a deck": (["print", "-o", "{tmp}/k.pdf"], 1),
    "print a bleed that is no number": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--bleed", "veel"], 2),
    "print a bleed too large": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--bleed", "9"], 1),
    "print a negative bleed": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--bleed=-1"], 1),
    "print a bleed of nan": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--bleed", "nan"], 1),
    "print an offset of inf": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--offset-x", "inf"], 1),
    "print an offset of nan": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--offset-y", "nan"], 1),
    "print a huge offset": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--offset-x", "1e300"], 1),
    "print negative blanks": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--blank=-3"], 1),
    "print a million blanks": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--blank", "1000000"], 1),
    "print blanks not a number": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--blank", "zes"], 2),
    "print an unknown theme": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--theme", "sport"], 1),
    "print an unknown kind": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--kind", "ouders"], 1),
    "print an unknown size": (["print", "vo-mbo", "-o", "{tmp}/k.pdf", "--size", "xxl"], 2),
    "print into a folder": (["print", "vo-mbo", "-o", "{dir}", "--theme", "pesten"], 1),
    "print to a name that is too long": (["print", "vo-mbo", "-o", "{long}", "--theme", "pesten"], 1),
    "board with 4 zones": (["board", "-o", "{tmp}/b.pdf", "--zones", "4"], 2),
    "board into a missing folder": (["board", "-o", "{tmp}/weg/b.pdf"], 1),
    "board into a folder": (["board", "-o", "{dir}"], 1),
    "export an unknown session": (["export", "bestaat-niet", "-o", "{tmp}/s.csv"], 1),
    "export an ambiguous prefix": (["export", "", "-o", "{tmp}/s.csv"], 1),
    "export without a format": (["export", SESSION_ID, "-o", "{tmp}/s.txt"], 2),
    "export into a folder": (["export", SESSION_ID, "-o", "{dir}", "--format", "csv"], 1),
    "export to a name that is too long": (["export", SESSION_ID, "-o", "{long}", "--format", "json"], 1),
    "import a missing file": (["import", "{tmp}/weg.json"], 1),
    "import a folder": (["import", "{dir}"], 1),
    "import a text file": (["import", "{file}"], 1),
    "import a deck file": (["import", "{deck}"], 1),
    "report an unknown session": (["report", "bestaat-niet", "-o", "{tmp}/r.pdf"], 1),
    "report a missing session file": (["report", "{tmp}/weg.json", "-o", "{tmp}/r.pdf"], 1),
    "report a file that is not a session": (["report", "{json}", "-o", "{tmp}/r.pdf"], 1),
    "report the full report as markdown": (["report", SESSION_ID, "-o", "{tmp}/r.md"], 1),
    "report an unknown part": (["report", SESSION_ID, "-o", "{tmp}/r.pdf", "--part", "alles"], 2),
    "report the full report on a3": (["report", SESSION_ID, "-o", "{tmp}/r.pdf", "--paper", "a3"], 1),
    "report into a folder": (["report", SESSION_ID, "-o", "{dir}", "--part", "poster"], 1),
    "report to a name that is too long": (["report", SESSION_ID, "-o", "{long}", "--part", "poster"], 1),
}


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with one recorded session."""
    folder = tmp_path_factory.mktemp("recorded")
    record_session(folder)
    return folder


def _argv(args: list[str], tmp_path: Path) -> list[str]:
    folder = tmp_path / "map"
    folder.mkdir(exist_ok=True)
    text = tmp_path / "notities.txt"
    text.write_text("Boodschappen: melk, brood.\n", encoding="utf-8")
    not_session = tmp_path / "ander.json"
    not_session.write_text('{"naam": "geen sessie"}', encoding="utf-8")
    values = {
        "{tmp}": str(tmp_path),
        "{dir}": str(folder),
        "{file}": str(text),
        "{deck}": str(DATA / "small.yaml"),
        "{json}": str(not_session),
        "{long}": str(tmp_path / ("k" * 300 + ".pdf")),
    }
    result = []
    for arg in args:
        for key, value in values.items():
            arg = arg.replace(key, value)
        result.append(arg)
    return result


def _as_param(name: str, value: object) -> object:
    marks = getattr(value, "marks", ())
    values = getattr(value, "values", value)
    return pytest.param(*values, marks=marks, id=name)


@pytest.mark.parametrize(("args", "code"), [_as_param(k, v) for k, v in BAD_CALLS.items()])
def test_bad_call_exits_with_one_clear_line(
    args: list[str], code: int, recorded: Path, data_home: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shutil.copy(history_db(recorded), history_db(data_home))
    run = cli(capsys, "--data-dir", str(data_home), *_argv(args, tmp_path))
    assert run.code == code, (run.code, run.out, run.err)
    assert "Traceback" not in run.err
    if code == 2:
        # argparse prints the usage line first, then one Dutch line saying what is wrong
        assert run.err_lines[-1].startswith("gedragen: fout in de opdracht") or "fout in de opdracht" in run.err
    elif len(run.err_lines) > 1:
        # a deck file: every problem at once, each on its own line as FILE:LINE:COL: message
        assert all(re.match(r"^.+:\d+:\d+: \S", line) for line in run.err_lines), run.err_lines
    else:
        assert_one_clear_line(run)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(
    "data_dir_kind", ["a file", "a folder inside a file", "a device"]
)
@pytest.mark.parametrize("command", [["decks", "add", "{deck}"], ["sessions"], ["import", "{json}"]])
def test_an_unusable_data_folder_is_one_clear_line(
    data_dir_kind: str, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("ik ben een bestand", encoding="utf-8")
    data_dir = {
        "a file": blocker,
        "a folder inside a file": blocker / "gedragen",
        "a device": Path("/dev/null"),
    }[data_dir_kind]
    run = cli(capsys, "--data-dir", str(data_dir), *_argv(command, tmp_path))
    if command == ["sessions"] and run.code == 0:
        # there is no history there, and listing creates nothing
        assert "nog geen sessies" in run.out
        return
    assert_one_clear_line(run)
    assert blocker.read_text(encoding="utf-8") == "ik ben een bestand"


def test_the_real_entry_point_prints_no_traceback(tmp_path: Path) -> None:
    """One bad call per command through `python -m gedragen`, so nothing in-process can hide a crash."""
    for args in (
        ["validate", str(tmp_path / "weg.yaml")],
        ["print", "vo-mbbo", "-o", str(tmp_path / "k.pdf")],
        ["import", str(DATA / "small.yaml")],
        ["report", "weg", "-o", str(tmp_path / "r.pdf")],
    ):
        run = cli_process(*args, data_dir=tmp_path / "home")
        assert_one_clear_line(run)


def test_debug_shows_the_technical_details(tmp_path: Path) -> None:
    """--debug is the one way to see a traceback, for whoever helps the user."""
    run = cli_process("--debug", "import", str(DATA / "small.yaml"), data_dir=tmp_path / "home")
    assert run.code != 0
    assert "Traceback" in run.err and "SessionError" in run.err


def test_output_into_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    """`gedragen decks | head -1`: the reader stops early; that is no error worth a message."""
    import subprocess
    import sys

    from hardening_support import REPO

    child = subprocess.Popen(
        [sys.executable, "-m", "gedragen", "--data-dir", str(tmp_path / "home"), "decks"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader is gone before the first line
    err = child.stderr.read().decode("utf-8", "replace")
    child.wait(timeout=60)
    assert "Traceback" not in err
    assert not re.search(r"EPIPE|Broken pipe|Exception ignored", err), err
