"""The session report (PDF, A4): summary, a chart and the numbers per round, the agreements, the poster.

`write_report(...)` is the one entry point for every part (full report, poster, protocol) and is a
pure function of its inputs, so the UI can run it on its background worker with a progress callback.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.lib.colors import white
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from gedragen.core.errors import ExportError
from gedragen.core.events import Variant
from gedragen.export.charts import debate_chart, team_marker_drawing, zone_chart
from gedragen.export.poster import draw_poster_page, layout_poster
from gedragen.export.report_common import (
    AUDIENCE_LABELS,
    FAINT,
    INK,
    MUTED,
    NO_AGREEMENTS_TEXT,
    RULE,
    VARIANT_LABELS,
    CardResult,
    DebateResult,
    Outcome,
    Progress,
    ReportCard,
    ReportData,
    ReportRound,
    ReportTeam,
    ReportTheme,
    TeamAgreement,
    _cut_word,
    color,
    fit_lines,
    fonts,
    number,
    paper_size,
    para,
    percent_points,
    safe_text,
    section_label,
    session_when,
    wrap,
    write_pdf_atomic,
)
from gedragen.export.strip import STRIP_CAPTION, strip_chart

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from gedragen.core.analysis import SessionAnalysis
    from gedragen.core.deck import Deck
    from gedragen.core.session import SessionState

PARTS = ("full", "poster", "protocol")
MARGIN = 18 * mm
SESSION_AUDIENCES = {"team": "team (collega's)", "class": "klas (leerlingen)"}


def _moment(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def report_data(state: SessionState, deck: Deck | None, analysis: SessionAnalysis | None = None) -> ReportData:
    """The plain report data of a session: its state, its deck (None: not available) and its numbers.

    The numbers come from `gedragen.core.analysis` (computed here when not given), so the screen, the
    report and the exports always show the same values.
    """
    from gedragen.core.analysis import analyse_session
    from gedragen.core.play import session_card
    from gedragen.export.icons import icon_file

    numbers = analysis if analysis is not None else analyse_session(state)
    by_number = {r.number: r for r in numbers.rounds}
    custom = {c.id: c for c in state.custom_cards}
    themes: list[ReportTheme] = []
    if deck is not None:
        themes = [ReportTheme(t.id, t.label, t.color, icon_file(t, deck)) for t in deck.themes]
    known_themes = {t.id for t in themes}
    for extra in dict.fromkeys(c.theme for c in state.custom_cards):
        if extra not in known_themes:
            themes.append(ReportTheme(extra, extra, "#555555"))
            known_themes.add(extra)

    wanted = list(dict.fromkeys(
        [c for rnd in state.rounds for c in rnd.cards]
        + [o.card for rnd in state.rounds for o in rnd.outcomes]
        + list(custom)
    ))
    cards: list[ReportCard] = []
    for card_id in wanted:
        card = session_card(state, deck, card_id)
        if card is not None:
            cards.append(ReportCard(card.id, card.text, card.theme, card.kind, custom=card_id in custom))

    rounds: list[ReportRound] = []
    outcomes: list[Outcome] = []
    for rnd in state.rounds:
        numbers_of = by_number.get(rnd.number)
        results = tuple(
            CardResult(c.card, c.zones, c.disagreement, c.spread, c.median_zone)
            for c in (numbers_of.cards if numbers_of else ())
        )
        rounds.append(ReportRound(
            number=rnd.number,
            cards=rnd.cards,
            results=results,
            consensus=numbers_of.consensus if numbers_of else (),
            team_agreement=tuple(TeamAgreement(a.teams[0], a.teams[1], a.tau_b)
                                 for a in (numbers_of.team_agreement if numbers_of else ())),
            debate=tuple(DebateResult(d.card, d.before, d.after, d.shift)
                         for d in (numbers_of.debate if numbers_of else ())),
            strips=_strips(state, rnd, numbers_of),
        ))
        outcomes += [Outcome(rnd.number, o.card, o.group_zone, o.agreement, o.section) for o in rnd.outcomes]

    setup = state.setup
    return ReportData(
        session_id=state.id,
        name=state.name,
        started=_moment(setup.started),
        ended=_moment(state.ended),
        deck_id=setup.deck_id,
        deck_title=deck.title if deck is not None else setup.deck_id,
        deck_version=setup.deck_version or (deck.version if deck is not None else ""),
        deck_audience=deck.audience if deck is not None else "",
        variant=state.variant,
        zones=state.zones,
        teams=tuple(ReportTeam(t.id, t.name, t.color, i) for i, t in enumerate(state.teams)),
        themes=tuple(themes),
        cards=tuple(cards),
        rounds=tuple(rounds),
        outcomes=tuple(outcomes),
        audience=setup.audience,
    )


def _strips(state: SessionState, rnd: Any, numbers: Any) -> tuple[Any, ...]:
    """The scale strip of each placed card, in disagreement order (the same picture as the room's screen)."""
    from gedragen.core.reveal import card_strip

    if numbers is None or state.variant == Variant.DEBATE:
        return ()
    return tuple(card_strip(state, rnd, c.card) for c in numbers.cards)


class _Styles:
    """The paragraph styles of the report, all in the embedded font."""

    def __init__(self) -> None:
        regular, bold = fonts()
        self.body = ParagraphStyle("body", fontName=regular, bulletFontName=regular, fontSize=10, leading=13.5,
                                   textColor=INK)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11, textColor=MUTED,
                                    leftIndent=0, bulletIndent=0)
        self.guide = ParagraphStyle("guide", parent=self.small, leftIndent=10, spaceAfter=2)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9, leading=11.5)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.title = ParagraphStyle("title", parent=self.body, fontName=bold, fontSize=26, leading=31,
                                    spaceAfter=4)
        self.kicker = ParagraphStyle("kicker", parent=self.body, fontSize=12, leading=16, textColor=MUTED)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=bold, fontSize=17, leading=21,
                                 spaceBefore=4, spaceAfter=8)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=bold, fontSize=12.5, leading=16,
                                 spaceBefore=12, spaceAfter=5)


