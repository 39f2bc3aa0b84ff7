"""The printable A5 help card of 'Hulp en melden': what to do now, the school's contacts, national helplines.

It holds the same content as the app's Hulp en melden screen, for the staff room wall or the
facilitator's folder: the front says what to do now and whom the school appointed, the back lists the
national places to get help, so one A5 sheet printed on both sides holds it all. The type stays large
enough to read at arm's length (body 11.5 pt); text that does not fit continues rather than shrinking.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from gedragen.core.errors import ExportError

TITLE_PT = 22
HEADING_PT = 14
BODY_PT = 11.5
MARGIN_MM = 12


@dataclass(frozen=True)
class HelpPlace:
    """A national place to get help."""

    name: str
    phone: str = ""
    web: str = ""
    about: str = ""


@dataclass(frozen=True)
class HelpCard:
    """Everything printed on the help card."""

    title: str
    intro: str
    steps: tuple[str, ...]
    places: tuple[HelpPlace, ...]
    contacts: tuple[tuple[str, str], ...] = ()  # (role, name and how to reach them) filled in by the school
    school: str = ""


def _check_glyphs(card: HelpCard) -> None:
    from gedragen.export.fonts import missing_glyphs

    texts = [card.title, card.intro, card.school, *card.steps]
    for place in card.places:
        texts += [place.name, place.phone, place.web, place.about]
    for role, who in card.contacts:
        texts += [role, who]
    missing = missing_glyphs(" ".join(texts))
    if missing:
        raise ExportError(f"de hulpkaart bevat tekens die het lettertype niet heeft: {' '.join(missing)}")


def render_help_card(
    card: HelpCard,
    out: str | os.PathLike[str] | BinaryIO,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the A5 help card as PDF to `out` (atomically for a path); returns the number of pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus.tables import Table, TableStyle

    from gedragen.export.fonts import BOLD, REGULAR, register_fonts
    from gedragen.export.report_common import write_pdf_atomic

    register_fonts()
    _check_glyphs(card)

    def esc(text: str) -> str:
        return html.escape(text, quote=False)

    title = ParagraphStyle("t", fontName=BOLD, fontSize=TITLE_PT, leading=TITLE_PT * 1.2, spaceAfter=4)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=HEADING_PT, leading=HEADING_PT * 1.25, spaceBefore=8,
                          spaceAfter=3)
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=BODY_PT, leading=BODY_PT * 1.3)
    small = ParagraphStyle("s", parent=body, fontSize=BODY_PT - 1, leading=(BODY_PT - 1) * 1.3,
                           textColor=colors.HexColor("#333333"))

    story: list[object] = [Paragraph(esc(card.title), title)]
    if card.school:
        story.append(Paragraph(esc(card.school), small))
    if card.intro:
        story += [Spacer(1, 3), Paragraph(esc(card.intro), body)]
    if card.steps:
        story.append(Paragraph("Wat je nu doet", head))
        step_style = ParagraphStyle("n", parent=body, leftIndent=14, firstLineIndent=-14, spaceAfter=2)
        for number, step in enumerate(card.steps, start=1):
            story.append(Paragraph(f"<b>{number}.</b>\u00a0{esc(step)}", step_style))
    contacts = [(role, who) for role, who in card.contacts if who.strip()]
    story.append(Paragraph("Op onze school", head))
    if contacts:
        rows = [[Paragraph(f"<b>{esc(role)}</b>", small), Paragraph(esc(who), body)] for role, who in contacts]
        table = Table(rows, colWidths=[44 * mm, None])
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        story.append(table)
    else:
        story.append(Paragraph("Vertrouwenspersoon: ______________________________", body))
        story.append(Spacer(1, 6))
        story.append(Paragraph("Anti-pestcoördinator: ____________________________", body))
    if card.places:
        # the back of the card: national help, so one A5 sheet printed on both sides holds everything
        story += [PageBreak(), Paragraph("Hulp buiten school", title)]
        for place in card.places:
            reach = " · ".join(p for p in (place.phone, place.web) if p)
            lines = [f"<b>{esc(place.name)}</b>" + (f"  {esc(reach)}" if reach else "")]
            if place.about:
                lines.append(esc(place.about))
            story.append(KeepTogether([Paragraph("<br/>".join(lines), body), Spacer(1, 7)]))

    def footer(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(REGULAR, 7.5)  # type: ignore[attr-defined]
        canvas.drawString(MARGIN_MM * mm, 7 * mm, f"Gedragen gedrag · {card.title}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    def build(handle: BinaryIO) -> int:
        doc = SimpleDocTemplate(
            handle, pagesize=A5, leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
            topMargin=MARGIN_MM * mm, bottomMargin=(MARGIN_MM + 2) * mm, title=card.title,
            author="Gedragen", initialFontName=REGULAR,
        )
        doc.build(list(story), onFirstPage=footer, onLaterPages=footer)
        return int(doc.page)

    if progress:
        progress(0, 1)
    pages = write_pdf_atomic(Path(out), build) if isinstance(out, (str, os.PathLike)) else build(out)
    if progress:
        progress(1, 1)
    return pages


def places_from(entries: Sequence[object]) -> tuple[HelpPlace, ...]:
    """HelpPlace values from objects with name/phone/web/about attributes (the app's help data)."""
    return tuple(
        HelpPlace(str(getattr(e, "name", "")), str(getattr(e, "phone", "") or ""),
                  str(getattr(e, "web", "") or ""), str(getattr(e, "about", "") or ""))
        for e in entries
    )


def read_help_places(path: Path) -> tuple[HelpPlace, ...]:
    """The national places to get help from a gedragen-help/1 file, without Qt (the command line's reader).

    The app reads the same file with `gedragen.ui.common.help_info.load_help`; this reads only the places.
    Raises ExportError with one Dutch line when the file cannot be read or has another shape.
    """
    import yaml

    from gedragen.core.files import UnsafeFileError, read_bounded

    class NoAliasLoader(yaml.SafeLoader):
        """The safe loader without aliases: a 1 MB text aliased 500 times is refused, not expanded."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                raise ExportError(f"{path}: het hulpbestand kan niet worden gelezen: het gebruikt ankers en "
                                  "aliassen (&naam, *naam); schrijf de tekst uit")
            return super().compose_node(parent, index)

    try:
        # bounded and only a regular file (a FIFO or /dev/zero must not hang the command)
        raw = read_bounded(path, 256 * 1024)
        # utf-8-sig: a file saved with Notepad's BOM is still fine
        data = yaml.load(raw.decode("utf-8-sig"), Loader=NoAliasLoader)  # a safe loader without aliases
    except UnsafeFileError as exc:
        raise ExportError(f"{path}: het hulpbestand kan niet worden gelezen: {exc.dutch()}") from None
    except UnicodeError:
        raise ExportError(f"{path}: het hulpbestand kan niet worden gelezen: het is niet als UTF-8 opgeslagen"
                          ) from None
    except RecursionError:
        raise ExportError(f"{path}: het hulpbestand kan niet worden gelezen: het is te diep genest") from None
    except OSError as exc:
        from gedragen.core.errors import describe_os_error

        raise ExportError(f"{path}: het hulpbestand kan niet worden gelezen: {describe_os_error(exc)}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (regel {mark.line + 1})" if mark is not None else ""
        raise ExportError(f"{path}: het hulpbestand is geen geldige YAML{where}") from None
    places = data.get("places") if isinstance(data, dict) and data.get("format") == "gedragen-help/1" else None
    if not isinstance(places, list) or not all(isinstance(p, dict) and p.get("name") for p in places):
        raise ExportError(f"{path}: het hulpbestand heeft niet de vorm gedragen-help/1 met een lijst 'places'")

    def text(value: object) -> str:
        return "" if value is None or isinstance(value, (dict, list)) else " ".join(str(value).split())

    return tuple(HelpPlace(text(p["name"]), text(p.get("phone")), text(p.get("web")), text(p.get("about")))
                 for p in places)
