"""The poster 'Onze afspraken': grouped by theme, large type, flowing onto extra sheets, A4 and A3."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_report import AGREEMENTS, assert_fonts_embedded, board_session, pdf_text, to_report_data

from gedragen.export.poster import BODY_PT_A3, BODY_PT_A4, layout_poster
from gedragen.export.report import write_report
from gedragen.export.report_common import paper_size


def text_sizes(path: Path) -> list[tuple[int, str, float]]:
    """(page number, text, rendered font size in points) of every text run in the PDF."""
    runs: list[tuple[int, str, float]] = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  number: int = number) -> None:
            if text.strip():
                runs.append((number, text.strip(), size * abs(tm[3]) * abs(cm[3] or 1)))
        page.extract_text(visitor_text=visit)
    return runs


def many_agreements(count: int) -> dict:
    """The board session with `count` long agreements on k-d (agressie) added to round 1."""
    session = board_session()
    # one card holds one outcome, so the extra agreements go on extra eigen situaties in round 2
    for i in range(count):
        cid = f"eigen-{i + 2}"
        session["custom_cards"].append({"id": cid, "theme": "pesten", "kind": "school",
                                        "text": f"Extra situatie {i + 2} over pesten in de klas."})
        session["rounds"][1]["cards"].append(cid)
        session["rounds"][1]["outcomes"].append({
            "card": cid, "group_zone": 2, "section": None,
            "agreement": f"Afspraak {i + 2}: we zeggen er iets van als iemand wordt buitengesloten, "
                         "ook als we de ander niet goed kennen.",
        })
    return session


@pytest.mark.parametrize(("paper", "minimum", "width"), [("a4", BODY_PT_A4, 595), ("a3", BODY_PT_A3, 842)])
def test_poster_groups_agreements_by_theme_in_large_type(tmp_path: Path, paper: str, minimum: float,
                                                          width: int) -> None:
    out = tmp_path / f"poster-{paper}.pdf"
    write_report(to_report_data(board_session()), out, part="poster", paper=paper)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == width
    text = pdf_text(out)[0]
    assert text.startswith("Onze afspraken") and "Team onderbouw" in text and "23 november 2026" in text
    # themes in deck order, each agreement under its card's theme (k-f agressie; k-b, k-a, eigen-1 online)
    agressie, online = text.index("Agressie en geweld"), text.index("Online gedrag en sociale media")
    assert agressie < text.index(AGREEMENTS["k-f"]) < online
    for card in ("k-b", "k-a", "eigen-1"):
        assert text.index(AGREEMENTS[card]) > online
    assert "Pesten" not in text  # a theme without agreements gets no band
    sizes = [size for _, run, size in text_sizes(out) if any(w in run for w in ("screenshots", "ruzie", "twijfel"))]
    assert sizes and min(sizes) >= minimum
    assert_fonts_embedded(out)


@pytest.mark.parametrize("paper", ["a4", "a3"])
def test_long_list_flows_to_more_sheets_without_shrinking(tmp_path: Path, paper: str) -> None:
    out = tmp_path / "lang.pdf"
    write_report(to_report_data(many_agreements(14)), out, part="poster", paper=paper)
    pages = pdf_text(out)
    assert len(pages) >= 2
    assert "blad 1 van" in pages[0] and f"blad {len(pages)} van {len(pages)}" in pages[-1]
    assert "(vervolg)" in " ".join(pages[1:])
    joined = " ".join(pages)
    for i in range(2, 16):
        assert f"Afspraak {i}:" in joined
    # A3 comes down towards the A4 size to fill its sheets, never below it
    sizes = [size for _, run, size in text_sizes(out) if "buitengesloten" in run or "Afspraak" in run]
    assert sizes and min(sizes) >= BODY_PT_A4


def test_an_a3_is_filled_before_the_list_flows_on(tmp_path: Path) -> None:
    data = to_report_data(many_agreements(4))
    assert len(data.agreements()) == 8
    a4, a3 = tmp_path / "a4.pdf", tmp_path / "a3.pdf"
    write_report(data, a4, part="poster", paper="a4")
    write_report(data, a3, part="poster", paper="a3")
    assert len(PdfReader(a4).pages) == 2
    assert len(PdfReader(a3).pages) == 1
    text = pdf_text(a3)[0]
    for i in range(2, 6):
        assert f"Afspraak {i}:" in text
    sizes = [size for _, run, size in text_sizes(a3) if "buitengesloten" in run]
    assert sizes and BODY_PT_A4 < min(sizes) <= BODY_PT_A3  # as large as one sheet allows


def test_poster_without_agreements_says_so(tmp_path: Path) -> None:
    session = copy.deepcopy(board_session())
    for rnd in session["rounds"]:
        rnd["outcomes"] = []
    out = tmp_path / "leeg.pdf"
    write_report(to_report_data(session), out, part="poster")
    assert "Er zijn in deze sessie nog geen afspraken vastgelegd." in pdf_text(out)[0]


def test_one_very_long_agreement_is_split_over_sheets(tmp_path: Path) -> None:
    session = board_session()
    words = " ".join(f"woord{i}" for i in range(220))
    session["rounds"][0]["outcomes"][0]["agreement"] = words
    out = tmp_path / "heel-lang.pdf"
    write_report(to_report_data(session), out, part="poster")
    pages = pdf_text(out)
    assert len(pages) >= 2
    joined = " ".join(pages)
    assert "woord0 " in joined and "woord219" in joined


@pytest.mark.parametrize("paper", ["a4", "a3"])
def test_a_theme_band_never_ends_a_sheet(paper: str) -> None:
    for count in range(4, 16):
        for every, theme in ((2, "agressie"), (3, "online"), (2, "seksualiteit")):
            session = many_agreements(count)
            # vary the lengths so the page breaks fall at many different places
            for i, outcome in enumerate(session["rounds"][1]["outcomes"][3:]):
                outcome["agreement"] += " Dat geldt in de klas, op het plein en online." * (i % every)
            session["custom_cards"][0]["theme"] = theme
            for page in layout_poster(to_report_data(session), paper_size(paper)):
                assert not hasattr(page.items[-1], "theme"), (count, every, theme, page.number)


def test_own_png_icon_is_drawn_and_a_broken_icon_is_left_out(tmp_path: Path) -> None:
    from dataclasses import replace

    from PIL import Image

    png = tmp_path / "eigen.png"
    Image.new("RGBA", (32, 32), (0, 0, 0, 255)).save(png)
    broken = tmp_path / "kapot.svg"
    broken.write_text("<svg", encoding="utf-8")
    data = to_report_data(board_session())
    themes = tuple(replace(t, icon_path=png if t.id == "online" else broken) for t in data.themes)
    out = tmp_path / "iconen.pdf"
    write_report(replace(data, themes=themes, _cards={}), out, part="poster")
    page = PdfReader(out).pages[0]
    xobjects = page["/Resources"].get_object().get("/XObject", {}).get_object()
    assert any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    text = pdf_text(out)[0]
    assert "Agressie en geweld" in text and AGREEMENTS["k-f"] in text
