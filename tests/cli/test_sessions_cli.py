"""`gedragen sessions`, `gedragen export` and `gedragen import` through the real command line front."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gedragen.cli import main
from gedragen.core.dealing import custom_card, draw_round, new_session
from gedragen.core.events import (
    CardPlaced,
    CustomCardAdded,
    OutcomeRecorded,
    RoundClosed,
    RoundRevealed,
    SessionEnded,
    Team,
)
from gedragen.core.library import DeckLibrary
from gedragen.core.paths import history_db
from gedragen.store import History

TEAMS = (Team("t1", "Groep 1", "#1F77B4"), Team("t2", "Groep 2", "#FF7F0E"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], list[str]]:
    """Exit code, stdout lines and stderr lines of one `gedragen` call."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def record_session(data_dir: Path, session_id: str, name: str = "Team onderbouw", end: bool = True) -> str:
    """Play one short board round on the built-in vo-mbo deck into the history of `data_dir`."""
    deck = DeckLibrary(data_dir).get("vo-mbo")
    with History(data_dir) as history:
        start = new_session(
            name,
            deck,
            "board",
            teams=TEAMS,
            seed=4,
            session_id=session_id,
            started="2026-11-23T20:15:00+01:00",
        )
        history.start(start)
        drawn = draw_round(history.state(session_id), deck, n=4)
        history.append(session_id, drawn)
        eigen = custom_card(history.state(session_id), "online", "school", "Een eigen situatie uit de klas.")
        history.append(session_id, CustomCardAdded(eigen, into_round=True))
        for index, card in enumerate((*drawn.cards, eigen.id)):
            history.append(session_id, CardPlaced("t1", card, index % 3, 0))
            history.append(session_id, CardPlaced("t2", card, (index + 1) % 3, 0))
        history.append(session_id, RoundRevealed())
        history.append(
            session_id,
            OutcomeRecorded(drawn.cards[0], 2, "We delen geen foto's zonder toestemming.", "privacy"),
        )
        history.append(session_id, RoundClosed())
        if end:
            history.append(session_id, SessionEnded("2026-11-23T21:00:00+01:00"))
    return session_id


def test_empty_history_says_so_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "leeg"
    assert run(capsys, "--data-dir", str(folder), "sessions") == (
        0,
        ["Er zijn nog geen sessies opgeslagen."],
        [],
    )
    assert not folder.exists()
    code, out, _ = run(capsys, "--data-dir", str(folder), "--lang", "en", "sessions")
    assert (code, out) == (0, ["No sessions recorded yet."])


