"""Render every screen and dialog of the facilitator app with a realistic demo session into PNG files.

    python -m tools.screenshots OUT_DIR

Writes the 1920×1080 light set into OUT_DIR (the pictures the manual uses) and every set of SETS (school
laptops at 1366×768 and 1920×1080, light and dark) into OUT_DIR/<breedte>x<hoogte>-<licht|donker>/.
Uses a fresh data folder (never the user's), the built-in vo-mbo deck, real team names and real
agreements. Also calls `tools.shots_decks.render(out_dir)` when that module exists.
`render(..., check=f)` calls f(name, widget) on every screen before it is saved (the clipping test).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SIZE = (1920, 1080)
# (size, palette, subfolder); the manual's pictures (1920×1080, light) also stay at the top of OUT_DIR
SETS = (
    ((1366, 768), "light", "1366x768-licht"),
    ((1366, 768), "dark", "1366x768-donker"),
    ((1920, 1080), "light", "1920x1080-licht"),
    ((1920, 1080), "dark", "1920x1080-donker"),
)
TEAMS = ("Groep 1 (onderbouw)", "Groep 2 (bovenbouw)", "Groep 3 (ondersteuning)")
ROUND_CARDS = ("vo-onl-01", "vo-pes-07", "vo-div-05", "vo-onl-09", "vo-agr-56", "vo-sek-58")
# zones per team for the six cards above (0 Gewenst, 1 Hangt ervan af, 2 Ongewenst)
PLACEMENTS = {
    "t1": (2, 2, 2, 1, 2, 1),
    "t2": (2, 1, 2, 0, 2, 2),
    "t3": (2, 2, 2, 2, 1, 0),
}
AGREEMENTS = {
    "vo-onl-01": ("We spreken elkaar direct aan als iemand een foto zonder toestemming deelt, en melden het "
                  "bij de mentor.", 2, "privacy"),
    "vo-onl-09": ("Docenten zitten niet in de privé-groepsapp van een klas; voor school gebruiken we de "
                  "schoolapp.", 2, "contact"),
    "vo-sek-58": ("Berichtjes van een leerling bespreek je met je teamleider, niet in de teamkamer.", 1, "contact"),
}


def save_png(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The widget as a 256-colour PNG: flat screens stay sharp at a quarter of the size of a full-colour file."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(
        QImage.Format.Format_Indexed8,
        Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither,
    )
    image.save(str(path), "PNG", 0)  # quality 0: the strongest (lossless) compression


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(6):
        app.processEvents()


def _wait(app, done: Callable[[], object], seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Process events until `done()` is true (background tasks report through the event loop)."""
    import time

    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def _demo_session(window, app) -> str:  # type: ignore[no-untyped-def]
    """A board session through the real controller: one compared round with agreements, a second round half placed."""
    from gedragen.ui.common.theme import team_style
    from gedragen.ui.session.setup import SessionPlan, TeamPlan

    deck = window.deck("vo-mbo") or (window.decks[0] if window.decks else None)
    if deck is None:
        raise RuntimeError("no deck available for the demo session")
    plan = SessionPlan(
        name="Team onderbouw", deck_id=deck.id, audience="team",
        themes=tuple(t.id for t in deck.themes), kinds=tuple(k.id for k in deck.kinds), variant="board",
        teams=tuple(TeamPlan(f"t{i + 1}", n, team_style(i).color) for i, n in enumerate(TEAMS)),
        cards_per_round=6, zones=3, timer_minutes=8,
    )
    cards = [c for c in ROUND_CARDS if deck.has_card(c)] or [c.id for c in deck.cards[:6]]
    window.start_session(plan, cards)
    ctrl = window.controller
    for team, zones in PLACEMENTS.items():
        for card, zone in zip(cards, zones, strict=False):
            ctrl.place(team, card, zone, len(ctrl.board(team)[zone]))
    ctrl.reveal()
    for card, (text, zone, section) in AGREEMENTS.items():
        if card in cards:
            ctrl.record_outcome(card, zone, text, section)
    _settle(app)
    return ctrl.session_id


