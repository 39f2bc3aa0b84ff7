"""What the report, poster and protocol share: the plain, frozen report data and the page basics.

The session engine's state and analysis are turned into `ReportData` once (see `gedragen.export.report`),
so the three documents only read plain values and never recompute a number of DESIGN §2.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, TypeVar

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A3, A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from gedragen.core.atomic import atomic_writer
from gedragen.core.errors import ExportError
from gedragen.core.events import Variant
from gedragen.core.reveal import TEAM_LETTERS, TEAM_SHAPES, Strip
from gedragen.export.fonts import RENDER_LOCK, register_fonts

Progress = Callable[[int, int], None]
T = TypeVar("T")

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "a3": A3}

# The five protocol sections of DESIGN §2, in the order the protocol lists them.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("gedragsregels", "Gedragsregels"),
    ("privacy", "Privacy en gegevensbescherming"),
    ("contact", "Contact tussen leerlingen en leraren"),
    ("les", "Sociale media in de les"),
    ("handhaving", "Handhaving en consequenties"),
)
UNSECTIONED_LABEL = "Nog in te delen"

VARIANT_LABELS: dict[str, str] = {
    Variant.BOARD: "Op het bord (rangschikken)",
    Variant.QUICK: "Snel sorteren",
    Variant.DEBATE: "Overloopdebat",
}
AUDIENCE_LABELS = {
    "po": "Primair onderwijs (groep 5–8, speciaal onderwijs)",
    "vo-mbo": "Voortgezet onderwijs en mbo",
    "other": "Eigen doelgroep",
}
NO_AGREEMENTS_TEXT = "Er zijn in deze sessie nog geen afspraken vastgelegd."

_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

INK = HexColor("#1A1A1A")
MUTED = HexColor("#555555")
RULE = HexColor("#B0B0B0")
FAINT = HexColor("#EDEDED")
# Marker letters and shapes of teams 1–8: the core's fixed set, the same as on the screen, so print in
# greyscale works and paper and projector speak one visual language.
MARKER_LETTERS = TEAM_LETTERS
MARKER_SHAPES = TEAM_SHAPES


@dataclass(frozen=True)
class ReportTeam:
    """A team as the documents show it: name, colour and a letter + shape marker."""

    id: str
    name: str
    color: str
    index: int

    @property
    def letter(self) -> str:
        """The team's marker letter (A, B, …)."""
        return MARKER_LETTERS[self.index % len(MARKER_LETTERS)]

    @property
    def shape(self) -> str:
        """The team's marker shape in charts."""
        return MARKER_SHAPES[self.index % len(MARKER_SHAPES)]


@dataclass(frozen=True)
class ReportTheme:
    """A theme with its label, colour and icon file (None: no icon)."""

    id: str
    label: str
    color: str
    icon_path: Path | None = None


@dataclass(frozen=True)
class ReportCard:
    """A situation card that was played; `custom` marks an eigen situatie."""

    id: str
    text: str
    theme: str
    kind: str
    custom: bool = False


@dataclass(frozen=True)
class CardResult:
    """One card's numbers in one round, as the analysis computed them."""

    card: str
    zones: tuple[tuple[str, int], ...]
    disagreement: float | None
    spread: float | None
    median_zone: int | None

    def zone_of(self, team_id: str) -> int | None:
        """The zone the team placed this card in (None: not placed)."""
        return dict(self.zones).get(team_id)


@dataclass(frozen=True)
class TeamAgreement:
    """Kendall's tau-b between two teams' rankings (None: not defined)."""

    team_a: str
    team_b: str
    tau_b: float | None


@dataclass(frozen=True)
class DebateResult:
    """Walking-debate heads before and after, and the shift towards gewenst in percentage points."""

    card: str
    before: tuple[int, int] | None
    after: tuple[int, int] | None
    shift: float | None


@dataclass(frozen=True)
class Outcome:
    """What the group decided about a card: group position, agreement and protocol section."""

    round_number: int
    card: str
    group_zone: int | None
    agreement: str
    section: str | None


@dataclass(frozen=True)
class ReportRound:
    """One round: cards in drawn order, results in disagreement order, consensus, tau-b, debate."""

    number: int
    cards: tuple[str, ...]
    results: tuple[CardResult, ...] = ()
    consensus: tuple[str, ...] = ()
    team_agreement: tuple[TeamAgreement, ...] = ()
    debate: tuple[DebateResult, ...] = ()
    strips: tuple[Strip, ...] = ()  # the scale strip of each placed card, in disagreement order (core.reveal)