def test_list_sessions(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    record_session(data_home, "a1b2c3-klaar")
    record_session(data_home, "d4e5f6-bezig", name="Klas 2B", end=False)
    code, out, err = run(capsys, "--data-dir", str(data_home), "sessions")
    assert (code, err) == (0, [])
    assert out[0].split() == ["id", "naam", "datum", "kaartenset", "werkvorm", "status"]
    assert any(
        line.startswith("a1b2c3-klaar") and "Team onderbouw" in line and line.endswith("afgerond") for line in out
    )
    bezig = next(line for line in out if line.startswith("d4e5f6-bezig"))
    assert "Klas 2B" in bezig and "2026-11-23" in bezig and "vo-mbo" in bezig and "op het bord" in bezig
    assert bezig.endswith("onderbroken")  # the words of the app's history screen


def test_export_json_and_csv_by_prefix(
    capsys: pytest.CaptureFixture[str], data_home: Path, tmp_path: Path
) -> None:
    record_session(data_home, "a1b2c3-klaar")
    target = tmp_path / "sessie.json"
    code, out, err = run(
        capsys, "--data-dir", str(data_home), "export", "a1b2", "--format", "json", "-o", str(target)
    )
    assert (code, err) == (0, [])
    assert out == [f"Sessie 'Team onderbouw' geschreven naar {target} (JSON)."]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["id"] == "a1b2c3-klaar" and data["format"] == "gedragen-session/1"
    assert len(data["rounds"][0]["placements"]) == 10
    sheet = tmp_path / "sessie.csv"
    code, _, err = run(capsys, "--data-dir", str(data_home), "export", "a1b2c3-klaar", "-o", str(sheet))
    assert (code, err) == (0, [])
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("session_id;session_name;date;deck_id;variant;round;card_id;theme;kind;team;")
    assert len(lines) == 11
    assert all(";vo-mbo;board;1;" in line for line in lines[1:])


def test_export_errors(capsys: pytest.CaptureFixture[str], data_home: Path, tmp_path: Path) -> None:
    out_file = str(tmp_path / "x.json")
    code, _, err = run(capsys, "--data-dir", str(data_home), "export", "zzz", "-o", out_file)
    assert code == 1 and "Geen sessie gevonden met id 'zzz'" in err[0] and len(err) == 1
    record_session(data_home, "a1-een")
    record_session(data_home, "a2-twee")
    code, _, err = run(capsys, "--data-dir", str(data_home), "export", "a", "-o", out_file)
    assert code == 1 and "past bij 2 sessies" in err[0]
    code, _, err = run(capsys, "--data-dir", str(data_home), "export", "a1", "-o", str(tmp_path / "x.txt"))
    assert code == 2 and "--format" in err[0]
    code, _, err = run(
        capsys, "--data-dir", str(data_home), "export", "a1", "-o", str(tmp_path / "nee" / "x.json")
    )
    assert code == 1 and "bestaat niet" in err[0]
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", str(data_home), "export", "a1", "--format", "xml", "-o", out_file])
    assert usage.value.code == 2 and "kan niet; kies uit" in capsys.readouterr().err
    assert not Path(out_file).exists()


def test_import_round_trip_into_an_empty_folder(
    capsys: pytest.CaptureFixture[str], data_home: Path, tmp_path: Path
) -> None:
    record_session(data_home, "a1b2c3-klaar")
    first = tmp_path / "eerste.json"
    assert run(capsys, "--data-dir", str(data_home), "export", "a1b2c3", "-o", str(first))[0] == 0
    other = tmp_path / "andere-map"
    code, out, err = run(capsys, "--data-dir", str(other), "import", str(first))
    assert (code, err) == (0, [])
    assert out == ["Sessie 'Team onderbouw' (a1b2c3-klaar) ingelezen: 1 ronde."]
    code, out, _ = run(capsys, "--data-dir", str(other), "import", str(first))
    assert code == 0 and out == [
        "Sessie 'Team onderbouw' (a1b2c3-klaar) staat al in de geschiedenis; er is niets toegevoegd."
    ]
    with History(other) as history:
        assert len(history.sessions()) == 1
    second = tmp_path / "tweede.json"
    assert run(capsys, "--data-dir", str(other), "export", "a1b2c3", "-o", str(second))[0] == 0
    assert second.read_bytes() == first.read_bytes()


def test_import_refuses_unknown_cards_and_decks(
    capsys: pytest.CaptureFixture[str], data_home: Path, tmp_path: Path
) -> None:
    record_session(data_home, "s1")
    good = tmp_path / "goed.json"
    run(capsys, "--data-dir", str(data_home), "export", "s1", "-o", str(good))
    data = json.loads(good.read_text(encoding="utf-8"))
    data["rounds"][0]["cards"][0] = "vo-bestaat-niet"
    bad_card = tmp_path / "kaart.json"
    bad_card.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "leeg"), "import", str(bad_card))
    assert code == 1 and len(err) == 1
    assert "vo-bestaat-niet" in err[0] and "vo-mbo" in err[0] and str(bad_card) in err[0]
    data = json.loads(good.read_text(encoding="utf-8"))
    data["deck"]["id"] = "onbekend"
    bad_deck = tmp_path / "set.json"
    bad_deck.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "leeg"), "import", str(bad_deck))
    assert code == 1 and "Kaartenset 'onbekend' is niet gevonden" in err[0]
    assert not history_db(tmp_path / "leeg").exists()


def test_import_unreadable_files(capsys: pytest.CaptureFixture[str], data_home: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_home), "import", str(tmp_path / "weg.json"))
    assert code == 1 and "bestaat niet" in err[0]
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": "gedragen-session/1",', encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(data_home), "import", str(broken))
    assert code == 1 and "geen geldige JSON" in err[0] and "regel 1" in err[0]


def test_damaged_history_is_one_clear_line(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    history_db(data_home).write_bytes(b"kapot" * 1000)
    code, out, err = run(capsys, "--data-dir", str(data_home), "sessions")
    assert code == 1 and out == [] and len(err) == 1
    assert "beschadigd" in err[0] and "Traceback" not in err[0]
