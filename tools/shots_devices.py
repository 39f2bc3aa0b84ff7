"""Screenshots of Teams op eigen apparaat on the laptop's side: the projector while teams join, the same view
once every team is in (tiles with progress), and the facilitator's panel. Run: `python -m tools.shots_devices
docs/screenshots` (offscreen; the server listens on 127.0.0.1 only and stops at the end)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def render(out: Path) -> list[Path]:
    """Write apparaat-beamer-*.png and apparaat-paneel.png into `out`; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gedragen.ui.app import main_widget_for_tests
    from gedragen.ui.common import theme
    from gedragen.ui.session.device_lobby import DevicePanel
    from gedragen.ui.session.presenter import AudienceView
    from gedragen.ui.session.setup import SessionPlan, TeamPlan

    out.mkdir(parents=True, exist_ok=True)
    window = main_widget_for_tests(Path(tempfile.mkdtemp(prefix="gedragen-shots-")))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_palette(app, theme.LIGHT)
    window.resize(1600, 900)
    window.show()
    deck = window.library.get("vo-mbo")
    names = ("Onderbouw", "Bovenbouw", "Ondersteuning")
    window.start_session(SessionPlan(
        name="Teamdag", deck_id=deck.id, audience="team", themes=tuple(t.id for t in deck.themes),
        kinds=tuple(k.id for k in deck.kinds), variant="board",
        teams=tuple(TeamPlan(f"t{i + 1}", n, theme.team_style(i).color) for i, n in enumerate(names)),
        cards_per_round=6, zones=3, timer_minutes=0, devices_host="127.0.0.1"))
    ctrl = window.controller
    assert ctrl is not None and ctrl.devices is not None
    written: list[Path] = []

    def shot(name: str, widget: object) -> None:
        for _ in range(10):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        written.append(path)

    view = AudienceView(ctrl)
    view.resize(1920, 1080)
    view.show()
    shot("apparaat-beamer-aanmelden", view)
    panel = DevicePanel(ctrl.devices, window)
    panel.show()
    shot("apparaat-paneel", panel)
    ctrl.devices.set_lobby_open(False)  # as when every team is in: the room sees the card and the tiles
    cards = ctrl.current_round().cards
    ctrl.set_board("t1", (tuple(cards[:2]), tuple(cards[2:4]), ()))
    ctrl.set_board("t2", (tuple(cards[:1]), (), ()))
    view.refresh()
    shot("apparaat-beamer-leggen", view)
    panel.close()
    view.close()
    window.leave_session()
    window.close()
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
