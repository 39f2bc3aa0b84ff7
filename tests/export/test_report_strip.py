"""The report's round page draws the room's scale strips: read back from the PDF, each team's letter sits in
the zone the team chose, in its order within the zone, cards in disagreement order."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from gedragen.export.report import write_report
from gedragen.export.report_common import MARKER_SHAPES, fonts
from gedragen.export.strip import STRIP_CAPTION
from tests.export.test_report import board_session, to_report_data

# round 1 of board_session (teams A = t1, B = t2, C = t3), zone per team and the place in that zone
ZONES = {"k-a": (0, 1, 2), "k-b": (0, 2, 0), "k-c": (1, 1, 1), "k-d": (2, 2, 1)}
DISAGREEMENT_ORDER = ["k-b", "k-a", "k-d", "k-c"]


def placed_texts(path: Path, page: int) -> list[tuple[str, float, float, float]]:
    """(text, x, y, size) of every text drawn on a page, in page coordinates."""
    found: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y, size))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


@pytest.fixture(scope="module")
def round_page(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, float, float, float]]:
    out = tmp_path_factory.mktemp("verslag") / "verslag.pdf"
    data = to_report_data(board_session())
    assert [s.card for s in data.rounds[0].strips] == DISAGREEMENT_ORDER
    write_report(data, out)
    texts = placed_texts(out, 1)
    assert any(t[0] == "Ronde 1" for t in texts)
    return texts


def test_team_letters_sit_in_the_zone_each_team_chose(round_page: list[tuple[str, float, float, float]]) -> None:
    bold = fonts()[1]
    labels = ["1 Gewenst", "2 Hangt ervan af", "3 Ongewenst"]
    centres = []
    for label in labels:
        text, x, _y, size = next(t for t in round_page if t[0] == label)
        centres.append(x + stringWidth(text, bold, size) / 2)
    assert centres == sorted(centres)
    bounds = [(a + b) / 2 for a, b in pairwise(centres)]

    def zone_at(x: float) -> int:
        return sum(1 for b in bounds if x > b)

    codes: dict[str, float] = {}
    for text, _x, y, _size in round_page:
        if text in ZONES:  # the chart comes first (highest); the tables below name the codes again
            codes[text] = max(codes.get(text, y), y)
    assert sorted(codes, key=lambda c: -codes[c]) == DISAGREEMENT_ORDER  # top to bottom
    chart_bottom = min(codes.values())  # the strips' chart; the tau-b table below has letters too
    letters = [t for t in round_page if t[0] in {"A", "B", "C"} and t[2] > chart_bottom]
    assert len(letters) == 3 * len(ZONES)
    for card, zones in ZONES.items():
        # the card's letters are the three closest above its code line (one lane each here)
        row = sorted((t for t in letters if 0 < t[2] - codes[card] < 20), key=lambda t: t[1])
        assert len(row) == 3, (card, row)
        for text, x, _y, size in row:
            centre = x + stringWidth(text, bold, size) / 2
            assert zone_at(centre) == zones["ABC".index(text)], (card, text)
    # zone order left to right, and within a zone the team that placed the card first stands left:
    # k-b: A (first of two in Gewenst) and C (alone there, so in the middle) before B (Ongewenst)
    # k-c: all three in zone 2 at C (first of two), A (alone), B (second of two)
    for card, expected in (("k-b", "ACB"), ("k-c", "CAB"), ("k-d", "CBA")):
        row = sorted((t for t in letters if 0 < t[2] - codes[card] < 20), key=lambda t: t[1])
        assert "".join(t[0] for t in row) == expected, card


def test_round_page_explains_the_strip(round_page: list[tuple[str, float, float, float]]) -> None:
    page = " ".join(t[0] for t in round_page)
    assert "Elk team staat met zijn letter en vorm in het vak" in STRIP_CAPTION
    assert "Elk team staat met zijn letter en vorm in het vak" in page and "Grijs vlak" not in page


def test_paper_uses_the_screens_shapes() -> None:
    from gedragen.core.reveal import TEAM_SHAPES

    assert MARKER_SHAPES == TEAM_SHAPES


def test_debate_chart_draws_the_core_bars_and_the_shift_arrow() -> None:
    from reportlab.graphics.shapes import Line, Rect

    from gedragen.export.charts import _ARROW, debate_chart
    from tests.export.test_report import debate_session

    data = to_report_data(debate_session())
    width = 480.0
    (drawing,) = debate_chart(data, data.rounds[0].debate, width)
    arrows = [item for item in drawing.contents if isinstance(item, Line) and item.strokeColor == _ARROW]
    assert len(arrows) == 2
    # k-a 12/20 → 9/20 gewenst: the line between the parts moves left by 15 % of the bar; k-c 5/20 → 10/20: right
    dark = [item for item in drawing.contents if isinstance(item, Rect) and item.fillColor is not None
            and item.fillColor.red < 0.2 and item.width > 20]
    bar_w = dark[0].width / 0.6  # k-a before: 12 of 20 gewenst
    assert arrows[0].x2 - arrows[0].x1 == pytest.approx(-0.15 * bar_w)
    assert arrows[1].x2 - arrows[1].x1 == pytest.approx(0.25 * bar_w)
    assert [round(r.width / bar_w, 2) for r in dark] == [0.6, 0.45, 0.25, 0.5]