def _table(rows: list[list[Any]], widths: Sequence[float], header: bool = True,
           extra: Sequence[tuple[Any, ...]] = (), split_rows: bool = False) -> Table:
    """A report table: thin rules, header row on a light background, repeated across pages.

    `split_rows`: a row may continue on the next page (for free text that can be taller than a page).
    """
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT",
                  splitInRow=1 if split_rows else 0)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts()[0]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), FAINT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK)]
    table.setStyle(TableStyle(style + list(extra)))
    return table


class _PosterSheet(Flowable):  # type: ignore[misc]
    """A whole poster sheet inside the report: fills a margin-less frame and draws at page origin."""

    def __init__(self, data: ReportData, page: Any, total: int, pagesize: tuple[float, float]) -> None:
        super().__init__()
        self._data, self._page, self._total, self._pagesize = data, page, total, pagesize

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Take the whole frame (the poster template's frame is the whole page)."""
        return availWidth, availHeight

    def draw(self) -> None:
        """Draw the laid-out poster sheet."""
        draw_poster_page(self.canv, self._data, self._page, self._total, self._pagesize)


def _summary(data: ReportData, st: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph("Verslag van de sessie", st.kicker),
        Paragraph(para(data.name), st.title),
        Paragraph(para(session_when(data)) or "Datum onbekend", st.kicker),
        Spacer(1, 10 * mm),
    ]
    zones = " · ".join(f"{i + 1} {para(z)}" for i, z in enumerate(data.zones)) or "–"
    audience = AUDIENCE_LABELS.get(data.deck_audience, data.deck_audience)
    if data.audience in SESSION_AUDIENCES:
        audience = f"{SESSION_AUDIENCES[data.audience]} · {audience}"
    deck = para(data.deck_title or data.deck_id) + (f" (versie {para(data.deck_version)})"
                                                    if data.deck_version else "")
    cards_played = sum(len(r.cards) for r in data.rounds)
    rows = [
        ("Groep", para(data.name)),
        ("Datum en tijd", para(session_when(data)) or "–"),
        ("Doelgroep", para(audience) or "–"),
        ("Kaartenset", deck),
        ("Werkvorm", para(VARIANT_LABELS.get(data.variant, data.variant))),
        ("Vakken", zones if data.variant != Variant.DEBATE else "gewenst (links) · ongewenst (rechts)"),
        ("Rondes", str(len(data.rounds))),
        ("Kaarten besproken", str(cards_played)),
        ("Afspraken", str(len(data.agreements()))),
        ("Eigen situaties", str(len(data.custom_cards()))),
    ]
    story.append(_table([[Paragraph(k, st.cell_bold), Paragraph(v, st.cell)] for k, v in rows],
                        [45 * mm, width - 45 * mm], header=False))
    story.append(Paragraph("Teams", st.h2))
    if data.teams:
        team_rows: list[list[Any]] = [[Paragraph("Teken", st.cell_bold), Paragraph("Team", st.cell_bold),
                                       Paragraph("Kleur", st.cell_bold)]]
        swatches: list[tuple[Any, ...]] = [("VALIGN", (0, 1), (-1, -1), "MIDDLE")]
        for i, team in enumerate(data.teams, start=1):
            team_rows.append([team_marker_drawing(team), Paragraph(f"<b>{team.letter}</b> – {para(team.name)}",
                                                                   st.cell), ""])
            swatches.append(("BACKGROUND", (2, i), (2, i), color(team.color)))
        story.append(_table(team_rows, [18 * mm, width - 48 * mm, 30 * mm], extra=swatches))
        story.append(Spacer(1, 3))
        story.append(Paragraph("In de grafieken staat elk team als zijn letter in een eigen vorm, zodat "
                               "ook een afdruk in grijstinten leesbaar is.", st.small))
    else:
        story.append(Paragraph("Een overloopdebat speelt de hele groep samen: er zijn geen teams.", st.body))
    story.append(Paragraph("Zo lees je dit verslag", st.h2))
    story += [Paragraph(para(line), st.guide, bulletText="•") for line in _reading_guide(data)]
    return story


def _reading_guide(data: ReportData) -> list[str]:
    """Short explanations of the numbers this session's report shows."""
    lines: list[str] = []
    if data.teams:
        lines += [
            "Per ronde staan de kaarten op volgorde van verschil (D, onenigheid): 0 = alle teams legden de kaart "
            "in hetzelfde vak, 1 = teams legden hem in de twee uiterste vakken.",
            "Bij gelijk verschil gaat de kaart met de grootste spreiding voor (de standaardafwijking van de "
            "posities van de teams).",
            "Het middelste vak is het vak in het midden van de teams (bij een even aantal teams het lagere).",
            "De gezamenlijke volgorde zet de kaarten op hun gemiddelde plaats over alle teams.",
            "Hoe eens twee teams het waren, is Kendalls tau-b van hun volgordes: 1 = dezelfde volgorde, "
            "0 = geen verband, −1 = precies omgekeerd; – = niet te berekenen.",
        ]
    if data.variant == Variant.DEBATE or any(r.debate for r in data.rounds):
        lines.append("Bij het overloopdebat is de verschuiving het aandeel 'gewenst' na het gesprek min het "
                     "aandeel ervoor, in procentpunten (pp).")
    return lines


def _has_ties(rnd: ReportRound) -> bool:
    values = [r.disagreement for r in rnd.results if r.disagreement is not None]
    return len(values) != len(set(values))


def _round_story(data: ReportData, rnd: ReportRound, st: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(f"Ronde {rnd.number}", st.h1)]
    if not rnd.cards:
        story.append(Paragraph("In deze ronde zijn geen kaarten gespeeld.", st.body))
        return story
    if rnd.results and any(r.zones for r in rnd.results):
        story.append(Paragraph("Waar legde elk team de kaarten?", st.h2))
        # cards carry the number the app gives them (their place in the round), also in disagreement order
        numbers = {card: i for i, card in enumerate(rnd.cards, start=1)}
        # the room's scale strips when the data has them (from a session), else the zone grid
        charts: list[Drawing] = (strip_chart(data, rnd, width, max_height=360, numbers=numbers) if rnd.strips
                                 else zone_chart(data, rnd.results, width, max_height=560, numbers=numbers))
        story.extend(charts)
        story.append(Spacer(1, 3))
        story.append(Paragraph(STRIP_CAPTION if rnd.strips else (
            "Bovenaan de kaart waarover de teams het minst eens waren. Grijs vlak met stippellijn: het "
            "middelste vak. Verschil (D): onenigheid, van 0 (alle teams eens) tot 1 (de twee uitersten)."), st.small))
        story.extend(_disagreement_table(data, rnd, st, width))
        if 2 <= len(data.teams) <= 4 and rnd.consensus:
            # side by side when the tau-b matrix is small: a round then mostly fits on one page
            left, right = width * 0.56, width * 0.44
            pair = Table([[_consensus(data, rnd, st, left - 6), _tau_table(data, rnd, st, right - 6)]],
                         colWidths=[left, right], hAlign="LEFT")
            pair.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts()[0]), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
            story.append(pair)
        else:
            story.extend(_consensus(data, rnd, st, width))
            story.append(KeepTogether(_tau_table(data, rnd, st, width)))
    elif not rnd.debate:
        story.append(Paragraph("In deze ronde hebben de teams nog geen kaarten gelegd.", st.body))
    if rnd.debate:
        story.extend(_debate_story(data, rnd, st, width))
    return story


