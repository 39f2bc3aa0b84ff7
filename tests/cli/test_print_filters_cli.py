"""`gedragen print --level/--expected/--with-sensitive/--without-sensitive`: the PDF holds exactly the chosen cards."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from gedragen.cli import main

DECK = Path(__file__).parent.parent / "core" / "data" / "levels.yaml"
ALL = ["n-01", "n-02", "n-03", "n-04"]


def _print(data_home: Path, out: Path, *args: str) -> int:
    # print-shop mode: one card per page, front and back, so the page count is twice the card count
    return main(["--data-dir", str(data_home), "print", str(DECK), "-o", str(out), "--print-shop", "--blank", "0",
                 *args])


def _card_ids(out: Path) -> tuple[list[str], int]:
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    return [card for card in ALL if card in text], len(reader.pages)


@pytest.mark.parametrize(
    ("args", "cards"),
    [
        ((), ALL),  # printing is for the facilitator: sensitive cards are in by default
        (("--with-sensitive",), ALL),
        (("--without-sensitive",), ["n-01", "n-02", "n-04"]),
        (("--level", "onderbouw"), ["n-01", "n-03", "n-04"]),  # cards naming no level fit every level
        (("--level", "mbo", "--without-sensitive"), ["n-01", "n-02", "n-04"]),
        (("--expected", "grensgeval", "ongewenst"), ["n-02", "n-03"]),  # n-04 has no estimate: left out
        (("--expected", "gewenst", "--level", "bovenbouw"), ["n-01"]),
    ],
)
def test_filters_choose_the_printed_cards(data_home: Path, tmp_path: Path, args: tuple[str, ...],
                                          cards: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kaarten.pdf"
    assert _print(data_home, out, *args) == 0
    assert _card_ids(out) == (cards, 2 * len(cards))
    assert f"{len(cards)} kaarten" in capsys.readouterr().out


def test_unknown_level_exits_1_naming_the_choices(data_home: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kaarten.pdf"
    assert _print(data_home, out, "--level", "hbo") == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        "gedragen: onbekend niveau 'hbo' in kaartenset niveaus (kies uit onderbouw, bovenbouw, mbo)"
    ]
    assert not out.exists()


def test_level_of_a_deck_without_levels(data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    small = Path(__file__).parent.parent / "core" / "data" / "small.yaml"
    code = main(["--data-dir", str(data_home), "print", str(small), "-o", str(tmp_path / "x.pdf"), "--level", "mbo"])
    assert code == 1
    assert "onbekend niveau 'mbo' in kaartenset t (deze kaartenset heeft geen niveaus)" in capsys.readouterr().err


@pytest.mark.parametrize("args", [("--expected", "goed"), ("--with-sensitive", "--without-sensitive")])
def test_bad_usage_exits_2(data_home: Path, tmp_path: Path, args: tuple[str, ...],
                           capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _print(data_home, tmp_path / "kaarten.pdf", *args)
    assert info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err
