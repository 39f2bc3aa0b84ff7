"""The protocol draft: the session's agreements under the five sections of a school social-media protocol.

Written as PDF, or as Markdown when the file name ends in `.md` (to paste into the school's own
document). Sections come in the fixed order of DESIGN §2; untagged agreements get a heading of their own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer

from gedragen.core.atomic import write_atomic
from gedragen.core.errors import ExportError
from gedragen.export.report_common import (
    INK,
    MUTED,
    NO_AGREEMENTS_TEXT,
    UNSECTIONED_LABEL,
    Progress,
    ReportData,
    dutch_date,
    fonts,
    paper_size,
    para,
    safe_text,
    write_pdf_atomic,
)

PROTOCOL_TITLE = "Concept-protocol sociale media"
INTRO = (
    "Dit is een concept. De afspraken hieronder komen uit het gesprek van de groep; bespreek ze met het "
    "team en de medezeggenschapsraad (MR) voordat ze in het protocol van de school komen."
)
EMPTY_SECTION = "Nog geen afspraken in dit onderdeel."
UNSECTIONED_NOTE = "Deze afspraken zijn nog niet bij een onderdeel van het protocol ingedeeld."


def _subtitle(data: ReportData) -> str:
    when = dutch_date(data.started, with_time=False) or "datum onbekend"
    return f"Groep: {safe_text(data.name)} · {when}"


def protocol_markdown(data: ReportData) -> str:
    """The protocol draft as Markdown text."""
    lines = [f"# {PROTOCOL_TITLE}", "", f"*{_md(_subtitle(data))}*", "", f"> {INTRO}", ""]
    if not data.agreements():
        lines += [NO_AGREEMENTS_TEXT, ""]
    for label, outcomes in data.agreements_by_section():
        lines += [f"## {label}", ""]
        if label == UNSECTIONED_LABEL:
            lines += [f"*{UNSECTIONED_NOTE}*", ""]
        if not outcomes:
            lines += [f"*{EMPTY_SECTION}*", ""]
            continue
        for outcome in outcomes:
            card = data.card(outcome.card)
            lines.append(f"- {_md(_one_line(outcome.agreement))}")
            lines.append(f"  - *Bij de situatie: {_md(_one_line(card.text))}*")
        lines.append("")
    lines += ["---", "", f"*Gemaakt met Gedragen gedrag – sessie {_md(data.name)}.*", ""]
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _md(text: str) -> str:
    """Text with Markdown's inline markup characters escaped."""
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def render_protocol_pdf(data: ReportData, handle: BinaryIO, paper: str = "a4",
                        progress: Progress | None = None) -> None:
    """Write the protocol draft as PDF to an open binary file."""
    regular, bold = fonts()
    pagesize = paper_size(paper)
    margin = 22 * mm
    width = pagesize[0] - 2 * margin
    body = ParagraphStyle("body", fontName=regular, bulletFontName=regular, fontSize=11, leading=15,
                          textColor=INK)
    small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12.5, textColor=MUTED)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=22, leading=27, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=14, leading=18, spaceBefore=14,
                        spaceAfter=6)
    item = ParagraphStyle("item", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=1)
    note = ParagraphStyle("note", parent=small, leftIndent=14, spaceAfter=6)
    intro = ParagraphStyle("intro", parent=body, borderColor=MUTED, borderWidth=0.6, borderPadding=8,
                           backColor="#F2F2F2", spaceBefore=10, spaceAfter=12)

    def footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(margin, 12 * mm, f"{PROTOCOL_TITLE} · concept · {safe_text(data.name)}")
        canvas.drawRightString(pagesize[0] - margin, 12 * mm, f"blad {doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(handle, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin, title=f"{PROTOCOL_TITLE} – {data.name}", author="Gedragen",
                          initialFontName=regular, pageCompression=1)
    doc.addPageTemplates([PageTemplate("page", [Frame(margin, margin, width, pagesize[1] - 2 * margin)],
                                       onPage=footer)])
    story: list[Flowable] = [Paragraph(PROTOCOL_TITLE, title), Paragraph(para(_subtitle(data)), small),
                             Paragraph(para(INTRO), intro)]
    if not data.agreements():
        story.append(Paragraph(NO_AGREEMENTS_TEXT, body))
    groups = data.agreements_by_section()
    for done, (label, outcomes) in enumerate(groups, start=1):
        heading = Paragraph(para(label), h2)
        entries: list[list[Any]] = []
        if label == UNSECTIONED_LABEL:
            entries.append([Paragraph(UNSECTIONED_NOTE, small)])
        if not outcomes:
            entries.append([Paragraph(EMPTY_SECTION, small)])
        for outcome in outcomes:
            card = data.card(outcome.card)
            entries.append([Paragraph(para(outcome.agreement), item, bulletText="•"),
                            Paragraph(f"Bij de situatie: {para(card.text)}", note)])
        # keep each heading with its first entry so a heading never ends a page
        story.append(KeepTogether([heading, *entries[0]]))
        for entry in entries[1:]:
            story.append(KeepTogether(entry))
        if progress:
            progress(done, len(groups) + 1)
    story.append(Spacer(1, 6 * mm))
    doc.build(story)
    if progress:
        progress(len(groups) + 1, len(groups) + 1)


def write_protocol(data: ReportData, out: Path, paper: str = "a4", progress: Progress | None = None) -> None:
    """Write the protocol draft to `out` atomically: Markdown for a .md file, PDF otherwise."""
    if out.suffix.lower() == ".md":
        try:
            write_atomic(out, protocol_markdown(data))
        except OSError as exc:
            raise ExportError.cannot_write(out, exc) from exc
        if progress:
            progress(1, 1)
        return
    write_pdf_atomic(out, lambda handle: render_protocol_pdf(data, handle, paper, progress))