def render(
    out_dir: str | os.PathLike[str] | None,
    size: tuple[int, int] = SIZE,
    palette: str = "light",
    check: Callable[[str, object], None] | None = None,
) -> list[Path]:
    """Render all screens into `out_dir` (None: no files, only `check`); returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from gedragen.ui.app import main_widget_for_tests
    from gedragen.ui.common import theme

    out = Path(out_dir) if out_dir is not None else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    data_dir = Path(tempfile.mkdtemp(prefix="gedragen-shots-"))
    window = main_widget_for_tests(data_dir)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chosen = theme.PALETTES[palette]
    theme.apply_palette(app, chosen)
    window.resize(*size)
    window.show()
    _settle(app)

    def shot(name: str, widget: QWidget | None = None, resize: bool = True) -> None:
        target = widget or window
        if target is not window and resize:
            target.resize(*size)
        target.show()
        if not resize:  # a dialog opens at its own size, but never larger than the screen
            target.resize(min(target.width(), size[0]), min(target.height(), size[1] - 40))
        _settle(app)
        if check is not None:
            check(name, target)
        if out is not None:
            path = out / f"{name}.png"
            save_png(target, path)
            written.append(path)
        if target is not window:
            target.hide()

    def with_window(action: Callable[[], None]) -> None:
        action()
        _settle(app)

    with_window(window.show_setup)
    setup = window.current_page()
    for i, name in enumerate(TEAMS):
        setup.team_edits[i].setText(name)  # type: ignore[attr-defined]
    setup.name_edit.setText("Team onderbouw")  # type: ignore[attr-defined]
    shot("02-nieuwe-sessie")

    _demo_session(window, app)
    ctrl = window.controller
    screen = window.current_page()
    shot("04-vergelijken")

    from gedragen.ui.session.presenter import AudienceView

    audience = AudienceView(ctrl)
    first = screen.view().order()[0]  # type: ignore[attr-defined]
    screen.view().select_card(first)  # type: ignore[attr-defined]
    audience.refresh()
    shot("05-zaalbeeld-vergelijken", audience)

    # second round, team B busy placing, with the round timer running
    ctrl.next_round()
    rnd = ctrl.current_round()
    for card, zone in zip(rnd.cards[:4], (0, 2, 1, 2), strict=False):
        ctrl.place("t1", card, zone, len(ctrl.board("t1")[zone]))
    for card, zone in zip(rnd.cards[:2], (2, 1), strict=False):
        ctrl.place("t2", card, zone, len(ctrl.board("t2")[zone]))
    _settle(app)
    board = window.current_page().view()  # type: ignore[attr-defined]
    board.set_team(1)
    shot("03-bord-ronde")
    audience.refresh()
    shot("06-zaalbeeld-bord", audience)

    other = theme.DARK if chosen is theme.LIGHT else theme.LIGHT
    theme.apply_palette(app, other)
    board.refresh()
    shot("07-bord-donker" if other is theme.DARK else "07-bord-licht")
    theme.apply_palette(app, chosen)
    board.refresh()
    _dialog_shots(window, ctrl, shot, size)

    with_window(window.show_tips)
    shot("10-gesprekstips")
    window.settings.set("school/vertrouwenspersoon", "Mevr. A. de Vries, kamer 1.12, 06-12345678")
    window.settings.set("school/anti_pestcoordinator", "Dhr. K. Bakker, via de receptie")
    with_window(window.show_help)
    shot("11-hulp-en-melden")

    ctrl.end()
    _settle(app)
    summary = window.current_page()
    _wait(app, lambda: getattr(summary, "state", None) is not None)
    shot("08-samenvatting")

    # a walking debate with the same group, for the debate screen and a history to compare
    from gedragen.ui.session.setup import SessionPlan

    deck = ctrl.deck
    assert deck is not None
    window.start_session(SessionPlan(
        name="Klas 2B", deck_id=deck.id, audience="class", themes=tuple(t.id for t in deck.themes),
        kinds=("school",), variant="debate", teams=(), cards_per_round=1, zones=2, timer_minutes=0))
    debate_ctrl = window.controller
    card = debate_ctrl.current_round().cards[0]
    debate_ctrl.count_debate(card, "before", 12, 14)
    debate_ctrl.count_debate(card, "after", 7, 19)
    _settle(app)
    shot("09-overloopdebat")
    audience_debate = AudienceView(debate_ctrl)
    shot("09b-zaalbeeld-overloopdebat", audience_debate)
    window.leave_session()

    # history: the board session again a month later with the same group, to compare card by card
    from gedragen.ui.session.setup import TeamPlan

    cards = [c for c in ROUND_CARDS if deck.has_card(c)][:4]
    window.start_session(SessionPlan(
        name="Team onderbouw", deck_id=deck.id, audience="team", themes=tuple(t.id for t in deck.themes),
        kinds=tuple(k.id for k in deck.kinds), variant="board",
        teams=tuple(TeamPlan(f"t{i + 1}", n, theme.team_style(i).color) for i, n in enumerate(TEAMS)),
        cards_per_round=6, zones=3, timer_minutes=0), cards)
    again = window.controller
    for team, zones in PLACEMENTS.items():
        for c, zone in zip(cards, zones, strict=False):
            again.place(team, c, max(0, zone - 1), len(again.board(team)[max(0, zone - 1)]))
    again.reveal()
    again.record_outcome(cards[0], 2, AGREEMENTS["vo-onl-01"][0], "privacy")
    again.end()
    _settle(app)
    with_window(window.show_history)
    history = window.current_page()
    _wait(app, lambda: getattr(history, "sessions", None))
    ids = [s.id for s in history.sessions if s.name == "Team onderbouw"]  # type: ignore[attr-defined]
    history.select_ids(ids[:2])  # type: ignore[attr-defined]
    history.compare_selected()  # type: ignore[attr-defined]
    _wait(app, lambda: history.comparison)  # type: ignore[attr-defined]
    shot("12-geschiedenis")

    # the start screen last, with an interrupted session offered for resuming
    window.start_session(SessionPlan(
        name="Team bovenbouw", deck_id=deck.id, audience="team", themes=tuple(t.id for t in deck.themes),
        kinds=tuple(k.id for k in deck.kinds), variant="quick",
        teams=tuple(TeamPlan(f"t{i + 1}", n, theme.team_style(i).color) for i, n in enumerate(TEAMS[:2])),
        cards_per_round=6, zones=2, timer_minutes=0))
    window.controller.wait_idle()
    window.leave_session()
    _wait(app, window.start_screen.resume_button.isVisible)
    shot("01-start")

    from gedragen.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window)
    dialog.resize(min(1000, size[0]), min(700, size[1] - 60))
    shot("13-instellingen", dialog, resize=False)
    dialog.deleteLater()

    from tools import shots_reveal

    written.extend(shots_reveal.render(window, out, _settle, size if out is None else (1920, 1080), check))
    try:
        from tools import shots_decks
    except ImportError:
        shots_decks = None  # type: ignore[assignment]
    if shots_decks is not None:
        written.extend(Path(p) for p in (shots_decks.render(out, size, check) or ()))
    window.close()
    return written


def _dialog_shots(window, ctrl, shot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """The dialogs of a session and the confirmation questions, at the size they open with."""
    from gedragen.ui.common.widgets import error_box, question_box
    from gedragen.ui.decks.board_dialog import BoardDialog
    from gedragen.ui.session.dialogs import EigenSituatieDialog, HandPickDialog

    deck = ctrl.deck
    rnd = ctrl.current_round()
    eigen = EigenSituatieDialog(deck, tuple(t.id for t in deck.themes), tuple(k.id for k in deck.kinds), window)
    shot("14-eigen-situatie", eigen, resize=False)
    used = set(rnd.cards)
    pick = HandPickDialog(tuple(c for c in deck.cards if c.id not in used)[:40], deck, window)
    shot("15-kaarten-kiezen", pick, resize=False)
    board = BoardDialog(window)
    shot("16-speelbord-printen", board, resize=False)
    box, _yes = question_box(window, "Sessie afronden",
                             "Wil je de sessie afronden? Daarna kun je niets meer leggen.",
                             "Afronden", "Doorgaan met spelen")
    shot("17-vraag-bevestigen", box, resize=False)
    error = error_box(window, "Niet gelukt", "De schijf is vol.",
                      "De sessie loopt door. Maak ruimte vrij en probeer het nog eens.")
    shot("18-melding", error, resize=False)
    for dialog in (eigen, pick, board, box, error):
        dialog.deleteLater()


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: render into the folder given."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("gebruik: python -m tools.screenshots MAP", file=sys.stderr)
        return 2
    from gedragen.ui.app import make_application

    make_application()
    for path in render(args[0]):
        print(path)
    for size, palette, folder in SETS:
        for path in render(Path(args[0]) / folder, size, palette):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
