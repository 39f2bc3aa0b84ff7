"""Fit-or-fail for every text a card puts on paper: glyphs of the embedded font, sizes, line breaks.

One rule for `gedragen print`, `gedragen validate` and the deck editor: a text is drawn at the largest
size (down to a minimum) at which it fits its zone, or the deck is refused with a Dutch line naming the
card, theme or kind. Nothing is clipped. Secondary text (footer, kind word, band label) is never smaller
than `card.secondary_min_pt` (6 pt).

Line breaking: at spaces and after hyphens; a soft hyphen (U+00AD) is a break point that prints as "-"
only when the line breaks there; a no-break space (U+00A0) is never a break point.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from reportlab.pdfbase.pdfmetrics import getFont

from gedragen.core.card_layout import geometry
from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.export.fonts import BOLD, REGULAR, missing_glyphs, register_fonts
from gedragen.export.layout import Rect, mm

SOFT_HYPHEN = "\u00ad"
BLANK_LABEL = "Eigen situatie"
# Only these are break points: str.split() would also break at a no-break space.
_BREAKING_SPACE = re.compile(r"[ \t\r\n\u2002-\u200a\u3000]+")
_PIECE = re.compile(r"[^-\u00ad]*[-\u00ad]|[^-\u00ad]+")  # a word's pieces, each ending after a (soft) hyphen


class FittedText(NamedTuple):
    """Card text broken into lines at the largest size that fits."""

    lines: tuple[str, ...]
    size: float
    leading: float


@dataclass(frozen=True)
class CardBoxes:
    """The zones of a card front in card coordinates (points), from the layout data."""

    width: float
    height: float
    scale: float
    safe: float
    band_h: float
    icon: float
    text: Rect
    kind_baseline: float
    small_baseline: float
    kind_size: float
    small_size: float
    label_max: float
    label_min: float
    text_max: float
    text_min: float
    text_step: float
    leading: float
    secondary_min: float
    back_kind_size: float
    back_inner: float


def card_boxes(card_size: str) -> CardBoxes:
    """The front's zones for a card size (fonts scale with the card relative to the poker reference)."""
    geo = geometry()
    spec = geo.card
    w, h = (mm(v) for v in geo.card_sizes[card_size])
    ref_w, ref_h = spec["reference_size"]
    scale = min(w / mm(ref_w), h / mm(ref_h))
    floor = float(spec["secondary_min_pt"])
    safe = spec["safe_frac"] * w
    band_h = spec["band_frac"] * h
    small = max(floor, spec["small_pt"] * scale)
    kind = max(floor, spec["kind_pt"] * scale)
    small_base = safe * 0.8
    kind_base = small_base + small * 1.7
    text_bottom = kind_base + kind * 1.6
    text_top = h - band_h - spec["text_top_gap_frac"] * h
    inset = spec["back_frame_frac"] * w
    return CardBoxes(
        width=w, height=h, scale=scale, safe=safe, band_h=band_h, icon=spec["icon_frac"] * band_h,
        text=Rect(safe, text_bottom, w - 2 * safe, text_top - text_bottom),
        kind_baseline=kind_base, small_baseline=small_base, kind_size=kind, small_size=small,
        label_max=max(floor, spec["band_label_max_pt"] * scale), label_min=max(floor, spec["band_label_min_pt"] * scale),
        text_max=spec["text_max_pt"] * scale, text_min=float(spec["text_min_pt"]),
        text_step=float(spec["text_step_pt"]), leading=float(spec["leading"]), secondary_min=floor,
        back_kind_size=max(floor, spec["back_kind_pt"] * scale), back_inner=inset + 1.6 * mm(1) * scale,
    )


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Words split after hyphens and soft hyphens, each with whether a space precedes it."""
    out: list[tuple[str, bool]] = []
    for word in _BREAKING_SPACE.split(text):
        if "-" not in word and SOFT_HYPHEN not in word:
            if word:  # most words: one piece, no pattern needed
                out.append((word, True))
            continue
        first = True
        for piece in _PIECE.findall(word):
            out.append((piece, first))
            first = False
    return out


def _wrap(tokens: Sequence[tuple[str, bool]], widths: Sequence[float], space: float, limit: float) -> list[str] | None:
    """Greedy line breaking with widths at 1 pt scaled to `limit`; None when a token is wider than a line."""
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for (piece, spaced), width in zip(tokens, widths, strict=True):
        if width > limit:
            return None
        # A soft hyphen is measured as "-" (it prints as one where the line breaks): a safe upper bound.
        extra = (space if spaced and current else 0.0) + width
        if current and used + extra > limit:
            lines.append(_shown("".join(current)))
            current, used = [piece], width
            continue
        current.append((" " if spaced and current else "") + piece)
        used += extra
    if current:
        lines.append(_shown("".join(current)))
    return lines


def _shown(line: str) -> str:
    """A line as printed: a soft hyphen at its end becomes "-", the others disappear."""
    if line.endswith(SOFT_HYPHEN):
        line = line[:-1] + "-"
    return line.replace(SOFT_HYPHEN, "")


class _CharWidths(dict[str, float]):
    """The font's width of each character (in 1/1000 pt), filled in as characters are met."""

    def __init__(self, by_code: dict[int, float], default: float) -> None:
        super().__init__()
        self._by_code, self._default = by_code, default

    def __missing__(self, ch: str) -> float:
        width = self[ch] = self._by_code.get(ord(ch), self._default)
        return width


