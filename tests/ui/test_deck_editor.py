"""The deck editor: live validation with the loader's messages, saving only valid decks, import, share, move."""

from __future__ import annotations

import dataclasses
import math
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gedragen.core.deck_writer import deck_to_yaml
from gedragen.core.errors import DeckProblem
from gedragen.core.library import DeckLibrary
from gedragen.core.loader import load_deck
from gedragen.ui.decks.drafts import field_words, place_problems, slug, yaml_locator
from gedragen.ui.decks.editor import DeckEditor
from gedragen.ui.decks.print_dialog import PrintDialog

GOOD_TEXT = "Een collega maakt in de teamkamer steeds grapjes over het accent van een nieuwe stagiair."
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360606060000000050001a5f645400000000049454e44ae426082"
)


@pytest.fixture
def editor(qtbot, data_home: Path) -> DeckEditor:  # type: ignore[no-untyped-def]
    widget = DeckEditor(DeckLibrary(data_home))
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    widget.told = []  # type: ignore[attr-defined]
    # messages would open a modal box; the tests read them instead
    widget.tell = lambda title, message, warning=False: widget.told.append(message)  # type: ignore[method-assign,attr-defined]
    return widget


def _messages(editor: DeckEditor) -> list[str]:
    return [p.message for p in editor.validate_now()]


