"""`gedragen report SESSION -o FILE [--part] [--paper]`: from a session file or the history, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from gedragen.cli import main
from gedragen.core.library import DeckLibrary
from gedragen.core.session_io import session_from_dict
from gedragen.store.history import History

DECK_YAML = """\
format: gedragen-deck/1
id: cli-proef
title: Proefset voor de opdrachtregel
audience: po
version: "1"
kinds:
  school: {label: Schoolkaart, shade: dark}
themes:
  - {id: pesten, label: Pesten, color: "#01665E", icon: pesten}
  - {id: online, label: "Online gedrag en sociale media", color: "#2166AC", icon: online}
cards:
  - id: c-1
    theme: pesten
    kind: school
    text: Hazelnoot wordt in de pauze steeds als laatste gekozen bij het voetballen.
  - id: c-2
    theme: online
    kind: school
    text: Iemand maakt een nepaccount met de naam van een klasgenoot.
"""


def session_dict() -> dict:
    """Two teams, one round: c-1 zones (0, 1) → D 1; c-2 zones (1, 1) → D 0."""
    return {
        "format": "gedragen-session/1", "id": "cli-sessie-20261123", "name": "Groep 7",
        "started": "2026-11-23T10:00:00+01:00", "ended": "2026-11-23T10:45:00+01:00",
        "deck": {"id": "cli-proef", "version": "1"}, "variant": "quick",
        "zones": ["Gewenst", "Ongewenst"],
        "teams": [{"id": "a", "name": "Zonnebloemen", "color": "#E6AB02"},
                  {"id": "b", "name": "Kastanjes", "color": "#7570B3"}],
        "custom_cards": [],
        "rounds": [{"number": 1, "cards": ["c-1", "c-2"],
                    "placements": [{"team": "a", "card": "c-1", "zone": 0, "order": 0},
                                   {"team": "a", "card": "c-2", "zone": 1, "order": 0},
                                   {"team": "b", "card": "c-1", "zone": 1, "order": 0},
                                   {"team": "b", "card": "c-2", "zone": 1, "order": 1}],
                    "debate": [],
                    "outcomes": [{"card": "c-2", "group_zone": 1, "section": "privacy",
                                  "agreement": "Een account op andermans naam is nooit een grap."}]}],
        "analysis": {"rounds": []},
    }


@pytest.fixture
def home(data_home: Path) -> Path:
    """A data folder with the test deck as an own deck."""
    (data_home / "decks").mkdir()
    (data_home / "decks" / "cli-proef.yaml").write_text(DECK_YAML, encoding="utf-8")
    return data_home


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    """The session as a gedragen-session/1 file."""
    path = tmp_path / "sessie.json"
    path.write_text(json.dumps(session_dict()), encoding="utf-8")
    return path


def text_of(path: Path) -> str:
    """All text of a PDF, whitespace folded."""
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(path).pages))


def test_full_report_from_session_file(home: Path, session_file: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "verslag.pdf"
    assert main(["--data-dir", str(home), "report", str(session_file), "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    text = text_of(out)
    for expected in ("Groep 7", "Zonnebloemen", "Kastanjes", "Snel sorteren", "Proefset voor de opdrachtregel",
                     "Een account op andermans naam is nooit een grap.", "Onze afspraken"):
        assert expected in text, expected
    assert re.search(r"Hazelnoot.*?1,00.*?Gewenst.*?Iemand maakt.*?0,00.*?Ongewenst", text)


def test_poster_a3_and_protocol_markdown(home: Path, session_file: Path, tmp_path: Path) -> None:
    poster, protocol = tmp_path / "poster.pdf", tmp_path / "protocol.md"
    base = ["--data-dir", str(home), "report", str(session_file)]
    assert main([*base, "-o", str(poster), "--part", "poster", "--paper", "a3"]) == 0
    page = PdfReader(poster).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 1191)
    assert main([*base, "-o", str(protocol), "--part", "protocol"]) == 0
    md = protocol.read_text(encoding="utf-8")
    privacy = md.split("## Privacy en gegevensbescherming", 1)[1].split("\n## ", 1)[0]
    assert "- Een account op andermans naam is nooit een grap." in privacy


def test_report_from_history_by_unique_prefix(home: Path, tmp_path: Path) -> None:
    events = session_from_dict(session_dict(), DeckLibrary(home).find)
    with History(home) as history:
        history.import_events(events)
    out = tmp_path / "uit-geschiedenis.pdf"
    assert main(["--data-dir", str(home), "report", "cli-sessie", "-o", str(out), "--part", "poster"]) == 0
    assert "Een account op andermans naam is nooit een grap." in text_of(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["onbekend-id", "-o", "{tmp}/x.pdf"], "niet gevonden"),
        (["{session}", "-o", "{tmp}/x.md"], "Markdown"),
        (["{session}", "-o", "{tmp}/x.pdf", "--paper", "a3"], "altijd A4"),
        (["{session}", "-o", "{tmp}/geen-map/x.pdf"], "bestaat niet"),
        (["{tmp}/ontbreekt.json", "-o", "{tmp}/x.pdf"], "bestaat niet"),
    ],
)
def test_bad_input_exits_1_with_one_line(home: Path, session_file: Path, tmp_path: Path, args: list[str],
                                         message: str, capsys: pytest.CaptureFixture[str]) -> None:
    filled = [a.format(tmp=tmp_path, session=session_file) for a in args]
    assert main(["--data-dir", str(home), "report", *filled]) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_broken_session_file_and_usage_errors(home: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": "gedragen-session/1", ', encoding="utf-8")
    assert main(["--data-dir", str(home), "report", str(broken), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "kapot.json" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(home), "report", str(broken), "-o", "x.pdf", "--part", "alles"])
    assert exit_info.value.code == 2


def test_an_emoji_in_an_agreement_prints_as_a_placeholder_with_a_notice(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = session_dict()
    data["rounds"][0]["outcomes"][0]["agreement"] = "We sturen geen 🍆 of 👍🏽 in de groepsapp en geen 欺负."
    path = tmp_path / "emoji.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    for part in ("full", "poster"):
        out = tmp_path / f"{part}.pdf"
        assert main(["--data-dir", str(home), "report", str(path), "-o", str(out), "--part", part]) == 0
        text = text_of(out)
        assert "\ufffd" not in text
        assert "We sturen geen [emoji] of [emoji] in de groepsapp en geen [teken]." in text
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 1 and err[0].startswith("let op: afspraak bij kaart c-2 (ronde 1): "), err
        assert "🍆" in err[0] and "[emoji]" in err[0]


@pytest.mark.parametrize("command", [["report", "SESSION"], ["print", "DECK"], ["board"]])
def test_a_pdf_command_refuses_another_file_extension(home: Path, session_file: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    out = tmp_path / "uit.txt"
    args = [str(session_file) if a == "SESSION" else "cli-proef" if a == "DECK" else a for a in command]
    assert main(["--data-dir", str(home), *args, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert ".pdf" in err and len(err.splitlines()) == 1
    assert not out.exists()


def test_an_imported_session_does_not_claim_an_audience(home: Path, session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "verslag.pdf"
    assert main(["--data-dir", str(home), "import", str(session_file)]) == 0
    assert main(["--data-dir", str(home), "report", "cli-sessie", "-o", str(out)]) == 0
    first = re.sub(r"\s+", " ", PdfReader(out).pages[0].extract_text())
    assert "Doelgroep" in first
    assert "team (collega's)" not in first and "klas (leerlingen)" not in first, first
    assert "Doelgroep Primair onderwijs" in first  # the deck's own audience still shows
