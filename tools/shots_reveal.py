"""Screenshots of the reveal the room sees: the strip (3 and 8 teams; 2, 3 and 5 zones), the overview, the debate bars.

Called by `tools.screenshots` with the demo's main window; each scene is a real session through the
controller (placements, reveal, agreements), so the pictures show what a room would see.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

TEAMS_8 = ("Sectie Nederlands", "Sectie wiskunde", "Mentoren klas 1", "Mentoren klas 2", "Zorgteam",
           "Schoolleiding", "Onderwijsassistenten", "Lo en sport")
CARDS = ("vo-onl-01", "vo-pes-07", "vo-div-05", "vo-onl-09", "vo-agr-56", "vo-sek-58")
# per scene: zones per team for the cards above (a card a team skips is None)
ZONES_5 = (
    (4, 3, 4, 1, 2, 0), (4, 2, 3, 0, 2, 1), (3, 4, 4, 2, 1, 1), (4, 3, 2, 0, 4, 0),
    (4, 4, 4, 1, 3, 2), (2, 3, 3, 0, 2, 0), (4, 4, 3, 3, 1, 1), (3, 2, 4, 1, 2, 4),
)
ZONES_2 = (
    (1, 1, 1, 0, 1, 0), (1, 0, 1, 0, 1, 1), (1, 1, 1, 1, 0, 0), (1, 1, 0, 0, 1, 0),
    (1, 1, 1, 0, 1, 1), (1, 0, 1, 0, 0, 0), (1, 1, 1, 1, 0, 1), (0, 1, 1, 0, 1, 1),
)


def _session(window: Any, name: str, teams: tuple[str, ...], zones: int, variant: str,
             placements: tuple[tuple[int, ...], ...]) -> Any:
    """Start, place every card of every team (in round order within each zone) and reveal."""
    from gedragen.ui.common.theme import team_style
    from gedragen.ui.session.setup import SessionPlan, TeamPlan

    deck = window.deck("vo-mbo")
    cards = [c for c in CARDS if deck.has_card(c)]
    window.start_session(SessionPlan(
        name=name, deck_id=deck.id, audience="team", themes=tuple(t.id for t in deck.themes),
        kinds=tuple(k.id for k in deck.kinds), variant=variant,
        teams=tuple(TeamPlan(f"t{i + 1}", n, team_style(i).color) for i, n in enumerate(teams)),
        cards_per_round=len(cards), zones=zones, timer_minutes=0), cards)
    ctrl = window.controller
    for i, row in enumerate(placements[: len(teams)]):
        team = f"t{i + 1}"
        for card, zone in zip(cards, row, strict=False):
            ctrl.place(team, card, zone, len(ctrl.board(team)[zone]))
    ctrl.reveal()
    return ctrl


def render(window: Any, out: Path | None, settle: Any, size: tuple[int, int] = (1920, 1080),
           check: Callable[[str, object], None] | None = None) -> list[Path]:
    """Write reveal-*.png into `out` (None: no files, only `check`, at no more than `size`); returns the files
    written. Leaves the window on the start page."""
    from gedragen.ui.common import theme
    from gedragen.ui.session.presenter import AudienceView
    from gedragen.ui.session.reveal_strip import StripWidget

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    written: list[Path] = []

    def shot(name: str, widget: QWidget, at: tuple[int, int] = size) -> None:
        if out is None:  # checking on a screen of `size`: nothing larger than that screen
            at = (min(at[0], size[0]), min(at[1], size[1]))
        widget.resize(*at)
        widget.show()
        settle(app)
        end = time.monotonic() + 2.0
        while any(s.arrival() < 1.0 for s in widget.findChildren(StripWidget)) and time.monotonic() < end:
            app.processEvents()  # the markers' short arrival: picture them in place
            time.sleep(0.01)
        widget.repaint()
        if check is not None:
            check(name, widget)
        if out is not None:
            path = out / f"{name}.png"
            widget.grab().save(str(path))
            written.append(path)

    def audience_on(card: str | None, ctrl: Any, overview: bool = False) -> AudienceView:
        view = AudienceView(ctrl)
        ctrl.set_focus_card(card)
        ctrl.set_overview(overview)
        view.refresh()
        return view

    # 3 teams, 3 zones: the demo's first round, with the card that split the room most
    from tools.screenshots import PLACEMENTS, TEAMS

    ctrl = _session(window, "Team onderbouw", TEAMS, 3, "board", tuple(PLACEMENTS.values()))
    compare = window.current_page().view()
    order = compare.order()
    ctrl.record_outcome(order[0], 2, "We spreken elkaar direct aan als iemand een foto zonder toestemming "
                                     "deelt, en melden het bij de mentor.", "privacy")
    compare.select_card(order[0])
    view = audience_on(order[0], ctrl)
    shot("reveal-strip-3-teams-3-zones", view)
    theme.apply_palette(app, theme.DARK)
    view.refresh()
    shot("reveal-strip-3-teams-3-zones-dark", view)
    theme.apply_palette(app, theme.LIGHT)
    view.refresh()
    shot("reveal-strip-3-teams-3-zones-1366", view, (1366, 768))
    compare.show_overview("start")
    view.refresh()
    shot("reveal-overview-3-teams", view)
    shot("reveal-overview-facilitator", window, (1920, 1080))
    compare.leave_overview(order[0])
    view.close()
    window.leave_session()

    # 8 teams, 5 zones (board, with order within the zones)
    ctrl = _session(window, "Teamdag", TEAMS_8, 5, "board", ZONES_5)
    compare = window.current_page().view()
    order = compare.order()
    ctrl.record_outcome(order[0], 3, "Wie een filmpje van een collega of leerling ziet rondgaan, meldt het "
                                     "dezelfde dag bij de teamleider.", "handhaving")
    compare.select_card(order[0])
    view = audience_on(order[0], ctrl)
    shot("reveal-strip-8-teams-5-zones", view)
    theme.apply_palette(app, theme.DARK)
    view.refresh()
    shot("reveal-strip-8-teams-5-zones-dark", view)
    theme.apply_palette(app, theme.LIGHT)
    view.refresh()
    compare.show_overview("start")
    view.refresh()
    shot("reveal-overview-8-teams", view)
    shot("reveal-overview-8-teams-1366", view, (1366, 768))
    compare.leave_overview(order[0])
    view.close()
    window.leave_session()

    # 8 teams, 2 zones (snel sorteren: no order within a zone)
    ctrl = _session(window, "Teamdag", TEAMS_8, 2, "quick", ZONES_2)
    compare = window.current_page().view()
    compare.select_card(compare.order()[0])
    view = audience_on(compare.order()[0], ctrl)
    shot("reveal-strip-8-teams-2-zones", view)
    view.close()
    window.leave_session()

    # the walking debate: before and after as bars with the shift
    from gedragen.ui.session.setup import SessionPlan

    deck = window.deck("vo-mbo")
    window.start_session(SessionPlan(
        name="Klas 2B", deck_id=deck.id, audience="class", themes=tuple(t.id for t in deck.themes),
        kinds=("school",), variant="debate", teams=(), cards_per_round=1, zones=2, timer_minutes=0))
    ctrl = window.controller
    card = ctrl.current_round().cards[0]
    ctrl.count_debate(card, "before", 9, 17)
    ctrl.count_debate(card, "after", 16, 10)
    view = audience_on(card, ctrl)
    shot("reveal-debate-bars", view)
    theme.apply_palette(app, theme.DARK)
    view.refresh()
    shot("reveal-debate-bars-dark", view)
    theme.apply_palette(app, theme.LIGHT)
    view.refresh()
    shot("reveal-debate-bars-1366", view, (1366, 768))
    view.close()
    window.leave_session()
    return written