@dataclass(frozen=True)
class ReportData:
    """Everything the report, poster and protocol show about one session, as plain values."""

    session_id: str
    name: str
    started: datetime | None
    ended: datetime | None
    deck_id: str
    deck_title: str
    deck_version: str
    deck_audience: str
    variant: str
    zones: tuple[str, ...]
    teams: tuple[ReportTeam, ...]
    themes: tuple[ReportTheme, ...]
    cards: tuple[ReportCard, ...]
    rounds: tuple[ReportRound, ...]
    outcomes: tuple[Outcome, ...]
    audience: str = ""
    _cards: dict[str, ReportCard] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._cards.update({c.id: c for c in self.cards})

    def card(self, card_id: str) -> ReportCard:
        """The card with this id; an unknown id gives a placeholder rather than a crash."""
        found = self._cards.get(card_id)
        return found if found is not None else ReportCard(card_id, f"(kaart {card_id})", "", "")

    def theme(self, theme_id: str) -> ReportTheme | None:
        """The theme with this id, or None."""
        return next((t for t in self.themes if t.id == theme_id), None)

    def team(self, team_id: str) -> ReportTeam | None:
        """The team with this id, or None."""
        return next((t for t in self.teams if t.id == team_id), None)

    def zone_label(self, zone: int | None) -> str:
        """The label of a zone index ('–' when unknown)."""
        if zone is None or not 0 <= zone < len(self.zones):
            return "–"
        return self.zones[zone]

    def agreements(self) -> tuple[Outcome, ...]:
        """Outcomes that carry an agreement text, in round and record order."""
        return tuple(o for o in self.outcomes if o.agreement.strip())

    def custom_cards(self) -> tuple[ReportCard, ...]:
        """The eigen situaties of this session."""
        return tuple(c for c in self.cards if c.custom)

    def agreements_by_theme(self) -> list[tuple[ReportTheme, list[Outcome]]]:
        """Agreements grouped by their card's theme, themes in deck order; unknown themes last."""
        groups: dict[str, list[Outcome]] = {}
        for outcome in self.agreements():
            groups.setdefault(self.card(outcome.card).theme, []).append(outcome)
        ordered = [(t, groups.pop(t.id)) for t in self.themes if t.id in groups]
        rest = [o for items in groups.values() for o in items]
        if rest:
            ordered.append((ReportTheme("", "Overige afspraken", "#555555"), rest))
        return ordered

    def agreements_by_section(self) -> list[tuple[str, list[Outcome]]]:
        """Agreements under the five protocol section labels (in order), then 'Nog in te delen'."""
        known = dict(SECTIONS)
        groups: list[tuple[str, list[Outcome]]] = [(label, []) for _, label in SECTIONS]
        index = {sid: i for i, (sid, _) in enumerate(SECTIONS)}
        untagged: list[Outcome] = []
        for outcome in self.agreements():
            if outcome.section in known:
                groups[index[outcome.section]][1].append(outcome)
            else:
                untagged.append(outcome)
        if untagged:
            groups.append((UNSECTIONED_LABEL, untagged))
        return groups


def section_label(section: str | None) -> str:
    """The Dutch label of a protocol section id ('Nog in te delen' for none or unknown)."""
    return dict(SECTIONS).get(section or "", UNSECTIONED_LABEL)


def dutch_date(moment: datetime | None, with_time: bool = True) -> str:
    """'maandag 23 november 2026, 20:15' (or without the time); '' for None."""
    if moment is None:
        return ""
    day = f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"
    return f"{day}, {moment:%H:%M}" if with_time else day


def session_when(data: ReportData) -> str:
    """Date and time span of a session, e.g. 'maandag 23 november 2026, 20:15–21:00'."""
    text = dutch_date(data.started)
    if data.started and data.ended:
        same_day = data.ended.date() == data.started.date()
        text += f"–{data.ended:%H:%M}" if same_day else f" tot {dutch_date(data.ended)}"
    return text


def percent_points(points: float | None) -> str:
    """A shift in percentage points, signed and rounded, e.g. '+15 pp' ('–' when unknown)."""
    if points is None:
        return "–"
    whole = round(points)
    sign = "+" if whole > 0 else ("−" if whole < 0 else "±")
    return f"{sign}{abs(whole)} pp"


