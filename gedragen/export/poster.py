"""The class poster "Onze afspraken": the agreements grouped by theme, in type a classroom can read.

Type sizes: agreement text is 20 pt on A4 and 28 pt on A3 (A4 × √2), theme headings 24 / 34 pt, the
title 44 / 62 pt. A4 sizes are never shrunk. An A3 is filled before the list flows on: its sizes come down
towards the A4 sizes (never below) when that saves a sheet. A list that still does not fit flows on to a
second (third, …) sheet, with the theme heading repeated as "(vervolg)". Each theme band carries its
label and icon as well as its colour, so a greyscale print loses nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gedragen.core.errors import ExportError
from gedragen.export.icons import Icon, load_icon
from gedragen.export.report_common import (
    INK,
    MUTED,
    NO_AGREEMENTS_TEXT,
    Progress,
    ReportData,
    ReportTheme,
    color,
    fit_lines,
    fonts,
    paper_size,
    safe_text,
    session_when,
    tint,
    wrap,
    write_pdf_atomic,
)

BODY_PT_A4 = 20.0
BODY_PT_A3 = 28.0
POSTER_TITLE = "Onze afspraken"


@dataclass(frozen=True)
class PosterMetrics:
    """Sizes (points) of one poster paper; `scale` is 1 on A4 and about √2 on A3."""

    width: float
    height: float
    scale: float
    body: float

    @property
    def margin(self) -> float:
        """Page margin."""
        return float(16 * mm * self.scale)

    @property
    def leading(self) -> float:
        """Line distance of agreement text."""
        return self.body * 1.25

    @property
    def heading(self) -> float:
        """Theme heading size."""
        return self.body * 1.2

    @property
    def band(self) -> float:
        """Height of a theme band."""
        return self.heading * 2.0

    @property
    def title(self) -> float:
        """Title size."""
        return self.body * 2.2

    @property
    def subtitle(self) -> float:
        """Size of the group name under the title."""
        return self.body * 1.1

    @property
    def small(self) -> float:
        """Size of the footer (not meant to be read from afar)."""
        return 9 * self.scale

    @property
    def indent(self) -> float:
        """Indent of agreement text after its bullet."""
        return self.body * 1.3


def poster_metrics(pagesize: tuple[float, float]) -> PosterMetrics:
    """The metrics of a poster page; body text never below 20 pt (A4) or 28 pt (A3)."""
    width, height = pagesize
    scale = math.sqrt((width * height) / (A4[0] * A4[1]))
    body = max(BODY_PT_A4, BODY_PT_A4 * scale)
    if scale > 1.2:
        body = max(body, BODY_PT_A3)
    return PosterMetrics(width, height, scale, body)


@dataclass(frozen=True)
class _Text:
    x: float
    y: float
    text: str
    bold: bool
    size: float
    fill: Color


@dataclass(frozen=True)
class _Band:
    y: float
    height: float
    theme: ReportTheme
    lines: tuple[str, ...]


@dataclass(frozen=True)
class _Bullet:
    x: float
    y: float
    size: float
    fill: Color


@dataclass(frozen=True)
class PosterPage:
    """One laid-out poster sheet: what to draw where (points, origin bottom left)."""

    items: tuple[_Text | _Band | _Bullet, ...]
    number: int
    metrics: PosterMetrics | None = None


def layout_poster(data: ReportData, pagesize: tuple[float, float]) -> list[PosterPage]:
    """Lay the agreements out on as many sheets as needed at the fixed type sizes.

    A paper larger than A4 is filled before the list flows on: when the agreements need more than one
    sheet at the large type (28 pt on A3), the body shrinks in 1 pt steps, never below the A4 size (20 pt),
    to the largest size that needs no more sheets than 20 pt would.
    """
    m = poster_metrics(pagesize)
    pages = _layout(data, m)
    if len(pages) == 1 or m.body <= BODY_PT_A4:
        return pages
    fewest = len(_layout(data, replace(m, body=BODY_PT_A4)))
    if fewest >= len(pages):
        return pages
    body = math.floor(m.body) - 1
    while body > BODY_PT_A4:
        tried = _layout(data, replace(m, body=float(body)))
        if len(tried) == fewest:
            return tried
        body -= 1
    return _layout(data, replace(m, body=BODY_PT_A4))


def _layout(data: ReportData, m: PosterMetrics) -> list[PosterPage]:
    regular, bold = fonts()
    text_width = m.width - 2 * m.margin - m.indent
    bottom = m.margin + m.small * 2.5
    pages: list[list[_Text | _Band | _Bullet]] = []
    items: list[_Text | _Band | _Bullet] = []
    y = 0.0

    def new_page(first: bool) -> None:
        nonlocal items, y
        items = []
        pages.append(items)
        y = m.height - m.margin
        full_width = m.width - 2 * m.margin
        if first:
            y -= m.title
            items.append(_Text(m.margin, y, POSTER_TITLE, True, m.title, INK))
            y -= m.subtitle * 0.3
            for line in wrap(data.name, bold, m.subtitle, full_width):
                y -= m.subtitle * 1.2
                items.append(_Text(m.margin, y, line, True, m.subtitle, INK))
            when = session_when(data)
            if when:
                y -= m.body * 1.3
                items.append(_Text(m.margin, y, when, False, m.body * 0.8, MUTED))
            y -= m.body * 1.2
        else:
            # continuation sheets carry one header line, cut short if the group name is very long
            header = fit_lines(f"{POSTER_TITLE} – {data.name}", bold, m.subtitle, full_width, 1)
            y -= m.subtitle
            items.append(_Text(m.margin, y, header[0] if header else POSTER_TITLE, True, m.subtitle, INK))
            y -= m.body

    def band(theme: ReportTheme, continued: bool) -> None:
        nonlocal y
        lines = _band_lines(m, theme, bold, continued)
        height = _band_height(m, theme, bold, continued)
        y -= height
        items.append(_Band(y, height, theme, lines))
        y -= m.body * 0.6

    new_page(first=True)
    groups = data.agreements_by_theme()
    if not groups:
        for line in wrap(NO_AGREEMENTS_TEXT, regular, m.body, m.width - 2 * m.margin):
            y -= m.leading
            items.append(_Text(m.margin, y, line, False, m.body, INK))
    page_room = (m.height - 2 * m.margin - m.subtitle - m.body) - m.band - m.body * 0.6 - m.small * 2.5
    for theme, outcomes in groups:
        wrapped = [wrap(o.agreement, regular, m.body, text_width) for o in outcomes]
        # a band keeps its first agreement on the same sheet (its first line, if the agreement is huge)
        first = len(wrapped[0]) * m.leading
        need = first if first <= page_room else m.leading
        if y - _band_height(m, theme, bold) - m.body * 0.6 - need < bottom:
            new_page(first=False)
        band(theme, continued=False)
        for lines in wrapped:
            height = len(lines) * m.leading
            if y - height < bottom and height <= page_room:
                new_page(first=False)
                band(theme, continued=True)
            for i, line in enumerate(lines):
                if y - m.leading < bottom:
                    new_page(first=False)
                    band(theme, continued=True)
                y -= m.leading
                if i == 0:
                    items.append(_Bullet(m.margin + m.body * 0.35, y + m.body * 0.33, m.body * 0.38,
                                         color(theme.color)))
                items.append(_Text(m.margin + m.indent, y, line, False, m.body, INK))
            y -= m.body * 0.5
        y -= m.body * 0.4
    return [PosterPage(tuple(page), n, m) for n, page in enumerate(pages, start=1)]


def _band_lines(m: PosterMetrics, theme: ReportTheme, bold: str, continued: bool = False) -> tuple[str, ...]:
    """The theme label wrapped to the band (labels are never shrunk)."""
    label = safe_text(theme.label) + (" (vervolg)" if continued else "")
    return tuple(wrap(label, bold, m.heading, _band_text_width(m, theme)))


def _band_height(m: PosterMetrics, theme: ReportTheme, bold: str, continued: bool = False) -> float:
    """Height of a theme band: one heading line fits the standard band; longer labels make it taller."""
    lines = _band_lines(m, theme, bold, continued)
    return max(m.band, len(lines) * m.heading * 1.2 + m.heading * 0.8)


def _band_text_width(m: PosterMetrics, theme: ReportTheme) -> float:
    """Room for the theme label in a band, after the stripe and the icon."""
    used = 7 * m.scale + m.body * 0.6 + 6
    if theme.icon_path is not None:
        used += m.band * 0.7 + m.body * 0.5
    return m.width - 2 * m.margin - used


def _icon(path: Path) -> Icon | None:
    """The theme icon in ink colour, or None when the file cannot be used (the label still names the theme)."""
    try:
        return load_icon(path, INK)
    except ExportError:
        return None


def draw_poster_page(canvas: Canvas, data: ReportData, page: PosterPage, total: int,
                     pagesize: tuple[float, float]) -> None:
    """Draw one laid-out sheet on the canvas (the caller starts and ends the page)."""
    regular, bold = fonts()
    m = page.metrics or poster_metrics(pagesize)
    for item in page.items:
        if isinstance(item, _Text):
            canvas.setFillColor(item.fill)
            canvas.setFont(bold if item.bold else regular, item.size)
            canvas.drawString(item.x, item.y, item.text)
        elif isinstance(item, _Bullet):
            canvas.setFillColor(item.fill)
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.8 * m.scale)
            canvas.rect(item.x, item.y - item.size / 2, item.size, item.size, stroke=1, fill=1)
        else:
            _draw_band(canvas, item, m, bold)
    canvas.setFillColor(MUTED)
    canvas.setFont(regular, m.small)
    footer = fit_lines(f"Gedragen gedrag · {data.name}", regular, m.small, (m.width - 2 * m.margin) * 0.7, 1)[0]
    canvas.drawString(m.margin, m.margin, footer)
    if total > 1:
        canvas.drawRightString(m.width - m.margin, m.margin, f"blad {page.number} van {total}")


def _draw_band(canvas: Canvas, band: _Band, m: PosterMetrics, bold: str) -> None:
    x0, w = m.margin, m.width - 2 * m.margin
    canvas.setFillColor(tint(band.theme.color, 0.8))
    canvas.setStrokeColor(color(band.theme.color))
    canvas.setLineWidth(1.2 * m.scale)
    canvas.rect(x0, band.y, w, band.height, stroke=1, fill=1)
    canvas.setFillColor(color(band.theme.color))
    stripe = 7 * m.scale
    canvas.rect(x0, band.y, stripe, band.height, stroke=0, fill=1)
    text_x = x0 + stripe + m.body * 0.6
    icon_size = band.height * 0.7
    icon = _icon(band.theme.icon_path) if band.theme.icon_path else None
    if icon is not None and icon.width > 0 and icon.height > 0:
        factor = icon_size / max(icon.width, icon.height)
        canvas.saveState()
        canvas.translate(text_x, band.y + (band.height - icon_size) / 2)
        canvas.scale(factor, factor)
        if icon.drawing is not None:
            renderPDF.draw(icon.drawing, canvas, 0, 0)
        elif icon.image is not None:
            canvas.drawImage(icon.image, 0, 0, icon.width, icon.height, mask="auto")
        canvas.restoreState()
        text_x += icon_size + m.body * 0.5
    canvas.setFillColor(INK)
    canvas.setFont(bold, m.heading)
    leading = m.heading * 1.2
    first = band.y + band.height / 2 + (len(band.lines) - 1) * leading / 2 - m.heading * 0.36
    for i, line in enumerate(band.lines):
        canvas.drawString(text_x, first - i * leading, line)


def render_poster(data: ReportData, handle: BinaryIO, paper: str = "a4",
                  progress: Progress | None = None) -> int:
    """Write the poster PDF to an open binary file; returns the number of sheets."""
    regular, _ = fonts()
    pagesize = paper_size(paper)
    pages = layout_poster(data, pagesize)
    canvas = Canvas(handle, pagesize=pagesize, initialFontName=regular, pageCompression=1)
    canvas.setTitle(f"{POSTER_TITLE} – {data.name}")
    canvas.setAuthor("Gedragen")
    for done, page in enumerate(pages, start=1):
        draw_poster_page(canvas, data, page, len(pages), pagesize)
        canvas.showPage()
        if progress:
            progress(done, len(pages))
    canvas.save()
    return len(pages)


def write_poster(data: ReportData, out: Path, paper: str = "a4", progress: Progress | None = None) -> int:
    """Write the poster PDF to `out` atomically; returns the number of sheets."""
    return write_pdf_atomic(out, lambda handle: render_poster(data, handle, paper, progress))
