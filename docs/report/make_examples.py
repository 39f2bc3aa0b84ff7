"""Render the example pages of the report, poster and protocol shown in the README (docs/report/*.png).

Run from the repository root: `.venv/bin/python docs/report/make_examples.py` (needs pdftoppm).
The example session uses the first school cards of each theme in the built-in vo-mbo deck.
The Word documents (word-*.png) are opened with LibreOffice (`libreoffice --headless --convert-to pdf`),
as a school would open them; without LibreOffice those pages are left as they are.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from gedragen.core.library import DeckLibrary
from gedragen.core.session import replay
from gedragen.core.session_io import session_from_dict
from gedragen.export.help_card import read_help_places
from gedragen.export.report import report_data, write_report
from gedragen.export.word import SchoolHelp, write_word
from gedragen.resources import assets_dir

HERE = Path(__file__).resolve().parent
# One agreement per card, in the order of the cards: the themes' first cards, then online and two more.
AGREEMENTS = [
    ("Bij geweld grijpen we in en bellen we de teamleider; de ouders horen het dezelfde dag.", "handhaving"),
    ("Een grap over iemands afkomst of geloof is geen grap: we spreken elkaar er direct op aan.",
     "gedragsregels"),
    ("Zoenen, aanraken of foto's: alleen als de ander echt ja zegt. Twijfel is nee.", "gedragsregels"),
    ("'Homo' als scheldwoord laten we niet passeren; we leggen uit waarom.", None),
    ("Wie ziet dat iemand wordt uitgelachen, zegt er iets van of haalt er een volwassene bij.",
     "gedragsregels"),
    ("We delen geen foto's of filmpjes van anderen zonder dat die persoon het goed vindt.", "privacy"),
    ("Wie bedreigd wordt, meldt het dezelfde dag bij de mentor; dat blijft niet zonder gevolg.",
     "handhaving"),
    ("In de les praten we over nieuws en vooroordelen, met respect voor ieders mening.", "les"),
]


def example_session(library: DeckLibrary) -> dict:
    """A board session with 3 teams and 2 rounds on real cards of the vo-mbo deck."""
    deck = library.find("vo-mbo")
    if deck is None:
        raise SystemExit("de ingebouwde kaartenset vo-mbo is niet gevonden")
    firsts = [next(c.id for c in deck.cards if c.theme == t.id and c.kind == "school") for t in deck.themes]
    seconds = [[c.id for c in deck.cards if c.theme == t.id and c.kind == "school"][1] for t in deck.themes]
    round1, round2 = firsts[:5], [firsts[5], *seconds[:2]]
    zones1 = {"t1": [0, 2, 1, 2, 0], "t2": [1, 2, 2, 2, 2], "t3": [0, 1, 0, 2, 1]}
    zones2 = {"t1": [2, 1, 0], "t2": [2, 2, 1], "t3": [1, 2, 0]}

    def placements(cards: list[str], zones: dict[str, list[int]]) -> list[dict]:
        out = []
        for team, per_card in zones.items():
            filled: dict[int, int] = {}
            for card, zone in zip(cards, per_card, strict=True):
                out.append({"team": team, "card": card, "zone": zone, "order": filled.get(zone, 0)})
                filled[zone] = filled.get(zone, 0) + 1
        return out

    cards = round1 + round2
    outcomes = [{"card": card, "group_zone": 2, "agreement": text, "section": section}
                for card, (text, section) in zip(cards, AGREEMENTS, strict=False)]
    return {
        "format": "gedragen-session/1", "id": "voorbeeld-2026-11-23", "name": "Team onderbouw",
        "started": "2026-11-23T15:30:00+01:00", "ended": "2026-11-23T16:20:00+01:00",
        "deck": {"id": "vo-mbo", "version": deck.version}, "variant": "board",
        "zones": ["Gewenst", "Hangt ervan af", "Ongewenst"],
        "teams": [{"id": "t1", "name": "Sectie talen", "color": "#1F77B4"},
                  {"id": "t2", "name": "Mentoren", "color": "#FF7F0E"},
                  {"id": "t3", "name": "Ondersteuning", "color": "#2CA02C"}],
        "custom_cards": [],
        "rounds": [
            {"number": 1, "cards": round1, "placements": placements(round1, zones1), "debate": [],
             "outcomes": outcomes[:5]},
            {"number": 2, "cards": round2, "placements": placements(round2, zones2), "debate": [],
             "outcomes": outcomes[5:]},
        ],
        "analysis": {"rounds": []},
    }


# A class of the same school, a week later: its agreements join the team's in one protocol draft.
CLASS_AGREEMENTS = [
    ("vo-onl", 0, "In de klassenapp gaat het over school; ruzie los je niet in de app op.", "gedragsregels"),
    ("vo-onl", 1, "We delen geen foto's of filmpjes van anderen zonder dat die persoon het goed vindt.",
     "privacy"),
    ("vo-onl", 2, "Telefoons gaan aan het begin van de les in de telefoonzak, tenzij de docent ze nodig heeft.",
     "les"),
    ("vo-pes", 0, "Wie ziet dat iemand online wordt uitgelachen, maakt een screenshot en laat het de mentor "
     "zien.", "handhaving"),
]
SCHOOL = SchoolHelp(
    school="Het Baken, school voor vmbo, havo en vwo",
    contacts=(("Vertrouwenspersoon", "mevrouw S. Jansen, via de receptie: 030 123 45 67"),
              ("Anti-pestcoördinator", "meneer R. Aydın, kamer B1.04")),
)


def class_session(library: DeckLibrary) -> dict:
    """A quick-sort session of class 2B (vo-mbo deck) with four agreements, one the same as the team's.

    No agreement is about contact between pupils and teachers, so the protocol shows that section's questions.
    """
    deck = library.find("vo-mbo")
    if deck is None:
        raise SystemExit("de ingebouwde kaartenset vo-mbo is niet gevonden")
    cards = []
    outcomes = []
    for prefix, index, text, section in CLASS_AGREEMENTS:
        card = [c.id for c in deck.cards if c.id.startswith(prefix) and c.kind == "school"][index]
        cards.append(card)
        outcomes.append({"card": card, "group_zone": 1, "agreement": text, "section": section})
    placements = []
    for n, team in enumerate(("t1", "t2")):
        filled = [0, 0]
        for i, card in enumerate(cards):
            zone = (i + n) % 2
            placements.append({"team": team, "card": card, "zone": zone, "order": filled[zone]})
            filled[zone] += 1
    return {
        "format": "gedragen-session/1", "id": "voorbeeld-2026-11-30", "name": "Klas 2B",
        "started": "2026-11-30T10:15:00+01:00", "ended": "2026-11-30T11:00:00+01:00",
        "deck": {"id": "vo-mbo", "version": deck.version}, "variant": "quick",
        "zones": ["Gewenst", "Ongewenst"],
        "teams": [{"id": "t1", "name": "Tafel bij het raam", "color": "#1F77B4"},
                  {"id": "t2", "name": "Tafel bij de deur", "color": "#FF7F0E"}],
        "custom_cards": [],
        "rounds": [{"number": 1, "cards": cards, "placements": placements, "debate": [], "outcomes": outcomes}],
        "analysis": {"rounds": []},
    }


def word_examples(folder: Path, library: DeckLibrary, team_data: object) -> None:
    """The three Word documents, opened in LibreOffice and rendered: docs/report/word-*.png."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        print("LibreOffice niet gevonden: de voorbeelden van de Word-documenten blijven zoals ze zijn")
        return
    deck = library.find("vo-mbo")
    klas = report_data(replay(session_from_dict(class_session(library), library.find)), deck)
    school = SchoolHelp(SCHOOL.school, SCHOOL.contacts, read_help_places(assets_dir() / "help" / "hulp-en-melden.yaml"))
    write_word([team_data, klas], folder / "protocol.docx", part="protocol", help_info=school)  # type: ignore[list-item]
    write_word(team_data, folder / "afspraken.docx", part="agreements")  # type: ignore[arg-type]
    write_word(klas, folder / "brief.docx", part="parents", help_info=school)
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    *(str(folder / f"{n}.docx") for n in ("protocol", "afspraken", "brief"))],
                   check=True, capture_output=True, env={**os.environ, "HOME": str(folder)})
    render(folder / "protocol.pdf", 1, "word-protocol")
    render(folder / "protocol.pdf", 2, "word-protocol-blad-2")
    render(folder / "afspraken.pdf", 1, "word-afspraken")
    render(folder / "brief.pdf", 1, "word-brief-aan-ouders")
    render(folder / "brief.pdf", 2, "word-brief-aan-ouders-blad-2")