def number(value: float | None, digits: int = 2) -> str:
    """A number with a decimal comma, Dutch style ('–' when unknown)."""
    if value is None:
        return "–"
    return f"{value:.{digits}f}".replace(".", ",").replace("-", "−")


def safe_text(text: str) -> str:
    """The text with every character the embedded font cannot draw replaced by a placeholder ([emoji], [teken])."""
    from gedragen.export.fit import with_fallback

    return with_fallback(text)


def fallback_notices(data: ReportData) -> list[str]:
    """One Dutch line per printed text (session, team, card, agreement) that holds characters the font lacks."""
    from gedragen.export.fit import fallback_notice

    fields = [("sessienaam", data.name)] + [(f"team {t.name}", t.name) for t in data.teams]
    fields += [(f"eigen situatie {c.id}", c.text) for c in data.custom_cards()]
    fields += [(f"afspraak bij kaart {o.card} (ronde {o.round_number})", o.agreement) for o in data.agreements()]
    return [notice for what, text in fields if (notice := fallback_notice(what, text))]


def _cut_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than a line in pieces that each fit (at least one character each), in one pass."""
    pieces: list[str] = []
    start, used = 0, 0.0
    for index, char in enumerate(word):
        char_width = stringWidth(char, font, size)
        if used + char_width > width and index > start:
            pieces.append(word[start:index])
            start, used = index, 0.0
        used += char_width
    pieces.append(word[start:])
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Text broken into lines no wider than `width`; words longer than a line are cut (no overflow)."""
    lines: list[str] = []
    for paragraph in safe_text(text).splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            if len(word) > 1 and stringWidth(word, font, size) > width:
                # cut in one pass: trying ever shorter prefixes took minutes for a 2000-character word
                pieces = _cut_word(word, font, size, width)
                if current:
                    lines.append(current)
                    current = ""
                lines.extend(pieces[:-1])
                word = pieces[-1]
            trial = f"{current} {word}" if current else word
            if stringWidth(trial, font, size) <= width:
                current = trial
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
    return lines


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Wrap text into at most `max_lines` lines of `width`, the last one ending in '…' when cut."""
    words = safe_text(text).split()
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
        current = ""
    cut = bool(current) or len(" ".join(lines).split()) < len(words)
    if cut and lines:
        last = lines[-1]
        # Drop whole words first: "doen e …" reads as a typo; only a single too-long word is cut.
        while last and stringWidth(last + " …", font, size) > width:
            last = last.rsplit(" ", 1)[0] if " " in last.strip() else last[:-1]
        lines[-1] = last.rstrip() + " …"
    return lines


def para(text: str) -> str:
    """Plain text made safe for a ReportLab Paragraph: glyphs checked, markup escaped."""
    return html.escape(safe_text(text), quote=False)


def color(value: str, fallback: str = "#555555") -> Color:
    """A ReportLab colour from '#RRGGBB' (fallback when malformed)."""
    try:
        return HexColor(value)
    except (ValueError, TypeError):
        return HexColor(fallback)


def tint(value: str, amount: float) -> Color:
    """The colour mixed with white: amount 0 = the colour, 1 = white."""
    base = color(value)
    return Color(
        base.red + (1 - base.red) * amount,
        base.green + (1 - base.green) * amount,
        base.blue + (1 - base.blue) * amount,
    )


def fonts() -> tuple[str, str]:
    """The regular and bold font names, registered with ReportLab."""
    return register_fonts()


def paper_size(paper: str) -> tuple[float, float]:
    """Page size in points for 'a4' or 'a3' (ExportError otherwise)."""
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise ExportError(f"onbekend papierformaat '{paper}': kies a4 of a3") from None


def write_pdf_atomic(out: Path, produce: Callable[[BinaryIO], T]) -> T:
    """Run `produce(handle)` into `out` atomically and return its result; OS errors become ExportError.

    One PDF is drawn at a time (RENDER_LOCK): ReportLab's fonts and settings are shared by the process.
    """
    try:
        with RENDER_LOCK, atomic_writer(out) as handle:
            return produce(handle)
    except OSError as exc:
        raise ExportError.cannot_write(out, exc) from exc
