"""The deck browser: filters show the right cards, a card opens full screen and steps with clicker keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gedragen.core.library import DeckLibrary
from gedragen.ui.decks.browser import CardFilter, DeckBrowser, describe_deck_error, fold


@pytest.fixture
def library(data_home: Path) -> DeckLibrary:
    return DeckLibrary(data_home)


@pytest.fixture
def browser(qtbot, library: DeckLibrary) -> DeckBrowser:  # type: ignore[no-untyped-def]
    widget = DeckBrowser(library)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.select_deck("vo-mbo")
    return widget


def test_theme_button_shows_only_that_theme(qtbot, browser: DeckBrowser, library: DeckLibrary) -> None:  # type: ignore[no-untyped-def]
    deck = library.get("vo-mbo")
    assert browser.visible_card_ids() == [c.id for c in deck.cards]
    qtbot.mouseClick(browser.theme_buttons["pesten"], Qt.MouseButton.LeftButton)
    expected = [c.id for c in deck.cards if c.theme == "pesten"]
    assert expected and len(expected) < len(deck.cards)
    assert browser.visible_card_ids() == expected
    assert browser.theme_buttons["pesten"].text().startswith("✓")
    assert browser.count_label.text() == f"{len(expected)} van {len(deck.cards)} kaarten"

    qtbot.mouseClick(browser.kind_buttons["team"], Qt.MouseButton.LeftButton)
    both = [c.id for c in deck.cards if c.theme == "pesten" and c.kind == "team"]
    assert browser.visible_card_ids() == both

    qtbot.mouseClick(browser.clear_button, Qt.MouseButton.LeftButton)
    assert browser.visible_card_ids() == [c.id for c in deck.cards]


def test_two_themes_show_both(browser: DeckBrowser, library: DeckLibrary) -> None:
    deck = library.get("vo-mbo")
    browser.set_theme_filter(["online", "agressie"])
    assert browser.visible_card_ids() == [c.id for c in deck.cards if c.theme in ("online", "agressie")]


def test_search_finds_words_in_text_and_questions(qtbot, browser: DeckBrowser, library: DeckLibrary) -> None:  # type: ignore[no-untyped-def]
    deck = library.get("vo-mbo")
    card = deck.cards[3]
    word = max(card.text.split(), key=len).strip(".,;:'\"!?")
    qtbot.keyClicks(browser.search, word.upper())
    visible = browser.visible_card_ids()
    assert card.id in visible
    assert all(fold(word) in fold(" ".join((c.id, c.text, *c.questions, c.note or ""))) for c in deck.cards
               if c.id in visible)
    browser.search.setText("zzqqxx-bestaat-niet")
    assert browser.visible_card_ids() == []
    assert not browser.open_button.isEnabled()


def test_filter_ignores_case_and_accents() -> None:
    from gedragen.core.deck import Card

    card = Card("x-1", "pesten", "team", "Eén collega zegt niets.", ("Wat doe jij?",), "Zie het protocol.")
    assert CardFilter(query="een COLLEGA").matches(card)
    assert CardFilter(query="protocol").matches(card)
    assert not CardFilter(query="collega leerling").matches(card)
    assert not CardFilter(themes=frozenset({"online"})).matches(card)
    assert CardFilter(themes=frozenset({"pesten"}), kinds=frozenset({"team"})).matches(card)


def test_card_opens_full_screen_and_steps_with_keys(qtbot, browser: DeckBrowser) -> None:  # type: ignore[no-untyped-def]
    browser.set_theme_filter(["pesten"])
    ids = browser.visible_card_ids()
    assert len(ids) >= 4
    browser.grid.select_card(ids[1])
    browser.grid.setFocus()
    qtbot.keyClick(browser.grid, Qt.Key.Key_Return)
    viewer = browser.viewer
    assert viewer is not None and viewer.isVisible() and viewer.isFullScreen()
    assert viewer.current_card().id == ids[1]
    assert viewer.card_view.is_large()

    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.current_card().id == ids[2]
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    assert viewer.current_card().id == ids[3]
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)
    assert viewer.current_card().id == ids[2]
    qtbot.keyClick(viewer, Qt.Key.Key_End)
    assert viewer.current_card().id == ids[-1]
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.current_card().id == ids[-1]
    qtbot.keyClick(viewer, Qt.Key.Key_Home)
    assert viewer.current_card().id == ids[0]
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.current_card().id == ids[0]
    assert browser.grid.current_card_id() == ids[0]  # the grid follows the room view
    assert viewer.counter.text() == f"Kaart 1 van {len(ids)}"

    assert not viewer.notes_visible()
    qtbot.keyClick(viewer, Qt.Key.Key_V)
    assert viewer.notes_visible()
    card = viewer.current_card()
    if card.questions:
        assert card.questions[0].split()[0] in viewer.notes.text()
    qtbot.keyClick(viewer, Qt.Key.Key_V)
    assert not viewer.notes_visible()

    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    assert browser.viewer is None


def test_double_click_opens_the_card(qtbot, browser: DeckBrowser) -> None:  # type: ignore[no-untyped-def]
    ids = browser.visible_card_ids()
    browser.show()
    qtbot.waitExposed(browser)
    rect = browser.grid.visualRect(browser.grid.card_model.index(2))
    qtbot.mouseClick(browser.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert browser.grid.current_card_id() == ids[2]
    qtbot.mouseDClick(browser.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert browser.viewer is not None
    assert browser.viewer.current_card().id == ids[2]
    browser.viewer.close()


def test_projector_text_in_the_viewer_is_large(qtbot, browser: DeckBrowser) -> None:  # type: ignore[no-untyped-def]
    viewer = browser.open_card(browser.visible_card_ids()[0])
    assert viewer is not None
    viewer.showNormal()
    viewer.resize(1920, 1080)
    card = viewer.current_card()
    view = viewer.card_view
    layout = view._painter.layout(view.card_rect(), browser.current_deck().theme(card.theme), card.text,  # type: ignore[union-attr]
                                  large=True, scale=view.scale())
    assert view.scale() == pytest.approx(1.0)
    assert layout.text_px >= 48 and layout.footer_px >= 32 and layout.label_px >= 32
    viewer.close()


def test_broken_own_deck_is_reported_not_hidden(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    folder = data_home / "decks"
    folder.mkdir()
    (folder / "kapot.yaml").write_text("format: gedragen-deck/1\nid: kapot\ntitel: x\n", encoding="utf-8")
    browser = DeckBrowser(DeckLibrary(data_home))
    qtbot.addWidget(browser)
    assert not browser.problems_label.isHidden()
    assert "kapot.yaml, regel" in browser.problems_label.text()
    errors = DeckLibrary(data_home).problems()
    assert describe_deck_error(errors[-1]).startswith("kapot.yaml, regel")


def test_own_deck_appears_after_reload(qtbot, browser: DeckBrowser, library: DeckLibrary) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    base = library.get("vo-mbo")
    own = dataclasses.replace(base, id="ons-eigen", title="Onze kaartenset", builtin=False, source=None,
                              cards=base.cards[:3])
    library.save_own(own)
    browser.reload(select="ons-eigen")
    assert browser.current_deck() is not None and browser.current_deck().id == "ons-eigen"  # type: ignore[union-attr]
    assert browser.visible_card_ids() == [c.id for c in base.cards[:3]]
    assert "eigen kaartenset" in browser.deck_combo.currentText()
