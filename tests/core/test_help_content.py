"""Content of the shipped Hulp en melden file: the national places a facilitator needs, with the right numbers.

The file is read the way the app reads it (load_help), so a place that is missing, misspelled or carries a
wrong number shows up here; the A5 help card printed from it still fits one sheet, front and back.
"""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from gedragen.export.help_card import HelpCard, places_from, render_help_card
from gedragen.ui.common.help_info import HelpInfo, load_help

# name -> (phone, web); "" where the place has no phone number on the card
REQUIRED_PLACES = {
    "De Kindertelefoon": ("0800-0432", "kindertelefoon.nl"),
    "Veilig Thuis": ("0800-2000", "veiligthuis.nl"),
    "Helpwanted.nl": ("", "helpwanted.nl"),
    "113 Zelfmoordpreventie": ("0800-0113", "113.nl"),
    "Centrum Seksueel Geweld": ("0800-0188", "centrumseksueelgeweld.nl"),
    "Politie": ("0900-8844", "politie.nl"),
    "Meld Misdaad Anoniem": ("0800-7000", "meldmisdaadanoniem.nl"),
    "Halt": ("", "halt.nl"),
    "Discriminatie.nl": ("", "discriminatie.nl"),
    "Vertrouwensinspecteur": ("0900-111 3 111", "onderwijsinspectie.nl"),
}
# a Dutch free (0800) or information (0900) number as the card prints it
PHONE = re.compile(r"^0[89]00-[0-9]{3,4}( [0-9]{1,3})*$")


def shipped() -> HelpInfo:
    return load_help()


def test_every_required_place_is_there_with_its_number_and_website() -> None:
    places = {p.name: (p.phone, p.web) for p in shipped().places}
    wrong = {name: places.get(name) for name, want in REQUIRED_PLACES.items() if places.get(name) != want}
    assert wrong == {}, "ontbrekend of ander nummer/website"


def test_every_place_says_what_it_is_for() -> None:
    assert all(p.about.strip() for p in shipped().places)


def test_phone_numbers_have_the_printed_form() -> None:
    bad = [(p.name, p.phone) for p in shipped().places if p.phone and not PHONE.match(p.phone)]
    assert bad == []


def test_phone_pattern_accepts_the_forms_in_use_and_refuses_typos() -> None:
    assert all(PHONE.match(n) for n in ("0800-0432", "0900-8844", "0900-111 3 111"))
    assert not any(PHONE.match(n) for n in ("0800 0432", "08000432", "0800-04a2", "112"))


def test_emergency_number_is_named() -> None:
    info = shipped()
    assert any("112" in step for step in info.now)
    assert any("112" in p.about for p in info.places)


def test_a_step_for_when_a_staff_member_is_involved() -> None:
    steps = [s for s in shipped().now if "medewerker" in s]
    assert len(steps) == 1
    step = steps[0]
    assert "schoolbestuur" in step and "meteen" in step and "meldplicht" in step


def test_the_a5_help_card_of_the_shipped_file_is_one_sheet(tmp_path: Path) -> None:
    """Front: the steps and the school's contacts; back: every national place. No third page."""
    info = shipped()
    card = HelpCard(title=info.title, intro=info.intro, steps=info.now, places=places_from(info.places),
                    contacts=(("Vertrouwenspersoon", "mevrouw Jansen, kamer 2.14, via de administratie"),
                              ("Anti-pestcoördinator", "meneer De Boer, kamer 1.03"),
                              ("Mentor", "zie het rooster van de klas")),
                    school="Scholengemeenschap Het Voorbeeld")
    out = tmp_path / "hulpkaart.pdf"
    assert render_help_card(card, out) == 2
    front, back = (" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)
    assert "zie het rooster van de klas" in front
    for name, (phone, web) in REQUIRED_PLACES.items():
        assert name in back and web in back
        if phone:
            assert phone in back
