"""Word documents: the protocol draft (one or several sessions), the agreements and the letter to parents.

Every document is read back with python-docx: the headings with their Word styles, every agreement once
under the right section or theme, where each came from, and what the parent letter must and must not say.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from docx import Document
from test_report import AGREEMENTS, CARD_TEXTS, board_session, debate_session, to_report_data

from gedragen.core.errors import ExportError
from gedragen.export.help_card import HelpPlace, read_help_places
from gedragen.export.word import GUIDING_QUESTIONS, SchoolHelp, clean_text, write_word
from gedragen.resources import assets_dir

SECTION_HEADINGS = [
    "Gedragsregels",
    "Privacy en gegevensbescherming",
    "Contact tussen leerlingen en leraren",
    "Sociale media in de les",
    "Handhaving en consequenties",
    "Nog in te delen",
]
# board session: k-b → privacy, eigen-1 → contact, k-f → handhaving, k-a untagged
EXPECTED = {
    "Privacy en gegevensbescherming": [AGREEMENTS["k-b"]],
    "Contact tussen leerlingen en leraren": [AGREEMENTS["eigen-1"]],
    "Handhaving en consequenties": [AGREEMENTS["k-f"]],
    "Nog in te delen": [AGREEMENTS["k-a"]],
}
TEAM_NAMES = ("De Uilen", "Vossenclub", "Tijgers")
HELP = SchoolHelp(
    school="Het Baken, locatie Noord",
    contacts=(("Vertrouwenspersoon", "Mevr. A. de Vries, kamer 1.12, 06-12345678"),
              ("Anti-pestcoördinator", "Dhr. K. Bakker, via de receptie")),
    places=(HelpPlace("De Kindertelefoon", "0800-0432", "kindertelefoon.nl", "Gratis en anoniem."),
            HelpPlace("Helpwanted.nl", "", "helpwanted.nl", "Hulp bij online grensoverschrijdend gedrag.")),
)


def blocks(path: Path, level: str = "Heading 1") -> dict[str, list[tuple[str, str]]]:
    """{heading text: [(style name, text)] of the paragraphs up to the next heading of that style}."""
    found: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    for paragraph in Document(str(path)).paragraphs:
        if paragraph.style.name == level:
            current = found.setdefault(paragraph.text, [])
        elif current is not None:
            current.append((paragraph.style.name, paragraph.text))
    return found


def bullets(block: list[tuple[str, str]]) -> list[str]:
    """The texts of the list items (the agreements) of a block."""
    return [text for style, text in block if style == "List Bullet"]


def all_text(path: Path) -> str:
    """Every text of the document, headers, footers and tables included."""
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_protocol_has_a_heading_per_section_and_each_agreement_once_under_it(tmp_path: Path) -> None:
    out = write_word(to_report_data(board_session()), tmp_path / "protocol.docx", part="protocol")
    doc = Document(str(out))
    assert doc.paragraphs[0].style.name == "Title" and doc.paragraphs[0].text == "Concept-protocol sociale media"
    assert doc.core_properties.title == "Concept-protocol sociale media"
    sections = blocks(out)
    assert list(sections) == [*SECTION_HEADINGS, "Vaststelling"]
    for heading in SECTION_HEADINGS:
        assert bullets(sections[heading]) == EXPECTED.get(heading, []), heading
    text = all_text(out)
    for agreement in AGREEMENTS.values():
        assert text.count(agreement) == 1, agreement
    # where each came from: the situation it was agreed on
    privacy = [t for s, t in sections["Privacy en gegevensbescherming"] if s == "Bron"]
    assert privacy == [f"Bij de situatie: {CARD_TEXTS['k-b'][1]}"]
    assert "Team onderbouw (23 november 2026)" in text
    headings2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert headings2 == ["Waar de afspraken vandaan komen"]


def test_protocol_asks_guiding_questions_only_where_no_agreement_exists(tmp_path: Path) -> None:
    out = write_word(to_report_data(board_session()), tmp_path / "protocol.docx", part="protocol")
    sections = blocks(out)
    for sid, heading in (("gedragsregels", "Gedragsregels"), ("les", "Sociale media in de les")):
        questions = [t for s, t in sections[heading] if s == "Gespreksvraag"]
        assert questions == list(GUIDING_QUESTIONS[sid]) and questions, heading
    for heading in EXPECTED:
        assert not [t for s, t in sections[heading] if s == "Gespreksvraag"], heading


def test_merged_protocol_names_the_source_session_of_every_agreement(tmp_path: Path) -> None:
    second = debate_session()  # "Klas 2B", 24 november: one agreement under gedragsregels
    # the same agreement (other case and spacing) in the second session stays one item with two sources
    second["rounds"][0]["outcomes"].append(
        {"card": "k-c", "group_zone": 1, "agreement": "  we delen geen screenshots van privéberichten "
         "zonder   toestemming. ", "section": "privacy"})
    out = write_word([to_report_data(board_session()), to_report_data(second)], tmp_path / "samen.docx")
    sections = blocks(out)
    assert list(sections)[:len(SECTION_HEADINGS)] == SECTION_HEADINGS
    rules = sections["Gedragsregels"]
    assert bullets(rules) == ["Eerst vragen, dan pas posten."]
    assert [t for s, t in rules if s == "Bron"] == [
        f"Uit: Klas 2B, 24 november 2026 – bij de situatie: {CARD_TEXTS['k-a'][1]}"]
    privacy = sections["Privacy en gegevensbescherming"]
    assert bullets(privacy) == [AGREEMENTS["k-b"]]
    assert [t for s, t in privacy if s == "Bron"] == [
        f"Uit: Team onderbouw, 23 november 2026 – bij de situatie: {CARD_TEXTS['k-b'][1]}\n"
        f"Uit: Klas 2B, 24 november 2026 – bij de situatie: {CARD_TEXTS['k-c'][1]}"]
    handhaving = sections["Handhaving en consequenties"]
    assert [t for s, t in handhaving if s == "Bron"] == [
        f"Uit: Team onderbouw, 23 november 2026 – bij de situatie: {CARD_TEXTS['k-f'][1]}"]
    origin = blocks(out, "Heading 2")["Waar de afspraken vandaan komen"]
    assert bullets(origin)[:2] == ["Team onderbouw (23 november 2026): Proefset voor het verslag, 4 afspraken",
                                   "Klas 2B (24 november 2026): Proefset voor het verslag, 2 afspraken"]


def test_the_same_session_twice_is_merged_once(tmp_path: Path) -> None:
    data = to_report_data(board_session())
    out = write_word([data, data], tmp_path / "twee-keer.docx")
    assert all_text(out).count(AGREEMENTS["k-b"]) == 1


def test_agreements_are_an_editable_list_grouped_by_theme(tmp_path: Path) -> None:
    out = write_word(to_report_data(board_session()), tmp_path / "afspraken.docx", part="agreements")
    doc = Document(str(out))
    assert doc.paragraphs[0].style.name == "Title" and doc.paragraphs[0].text == "Onze afspraken"
    assert doc.paragraphs[1].text == "Team onderbouw (23 november 2026)"
    themes = blocks(out)
    # deck order: agressie before online; themes without agreements are left out
    assert list(themes) == ["Agressie en geweld", "Online gedrag en sociale media"]
    assert bullets(themes["Agressie en geweld"]) == [AGREEMENTS["k-f"]]
    assert bullets(themes["Online gedrag en sociale media"]) == [AGREEMENTS["k-b"], AGREEMENTS["k-a"],
                                                                AGREEMENTS["eigen-1"]]
    text = all_text(out)
    for agreement in AGREEMENTS.values():
        assert text.count(agreement) == 1, agreement


def test_parent_letter_has_help_agreements_and_themes_but_no_names_or_card_texts(tmp_path: Path) -> None:
    out = write_word(to_report_data(board_session()), tmp_path / "brief.docx", part="parents", help_info=HELP)
    text = all_text(out)
    for name in (*TEAM_NAMES, "Groep 1"):
        assert name not in text, name
    for _theme, card_text in CARD_TEXTS.values():
        assert card_text not in text and card_text.split(":")[0] not in text, card_text
    assert "Gumbal" not in text  # the eigen situatie neither
    parts = blocks(out, "Heading 2")
    assert list(parts) == ["Waar we het over hadden", "Wat we hebben afgesproken", "Zo kunt u thuis helpen",
                           "Waar u terechtkunt"]
    assert bullets(parts["Waar we het over hadden"]) == ["Agressie en geweld", "Pesten",
                                                        "Online gedrag en sociale media"]
    assert bullets(parts["Wat we hebben afgesproken"]) == [AGREEMENTS[k] for k in ("k-b", "k-a", "k-f", "eigen-1")]
    where = bullets(parts["Waar u terechtkunt"])
    assert where[:2] == ["Vertrouwenspersoon: Mevr. A. de Vries, kamer 1.12, 06-12345678",
                         "Anti-pestcoördinator: Dhr. K. Bakker, via de receptie"]
    assert where[2:] == ["De Kindertelefoon (0800-0432 · kindertelefoon.nl): Gratis en anoniem.",
                         "Helpwanted.nl (helpwanted.nl): Hulp bij online grensoverschrijdend gedrag."]
    assert "Het Baken, locatie Noord" in text
    # the teacher fills in greeting and signature; vo-mbo deck: the vo/mbo wording
    for placeholder in ("[Beste ouders en verzorgers,]", "[Naam]", "[Plaats], [datum]"):
        assert placeholder in text, placeholder
    assert "uw zoon of dochter" in text and "maandag 23 november 2026" in text
    assert "uw kind" not in text


def test_parent_letter_in_po_wording_with_the_shipped_helplines_and_placeholders_for_contacts(
    tmp_path: Path,
) -> None:
    data = to_report_data(board_session())
    data = type(data)(**{**{f: getattr(data, f) for f in data.__dataclass_fields__ if f != "_cards"},
                         "deck_audience": "po"})
    places = read_help_places(assets_dir() / "help" / "hulp-en-melden.yaml")
    out = write_word(data, tmp_path / "brief-po.docx", part="parents", help_info=SchoolHelp(places=places))
    text = all_text(out)
    assert "de kinderen" in text and "uw kind" in text and "uw zoon of dochter" not in text
    for place in places:
        assert place.name in text and place.web in text, place.name
    assert "De Kindertelefoon (0800-0432 · kindertelefoon.nl)" in text
    # no contacts in the settings yet: marked places for the teacher to fill in
    assert "Vertrouwenspersoon: [naam en hoe u deze persoon bereikt]" in text
    assert "[Naam van de school]" in text


def test_typed_text_is_kept_intact_and_xml_forbidden_characters_are_dropped(tmp_path: Path) -> None:
    typed = 'Zoë zegt: "niet <b>delen</b> & 😀 ✅"\tna een tab\nen een nieuwe regel [geen plek]'
    session = board_session()
    session["name"] = "Klas 2B 🙂"
    session["rounds"][0]["outcomes"][0]["agreement"] = typed + "\x01\x1f"
    session["rounds"][1]["outcomes"][0]["agreement"] = "Eerst\x0bvragen\r\ndan posten"
    data = to_report_data(session)
    for part in ("protocol", "agreements", "parents"):
        out = write_word(data, tmp_path / f"{part}.docx", part=part, help_info=HELP)
        texts = [p.text for p in Document(str(out)).paragraphs]
        assert texts.count(typed) == 1, part
        assert texts.count("Eerst\nvragen\ndan posten") == 1, part
    agreements = tmp_path / "agreements.docx"
    assert Document(str(agreements)).paragraphs[1].text == "Klas 2B 🙂 (23 november 2026)"
    # a lone surrogate cannot come from a session (the rules refuse it) nor go into Word
    assert clean_text("a\ud800b\ufffe😀") == "ab😀"
    # text the school typed is never marked as a placeholder, even with brackets in it
    para = next(p for p in Document(str(agreements)).paragraphs if p.text == typed)
    assert all(run.font.highlight_color is None for run in para.runs)


def test_write_failure_gives_one_dutch_line_and_leaves_the_old_file(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "protocol.docx"
    out.write_bytes(b"oud document")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError) as caught:
        write_word(to_report_data(board_session()), out, part="protocol")
    message = str(caught.value)
    assert message == f"{out}: kan het bestand niet schrijven: de schijf is vol"
    assert out.read_bytes() == b"oud document"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["protocol.docx"]


def test_missing_folder_and_bad_part_are_refused_in_dutch(tmp_path: Path) -> None:
    data = to_report_data(board_session())
    with pytest.raises(ExportError, match="kan het bestand niet schrijven: de map of het bestand bestaat niet"):
        write_word(data, tmp_path / "weg" / "brief.docx", part="parents")
    with pytest.raises(ExportError, match="onbekend onderdeel 'poster'"):
        write_word(data, tmp_path / "x.docx", part="poster")
    with pytest.raises(ExportError, match="alleen het concept-protocol"):
        write_word([data, to_report_data(debate_session())], tmp_path / "x.docx", part="parents")
    assert list(tmp_path.iterdir()) == []


def test_documents_are_a4_with_a_page_number_in_the_footer(tmp_path: Path) -> None:
    out = write_word(to_report_data(board_session()), tmp_path / "afspraken.docx", part="agreements")
    section = Document(str(out)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("Onze afspraken · blad")
    assert "PAGE" in footer._p.xml


def test_read_help_places_refuses_a_broken_file_in_one_dutch_line(tmp_path: Path) -> None:
    broken = tmp_path / "hulp-en-melden.yaml"
    broken.write_text("format: gedragen-help/1\nplaces: [\n", encoding="utf-8")
    with pytest.raises(ExportError, match=r"geen geldige YAML \(regel \d+\)") as caught:
        read_help_places(broken)
    assert len(str(caught.value).splitlines()) == 1
    broken.write_text("format: gedragen-help/1\nplaces: {naam: x}\n", encoding="utf-8")
    with pytest.raises(ExportError, match="niet de vorm gedragen-help/1"):
        read_help_places(broken)
    broken.write_bytes("format: gedragen-help/1\nplaces: []\n".encode("utf-16"))
    with pytest.raises(ExportError, match="UTF-8"):
        read_help_places(broken)