def _card_cell(data: ReportData, card_id: str, st: _Styles) -> Paragraph:
    card = data.card(card_id)
    theme = data.theme(card.theme)
    meta = [f"<b>{para(card.id)}</b>"] + ([para(theme.label)] if theme else [])
    if card.custom:
        meta.append("eigen situatie")
    tail = f"<br/><font size='7.5' color='#555555'>{' · '.join(meta)}</font>" if meta else ""
    return Paragraph(para(card.text) + tail, st.cell)


def _disagreement_table(data: ReportData, rnd: ReportRound, st: _Styles, width: float) -> list[Flowable]:
    ties = _has_ties(rnd) and any(r.spread is not None for r in rnd.results)
    header = ["#", "Kaart", "Verschil"] + (["Spreiding"] if ties else []) + ["Middelste vak"]
    rows: list[list[Any]] = [[Paragraph(h, st.cell_bold) for h in header]]
    numbers = {card: i for i, card in enumerate(rnd.cards, start=1)}
    for i, result in enumerate(rnd.results, start=1):
        row: list[Any] = [Paragraph(str(numbers.get(result.card, i)), st.cell), _card_cell(data, result.card, st),
                          Paragraph(number(result.disagreement), st.cell_center)]
        if ties:
            row.append(Paragraph(number(result.spread, 3), st.cell_center))
        row.append(Paragraph(para(data.zone_label(result.median_zone)), st.cell))
        rows.append(row)
    fixed = [8 * mm, 18 * mm] + ([21 * mm] if ties else []) + [32 * mm]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    # the heading never ends a page alone: it needs room for itself and a row or two
    story: list[Flowable] = [CondPageBreak(35 * mm), Paragraph("Volgorde van onenigheid", st.h2), _table(rows, widths)]
    return story


