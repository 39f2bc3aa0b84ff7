"""The session report: gedragen-session/1 files in, PDF out, read back with pypdf.

Every number checked here is computed by hand in the comments below, not by the analysis module.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.core.errors import ExportError
from gedragen.core.session import replay
from gedragen.core.session_io import session_from_dict
from gedragen.export.report import report_data, write_report
from gedragen.export.report_common import ReportData

THEMES = (
    Theme("agressie", "Agressie en geweld", "#B2182B", "agressie"),
    Theme("discriminatie", "Vooroordelen en discriminatie", "#8C510A", "discriminatie"),
    Theme("seksualiteit", "Liefde, seks en relaties", "#C51B7D", "seksualiteit"),
    Theme("diversiteit", "Seksuele en genderdiversiteit", "#5E3C99", "diversiteit"),
    Theme("pesten", "Pesten", "#01665E", "pesten"),
    Theme("online", "Online gedrag en sociale media", "#2166AC", "online"),
)
# Each text starts with a word found nowhere else, so its place in the extracted text is unambiguous.
CARD_TEXTS = {
    "k-a": ("online", "Appelflap: een leerling plaatst een foto van een klasgenoot zonder het te vragen."),
    "k-b": ("online", "Bosbes: in de klassenapp wordt een screenshot van een privébericht gedeeld."),
    "k-c": ("pesten", "Citroen: een collega wordt steeds niet uitgenodigd voor de vrijdagborrel."),
    "k-d": ("agressie", "Dadel: twee leerlingen duwen elkaar op de gang; een derde filmt het."),
    "k-e": ("pesten", "Eikel: een leerling krijgt elke dag een bijnaam die hij niet leuk vindt."),
    "k-f": ("agressie", "Framboos: een ouder schreeuwt bij het hek tegen een leraar."),
}
AGREEMENTS = {
    "k-b": "We delen geen screenshots van privéberichten zonder toestemming.",
    "k-a": "Bij twijfel vragen we het eerst aan de ander.",
    "k-f": "Wie een ruzie filmt, wordt aangesproken door de mentor.",
    "eigen-1": "Berichten van ouders beantwoorden we alleen tijdens werktijd.",
}


def make_deck() -> Deck:
    """A small deck with the six built-in themes and icons."""
    return Deck(
        id="proef",
        title="Proefset voor het verslag",
        audience="vo-mbo",
        kinds=(Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark")),
        themes=THEMES,
        cards=tuple(Card(cid, theme, "school", text) for cid, (theme, text) in CARD_TEXTS.items()),
        version="2026.1",
    )


def board_session() -> dict[str, Any]:
    """Board session, k = 3, teams t1..t3, two rounds, placed by hand.

    Round 1 zones (t1, t2, t3): k-a (0, 1, 2) · k-b (0, 2, 0) · k-c (1, 1, 1) · k-d (2, 2, 1)
      p = z/2 → D: k-a 1, k-b 1, k-c 0, k-d 0.5
      std of p: k-a sqrt(1/6) = 0.408, k-b sqrt(2/9) = 0.471 → k-b before k-a (card id alone says k-a)
      disagreement order: k-b, k-a, k-d, k-c; median_low: k-b 0, k-a 1, k-d 2, k-c 1
      rankings: t1 b a c d · t2 a c d b · t3 b c d a
      mean ranks: a 7/3, b 2, c 7/3, d 10/3 → consensus b, a, c, d (a and c tie, by id)
      tau-b: t1–t2 (3 conc, 3 disc) 0 · t1–t3 (4, 2) 0.333 · t2–t3 (1, 5) −0.667
    Round 2: k-e (0, 0, 0) D 0 · k-f (2, 2, 0) D 1 · eigen-1 (1, 2, 1) D 0.5
    """
    def board(team: str, zones: list[list[str]]) -> list[dict[str, Any]]:
        return [{"team": team, "card": c, "zone": z, "order": o}
                for z, cards in enumerate(zones) for o, c in enumerate(cards)]

    r1 = (board("t1", [["k-b", "k-a"], ["k-c"], ["k-d"]])
          + board("t2", [[], ["k-a", "k-c"], ["k-d", "k-b"]])
          + board("t3", [["k-b"], ["k-c", "k-d"], ["k-a"]]))
    r2 = (board("t1", [["k-e"], ["eigen-1"], ["k-f"]])
          + board("t2", [["k-e"], [], ["k-f", "eigen-1"]])
          + board("t3", [["k-e", "k-f"], ["eigen-1"], []]))
    return {
        "format": "gedragen-session/1",
        "id": "sessie-bord-1",
        "name": "Team onderbouw",
        "started": "2026-11-23T20:15:00+01:00",
        "ended": "2026-11-23T21:00:00+01:00",
        "deck": {"id": "proef", "version": "2026.1"},
        "variant": "board",
        "zones": ["Gewenst", "Hangt ervan af", "Ongewenst"],
        "teams": [
            {"id": "t1", "name": "De Uilen", "color": "#1F77B4"},
            {"id": "t2", "name": "Vossenclub", "color": "#FF7F0E"},
            {"id": "t3", "name": "Tijgers", "color": "#2CA02C"},
        ],
        "custom_cards": [{"id": "eigen-1", "theme": "online", "kind": "school",
                          "text": "Gumbal: een ouder stuurt de mentor 's avonds laat berichten."}],
        "rounds": [
            {"number": 1, "cards": ["k-a", "k-b", "k-c", "k-d"], "placements": r1, "debate": [],
             "outcomes": [
                 {"card": "k-b", "group_zone": 2, "agreement": AGREEMENTS["k-b"], "section": "privacy"},
                 {"card": "k-a", "group_zone": 1, "agreement": AGREEMENTS["k-a"], "section": None},
             ]},
            {"number": 2, "cards": ["k-e", "k-f", "eigen-1"], "placements": r2, "debate": [],
             "outcomes": [
                 {"card": "k-f", "group_zone": 2, "agreement": AGREEMENTS["k-f"], "section": "handhaving"},
                 {"card": "k-e", "group_zone": 0, "agreement": "", "section": None},
                 {"card": "eigen-1", "group_zone": 1, "agreement": AGREEMENTS["eigen-1"],
                  "section": "contact"},
             ]},
        ],
        "analysis": {"rounds": []},
    }


def debate_session() -> dict[str, Any]:
    """Walking debate: no teams, no placements.

    k-a before [12, 8] after [9, 11]: 9/20 − 12/20 = −15 pp; k-c before [5, 15] after [10, 10]: +25 pp.
    """
    return {
        "format": "gedragen-session/1", "id": "sessie-debat", "name": "Klas 2B",
        "started": "2026-11-24T09:00:00+01:00", "ended": None,
        "deck": {"id": "proef", "version": "2026.1"}, "variant": "debate",
        "zones": ["Gewenst", "Ongewenst"], "teams": [], "custom_cards": [],
        "rounds": [{"number": 1, "cards": ["k-a", "k-c"], "placements": [],
                    "debate": [{"card": "k-a", "before": [12, 8], "after": [9, 11]},
                               {"card": "k-c", "before": [5, 15], "after": [10, 10]}],
                    "outcomes": [{"card": "k-a", "group_zone": 1,
                                  "agreement": "Eerst vragen, dan pas posten.", "section": "gedragsregels"}]}],
        "analysis": {"rounds": []},
    }


def empty_session() -> dict[str, Any]:
    """A board session that was started and ended without a single round."""
    data = board_session()
    data.update(id="sessie-leeg", name="Lege sessie", rounds=[])
    return data


def to_report_data(session: dict[str, Any]) -> ReportData:
    """The session dict through session_io, the rules and the analysis, to report data."""
    deck = make_deck()
    events = session_from_dict(copy.deepcopy(session), {deck.id: deck}.get)
    return report_data(replay(events), deck)


def pdf_text(path: Path) -> list[str]:
    """Text per page, whitespace folded to single spaces."""
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in PdfReader(path).pages]


def assert_fonts_embedded(path: Path) -> None:
    """Every font in the PDF is an embedded TrueType (FontFile2); no standard-14 font."""
    reader = PdfReader(path)
    seen = 0
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            seen += 1
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"font zonder descriptor: {font.get('/BaseFont')}"
            assert "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")
    assert seen > 0


def order_of(text: str, needles: list[str]) -> list[int]:
    """Positions of the needles in the text (each must occur)."""
    found = [text.find(n) for n in needles]
    assert all(i >= 0 for i in found), list(zip(needles, found, strict=True))
    return found


@pytest.fixture(scope="module")
def full_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The full report of the board session, written once for the tests below."""
    out = tmp_path_factory.mktemp("verslag") / "verslag.pdf"
    write_report(to_report_data(board_session()), out)
    return out, pdf_text(out)


