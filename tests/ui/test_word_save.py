"""'Opslaan als Word…' in the summary and the history: the three documents, written off the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from gedragen.ui.history.view import HistoryView
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
)
from tests.ui.test_history_and_summary import play_and_end

pytestmark = pytest.mark.usefixtures("restore_app_style")


def paragraphs(path: Path) -> list[str]:
    """The text of every paragraph of a Word document."""
    return [p.text for p in Document(str(path)).paragraphs]


def test_summary_saves_the_three_word_documents(qtbot, data_home: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_main_window(qtbot, data_home)
    window.settings.set("school/vertrouwenspersoon", "Mevr. A. de Vries, kamer 1.12")
    window.settings.sync()
    play_and_end(qtbot, window, (0, 1, 2), "We groeten elkaar elke ochtend bij de deur.", monkeypatch)
    summary = window.current_page()
    button = summary.export_buttons["word"]
    assert button.isEnabled() and button.text() == "Opslaan als Word…"
    assert [a.text() for a in button.menu().actions()] == ["Concept-protocol sociale media",
                                                          "Afspraken per thema", "Brief aan ouders"]
    for part in ("protocol", "agreements", "parents"):
        with qtbot.waitSignal(summary.exported, timeout=20_000):
            summary.export(f"word-{part}", tmp_path / f"{part}.docx")
        assert paragraphs(tmp_path / f"{part}.docx").count("We groeten elkaar elke ochtend bij de deur.") == 1
    protocol = paragraphs(tmp_path / "protocol.docx")
    rules = protocol[protocol.index("Gedragsregels"):protocol.index("Privacy en gegevensbescherming")]
    assert "We groeten elkaar elke ochtend bij de deur." in rules
    letter = paragraphs(tmp_path / "parents.docx")
    assert "Vertrouwenspersoon: Mevr. A. de Vries, kamer 1.12" in letter
    assert any(line.startswith("De Kindertelefoon (0800-0432") for line in letter)
    teams = [t.name for t in summary.state.teams]
    assert len(teams) == 2 and not any(name in line for name in teams for line in letter), teams
    assert "Opgeslagen" in summary.status.text()
    # the menu's own action: asks where (without .docx typed, the extension is added) and writes it
    asked: list[str] = []

    def dialog(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "uit-menu"), ""

    monkeypatch.setattr("gedragen.ui.history.summary.save_file_name", dialog)
    with qtbot.waitSignal(summary.exported, timeout=20_000):
        button.menu().actions()[2].trigger()
    assert asked[0].endswith("Team onderbouw - brief aan ouders.docx")
    assert "We groeten elkaar elke ochtend bij de deur." in paragraphs(tmp_path / "uit-menu.docx")


def test_summary_word_write_failure_says_one_dutch_line(qtbot, data_home: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_main_window(qtbot, data_home)
    play_and_end(qtbot, window, (0, 1, 2), "Eerst vragen, dan pas posten.", monkeypatch)
    summary = window.current_page()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("gedragen.ui.history.summary.show_error", lambda _p, title, message, _n: shown.append(
        (title, message)))
    target = tmp_path / "bestaat-niet" / "brief.docx"
    summary.export("word-parents", target)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    message = shown[0][1]
    assert len(message.splitlines()) == 1 and "kan het bestand niet schrijven" in message
    assert not target.parent.exists()
    assert summary.export_buttons["word"].isEnabled()


def test_history_saves_one_protocol_of_several_sessions(qtbot, data_home: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_main_window(qtbot, data_home)
    first = play_and_end(qtbot, window, (2, 2, 2), "Eerste afspraak van de ochtend.", monkeypatch)
    window.show_start()
    second = play_and_end(qtbot, window, (0, 0, 0), "Tweede afspraak van de middag.", monkeypatch)
    window.show_history()
    history = window.current_page()
    assert isinstance(history, HistoryView)
    qtbot.waitUntil(lambda: len(history.sessions) == 2)
    history.select_ids([first, second])
    # several sessions make one protocol, not one letter: said on the screen, no file dialog
    monkeypatch.setattr("gedragen.ui.history.summary.save_file_name",
                        lambda *a, **k: pytest.fail("no dialog expected"))
    history.ask_word("parents")
    assert "alleen het concept-protocol" in history.status.text()
    out = tmp_path / "protocol.docx"
    with qtbot.waitSignal(history.word_saved, timeout=20_000):
        history.save_word(history.selected_ids(), "protocol", out)
    lines = paragraphs(out)
    rules = lines[lines.index("Gedragsregels"):lines.index("Privacy en gegevensbescherming")]
    assert rules.count("Eerste afspraak van de ochtend.") == 1 and rules.count("Tweede afspraak van de middag.") == 1
    sources = [line for line in rules if line.startswith("Uit: Team onderbouw")]
    assert len(sources) == 2
    assert history.word_button.isEnabled() and "Opgeslagen" in history.status.text()