def _consensus(data: ReportData, rnd: ReportRound, st: _Styles, width: float) -> list[Flowable]:
    if not rnd.consensus:
        return []
    regular = fonts()[0]
    # one line per card with its code: the full texts stand in the table above
    items = []
    for i, c in enumerate(rnd.consensus, start=1):
        if not data.card(c).text.strip():
            continue
        code = html.escape(c, quote=False)
        room = width - 20 - stringWidth(f"{i}. {c} ", regular, 7.5)
        text = html.escape(fit_lines(data.card(c).text, regular, 9, room, 1)[0], quote=False)
        items.append(f"{i}. <font size='7.5' color='#555555'>{code}</font> {text}")
    body = [Paragraph(item, st.cell) for item in items]
    return [Paragraph("Gezamenlijke volgorde", st.h2), *body]


def _tau_table(data: ReportData, rnd: ReportRound, st: _Styles, width: float) -> list[Flowable]:
    if len(data.teams) < 2 or not rnd.team_agreement:
        return []
    values = {}
    for pair in rnd.team_agreement:
        values[(pair.team_a, pair.team_b)] = values[(pair.team_b, pair.team_a)] = pair.tau_b
    teams = data.teams
    regular = fonts()[0]
    # A value column always holds "−0,00" on one line: a number is never broken ("−0,0⏎7" reads as zero).
    pad = 8
    needed = stringWidth("−0,00", regular, st.cell.fontSize) + pad + 1
    col_w = max(needed, min(16 * mm, width / (len(teams) + 2.5)))
    name_w = min(48 * mm, width - col_w * len(teams))
    rows: list[list[Any]] = [[Paragraph("", st.cell)] + [Paragraph(f"<b>{t.letter}</b>", st.cell_center)
                                                          for t in teams]]
    for a in teams:
        row: list[Any] = [_team_name_cell(a.letter, a.name, st, name_w - pad)]
        for b in teams:
            text = "—" if a.id == b.id else number(values.get((a.id, b.id)))
            row.append(Paragraph(text, st.cell_center))
        rows.append(row)
    return [Paragraph("Teams onderling (tau-b)", st.h2),
            _table(rows, [name_w] + [col_w] * len(teams))]