def test_summary_names_session_deck_variant_and_teams(full_report: tuple[Path, list[str]]) -> None:
    _, pages = full_report
    first = pages[0]
    for expected in ("Team onderbouw", "maandag 23 november 2026, 20:15–21:00", "Proefset voor het verslag",
                     "versie 2026.1", "Op het bord (rangschikken)", "Gewenst", "Hangt ervan af",
                     "De Uilen", "Vossenclub", "Tijgers"):
        assert expected in first, expected
    assert "Voortgezet onderwijs en mbo" in first


def test_round_page_lists_cards_in_disagreement_order_with_hand_computed_numbers(
    full_report: tuple[Path, list[str]],
) -> None:
    _, pages = full_report
    round1 = next(p for p in pages if "Ronde 1" in p)
    table = round1[round1.index("Volgorde van onenigheid"):]
    positions = order_of(table, ["Bosbes", "Appelflap", "Dadel", "Citroen"])
    assert positions == sorted(positions)
    # D has ties (1, 1), so the std tie-break column is shown, largest first
    spread = order_of(table, ["0,471", "0,408"])
    assert spread == sorted(spread)
    assert re.search(r"Bosbes.*?1,00.*?0,471.*?Gewenst", table)
    assert re.search(r"Appelflap.*?1,00.*?0,408.*?Hangt ervan af", table)
    assert re.search(r"Dadel.*?0,50.*?Ongewenst", table)
    assert re.search(r"Citroen.*?0,00.*?Hangt ervan af", table)


