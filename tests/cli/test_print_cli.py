"""`gedragen print` and `gedragen board` end to end: exit codes, messages on stderr, the PDF made."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from gedragen.cli import main

DECK = """\
format: gedragen-deck/1
id: klas
title: Klasset
audience: other
kinds:
  team:   {label: Teamkaart,   shade: light}
  school: {label: Schoolkaart, shade: dark}
themes:
  - {id: pesten, label: Pesten, color: "#01665E", icon: pesten}
  - {id: online, label: Online, color: "#2166AC", icon: online}
cards:
  - {id: k-01, theme: pesten, kind: school, text: "Iemand wordt buitengesloten bij het buitenspelen."}
  - {id: k-02, theme: online, kind: team, text: "Een collega deelt een foto van een leerling in de groepsapp."}
  - {id: k-03, theme: online, kind: school, text: "EXTRA"}
"""


def _deck(tmp_path: Path, third_text: str = "Een filmpje gaat rond op school.") -> Path:
    path = tmp_path / "klas.yaml"
    path.write_text(DECK.replace('"EXTRA"', f'"{third_text}"'), encoding="utf-8")
    return path


def _run(data_home: Path, *args: str) -> int:
    return main(["--data-dir", str(data_home), *args])


def test_print_a_deck_file(data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kaarten.pdf"
    code = _run(data_home, "print", str(_deck(tmp_path)), "-o", str(out), "--blank", "1", "--duplex", "short",
                "--offset-x", "0,5", "--calibration")
    assert code == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 4  # calibration front and back, one sheet front and back
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/Duplex"] == "/DuplexFlipShortEdge"
    assert "k-02" in reader.pages[2].extract_text()
    assert "4 kaarten (waarvan 1 blanco)" in capsys.readouterr().out


def test_print_filters_and_sizes(data_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "online.pdf"
    code = _run(data_home, "print", str(_deck(tmp_path)), "-o", str(out), "--theme", "online", "--kind", "school", "team",
                "--size", "a6", "--paper", "a3", "--no-crop-marks", "--blank", "0")
    assert code == 0
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "k-03" in text and "k-02" in text and "k-01" not in text
    assert float(reader.pages[0].mediabox.width) == pytest.approx(297 * 72 / 25.4, abs=0.01)


def test_print_shop_mode(data_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "drukkerij.pdf"
    assert _run(data_home, "print", str(_deck(tmp_path)), "-o", str(out), "--print-shop", "--blank", "0") == 0
    assert len(PdfReader(out).pages) == 6


def test_overlong_card_exits_1_with_its_id_and_writes_nothing(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kaarten.pdf"
    deck = _deck(tmp_path, "Kijk: " + "o" * 80)
    assert _run(data_home, "print", str(deck), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert "k-03" in err and "past niet" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_missing_glyph_exits_1_with_the_card_id(data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kaarten.pdf"
    assert _run(data_home, "print", str(_deck(tmp_path, "Op het bord staat 中.")), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert "k-03" in err and "中" in err
    assert not out.exists()


def test_unknown_theme_kind_and_bad_numbers(data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = str(_deck(tmp_path))
    out = str(tmp_path / "x.pdf")
    assert _run(data_home, "print", deck, "-o", out, "--theme", "pestn") == 1
    assert "onbekend thema 'pestn'" in capsys.readouterr().err
    assert _run(data_home, "print", deck, "-o", out, "--kind", "klas") == 1
    assert "onbekend soort 'klas'" in capsys.readouterr().err
    assert _run(data_home, "print", deck, "-o", out, "--bleed", "9") == 1
    assert "afloop" in capsys.readouterr().err
    assert _run(data_home, "print", deck, "-o", out, "--offset-y", "0.1") == 1
    assert "stappen van 0,25 mm, 0,1 kan niet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        _run(data_home, "print", deck, "-o", out, "--size", "reuze")
    assert usage.value.code == 2
    assert not Path(out).exists()


def test_print_a_builtin_deck_by_id(data_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "vo.pdf"
    assert _run(data_home, "print", "vo-mbo", "-o", str(out), "--theme", "pesten", "--kind", "team") == 0
    assert len(PdfReader(out).pages) >= 2


def test_calibration_only_needs_no_deck(data_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "kalibratie.pdf"
    assert _run(data_home, "print", "-o", str(out), "--calibration-only") == 0
    assert len(PdfReader(out).pages) == 2
    assert _run(data_home, "print", "-o", str(tmp_path / "leeg.pdf")) == 1


@pytest.mark.parametrize(("paper", "pages"), [("a3", 1), ("a4", 2)])
def test_board(data_home: Path, tmp_path: Path, paper: str, pages: int) -> None:
    out = tmp_path / "bord.pdf"
    assert _run(data_home, "board", "-o", str(out), "--zones", "5", "--paper", paper) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    assert "Eerder ongewenst" in "".join(p.extract_text() for p in reader.pages)
    with pytest.raises(SystemExit) as usage:
        _run(data_home, "board", "-o", str(out), "--zones", "4")
    assert usage.value.code == 2


@pytest.mark.parametrize("value", ["-1,25", "-1.25", "-0,5", "1,25"])
def test_negative_offsets_with_a_comma_are_values(data_home: Path, tmp_path: Path, value: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kalibratie.pdf"
    assert _run(data_home, "print", "--calibration-only", "-o", str(out), "--offset-x", value, "--offset-y", value) == 0
    back = re.sub(r"\s+", " ", PdfReader(out).pages[1].extract_text())
    shown = value.replace(".", ",").lstrip("-")
    sign = "-" if value.startswith("-") else "+"
    assert f"x {sign}{shown}" in back and f"y {sign}{shown}" in back, back
    help_text = _help(capsys)
    assert "--offset-x -1,25" in help_text


def _help(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        main(["print", "--help"])
    return re.sub(r"\s+", " ", capsys.readouterr().out)