def _team_name_cell(letter: str, name: str, st: _Styles, width: float) -> Paragraph:
    """A team's letter and name in a narrow cell: smaller (down to 7 pt) until its longest word fits,
    and a word that still does not fit is broken with a hyphen at the end of each piece."""
    regular, bold = fonts()
    words = safe_text(name).split() or [""]
    size = st.cell.fontSize
    prefix = stringWidth(f"{letter} ", bold, size)
    while size > 7 and max(stringWidth(w, regular, size) for w in words) + prefix > width:
        size -= 0.5
        prefix = stringWidth(f"{letter} ", bold, size)
    shown: list[str] = []
    for i, word in enumerate(words):
        room = width - (prefix if i == 0 else 0) - stringWidth("-", regular, size)
        pieces = _cut_word(word, regular, size, room) if stringWidth(word, regular, size) > width - (
            prefix if i == 0 else 0) else [word]
        shown.append("-<br/>".join(html.escape(p, quote=False) for p in pieces))
    style = ParagraphStyle("team_name", parent=st.cell, fontSize=size, leading=size * 1.28)
    return Paragraph(f"<b>{letter}</b> " + " ".join(shown), style)


def _debate_story(data: ReportData, rnd: ReportRound, st: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(70 * mm), Paragraph("Overloopdebat: wie stond waar?", st.h2),
                             *debate_chart(data, rnd.debate, width, max_height=560)]
    rows: list[list[Any]] = [[Paragraph(h, st.cell_bold) for h in
                              ("#", "Kaart", "Voor (gewenst / ongewenst)", "Na", "Verschuiving")]]
    for i, row in enumerate(rnd.debate, start=1):
        before = f"{row.before[0]} / {row.before[1]}" if row.before else "–"
        after = f"{row.after[0]} / {row.after[1]}" if row.after else "–"
        rows.append([Paragraph(str(i), st.cell), _card_cell(data, row.card, st),
                     Paragraph(before, st.cell_center), Paragraph(after, st.cell_center),
                     Paragraph(percent_points(row.shift), st.cell_center)])
    fixed = [8 * mm, 30 * mm, 22 * mm, 27 * mm]
    story += [Spacer(1, 4),
              _table(rows, [fixed[0], width - sum(fixed), *fixed[1:]])]
    return story


