"""`gedragen decks`, `gedragen decks add` and `gedragen validate` through the real command line front."""

from __future__ import annotations

from pathlib import Path

import pytest

from gedragen import resources
from gedragen.cli import main

DATA = Path(__file__).resolve().parent.parent / "core" / "data"


@pytest.fixture
def fixture_builtins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two small fixture decks stand in for the built-in decks."""
    monkeypatch.setattr(resources, "builtin_decks_dir", lambda: DATA / "builtin")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], list[str]]:
    """Exit code, stdout lines and stderr lines of one `gedragen` call."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_validate_builtin_decks(capsys: pytest.CaptureFixture[str], repo_root: Path) -> None:
    files = sorted(str(p) for p in (repo_root / "decks").glob("*.yaml"))
    code, out, err = run(capsys, "validate", *files)
    assert (code, err) == (0, [])
    assert [line.split(": in orde (")[0] for line in out] == files


def test_validate_reports_every_problem(capsys: pytest.CaptureFixture[str]) -> None:
    bad = str(DATA / "three-mistakes.yaml")
    good = str(DATA / "minimal.yaml")
    code, out, err = run(capsys, "validate", good, bad)
    assert code == 1
    assert out == [f"{good}: in orde (3 kaarten)"]
    assert err == [
        f"{bad}:3:1: onbekende sleutel 'titel' (bedoelde je 'title'?)",
        f"{bad}:11:12: onbekend thema 'pestn' (bedoelde je 'pesten'?)",
        f"{bad}:18:5: onbekende sleutel 'vragen' (bedoelde je 'questions'?)",
    ]


def test_validate_in_english(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = str(tmp_path / "weg.yaml")
    code, out, err = run(capsys, "--lang", "en", "validate", str(DATA / "small.yaml"), missing)
    assert code == 1
    assert out == [f"{DATA / 'small.yaml'}: OK (1 card)"]
    assert err == [f"{missing}:1:1: file not found"]


def test_validate_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2


def test_decks_lists_builtin_and_own(capsys: pytest.CaptureFixture[str], data_home: Path,
                                     fixture_builtins: None) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_home), "decks")
    assert (code, err) == (0, [])
    assert out == [
        "alpha  Kaartenset alpha  (1 kaart, ingebouwd)",
        "beta   Kaartenset beta  (2 kaarten, ingebouwd)",
    ]


def test_decks_add_then_listed(capsys: pytest.CaptureFixture[str], data_home: Path, fixture_builtins: None) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_home), "decks", "add", str(DATA / "minimal.yaml"))
    assert (code, err) == (0, [])
    assert out == ["Kaartenset 'test-mini' (Testset, 3 kaarten) is toegevoegd aan de eigen kaartensets."]
    assert (data_home / "decks" / "test-mini.yaml").is_file()
    code, out, _ = run(capsys, "--data-dir", str(data_home), "decks")
    assert out[-1] == "test-mini  Testset  (3 kaarten, eigen)"


def test_decks_add_invalid_changes_nothing(capsys: pytest.CaptureFixture[str], data_home: Path,
                                           fixture_builtins: None) -> None:
    bad = str(DATA / "three-mistakes.yaml")
    code, out, err = run(capsys, "--data-dir", str(data_home), "decks", "add", bad)
    assert code == 1 and out == []
    assert err == [
        f"{bad}:3:1: onbekende sleutel 'titel' (bedoelde je 'title'?)",
        f"{bad}:11:12: onbekend thema 'pestn' (bedoelde je 'pesten'?)",
        f"{bad}:18:5: onbekende sleutel 'vragen' (bedoelde je 'questions'?)",
    ]
    assert list(data_home.iterdir()) == []


def test_decks_add_clash_and_rename(capsys: pytest.CaptureFixture[str], data_home: Path,
                                    fixture_builtins: None) -> None:
    deck = str(DATA / "minimal.yaml")
    assert run(capsys, "--data-dir", str(data_home), "decks", "add", deck)[0] == 0
    code, out, err = run(capsys, "--data-dir", str(data_home), "decks", "add", deck)
    assert (code, out) == (1, [])
    assert err == ["gedragen: er is al een eigen kaartenset met id 'test-mini' (test-mini.yaml); gebruik --replace of --rename"]
    code, out, err = run(capsys, "--data-dir", str(data_home), "decks", "add", "--rename", deck)
    assert (code, err) == (0, [])
    assert out == ["Kaartenset 'test-mini-2' (Testset, 3 kaarten) is toegevoegd aan de eigen kaartensets."]


def test_decks_shows_a_broken_own_deck_on_stderr(capsys: pytest.CaptureFixture[str], data_home: Path,
                                                 fixture_builtins: None) -> None:
    own = data_home / "decks"
    own.mkdir()
    broken = own / "kapot.yaml"
    broken.write_text((DATA / "small.yaml").read_text(encoding="utf-8").replace("shade: light", "shade: licht"),
                      encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(data_home), "decks")
    assert code == 0 and len(out) == 2
    assert err == [f"{broken}:6:30: 'shade' moet light of dark zijn, niet 'licht'  [niet geladen]"]


UNPRINTABLE = """\
format: gedragen-deck/1
id: onprintbaar
title: Onprintbare set
audience: other
kinds:
  team: {label: Teamkaart, shade: light}
themes:
  - {id: pesten, label: Pesten, color: "#01665E"}
cards:
  - {id: e-01, theme: pesten, kind: team, text: "Iemand stuurt een 🍆 in de klassenapp."}
  - {id: e-02, theme: pesten, kind: team, text: "Een leerling schrijft 欺负 op het bord."}
  - {id: e-03, theme: pesten, kind: team, text: "Kinderachtigheidsgedragsveranderingsprogrammabegeleidingsdocumentatie is lang."}
  - {id: e-04, theme: pesten, kind: team, text: "Een gewone kaart."}
"""


def test_validate_refuses_what_print_refuses(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "onprintbaar.yaml"
    path.write_text(UNPRINTABLE, encoding="utf-8")
    code, out, err = run(capsys, "validate", str(path))
    assert code == 1 and not out
    assert any("kaart e-01" in line and "U+1F346" in line for line in err), err
    assert any("kaart e-02" in line and "U+6B3A" in line for line in err), err
    assert any("kaart e-03" in line and "past niet" in line for line in err), err
    assert not any("e-04" in line for line in err)
    assert all(line.startswith(f"{path}: ") for line in err)
    # And print refuses the same cards.
    assert main(["print", str(path), "-o", str(tmp_path / "k.pdf")]) == 1
    printed = capsys.readouterr().err
    assert all(f"kaart e-0{i}" in printed for i in (1, 2, 3))


def test_decks_add_refuses_an_unprintable_deck(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "onprintbaar.yaml"
    path.write_text(UNPRINTABLE, encoding="utf-8")
    home = tmp_path / "home"
    code, _, err = run(capsys, "--data-dir", str(home), "decks", "add", str(path))
    assert code == 1 and any("kaart e-01" in line for line in err), err
    code, out, _ = run(capsys, "--data-dir", str(home), "decks")
    assert not any("onprintbaar" in line for line in out)
