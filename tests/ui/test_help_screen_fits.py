"""Hulp en melden on common screen sizes: no step or helpline is cut off, however long the list is."""

from __future__ import annotations

import pytest

from gedragen.ui.common.help_info import load_help
from gedragen.ui.common.widgets import SmallLabel
from gedragen.ui.help_screens import HelpScreen


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_no_text_is_cut_off(qtbot, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    screen = HelpScreen({"school/vertrouwenspersoon": "mevrouw Jansen, kamer 2.14"})
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.height() <= size[1]
    labels = [label for label in screen.findChildren(SmallLabel) if label.isVisible()]
    cut = [label.text()[:30] for label in labels if label.height() < label.heightForWidth(label.width())]
    assert cut == []
    assert len(screen.place_labels) == len(load_help().places)


def test_on_full_hd_the_steps_and_school_contacts_need_no_scrolling(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = HelpScreen({"school/vertrouwenspersoon": "mevrouw Jansen, kamer 2.14"})
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.wait(50)  # the scroll areas settle after the first layout pass
    assert not screen.steps_scroll.verticalScrollBar().isVisible()