def _agreements_story(data: ReportData, st: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Afspraken", st.h1)]
    decided = [o for o in data.outcomes if o.agreement.strip() or o.group_zone is not None]
    if not decided:
        story.append(Paragraph(NO_AGREEMENTS_TEXT, st.body))
    else:
        rows: list[list[Any]] = [[Paragraph(h, st.cell_bold) for h in
                                  ("Kaart", "Positie groep", "Afspraak", "Onderdeel protocol")]]
        widths = [width * 0.3, 24 * mm, width * 0.7 - 24 * mm - 42 * mm, 42 * mm]
        joins: list[tuple[Any, ...]] = []
        for o in decided:
            # An agreement may hold 2000 characters, taller than a page: it is cut into rows of a few lines
            # here, so that rows never split inside (ReportLab's in-row split repeated the header mid-page).
            chunks = _agreement_chunks(o.agreement, st, widths[2] - 8) if o.agreement.strip() else ["–"]
            rows.append([
                _card_cell(data, o.card, st),
                Paragraph(para(data.zone_label(o.group_zone)), st.cell),
                Paragraph(chunks[0], st.cell),
                Paragraph(para(section_label(o.section)) if o.agreement.strip() else "–", st.cell),
            ])
            first = len(rows) - 1
            rows.extend([Paragraph("(vervolg)", st.small), "", Paragraph(chunk, st.cell), ""] for chunk in chunks[1:])
            # no rule inside one agreement: its rows read as one
            joins += [("LINEBELOW", (0, r), (-1, r), 0.6, white) for r in range(first, len(rows) - 1)]
        story.append(_table(rows, widths, extra=joins))
    story.append(Paragraph("Eigen situaties", st.h2))
    custom = data.custom_cards()
    if custom:
        for card in custom:
            story.append(_card_cell(data, card.id, st))
            story.append(Spacer(1, 4))
    else:
        story.append(Paragraph("In deze sessie zijn geen eigen situaties toegevoegd.", st.body))
    return story


AGREEMENT_ROW_LINES = 12


def _agreement_chunks(text: str, st: _Styles, width: float) -> list[str]:
    """An agreement as cell markup in pieces of at most AGREEMENT_ROW_LINES lines (explicit line breaks)."""
    lines = wrap(text, fonts()[0], st.cell.fontSize, width)
    return ["<br/>".join(html.escape(line, quote=False) for line in lines[i:i + AGREEMENT_ROW_LINES])
            for i in range(0, len(lines), AGREEMENT_ROW_LINES)] or ["–"]


ROUND_START_ROOM = 60 * mm  # heading, chart header and a card row; KeepTogether moves a taller chart on


def _keep_head(parts: list[Flowable]) -> list[Flowable]:
    """The round's headings kept on one page with its first chart (the rest may flow on)."""
    from reportlab.graphics.shapes import Drawing

    first = next((i for i, part in enumerate(parts[:4]) if isinstance(part, Drawing)), None)
    if first is None:
        return [KeepTogether(parts[:2]), *parts[2:]]
    return [Spacer(1, 4 * mm), KeepTogether(parts[:first + 1]), *parts[first + 1:]]


def render_full_report(data: ReportData, handle: BinaryIO, progress: Progress | None = None) -> None:
    """Write the full A4 report (summary, rounds, agreements, poster) to an open binary file."""
    regular, _ = fonts()
    st = _Styles()
    pagesize = paper_size("a4")
    width = pagesize[0] - 2 * MARGIN
    poster_pages = layout_poster(data, pagesize)
    total_steps = len(data.rounds) + 3

    def step(done: int) -> None:
        if progress:
            progress(done, total_steps)

    def footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 10 * mm, fit_lines(f"Gedragen gedrag · verslag · {data.name}", regular, 8,
                                                     width - 30 * mm, 1)[0])
        canvas.drawRightString(pagesize[0] - MARGIN, 10 * mm, f"blad {doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(
        handle, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=f"Verslag – {data.name}", author="Gedragen", initialFontName=regular,
        pageCompression=1,
    )
    body_frame = Frame(MARGIN, MARGIN, width, pagesize[1] - 2 * MARGIN, id="body")
    poster_frame = Frame(0, 0, pagesize[0], pagesize[1], leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0, id="poster")
    doc.addPageTemplates([PageTemplate("report", [body_frame], onPage=footer),
                          PageTemplate("poster", [poster_frame])])
    story: list[Flowable] = _summary(data, st, width)
    step(1)
    if not data.rounds:
        story += [Spacer(1, 8 * mm), Paragraph("In deze sessie zijn nog geen rondes gespeeld.", st.body)]
    for n, rnd in enumerate(data.rounds, start=2):
        # A round starts where the previous one ended when a good part of the page is left (no pages
        # three quarters empty); its heading stays with its chart.
        story += [PageBreak() if n == 2 else CondPageBreak(ROUND_START_ROOM), *_keep_head(_round_story(data, rnd, st, width))]
        step(n)
    story += [CondPageBreak(90 * mm) if not data.rounds else PageBreak(), *_agreements_story(data, st, width)]
    story.append(NextPageTemplate("poster"))
    for page in poster_pages:
        story += [PageBreak(), _PosterSheet(data, page, len(poster_pages), pagesize)]
    step(total_steps - 1)
    doc.build(story)
    step(total_steps)


def write_report(
    source: ReportData | SessionState,
    out: str | Path,
    part: str = "full",
    paper: str = "a4",
    progress: Progress | None = None,
    deck: Deck | None = None,
) -> Path:
    """Write one part of the session's report to `out` atomically and return the path.

    `source` is the report data, or a session state (then `deck` supplies the card texts and themes).
    part 'full': the A4 report with the poster as its last page(s); 'poster': the poster on `paper`
    (a4 or a3); 'protocol': the protocol draft, as Markdown when `out` ends in .md, else PDF.
    Raises ExportError for a bad part or paper, or a file that cannot be written.
    """
    from gedragen.export import poster, protocol

    data = source if isinstance(source, ReportData) else report_data(source, deck)
    target = Path(out)
    if part not in PARTS:
        raise ExportError(f"onbekend onderdeel '{part}': kies full, poster of protocol")
    paper_size(paper)
    if part == "poster":
        poster.write_poster(data, target, paper, progress)
    elif part == "protocol":
        protocol.write_protocol(data, target, paper, progress)
    else:
        write_pdf_atomic(target, lambda handle: render_full_report(data, handle, progress))
    return target