_CHAR_TABLES: dict[int, tuple[Any, _CharWidths]] = {}


class WordWidths:
    """Widths of words at 1 pt in one font, remembered: a deck repeats most of its words."""

    def __init__(self, font: str = REGULAR) -> None:
        face = getFont(font).face
        chars = _CHAR_TABLES.get(id(face))
        if chars is None or chars[0] is not face:  # one table per font face, shared by every WordWidths
            chars = _CHAR_TABLES[id(face)] = (face, _CharWidths(face.charWidths, face.defaultWidth))
        self._chars = chars[1]
        self._known: dict[str, float] = {}

    def __call__(self, word: str) -> float:
        """Width of `word` at 1 pt (a soft hyphen counts as a hyphen)."""
        width = self._known.get(word)
        if width is None:
            shown = word.replace(SOFT_HYPHEN, "-")
            width = self._known[word] = 0.001 * sum(map(self._chars.__getitem__, shown))
        return width

    def each(self, words: Iterable[str]) -> list[float]:
        """Widths of several words at 1 pt, as `self(word)` gives them (known ones without a call)."""
        known = self._known.get
        return [self(word) if (width := known(word)) is None else width for word in words]


def fit_text(text: str, width: float, height: float, max_size: float, min_size: float,
             step: float = 0.25, leading: float = 1.25, font: str = REGULAR,
             widths: WordWidths | None = None) -> FittedText | None:
    """The largest size (in `step`s between min and max) at which `text` wraps into the box; None if none.

    Word widths are measured once at 1 pt and scaled, so trying a size costs no font lookups.
    """
    register_fonts()
    measure = widths or WordWidths(font)
    tokens = _tokens(text)
    base = measure.each([piece for piece, _ in tokens])
    space = measure(" ")

    def attempt(size: float) -> list[str] | None:
        lines = _wrap(tokens, base, space, width / size)
        if lines is None or (len(lines) - 1) * size * leading + size > height:
            return None
        return lines

    steps = max(0, math.floor((max_size - min_size) / step + 1e-9))
    # Most cards fit at the largest size: one try settles them.
    lines = attempt(min_size + steps * step)
    if lines is not None:
        size = min_size + steps * step
        return FittedText(tuple(lines), size, size * leading)
    if attempt(min_size) is None:
        return None
    best, lo, hi = 0, 1, steps - 1
    # Binary search for the largest size that fits (fitting is monotone in the size).
    while lo <= hi:
        mid = (lo + hi) // 2
        if attempt(min_size + mid * step) is not None:
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    size = min_size + best * step
    lines = attempt(size)
    assert lines is not None
    return FittedText(tuple(lines), size, size * leading)


def fit_line(text: str, width: float, max_size: float, min_size: float, font: str = REGULAR,
             step: float = 0.25) -> float | None:
    """The largest size (in `step`s down from `max_size`, at least `min_size`) at which one line fits `width`."""
    register_fonts()
    at_one = WordWidths(font)(text)
    if at_one <= 0:
        return max_size
    size = max_size
    while size >= min_size - 1e-9:
        if at_one * size <= width + 1e-9:
            return size
        size -= step
    return None


class LabelFits(NamedTuple):
    """Sizes for the short texts of a deck's cards on one card size (all checked to fit)."""

    bands: dict[str | None, FittedText]
    kinds: dict[str, float]
    back_kinds: dict[str, FittedText]
    footer_title: str
    ids: dict[str, float]


