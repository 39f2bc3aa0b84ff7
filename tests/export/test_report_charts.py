"""The report's chart pieces: team markers that stay apart in greyscale, and charts that split to fit."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import white

from gedragen.export.charts import marker, zone_chart
from gedragen.export.report_common import INK, MARKER_LETTERS, CardResult, ReportData, ReportTeam


def letter_of(team: ReportTeam) -> String:
    """The letter string inside the team's marker."""
    return next(item for item in marker(team, 10, 10).contents if isinstance(item, String))


def test_eight_teams_get_eight_letters_and_eight_shapes() -> None:
    teams = [ReportTeam(f"t{i}", f"Team {i}", "#777777", i) for i in range(8)]
    assert [t.letter for t in teams] == list(MARKER_LETTERS)
    assert len({t.shape for t in teams}) == 8
    assert [letter_of(t).text for t in teams] == list(MARKER_LETTERS)


def test_marker_letter_contrasts_with_the_team_colour() -> None:
    assert letter_of(ReportTeam("a", "Geel", "#FFD700", 0)).fillColor.hexval() == INK.hexval()
    assert letter_of(ReportTeam("b", "Marine", "#000080", 1)).fillColor.hexval() == white.hexval()
    assert letter_of(ReportTeam("c", "Groen", "#2CA02C", 2)).fillColor.hexval() == INK.hexval()


def test_zone_chart_splits_into_drawings_that_fit() -> None:
    teams = tuple(ReportTeam(f"t{i}", f"Team {i}", "#336699", i) for i in range(8))
    results = [CardResult(f"c{n}", tuple((t.id, (n + t.index) % 5) for t in teams), 1.0, 0.4, 2)
               for n in range(40)]
    data = ReportData("s", "Klas", None, None, "d", "Set", "1", "po", "board",
                      ("Gewenst", "Eerder gewenst", "Hangt ervan af", "Eerder ongewenst", "Ongewenst"),
                      teams, (), (), (), ())
    drawings = zone_chart(data, results, 480, max_height=500)
    assert len(drawings) > 1
    assert all(isinstance(d, Drawing) and d.height <= 500 for d in drawings)
    # every card appears once, numbered 1..40 across the pieces
    numbers = [s.text for d in drawings for s in d.contents if isinstance(s, String) and s.text.endswith(".")]
    assert numbers == [f"{n}." for n in range(1, 41)]
