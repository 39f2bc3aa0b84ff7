"""The app around the sessions: settings, help screens, timer, presentation keys, errors, start-up, screenshots."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage

from gedragen.ui.common.help_info import load_help
from gedragen.ui.common.settings import OPTIONS, Settings
from gedragen.ui.help_screens import HelpScreen, conversation_tips
from gedragen.ui.session.timer import RoundTimer, TimerLabel, format_seconds
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


def test_settings_declared_once_typed_and_apart_from_geometry(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    keys = [o.key for o in OPTIONS]
    assert len(keys) == len(set(keys))
    settings = Settings(data_home)
    assert settings.get("session/cards_per_round") == 6
    assert settings.get("session/zones") == 3
    assert settings.get("ui/language") == "nl"
    settings.set("session/zones", 5)
    settings.set("timer/beep", False)
    settings.set("school/mentor", "Dhr. Jansen")
    with pytest.raises(ValueError):
        settings.set("session/zones", 4)
    with pytest.raises(KeyError):
        settings.get("no/such/option")
    settings.set_geometry("main", QByteArray(b"abc"))
    settings.sync()
    again = Settings(data_home)
    assert again.get("session/zones") == 5 and again.get("timer/beep") is False
    assert again.get("school/mentor") == "Dhr. Jansen"
    assert again.geometry("main") == QByteArray(b"abc")
    assert "geometry" not in (data_home / "settings.ini").read_text()
    # a hand-edited bad value falls back to the default instead of breaking the app
    (data_home / "settings.ini").write_text("[session]\nzones=seven\ncards_per_round=x\n")
    assert Settings(data_home).get("session/zones") == 3


def test_setup_defaults_start_with_one_click(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    window.start_screen.new_button.click()
    setup = window.current_page()
    plan = setup.plan()
    assert plan is not None
    assert plan.variant == "board" and plan.zones == 3 and plan.cards_per_round == 6
    assert [t.name for t in plan.teams] == ["Groep 1", "Groep 2", "Groep 3"]
    assert len({t.color for t in plan.teams}) == 3
    setup.audience_class.setChecked(True)
    assert setup.plan().kinds == ("school",)
    for box in setup.theme_checks.values():
        box.setChecked(False)
    assert setup.plan() is None and "thema" in setup.error_label.text()


def test_help_data_file_and_school_contacts(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    info = load_help()
    phones = {p.name: p.phone for p in info.places}
    assert phones["De Kindertelefoon"] == "0800-0432"
    assert phones["Veilig Thuis"] == "0800-2000"
    assert phones["113 Zelfmoordpreventie"] == "0800-0113"
    assert any("112" in p.about for p in info.places)
    assert len(info.now) >= 4
    screen = HelpScreen({"school/vertrouwenspersoon": "Mevr. De Vries, kamer 12"})
    qtbot.addWidget(screen)
    texts = [w.text() for w in screen.findChildren(type(screen.place_labels[0]))]
    assert "Vertrouwenspersoon: Mevr. De Vries, kamer 12" in texts
    assert len(conversation_tips()) >= 7


def test_broken_help_file_says_what_to_do(tmp_path: Path) -> None:
    from gedragen.core.errors import GedragenError

    bad = tmp_path / "hulp.yaml"
    bad.write_text("format: iets-anders\n")
    with pytest.raises(GedragenError, match="gedragen-help/1"):
        load_help(bad)


def test_timer_counts_pauses_and_signals_the_end(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    beeps: list[int] = []
    monkeypatch.setattr("gedragen.ui.session.timer.QApplication.beep", lambda: beeps.append(1))
    timer = RoundTimer()
    label = TimerLabel(timer)
    qtbot.addWidget(label)
    assert format_seconds(125) == "2:05"
    timer.start(2)
    assert label.text() == "0:02"
    timer.toggle_pause()
    assert timer.is_paused() and "pauze" in label.text()
    timer.toggle_pause()
    with qtbot.waitSignal(timer.finished, timeout=4000):
        pass
    assert label.text() == "Tijd is om" and label.is_flashing() and beeps == [1]


def test_presentation_keys_black_screen_and_full_screen(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    start_session(qtbot, window, "debate")
    window.black_action.trigger()
    assert window.is_black()
    window.next_action.trigger()  # the clicker's next key first brings the picture back
    assert not window.is_black()
    first = window.controller.current_round().cards[0]
    window.next_action.trigger()  # next: the next debate card
    assert window.controller.current_round().cards[0] != first
    window.fullscreen_action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.leave_full_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"F5", "Esc", "B", "PgDown", "PgUp", "Ctrl+Z", "F1"} <= shortcuts


def test_unexpected_error_is_logged_and_shown_once(qtbot, data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.app import ErrorReporter

    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda _p, _t, text: shown.append(text))
    reporter = ErrorReporter(data_home, debug=False)
    for _ in range(2):
        try:
            raise RuntimeError("kapot")
        except RuntimeError as exc:
            reporter.handle(RuntimeError, exc, exc.__traceback__)
    log = (data_home / "gedragen.log").read_text()
    assert log.count("RuntimeError: kapot") == 2
    assert len(shown) == 1 and "gedragen.log" in shown[0]


def test_window_geometry_is_remembered(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    window.resize(1300, 800)
    window.close()
    again = open_main_window(qtbot, data_home)
    assert Settings(data_home).geometry("main") is not None
    assert again is not window


def test_measure_startup_prints_milliseconds(data_home: Path) -> None:
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "GEDRAGEN_HOME": str(data_home)}
    result = subprocess.run([sys.executable, "-m", "gedragen", "--measure-startup"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    ms = float(result.stdout.strip().splitlines()[0])
    assert 0 < ms < 60_000


def test_screenshots_render_every_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tools.screenshots import render

    files = render(tmp_path)
    ours = sorted(p.name for p in files if not p.name.startswith(("deck", "print")))
    for name in ("01-start.png", "02-nieuwe-sessie.png", "03-bord-ronde.png", "04-vergelijken.png",
                 "05-zaalbeeld-vergelijken.png", "08-samenvatting.png", "09-overloopdebat.png",
                 "11-hulp-en-melden.png", "12-geschiedenis.png", "reveal-strip-3-teams-3-zones.png",
                 "reveal-strip-8-teams-5-zones.png", "reveal-strip-8-teams-2-zones.png",
                 "reveal-overview-3-teams.png", "reveal-debate-bars.png"):
        assert name in ours
    for name in ours:
        image = QImage(str(tmp_path / name))
        if name.endswith("-1366.png"):
            assert (image.width(), image.height()) == (1366, 768), name
        elif name < "13-":  # 13 and up are dialogs at their own size
            assert (image.width(), image.height()) == (1920, 1080), name
        # not a blank picture: many distinct colours
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
        assert len(colours) > 3, name


def test_english_translation_is_complete_and_loads(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    import xml.etree.ElementTree as ET

    from PySide6.QtWidgets import QApplication

    from gedragen.ui.app import I18N_DIR, install_translator
    from gedragen.ui.start_screen import StartScreen

    tree = ET.parse(I18N_DIR / "gedragen_en.ts")
    messages = list(tree.iter("message"))
    assert len(messages) > 200
    assert all((m.find("translation").text or "").strip() for m in messages)
    app = QApplication.instance()
    translators = install_translator(app, "en")
    try:
        assert translators
        screen = StartScreen()
        qtbot.addWidget(screen)
        assert screen.new_button.text() == "New session"
        assert screen.help_button.text() == "Help and reporting"
    finally:
        for t in translators:
            app.removeTranslator(t)
    plain = StartScreen()
    qtbot.addWidget(plain)
    assert plain.new_button.text() == "Nieuwe sessie"


def test_start_screen_opens_decks_and_print(qtbot, data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.decks.page import DecksPage

    window = open_main_window(qtbot, data_home)
    window.start_screen.decks_button.click()
    page = window.current_page()
    assert isinstance(page, DecksPage) and page.browser is not None
    page.edit_button.click()
    assert page.stack.currentWidget() is page.editor
    page.back_button.click()
    assert window.current_page() is window.start_screen

    opened: list[object] = []
    monkeypatch.setattr("gedragen.ui.decks.print_dialog.PrintDialog.exec", lambda self: opened.append(self) or 0)
    window.start_screen.print_button.click()
    assert len(opened) == 1 and opened[0].library is window.library
