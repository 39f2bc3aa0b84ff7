"""An own deck made in the editor is usable everywhere a built-in one is: here, in a session."""

from __future__ import annotations

from pathlib import Path

from session_helpers import open_main_window, stored_events

from gedragen.core.library import DeckLibrary
from gedragen.ui.decks.editor import DeckEditor

TEXTS = [
    "Een collega zegt in de teamvergadering dat de nieuwe regels over telefoons 'toch niet werken'.",
    "Een stagiair wordt in de teamapp steeds niet genoemd als er iets te vieren valt.",
    "Twee collega's maken op het schoolplein grappen over de kleding van een ouder.",
    "Een mentor deelt in de teamkamer wat een leerling haar in vertrouwen vertelde.",
]


def test_a_deck_made_in_the_editor_runs_a_board_session(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    editor = DeckEditor(DeckLibrary(data_home))
    qtbot.addWidget(editor)
    editor.new_deck("Onze eigen situaties")
    for text in TEXTS:
        editor.add_card()
        editor.cards.text_edit.setPlainText(text)
        qtbot.waitUntil(lambda: not editor._timer.isActive(), timeout=3000)  # the live check has run
    assert editor.problems() == []
    assert editor.save()

    window = open_main_window(qtbot, data_home)
    window.start_screen.new_button.click()
    setup = window.current_page()
    index = setup.deck_combo.findData("onze-eigen-situaties")
    assert index >= 0, "the own deck is offered in the session setup"
    setup.deck_combo.setCurrentIndex(index)
    setup.cards_spin.setValue(3)
    setup.start_button.click()
    controller = window.controller
    assert controller is not None, setup.error_label.text()
    round_cards = controller.current_round().cards
    assert len(round_cards) == 3
    own_ids = {c.id for c in DeckLibrary(data_home).get("onze-eigen-situaties").cards}
    assert set(round_cards) <= own_ids
    team = controller.teams()[0].id
    assert controller.place(team, round_cards[0], 0, 0)
    controller.wait_idle()
    events = stored_events(data_home, controller.state.id)
    assert events[0].deck_id == "onze-eigen-situaties"
    assert any(getattr(e, "card", None) == round_cards[0] for e in events)
    controller.close()
