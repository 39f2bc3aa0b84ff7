"""Levels, estimates and sensitive cards in the setup and the deck browser: for the facilitator, never the room."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gedragen.core.dealing import available_cards, new_session
from gedragen.core.deck import Deck
from gedragen.core.library import DeckLibrary
from gedragen.core.loader import load_deck
from gedragen.core.session import apply
from gedragen.ui.decks.browser import DeckBrowser
from gedragen.ui.session.dialogs import HandPickDialog
from gedragen.ui.session.setup import SessionSetup

DECK_FILE = Path(__file__).parent.parent / "core" / "data" / "levels.yaml"


@pytest.fixture
def library(data_home: Path) -> DeckLibrary:
    folder = data_home / "decks"
    folder.mkdir(exist_ok=True)
    shutil.copy(DECK_FILE, folder / "niveaus.yaml")
    return DeckLibrary(data_home)


@pytest.fixture
def deck() -> Deck:
    return load_deck(DECK_FILE)


@pytest.fixture
def browser(qtbot, library: DeckLibrary) -> DeckBrowser:  # type: ignore[no-untyped-def]
    widget = DeckBrowser(library)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.select_deck("niveaus")
    return widget


def test_browser_filters_on_level_and_estimate(qtbot, browser: DeckBrowser) -> None:  # type: ignore[no-untyped-def]
    assert list(browser.level_buttons) == ["onderbouw", "bovenbouw", "mbo"]
    assert list(browser.expected_buttons) == ["gewenst", "grensgeval", "ongewenst"]
    qtbot.mouseClick(browser.level_buttons["onderbouw"], Qt.MouseButton.LeftButton)
    # n-02 names bovenbouw and mbo only; n-01 and n-04 name no level, so they fit every level
    assert browser.visible_card_ids() == ["n-01", "n-03", "n-04"]
    qtbot.mouseClick(browser.expected_buttons["ongewenst"], Qt.MouseButton.LeftButton)
    assert browser.visible_card_ids() == ["n-03"]
    browser.set_level_filter(["mbo"])
    browser.set_expected_filter(["grensgeval", "gewenst"])
    assert browser.visible_card_ids() == ["n-01", "n-02"]
    qtbot.mouseClick(browser.clear_button, Qt.MouseButton.LeftButton)
    assert browser.visible_card_ids() == ["n-01", "n-02", "n-03", "n-04"]


def test_deck_without_levels_shows_no_level_row(  # type: ignore[no-untyped-def]
    qtbot, data_home: Path, library: DeckLibrary
) -> None:
    # both built-in decks declare levels now; an own deck without them shows no level row
    shutil.copy(DECK_FILE.parent / "small.yaml", data_home / "decks" / "klein.yaml")
    widget = DeckBrowser(DeckLibrary(data_home))
    qtbot.addWidget(widget)
    small = load_deck(DECK_FILE.parent / "small.yaml")
    assert not small.levels
    widget.select_deck(small.id)
    assert widget.current_deck() is not None
    assert not widget.level_buttons and widget.level_title.isHidden()
    assert widget.expected_title.isHidden() == (not any(c.expected for c in small.cards))


def test_builtin_po_deck_shows_its_levels(browser: DeckBrowser) -> None:
    browser.select_deck("po")
    po = browser.current_deck()
    assert po is not None
    assert list(browser.level_buttons) == ["groep-5-6", "groep-7-8"]
    assert not browser.level_title.isHidden() and not browser.expected_title.isHidden()


def test_sensitive_card_is_marked_in_the_preview_but_not_in_the_full_screen_view(  # type: ignore[no-untyped-def]
    qtbot, browser: DeckBrowser
) -> None:
    browser.grid.select_card("n-03")
    facts = browser.preview_facts.text()
    assert "⚠ Gevoelige kaart" in facts
    assert "Inschatting van de makers: ongewenst" in facts and "Niveau: vo onderbouw" in facts
    row = browser.grid.card_model.row_of("n-03")
    assert browser.grid.card_model.index(row).data(Qt.ItemDataRole.ToolTipRole).startswith("⚠ n-03")
    browser.grid.select_card("n-04")
    assert browser.preview_facts.text() == "" and browser.preview_facts.isHidden()

    viewer = browser.open_card("n-03")
    assert viewer is not None
    qtbot.addWidget(viewer)
    viewer.toggle_notes()
    shown = viewer.notes.text() + viewer.counter.text()
    assert "⚠" not in shown and "ongewenst" not in shown and "Inschatting" not in shown
    viewer.close()


def test_setup_leaves_sensitive_cards_out_of_a_class_and_can_include_them(qtbot, deck: Deck) -> None:  # type: ignore[no-untyped-def]
    setup = SessionSetup([deck])
    qtbot.addWidget(setup)
    assert setup.sensitive_check.isChecked() and setup.sensitive_check.text() == "⚠ Gevoelige kaarten (1)"
    setup.audience_class.setChecked(True)
    assert not setup.sensitive_check.isChecked()
    plan = setup.plan()
    assert plan is not None and plan.audience == "class" and plan.sensitive is False
    setup.sensitive_check.setChecked(True)
    plan = setup.plan()
    assert plan is not None and plan.sensitive is True
    setup.audience_team.setChecked(True)
    assert setup.sensitive_check.isChecked()


def test_setup_picks_levels_and_the_mix(qtbot, deck: Deck) -> None:  # type: ignore[no-untyped-def]
    setup = SessionSetup([deck])
    qtbot.addWidget(setup)
    plan = setup.plan()
    assert plan is not None and plan.levels == () and plan.mix_expected is True
    setup.level_checks["onderbouw"].setChecked(False)
    setup.mix_check.setChecked(False)
    plan = setup.plan()
    assert plan is not None and plan.levels == ("bovenbouw", "mbo") and plan.mix_expected is False
    for box in setup.level_checks.values():
        box.setChecked(False)
    assert setup.plan() is None and setup.error_label.text() == "Kies minstens één niveau."


def test_setup_hides_what_a_deck_does_not_have(qtbot, library: DeckLibrary) -> None:  # type: ignore[no-untyped-def]
    setup = SessionSetup([library.get("niveaus"), library.get("po")])
    qtbot.addWidget(setup)
    setup.show()
    assert setup.levels_box.isVisible() and setup.sensitive_check.isVisible() and setup.mix_check.isVisible()
    setup.deck_combo.setCurrentIndex(1)
    po = library.get("po")
    assert setup.levels_box.isVisible() == bool(po.levels)
    assert setup.sensitive_check.isVisible() == any(c.sensitive for c in po.cards)


def test_class_plan_starts_a_session_without_sensitive_cards(qtbot, data_home: Path, library: DeckLibrary) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.session_helpers import open_main_window

    window = open_main_window(qtbot, data_home)
    window.start_screen.new_button.click()
    setup = window.current_page()
    assert isinstance(setup, SessionSetup)
    setup.deck_combo.setCurrentIndex(setup.deck_combo.findData("niveaus"))
    setup.audience_class.setChecked(True)
    setup.kind_checks["school"].setChecked(True)
    setup.cards_spin.setValue(3)
    setup.start_button.click()
    assert window.controller is not None, setup.error_label.text()
    state = window.controller.state
    assert state is not None
    assert (state.setup.audience, state.setup.sensitive, state.setup.mix_expected) == ("class", False, True)
    assert sorted(state.rounds[0].cards) == ["n-01", "n-02", "n-04"]


def test_hand_pick_list_marks_sensitive_cards(qtbot, deck: Deck) -> None:  # type: ignore[no-untyped-def]
    state = apply(None, new_session("Team", deck, "debate"))
    dialog = HandPickDialog(available_cards(state, deck), deck)
    qtbot.addWidget(dialog)
    texts = {dialog.list.item(i).data(Qt.ItemDataRole.UserRole): dialog.list.item(i).text()
             for i in range(dialog.list.count())}
    assert texts["n-03"].startswith("⚠ n-03 [Pesten · gevoelig]")
    assert not any(t.startswith("⚠") for cid, t in texts.items() if cid != "n-03")


def test_hand_pick_finds_a_card_by_its_printed_code_and_keeps_hidden_choices(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The facilitator types the code on the paper card; filtering never drops a card already ticked."""
    from gedragen.resources import builtin_decks_dir

    deck = load_deck(builtin_decks_dir() / "vo-mbo.yaml")
    dialog = HandPickDialog(deck.cards, deck)
    qtbot.addWidget(dialog)
    visible = lambda: [dialog.list.item(i) for i in range(dialog.list.count()) if not dialog.list.item(i).isHidden()]  # noqa: E731
    assert len(visible()) == len(deck.cards)
    dialog.search.setText("vopes02")
    assert [i.data(Qt.ItemDataRole.UserRole) for i in visible()] == ["vo-pes-02"]
    assert visible()[0].text().startswith("vo-pes-02 ")
    visible()[0].setCheckState(Qt.CheckState.Checked)
    dialog.search.setText("")
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("online"))
    assert visible() and all(deck.card(i.data(Qt.ItemDataRole.UserRole)).theme == "online" for i in visible())
    assert dialog.chosen() == ["vo-pes-02"]
    assert "1 gekozen" in dialog.count_label.text()