def test_round_page_shows_consensus_and_kendall_tau(full_report: tuple[Path, list[str]]) -> None:
    _, pages = full_report
    round1 = next(p for p in pages if "Ronde 1" in p)
    consensus = round1[round1.index("Gezamenlijke volgorde"):]
    assert re.search(r"1\. k-b Bosbes.*2\. k-a Appelflap.*3\. k-c Citroen.*4\. k-d Dadel", consensus)
    tau = round1[round1.index("Teams onderling"):]
    # rows: t1 (—, 0, 0.33), t2 (0, —, −0.67), t3 (0.33, −0.67, —)
    assert re.search(r"A De Uilen — 0,00 0,33", tau)
    assert re.search(r"B Vossenclub 0,00 — −0,67", tau)
    assert re.search(r"C Tijgers 0,33 −0,67 —", tau)


def test_agreements_page_and_poster_are_in_the_report(full_report: tuple[Path, list[str]]) -> None:
    path, pages = full_report
    agreements = next(p for p in pages if "Positie groep" in p)
    for text in AGREEMENTS.values():
        assert text in agreements
    assert re.search(r"screenshot van een privébericht.*Ongewenst.*We delen geen.*Privacy en", agreements)
    assert "Gumbal" in agreements.split("Eigen situaties", 1)[1]
    assert "Onze afspraken" in pages[-1]
    assert "Team onderbouw" in pages[-1]
    assert_fonts_embedded(path)


def test_debate_session_report_shows_heads_and_shift(tmp_path: Path) -> None:
    out = tmp_path / "debat.pdf"
    write_report(to_report_data(debate_session()), out)
    text = " ".join(pdf_text(out))
    assert "Overloopdebat" in text
    assert re.search(r"Appelflap.*12 / 8 9 / 11 −15 pp", text)
    assert re.search(r"Citroen.*5 / 15 10 / 10 \+25 pp", text)
    assert "geen teams" in text
    assert "Eerst vragen, dan pas posten." in text


def test_empty_session_gives_a_sensible_report(tmp_path: Path) -> None:
    out = tmp_path / "leeg.pdf"
    write_report(to_report_data(empty_session()), out)
    text = " ".join(pdf_text(out))
    assert "nog geen rondes gespeeld" in text
    assert "Er zijn in deze sessie nog geen afspraken vastgelegd." in text
    assert "Onze afspraken" in text


def test_text_without_glyph_is_replaced_not_fatal(tmp_path: Path) -> None:
    session = board_session()
    session["rounds"][0]["outcomes"][0]["agreement"] = "Duim omhoog 👍 voor wie helpt."
    out = tmp_path / "emoji.pdf"
    write_report(to_report_data(session), out)
    text = " ".join(pdf_text(out))
    assert "Duim omhoog" in text and "👍" not in text


