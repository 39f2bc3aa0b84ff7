"""The protocol draft: agreements under the five sections in fixed order, as PDF and as Markdown."""

from __future__ import annotations

import re
from pathlib import Path

from test_report import (
    AGREEMENTS,
    assert_fonts_embedded,
    board_session,
    debate_session,
    empty_session,
    pdf_text,
    to_report_data,
)

from gedragen.export.report import write_report

HEADINGS = [
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


def markdown_sections(text: str) -> dict[str, str]:
    """Body text under each `## ` heading, in file order."""
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_markdown_has_sections_in_order_with_agreements_under_them(tmp_path: Path) -> None:
    out = tmp_path / "protocol.md"
    write_report(to_report_data(board_session()), out, part="protocol")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Concept-protocol sociale media")
    assert "Team onderbouw" in text and "23 november 2026" in text
    assert "concept" in text and "(MR)" in text
    sections = markdown_sections(text)
    assert list(sections) == HEADINGS
    for heading, body in sections.items():
        bullets = [line[2:] for line in body.splitlines() if line.startswith("- ")]
        assert bullets == EXPECTED.get(heading, []), heading
    assert "Nog geen afspraken in dit onderdeel." in sections["Gedragsregels"]


def test_markdown_escapes_markup_in_agreements(tmp_path: Path) -> None:
    session = board_session()
    session["rounds"][0]["outcomes"][0]["agreement"] = "Geen *sterretjes* of <script> in de groepsapp_chat"
    out = tmp_path / "protocol.md"
    write_report(to_report_data(session), out, part="protocol")
    privacy = markdown_sections(out.read_text(encoding="utf-8"))["Privacy en gegevensbescherming"]
    assert r"- Geen \*sterretjes\* of \<script\> in de groepsapp\_chat" in privacy


def test_pdf_has_sections_in_order_with_agreements_under_them(tmp_path: Path) -> None:
    out = tmp_path / "protocol.pdf"
    write_report(to_report_data(board_session()), out, part="protocol")
    text = " ".join(pdf_text(out))
    positions = [text.index(h) for h in HEADINGS]
    assert positions == sorted(positions)
    bounds = [*positions, len(text)]
    for i, heading in enumerate(HEADINGS):
        body = text[bounds[i]:bounds[i + 1]]
        for agreement in EXPECTED.get(heading, []):
            assert agreement in body, heading
        for other in (a for h, items in EXPECTED.items() if h != heading for a in items):
            assert other not in body, (heading, other)
    assert_fonts_embedded(out)


def test_untagged_heading_only_when_needed_and_empty_sessions_work(tmp_path: Path) -> None:
    out = tmp_path / "debat.md"
    write_report(to_report_data(debate_session()), out, part="protocol")
    sections = markdown_sections(out.read_text(encoding="utf-8"))
    assert list(sections) == HEADINGS[:5]
    assert "- Eerst vragen, dan pas posten." in sections["Gedragsregels"]

    empty_md, empty_pdf = tmp_path / "leeg.md", tmp_path / "leeg.pdf"
    write_report(to_report_data(empty_session()), empty_md, part="protocol")
    write_report(to_report_data(empty_session()), empty_pdf, part="protocol")
    assert "Er zijn in deze sessie nog geen afspraken vastgelegd." in empty_md.read_text(encoding="utf-8")
    assert "Er zijn in deze sessie nog geen afspraken vastgelegd." in " ".join(pdf_text(empty_pdf))
