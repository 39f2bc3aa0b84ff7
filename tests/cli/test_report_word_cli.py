"""`gedragen report SESSION... -o FILE.docx --part protocol|agreements|parents`: Word documents from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from test_report_cli import DECK_YAML, session_dict

from gedragen.cli import main
from gedragen.core.library import DeckLibrary
from gedragen.core.session_io import session_from_dict
from gedragen.store.history import History

AGREEMENT = "Een account op andermans naam is nooit een grap."
SECOND = "We kiezen teams om de beurt, zodat niemand als laatste overblijft."


def texts(path: Path) -> list[str]:
    """The text of every paragraph."""
    return [p.text for p in Document(str(path)).paragraphs]


def styled(path: Path, style: str) -> list[str]:
    """The texts of the paragraphs in one style."""
    return [p.text for p in Document(str(path)).paragraphs if p.style.name == style]


@pytest.fixture
def home(data_home: Path) -> Path:
    """A data folder with the po test deck of test_report_cli as an own deck."""
    (data_home / "decks").mkdir()
    (data_home / "decks" / "cli-proef.yaml").write_text(DECK_YAML, encoding="utf-8")
    return data_home


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    """Groep 7 (23 november 2026): one agreement, under privacy."""
    path = tmp_path / "sessie.json"
    path.write_text(json.dumps(session_dict()), encoding="utf-8")
    return path


@pytest.fixture
def second_file(tmp_path: Path) -> Path:
    """A second session (Groep 8, two days later) with an untagged agreement and one under gedragsregels."""
    data = session_dict()
    data.update(id="cli-sessie-20261125", name="Groep 8", started="2026-11-25T09:00:00+01:00",
                ended="2026-11-25T09:45:00+01:00")
    data["rounds"][0]["outcomes"] = [
        {"card": "c-1", "group_zone": 0, "agreement": SECOND, "section": "gedragsregels"}]
    path = tmp_path / "tweede.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def run(home: Path, *args: str) -> int:
    return main(["--data-dir", str(home), "report", *args])


def test_three_parts_as_word_from_a_session_file(home: Path, session_file: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for part, title in (("protocol", "Concept-protocol sociale media"), ("agreements", "Onze afspraken"),
                        ("parents", "Gesprek over gedrag op school en online")):
        out = tmp_path / f"{part}.docx"
        assert run(home, str(session_file), "-o", str(out), "--part", part) == 0, part
        assert str(out) in capsys.readouterr().out
        assert styled(out, "Title") == [title]
        assert texts(out).count(AGREEMENT) == 1, part
    assert list(tmp_path.glob(".*")) == []


def test_docx_without_part_is_the_protocol(home: Path, session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "protocol.docx"
    assert run(home, str(session_file), "-o", str(out)) == 0
    assert styled(out, "Title") == ["Concept-protocol sociale media"]
    assert "Privacy en gegevensbescherming" in styled(out, "Heading 1")


def test_several_sessions_into_one_protocol_with_their_sources(home: Path, session_file: Path,
                                                              second_file: Path, tmp_path: Path) -> None:
    # one from the history by its unique prefix, one from a file
    events = session_from_dict(session_dict(), DeckLibrary(home).find)
    with History(home) as history:
        history.import_events(events)
    out = tmp_path / "protocol.docx"
    assert run(home, "cli-sessie-2026112", str(second_file), "-o", str(out), "--part", "protocol") == 0
    lines = texts(out)
    assert lines.count(AGREEMENT) == 1 and lines.count(SECOND) == 1
    rules = lines[lines.index("Gedragsregels"):lines.index("Privacy en gegevensbescherming")]
    assert SECOND in rules and AGREEMENT not in rules
    assert any(line.startswith("Uit: Groep 8, 25 november 2026 – bij de situatie: Hazelnoot") for line in rules)
    privacy = lines[lines.index("Privacy en gegevensbescherming"):lines.index("Contact tussen leerlingen en leraren")]
    assert AGREEMENT in privacy
    assert any(line.startswith("Uit: Groep 7, 23 november 2026") for line in privacy)


def test_parent_letter_takes_the_schools_contacts_from_the_settings_and_its_own_help_file(
    home: Path, session_file: Path, tmp_path: Path
) -> None:
    from gedragen.ui.common.settings import Settings

    settings = Settings(home)  # written by the app, exactly as the Instellingen dialog does
    settings.set("school/name", "Basisschool De Regenboog, Utrecht")
    settings.set("school/vertrouwenspersoon", 'Mevr. A. de Vries; kamer 1.12 "oud" \\ é 😀')
    settings.set("school/anti_pestcoordinator", "@Dhr. K. Bakker = via de receptie # 2")
    settings.set("school/mentor", "  ")
    settings.sync()
    (home / "hulp-en-melden.yaml").write_text(
        "format: gedragen-help/1\ntitle: Hulp\nplaces:\n"
        "  - {name: GGD Regio Utrecht, phone: 030-6086086, web: ggdru.nl, about: Jeugdgezondheidszorg.}\n",
        encoding="utf-8")
    out = tmp_path / "brief.docx"
    assert run(home, str(session_file), "-o", str(out), "--part", "parents") == 0
    lines = texts(out)
    assert "Vertrouwenspersoon: Mevr. A. de Vries; kamer 1.12 \"oud\" \\ é 😀" in lines
    assert "Anti-pestcoördinator: @Dhr. K. Bakker = via de receptie # 2" in lines
    assert not any(line.startswith("Mentor") for line in lines)
    assert "Basisschool De Regenboog, Utrecht" in lines
    assert "GGD Regio Utrecht (030-6086086 · ggdru.nl): Jeugdgezondheidszorg." in lines
    assert not any("Kindertelefoon" in line for line in lines)
    # po deck: the po wording; no team names
    text = "\n".join(lines)
    assert "uw kind" in text and "Zonnebloemen" not in text and "Kastanjes" not in text


def test_parent_letter_without_settings_uses_the_shipped_help_file(home: Path, session_file: Path,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "brief.docx"
    assert run(home, str(session_file), "-o", str(out), "--part", "parents") == 0
    text = "\n".join(texts(out))
    for name in ("De Kindertelefoon", "Veilig Thuis", "Helpwanted.nl"):
        assert name in text, name
    assert "Vertrouwenspersoon: [naam en hoe u deze persoon bereikt]" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{session}", "-o", "{tmp}/x.docx", "--part", "full"], "als Word-document (.docx) kan protocol"),
        (["{session}", "-o", "{tmp}/x.docx", "--part", "poster"], "als Word-document (.docx) kan protocol"),
        (["{session}", "-o", "{tmp}/x.pdf", "--part", "parents"], "alleen als Word"),
        (["{session}", "-o", "{tmp}/x.md", "--part", "agreements"], "alleen als Word"),
        (["{session}", "-o", "{tmp}/x.docx", "--paper", "a3"], "altijd A4"),
        (["{session}", "-o", "{tmp}/geen-map/x.docx"], "bestaat niet"),
        (["{session}", "onbekend-id", "-o", "{tmp}/x.docx"], "niet gevonden"),
    ],
)
def test_bad_input_exits_1_with_one_dutch_line(home: Path, session_file: Path, tmp_path: Path, args: list[str],
                                               message: str, capsys: pytest.CaptureFixture[str]) -> None:
    filled = [a.format(tmp=tmp_path, session=session_file) for a in args]
    assert run(home, *filled) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gedragen-home", "sessie.json"]


def test_broken_help_file_of_the_school_exits_1_and_writes_nothing(home: Path, session_file: Path,
                                                                    tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (home / "hulp-en-melden.yaml").write_text("format: gedragen-help/1\nplaces: [\n", encoding="utf-8")
    out = tmp_path / "brief.docx"
    assert run(home, str(session_file), "-o", str(out), "--part", "parents") == 1
    err = capsys.readouterr().err.strip()
    assert "hulp-en-melden.yaml" in err and "YAML" in err and len(err.splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("extra", [["-o", "{tmp}/x.pdf"], ["-o", "{tmp}/x.docx", "--part", "parents"],
                                   ["-o", "{tmp}/x.docx", "--part", "agreements"]])
def test_several_sessions_outside_the_word_protocol_is_a_usage_error(
    home: Path, session_file: Path, second_file: Path, tmp_path: Path, extra: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(home, str(session_file), str(second_file), *[a.format(tmp=tmp_path) for a in extra])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "fout in de opdracht: meerdere sessies samen kan alleen voor het concept-protocol" in err
    assert not list(tmp_path.glob("x.*"))
