"""Texts from decks and users are never rendered as markup by the room and facilitator labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace

from gedragen.ui.common.widgets import RoomLabel, SmallLabel


def test_markup_in_a_label_is_shown_literally(qtbot) -> None:  # type: ignore[no-untyped-def]
    for cls in (RoomLabel, SmallLabel):
        label = cls("<b>Groep 1</b> <img src='x'>")
        qtbot.addWidget(label)
        assert label.textFormat() == Qt.TextFormat.PlainText
        plain = cls("Groep 2")
        qtbot.addWidget(plain)
        plain.setText("<i>later</i> gezet")
        assert plain.textFormat() == Qt.TextFormat.PlainText
        assert plain.text() == "<i>later</i> gezet"


def test_text_without_a_tag_is_plain_under_the_automatic_format(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = SmallLabel("Tom & Jerry: 3 > 2")
    qtbot.addWidget(label)
    # Qt renders a text as rich text only when this says so; then PlainLabel would have switched to PlainText
    assert not QtGuiNamespace.mightBeRichText(label.text())
    assert QtGuiNamespace.mightBeRichText("<b>x</b>")