def _type_text(qtbot, editor: DeckEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.cards.text_edit.clear()
    qtbot.keyClicks(editor.cards.text_edit, text)
    qtbot.waitUntil(lambda: not editor._timer.isActive(), timeout=3000)


def test_new_deck_is_checked_saved_and_reloaded_intact(qtbot, editor: DeckEditor, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    deck = editor.new_deck("Ons team")
    assert deck.id == "ons-team"
    assert any("kaarten" in m for m in _messages(editor))  # an empty deck: the loader asks for cards
    assert not editor.save_button.isEnabled()

    editor.add_card()
    messages = _messages(editor)
    assert "'tekst' mag niet leeg zijn" in messages
    assert not editor.cards.text_problems.isHidden()
    assert "tekst" in editor.cards.text_problems.text()
    assert not editor.save_button.isEnabled()
    assert editor.cards.list.item(0).text().startswith("⚠")

    _type_text(qtbot, editor, GOOD_TEXT)
    assert editor.problems() == []
    assert editor.cards.text_problems.isHidden()
    assert editor.save_button.isEnabled()
    assert editor.cards.text_meter.text().startswith(f"{len(GOOD_TEXT)} / 400 tekens")
    assert "past op een pokerkaart (13 pt)" in editor.cards.text_meter.text()
    editor.cards.text_edit.setPlainText("Onbreekbaarwoord" * 20)
    assert "past niet op een pokerkaart" in editor.cards.text_meter.text()  # the print's own fit rule
    editor.cards.text_edit.setPlainText(GOOD_TEXT)

    editor.add_card()
    editor.cards.text_edit.setPlainText("Te lang. " * 50)
    messages = _messages(editor)
    assert any("te lang" in m and "hoogstens 400" in m for m in messages)
    assert not editor.save_button.isEnabled()
    assert not editor.save()
    editor.cards.text_edit.setPlainText("Een leerling filmt stiekem een docent die boos wordt.")
    editor.cards.questions_edit.setPlainText("Wat doe je?\n\nWie help je?\n")
    editor.cards.note_edit.setPlainText("Zie het protocol van de school.")
    index = editor.cards.kind_combo.findData("team")
    editor.cards.kind_combo.setCurrentIndex(index)
    editor.cards.kind_combo.activated.emit(index)
    assert _messages(editor) == []

    editor.tabs.setCurrentIndex(1)
    editor.themes.list.setCurrentRow(0)
    editor.set_theme_color("#12345")
    messages = _messages(editor)
    assert any("#12345" in m and "#RRGGBB" in m for m in messages)
    assert not editor.themes.theme_color_problems.isHidden()
    assert not editor.save_button.isEnabled()
    editor.set_theme_color("#1F3A7A")
    assert _messages(editor) == []
    assert "goed leesbaar" in editor.themes.contrast_label.text()
    editor.set_theme_color("#FFD27F")
    assert "te licht" in editor.themes.contrast_label.text()  # a warning, not a loader rule
    editor.set_theme_color("#1F3A7A")
    _messages(editor)

    assert editor.save()
    assert not editor.is_dirty()
    saved = data_home / "decks" / "ons-team.yaml"
    assert saved.is_file()

    # a fresh library and editor on the same folder, as after restarting the app
    again = DeckEditor(DeckLibrary(data_home))
    qtbot.addWidget(again)
    again.open_deck("ons-team")
    reloaded = again.draft()
    assert reloaded is not None and reloaded.title == "Ons team" and not reloaded.builtin
    assert [c.text for c in reloaded.cards] == [GOOD_TEXT, "Een leerling filmt stiekem een docent die boos wordt."]
    assert reloaded.cards[1].questions == ("Wat doe je?", "Wie help je?")
    assert reloaded.cards[1].note == "Zie het protocol van de school."
    assert reloaded.cards[1].kind == "team"
    assert reloaded.themes[0].color.upper() == "#1F3A7A"

    # and print it through the print dialog
    dialog = PrintDialog(None, DeckLibrary(data_home), data_home, deck_id="ons-team")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.error is not None, timeout=30000)
    assert dialog.error is None
    preview = dialog.preview
    assert preview is not None and dialog.save_button.isEnabled()
    out = dialog.save_to(data_home / "ons-team.pdf")
    from pypdf import PdfReader

    pages = len(PdfReader(str(out)).pages)
    faces = len(reloaded.cards) + reloaded.blank_cards
    assert preview.cards == faces
    assert pages == len(preview.pages) == 2 * math.ceil(faces / preview.per_sheet)


def test_invalid_deck_is_never_written(qtbot, editor: DeckEditor, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    editor.new_deck("Niet af")
    editor.add_card()
    assert not editor.save()
    assert not (data_home / "decks").exists() or not any((data_home / "decks").glob("*.yaml"))


def test_problem_list_jumps_to_the_card(qtbot, editor: DeckEditor) -> None:  # type: ignore[no-untyped-def]
    editor.new_deck("Sprong", template="vo-mbo")
    draft = editor.draft()
    assert draft is not None
    editor.select_card(draft.cards[5].id)
    editor.cards.text_edit.setPlainText("")
    editor.validate_now()
    editor.select_card(draft.cards[0].id)
    assert editor.problem_list.count() == 1
    assert editor.problem_list.item(0).text().startswith("⚠ Kaart 6:")
    editor.problem_list.itemClicked.emit(editor.problem_list.item(0))
    assert editor.current_card() is not None and editor.current_card().id == draft.cards[5].id  # type: ignore[union-attr]
    assert not editor.cards.text_problems.isHidden()


def test_builtin_deck_is_read_only_until_copied(qtbot, editor: DeckEditor) -> None:  # type: ignore[no-untyped-def]
    editor.open_deck("vo-mbo")
    assert editor.is_read_only()
    assert not editor.cards.form.isEnabled() and not editor.cards.add_card_button.isEnabled()
    assert not editor.readonly_banner.isHidden()
    assert editor.add_card() is None
    assert not editor.save()
    copy = editor.copy_for_editing()
    assert copy is not None and copy.id != "vo-mbo" and not copy.builtin
    assert not editor.is_read_only() and editor.cards.form.isEnabled()
    assert editor.problems() == []
    assert editor.save()


def test_delete_card_asks_first(qtbot, editor: DeckEditor) -> None:  # type: ignore[no-untyped-def]
    editor.new_deck("Weg", template="vo-mbo")
    before = len(editor.draft().cards)  # type: ignore[union-attr]
    questions: list[str] = []
    editor.confirm = lambda title, question, yes, no: questions.append(question) or False  # type: ignore[method-assign]
    qtbot.mouseClick(editor.cards.delete_card_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and len(editor.draft().cards) == before  # type: ignore[union-attr]
    first = editor.current_card()
    editor.confirm = lambda *args: True  # type: ignore[method-assign]
    assert editor.delete_card()
    assert len(editor.draft().cards) == before - 1  # type: ignore[union-attr]
    assert first is not None and not editor.draft().has_card(first.id)  # type: ignore[union-attr]


def test_reorder_and_duplicate(qtbot, editor: DeckEditor) -> None:  # type: ignore[no-untyped-def]
    editor.new_deck("Volgorde", template="vo-mbo")
    ids = [c.id for c in editor.draft().cards]  # type: ignore[union-attr]
    editor.select_card(ids[0])
    editor.move_card(1)
    assert [c.id for c in editor.draft().cards][:2] == [ids[1], ids[0]]  # type: ignore[union-attr]
    copy_id = editor.duplicate_card()
    cards = editor.draft().cards  # type: ignore[union-attr]
    assert cards[2].id == copy_id and cards[2].text == cards[1].text
    assert editor.validate_now() == []


def _deck_file(folder: Path, deck_id: str, title: str, editor: DeckEditor) -> Path:
    base = editor.library.get("vo-mbo")
    deck = dataclasses.replace(base, id=deck_id, title=title, builtin=False, source=None, cards=base.cards[:2])
    path = folder / f"{title}.yaml"
    path.write_text(deck_to_yaml(deck), encoding="utf-8")
    return path


def test_import_with_clashing_id_asks(qtbot, editor: DeckEditor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = editor.import_file(_deck_file(tmp_path, "gedeeld", "Eerste", editor))
    assert first is not None and first.id == "gedeeld"
    asked: list[str] = []

    def answer(choice: str):  # type: ignore[no-untyped-def]
        def ask(deck_id: str, title: str) -> str:
            asked.append(f"{deck_id}:{title}")
            return choice
        return ask

    second = _deck_file(tmp_path, "gedeeld", "Tweede", editor)
    editor.ask_clash = answer("cancel")  # type: ignore[method-assign]
    assert editor.import_file(second) is None
    assert asked == ["gedeeld:Eerste"]
    assert editor.library.get("gedeeld").title == "Eerste"

    editor.ask_clash = answer("copy")  # type: ignore[method-assign]
    copy = editor.import_file(second)
    assert copy is not None and copy.id == "gedeeld-2" and copy.title == "Tweede"
    assert editor.library.get("gedeeld").title == "Eerste"

    editor.ask_clash = answer("replace")  # type: ignore[method-assign]
    replaced = editor.import_file(_deck_file(tmp_path, "gedeeld", "Derde", editor))
    assert replaced is not None and replaced.id == "gedeeld"
    assert DeckLibrary(editor.library.data_dir).get("gedeeld").title == "Derde"
    assert len(asked) == 3


def test_import_of_a_broken_file_tells_where(qtbot, editor: DeckEditor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    editor.tell = lambda title, message, warning=False: told.append(message)  # type: ignore[method-assign]
    bad = tmp_path / "kapot.yaml"
    bad.write_text("format: gedragen-deck/1\nid: kapot\ntitle: x\naudience: po\nkleur: rood\n", encoding="utf-8")
    assert editor.import_file(bad) is None
    assert told and "kapot.yaml" in told[0] and "regel 5" in told[0]
    assert editor.library.find("kapot") is None


def test_import_of_a_builtin_id_is_added_as_copy(qtbot, editor: DeckEditor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor.ask_clash = lambda *args: pytest.fail("a built-in deck cannot be replaced, so nothing to ask")  # type: ignore[method-assign]
    deck = editor.import_file(_deck_file(tmp_path, "vo-mbo", "Aangepast", editor))
    assert deck is not None and deck.id.startswith("vo-mbo-") and not deck.builtin


def test_own_icon_is_copied_and_shared_with_the_deck(qtbot, editor: DeckEditor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor.new_deck("Met plaatje", template="vo-mbo")
    editor.tabs.setCurrentIndex(1)
    editor.themes.list.setCurrentRow(0)
    picture = tmp_path / "logo.png"
    picture.write_bytes(PNG_1PX)
    icon = editor.set_own_icon(picture)
    assert icon is not None and icon.endswith(".png") and "/" in icon
    assert editor.validate_now() == []
    assert editor.save()
    stored = editor.library.get("met-plaatje")
    assert stored.themes[0].icon_path is not None and stored.themes[0].icon_path.is_file()

    out = tmp_path / "gedeeld" / "met-plaatje.yaml"
    out.parent.mkdir()
    written = editor.share(out)
    assert written[0] == out and len(written) == 2 and written[1].is_file()
    shared = load_deck(out)  # loads on its own, icon next to it
    assert shared.themes[0].icon_path is not None and shared.themes[0].icon_path.read_bytes() == PNG_1PX


def test_eigen_situatie_moves_to_another_own_deck(qtbot, editor: DeckEditor) -> None:  # type: ignore[no-untyped-def]
    library = editor.library
    base = library.get("vo-mbo")
    eigen, card = library.add_eigen_situatie(base, "pesten", "school", "Een groep sluit iemand buiten bij het project.")
    editor.new_deck("Bestemming", template="vo-mbo")
    assert editor.save()
    editor.reload_decks(select=eigen.id)
    assert editor.draft() is not None and editor.draft().id == "eigen-situaties"  # type: ignore[union-attr]
    editor.select_card(card.id)
    with qtbot.waitSignal(editor.card_moved, timeout=10_000) as done:  # saved off the UI thread
        assert editor.move_card_to("bestemming"), editor.told  # type: ignore[attr-defined]
    assert done.args == ["bestemming"]
    fresh = DeckLibrary(library.data_dir)
    assert fresh.find("eigen-situaties") is None  # its only card moved, so the empty deck is gone
    moved = fresh.get("bestemming").cards[-1]
    assert moved.text == card.text and moved.theme == "pesten"
    assert editor.draft() is not None and editor.draft().id == "bestemming"  # type: ignore[union-attr]


def test_one_of_several_eigen_situaties_moves(qtbot, editor: DeckEditor) -> None:  # type: ignore[no-untyped-def]
    library = editor.library
    base = library.get("vo-mbo")
    library.add_eigen_situatie(base, "online", "team", "Een collega deelt een foto van de klas op haar eigen account.")
    eigen, card = library.add_eigen_situatie(base, "pesten", "school", "Tijdens de gym wordt iemand uitgelachen.")
    editor.new_deck("Doel", template="vo-mbo")
    assert editor.save()
    editor.reload_decks(select=eigen.id)
    editor.select_card(card.id)
    with qtbot.waitSignal(editor.card_moved, timeout=10_000) as done:  # saved off the UI thread
        assert editor.move_card_to("doel")
    assert done.args == ["doel"]
    fresh = DeckLibrary(library.data_dir)
    assert [c.text for c in fresh.get("eigen-situaties").cards] == [
        "Een collega deelt een foto van de klas op haar eigen account."
    ]
    assert fresh.get("doel").cards[-1].text == card.text


def test_locator_maps_loader_lines_to_fields(editor: DeckEditor) -> None:
    deck = editor.new_deck("Kaart", template="vo-mbo")
    cards = list(deck.cards)
    cards[2] = dataclasses.replace(cards[2], text="")
    cards[4] = dataclasses.replace(cards[4], theme="bestaat-niet")
    broken = dataclasses.replace(deck, cards=tuple(cards))
    text = deck_to_yaml(broken)
    from gedragen.core.errors import DeckError
    from gedragen.core.loader import load_deck_text

    with pytest.raises(DeckError) as caught:
        load_deck_text(text, filename="x.yaml")
    placed = place_problems(caught.value.problems, text, broken)
    assert {(p.part, p.item, p.field) for p in placed} == {("card", 2, "text"), ("card", 4, "theme")}
    locate = yaml_locator("a: 1\nb:\n  - c: 2\n")
    assert locate(3, 8) == ("b", 0, "c")
    assert field_words("'text' mag niet leeg zijn") == "'tekst' mag niet leeg zijn"
    assert slug("Één Team: Groep 7/8!") == "een-team-groep-7-8"
    problem = DeckProblem("x.yaml", 1, 1, "iets")
    assert place_problems([problem], "", broken)[0].part == "deck"


def test_moved_card_keeps_its_estimate_sensitive_mark_and_levels(qtbot, editor: DeckEditor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # the target deck declares no levels: the card's level comes along instead of breaking the target file
    library = editor.library
    source = tmp_path / "niveaus.yaml"
    shutil.copy(Path(__file__).parent.parent / "core" / "data" / "levels.yaml", source)
    library.add_file(source)
    target = tmp_path / "doel.yaml"
    target.write_text(source.read_text(encoding="utf-8").split("levels:")[0].replace("id: niveaus", "id: doel")
                      + "cards:\n  - {id: d-1, theme: pesten, kind: school, text: Een situatie.}\n", encoding="utf-8")
    library.add_file(target)
    editor.reload_decks(select="niveaus")
    editor.select_card("n-03")
    with qtbot.waitSignal(editor.card_moved, timeout=10_000) as done:  # saved off the UI thread
        assert editor.move_card_to("doel"), editor.told  # type: ignore[attr-defined]
    assert done.args == ["doel"]
    fresh = DeckLibrary(library.data_dir).get("doel")
    moved = fresh.cards[-1]
    assert (moved.id, moved.expected, moved.sensitive, moved.levels) == ("n-03", "ongewenst", True, ("onderbouw",))
    assert [(lv.id, lv.label) for lv in fresh.levels] == [("onderbouw", "vo onderbouw")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no named pipes")
def test_an_unusable_own_icon_is_not_copied(qtbot, editor: DeckEditor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A huge (sparse) file, a pipe, a PNG declaring 60000×60000 pixels, an SVG naming another file: refused."""
    import struct
    import zlib

    editor.new_deck("Met plaatje", template="vo-mbo")
    editor.tabs.setCurrentIndex(1)
    editor.themes.list.setCurrentRow(0)
    huge = tmp_path / "groot.png"
    with huge.open("wb") as handle:
        handle.truncate(3 * 1024**3)
    pipe = tmp_path / "pijp.png"
    os.mkfifo(pipe)
    header = struct.pack(">IIBBBBB", 60000, 60000, 8, 6, 0, 0, 0)
    bomb = tmp_path / "bom.png"
    bomb.write_bytes(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + header
                     + struct.pack(">I", zlib.crc32(b"IHDR" + header) & 0xFFFFFFFF))
    svg = tmp_path / "ster.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
                   '<image xlink:href="../geheim/x.png"/></svg>', encoding="utf-8")
    for path, reason in ((huge, "te groot (3072 MB"), (pipe, "geen gewoon bestand"),
                         (bomb, "60000×60000 pixels"), (svg, "verwijst naar een ander bestand")):
        editor.told.clear()  # type: ignore[attr-defined]
        assert editor.set_own_icon(path) is None
        assert len(editor.told) == 1 and reason in editor.told[0], editor.told  # type: ignore[attr-defined]
    copied = [p for p in editor.library.data_dir.rglob("*") if p.suffix in (".png", ".svg")]
    assert copied == []


def test_an_unprintable_card_or_label_cannot_be_saved(qtbot, editor: DeckEditor) -> None:  # type: ignore[no-untyped-def]
    editor.new_deck("Emoji", template="vo-mbo")
    draft = editor.draft()
    assert draft is not None and editor.validate_now() == []
    editor.select_card(draft.cards[2].id)
    editor.cards.text_edit.setPlainText("Iemand stuurt een 🍆 in de klassenapp.")
    problems = editor.validate_now()
    assert [(p.part, p.item, p.field) for p in problems] == [("card", 2, "text")]
    assert "U+1F346" in problems[0].message and f"kaart {draft.cards[2].id}" in problems[0].message
    assert not editor.save_button.isEnabled()
