"""Hulp en melden on a 1366×768 laptop: all the steps are in view at once, without scrolling."""

from __future__ import annotations

import re

from gedragen.ui.common.widgets import PlainLabel
from gedragen.ui.help_screens import HelpScreen, load_help


def test_every_step_of_what_to_do_now_is_in_view_on_a_1366x768_screen(qtbot) -> None:
    screen = HelpScreen({})
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    viewport = screen.scroll_area.viewport()
    steps = [label for label in screen.findChildren(PlainLabel) if re.match(r"\d\. ", label.text())]
    assert len(steps) == len(load_help().now) >= 6  # every step of the help file, the meldplicht included
    for label in steps:
        top_left = label.mapTo(viewport, label.rect().topLeft())
        bottom = top_left.y() + label.height()
        assert top_left.y() >= 0 and bottom <= viewport.height(), (label.text()[:40], bottom, viewport.height())
        assert label.heightForWidth(label.width()) <= label.height()