def has_icon(theme: Theme | None) -> bool:
    """Whether the band shows an icon left of the label (as `icons.icon_file` decides)."""
    return theme is not None and bool(theme.icon_path is not None or theme.icon)


def band_label_width(boxes: CardBoxes, with_icon: bool) -> float:
    """The width the theme label has in the band, right of the icon when there is one."""
    x = boxes.safe + (boxes.icon + boxes.safe * 0.5 if with_icon else 0.0)
    return boxes.width - boxes.safe - x


def fit_band_label(label: str, boxes: CardBoxes, with_icon: bool) -> FittedText | None:
    """The theme label broken into lines in the band, or None when it does not fit at the minimum size."""
    return fit_text(label, band_label_width(boxes, with_icon), boxes.band_h * 0.7, boxes.label_max,
                    boxes.label_min, 0.25, 1.15, BOLD)


def back_kind_width(boxes: CardBoxes) -> float:
    """The width the kind word has on the back, inside the inner frame with a margin."""
    return boxes.width - 2 * boxes.back_inner - 2 * mm(1) * boxes.scale


def shorten(text: str, font: str, size: float, limit: float) -> str:
    """`text` shortened with an ellipsis to `limit` points; '' when not even one letter and '…' fit."""
    measure = WordWidths(font)
    if measure(text) * size <= limit:
        return text
    while text and measure(text + "…") * size > limit:
        text = text[:-1]
    text = text.rstrip(" –-,.;:")
    return text + "…" if text else ""


def footer_title(deck_title: str, boxes: CardBoxes, ids: Iterable[tuple[str, float]]) -> str:
    """The deck title for the footer: shortened so that the widest card id (text, size) beside it keeps its room."""
    measure = WordWidths(REGULAR)
    widest = max((measure(text) * size for text, size in ids), default=0.0)
    room = boxes.width - 2 * boxes.safe
    limit = min(boxes.width * 0.55, room - widest - boxes.small_size)
    return shorten(deck_title, REGULAR, boxes.small_size, limit) if limit > 0 else ""


def glyph_problem(what: str, text: str, font: str = REGULAR) -> str | None:
    """A Dutch line naming `what` when the embedded font lacks a character of `text`, else None."""
    missing = missing_glyphs(text, font)
    if not missing:
        return None
    shown = ", ".join(f"'{ch}' (U+{ord(ch):04X})" for ch in missing)
    return f"{what}: het lettertype heeft geen teken voor {shown}; vervang het"


def label_problems(deck: Deck, boxes: CardBoxes, card_size: str, themes: Sequence[Theme | None],
                   kinds: Sequence[Kind], cards: Sequence[Card]) -> tuple[list[str], LabelFits]:
    """Problems of the deck title, theme and kind labels and card ids on this card size, and their sizes."""
    problems: list[str] = []
    for what, text, font in [(f"kaartenset {deck.id}", deck.title, REGULAR)] + \
            [(f"thema {t.id}", t.label, BOLD) for t in deck.themes] + [(f"soort {k.id}", k.label, BOLD) for k in deck.kinds]:
        problem = glyph_problem(what, text, font)
        if problem:
            problems.append(problem)
    floor = boxes.secondary_min
    bands: dict[str | None, FittedText] = {}
    for theme in themes:
        label = theme.label if theme else BLANK_LABEL
        key = theme.id if theme else None
        fitted = fit_band_label(label, boxes, has_icon(theme))
        if fitted is None:
            problems.append(
                f"thema {key}: het label '{label}' past niet in de themabalk van een {card_size}-kaart, ook niet "
                f"bij {floor:g} pt; maak het korter of zet er spaties of afbreekstreepjes in"
            )
        else:
            bands[key] = fitted
    room = boxes.width - 2 * boxes.safe
    front_kinds: dict[str, float] = {}
    back_kinds: dict[str, FittedText] = {}
    for kind in kinds:
        front = fit_line(kind.label, room, boxes.kind_size, floor, BOLD)
        # The back has room above the word: it may take two lines there.
        back = fit_text(kind.label, back_kind_width(boxes), boxes.back_kind_size * 2.3, boxes.back_kind_size, floor,
                        0.25, 1.15, BOLD)
        if front is None or back is None:
            problems.append(
                f"soort {kind.id}: het label '{kind.label}' past niet op één regel van een {card_size}-kaart, ook niet "
                f"bij {floor:g} pt; maak het korter"
            )
            continue
        front_kinds[kind.id], back_kinds[kind.id] = front, back
    ids: dict[str, float] = {}
    for card in cards:
        size = fit_line(card.id, room, boxes.small_size, floor, REGULAR)
        if size is None:
            problems.append(
                f"kaart {card.id}: de kaartcode past niet in de voettekst van een {card_size}-kaart, ook niet "
                f"bij {floor:g} pt; maak de code korter"
            )
            continue
        ids[card.id] = size
    title = footer_title(deck.title, boxes, ids.items())
    return problems, LabelFits(bands, front_kinds, back_kinds, title, ids)