def render(pdf: Path, page: int, name: str, dpi: int = 60) -> None:
    """One page of a PDF as docs/report/NAME.png."""
    stem = HERE / name
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png",
                    str(pdf), str(stem)], check=True)


def main() -> None:
    """Write the example PDFs to a temporary folder and render the README pages."""
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is nodig")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = DeckLibrary(folder / "home")
        deck = library.find("vo-mbo")
        session = example_session(library)
        data = report_data(replay(session_from_dict(session, library.find)), deck)
        write_report(data, folder / "verslag.pdf")
        write_report(data, folder / "poster-a4.pdf", part="poster", paper="a4")
        write_report(data, folder / "poster-a3.pdf", part="poster", paper="a3")
        write_report(data, folder / "protocol.pdf", part="protocol")
        render(folder / "verslag.pdf", 1, "verslag-samenvatting")
        render(folder / "verslag.pdf", 2, "verslag-ronde")
        render(folder / "poster-a4.pdf", 1, "poster-a4", dpi=50)
        render(folder / "poster-a4.pdf", 2, "poster-a4-blad-2", dpi=50)
        render(folder / "poster-a3.pdf", 1, "poster-a3", dpi=36)
        render(folder / "protocol.pdf", 1, "protocol")
        word = folder / "word"
        word.mkdir()
        word_examples(word, library, data)


if __name__ == "__main__":
    main()