def test_progress_reaches_its_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write_report(to_report_data(board_session()), tmp_path / "p.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_bad_part_paper_or_folder_is_an_export_error(tmp_path: Path) -> None:
    data = to_report_data(empty_session())
    with pytest.raises(ExportError, match="onderdeel"):
        write_report(data, tmp_path / "x.pdf", part="alles")
    with pytest.raises(ExportError, match="papierformaat"):
        write_report(data, tmp_path / "x.pdf", paper="a5")
    with pytest.raises(ExportError):
        write_report(data, tmp_path / "bestaat-niet" / "x.pdf")
    assert not list(tmp_path.iterdir())


def test_write_report_takes_a_session_state_and_its_deck(tmp_path: Path) -> None:
    deck = make_deck()
    state = replay(session_from_dict(board_session(), {deck.id: deck}.get))
    out = tmp_path / "poster.pdf"
    write_report(state, out, part="poster", deck=deck)
    text = pdf_text(out)[0]
    assert AGREEMENTS["k-f"] in text and "Agressie en geweld" in text


def test_markup_characters_in_names_are_shown_as_typed(tmp_path: Path) -> None:
    session = board_session()
    session["name"] = "Klas 2B & 2C <samen>"
    session["teams"][0]["name"] = "R&D-team"
    out = tmp_path / "tekens.pdf"
    write_report(to_report_data(session), out)
    pages = pdf_text(out)
    assert "Klas 2B & 2C <samen>" in pages[0] and "R&D-team" in pages[0]
    assert all("&amp;" not in page for page in pages)
    assert "Gedragen gedrag · verslag · Klas 2B & 2C <samen>" in pages[1]


def test_report_without_its_deck_still_lists_the_agreements(tmp_path: Path) -> None:
    deck = make_deck()
    state = replay(session_from_dict(board_session(), {deck.id: deck}.get))
    out = tmp_path / "zonder-set.pdf"
    write_report(report_data(state, None), out, part="poster")
    text = pdf_text(out)[0]
    # eigen-1 keeps its theme (the session holds it); deck cards fall under 'Overige afspraken'
    assert "Overige afspraken" in text and AGREEMENTS["k-f"] in text and AGREEMENTS["eigen-1"] in text


def test_largest_rounds_flow_over_pages(tmp_path: Path) -> None:
    """40 cards (the most a round may hold) for 8 teams on 5 zones, and a 40-card walking debate."""
    custom = [{"id": f"eigen-{i}", "theme": THEMES[i % 6].id, "kind": "school",
               "text": f"Situatie {i}: iemand stuurt een bericht door dat niet voor de hele klas bedoeld was."}
              for i in range(1, 41)]
    ids = [c["id"] for c in custom]
    teams = [{"id": f"t{n}", "name": f"Team {n}", "color": "#336699"} for n in range(1, 9)]
    placements = []
    for n, team in enumerate(teams):
        zones: dict[int, int] = {}
        for i, card in enumerate(ids):
            zone = (i + n) % 5
            placements.append({"team": team["id"], "card": card, "zone": zone, "order": zones.get(zone, 0)})
            zones[zone] = zones.get(zone, 0) + 1
    board = board_session()
    board.update(teams=teams, custom_cards=custom,
                 zones=["Gewenst", "Eerder gewenst", "Hangt ervan af", "Eerder ongewenst", "Ongewenst"],
                 rounds=[{"number": 1, "cards": ids, "placements": placements, "debate": [], "outcomes": []}])
    out = tmp_path / "groot.pdf"
    write_report(to_report_data(board), out)
    text = " ".join(pdf_text(out))
    assert all(f"Situatie {i}:" in text for i in range(1, 41))
    assert "Team 8" in text

    debate = debate_session()
    debate.update(custom_cards=custom, rounds=[{
        "number": 1, "cards": ids, "placements": [], "outcomes": [],
        "debate": [{"card": c, "before": [i, 40 - i], "after": [40 - i, i]} for i, c in enumerate(ids)]}])
    out = tmp_path / "groot-debat.pdf"
    write_report(to_report_data(debate), out)
    # card 40 (index 39): before 39/1, after 1/39 → 1/40 − 39/40 = −95 pp
    assert re.search(r"Situatie 40:.*?39 / 1 1 / 39 −95 pp", " ".join(pdf_text(out)))


def test_the_report_uses_the_apps_words(full_report: tuple[Path, list[str]]) -> None:
    """Vak, Verschil and Werkvorm as on the screen; never zone, D alone, Spelvorm or Mediaanzone."""
    text = " ".join(full_report[1])
    assert "Werkvorm" in text and "Vakken" in text and "Verschil" in text and "Middelste vak" in text
    for word in ("Spelvorm", "Mediaanzone", "mediaanzone", " zone", "Zones"):
        assert word not in text, word