def card_text_problems(cards: Sequence[Card], boxes: CardBoxes, card_size: str) -> tuple[list[str], dict[str, FittedText]]:
    """Problems of the card texts and ids (glyphs, fit on this card size) and the fitted texts of the others."""
    problems: list[str] = []
    fitted_texts: dict[str, FittedText] = {}
    widths = WordWidths(REGULAR)
    # One glyph check over all texts; only when it finds something are the cards checked one by one.
    every_char = set().union(*(card.text + card.id for card in cards)) if cards else set()
    suspect = bool(missing_glyphs("".join(sorted(every_char))))
    for card in cards:
        problem = glyph_problem(f"kaart {card.id}", card.text + card.id) if suspect else None
        if problem:
            problems.append(problem)
            continue
        fitted = fit_text(card.text, boxes.text.w, boxes.text.h, boxes.text_max, boxes.text_min,
                          boxes.text_step, boxes.leading, REGULAR, widths)
        if fitted is None:
            problems.append(
                f"kaart {card.id}: de tekst past niet op een {card_size}-kaart, ook niet bij "
                f"{boxes.text_min:g} pt; maak de tekst korter of kies een groter kaartformaat"
            )
            continue
        fitted_texts[card.id] = fitted
    return problems, fitted_texts


def print_problems(deck: Deck, card_size: str = "poker") -> list[str]:
    """Everything `gedragen print` would refuse in this deck on this card size (all cards, themes, kinds)."""
    register_fonts()
    boxes = card_boxes(card_size)
    problems, _ = label_problems(deck, boxes, card_size, [*deck.themes, None], deck.kinds, deck.cards)
    text_problems, _ = card_text_problems(deck.cards, boxes, card_size)
    return problems + text_problems


# Characters that only shape a neighbouring emoji: joiners, variation selectors, skin tones, tags.
_EMOJI_PARTS = re.compile("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
EMOJI_PLACEHOLDER = "[emoji]"
CHARACTER_PLACEHOLDER = "[teken]"


def _is_emoji(ch: str) -> bool:
    import unicodedata

    return ord(ch) >= 0x1F000 or unicodedata.category(ch) in ("So", "Sk")


def with_fallback(text: str, font: str = REGULAR) -> str:
    """`text` as a report prints it: each run of characters the font lacks becomes "[emoji]" or "[teken]".

    Decision: a teacher's agreement is kept and printed even with an emoji in it (blocking a whole report
    for one 🍆 helps nobody); the placeholder is readable on paper, unlike the font's "missing" box.
    """
    missing = set(missing_glyphs(text, font))
    if not missing:
        return text
    out: list[str] = []
    run: list[str] = []
    for ch in text + "\0":
        if ch in missing or (run and _EMOJI_PARTS.match(ch)):
            run.append(ch)
            continue
        if run:
            out.append(EMOJI_PLACEHOLDER if any(_is_emoji(c) for c in run) else CHARACTER_PLACEHOLDER)
            run = []
        out.append(ch)
    return "".join(out[:-1])


def fallback_notice(what: str, text: str, font: str = REGULAR) -> str | None:
    """A Dutch line naming `what` when `text` holds characters that print as a placeholder, else None."""
    missing = [ch for ch in missing_glyphs(text, font) if not _EMOJI_PARTS.match(ch)]
    if not missing:
        return None
    shown = " ".join(missing[:5])
    placeholder = EMOJI_PLACEHOLDER if any(_is_emoji(c) for c in missing) else CHARACTER_PLACEHOLDER
    return f"{what}: het lettertype kan {shown} niet printen; op papier staat daar {placeholder}"
