"""WCAG 2 colour arithmetic on plain values (relative luminance, contrast ratio: one formula for all), and the
one colour rule of a card that the screen card and the printed card both follow (`card_tints`)."""

# On the start-up path: named tuples, not dataclasses, and no `from __future__ import annotations`, with which
# a named tuple compiles each field's annotation at import (docs/PERFORMANCE.md, "Start-up").
from typing import NamedTuple


def linear(channel: float) -> float:
    """An sRGB channel (0 … 1) made linear."""
    return channel / 12.92 if channel <= 0.04045 else float(((channel + 0.055) / 1.055) ** 2.4)


def luminance_rgb(red: float, green: float, blue: float) -> float:
    """Relative luminance of a colour with channels 0 … 1 (0 black … 1 white)."""
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def relative_luminance(color: str) -> float:
    """Relative luminance of a '#RRGGBB' colour."""
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return luminance_rgb(red, green, blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two '#RRGGBB' colours (1 … 21), in either order."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# --- the colours of a card, one rule for the screen and for paper ---------------------------------

WHITE = "#FFFFFF"
BLACK = "#000000"
CARD_INK = "#1A1A1A"  # text on a light card
MIN_CONTRAST = 7.0  # every text on a card, on screen and on paper (DESIGN: legibility on a projector)
DARK_BODY_CONTRAST = 12.0  # a dark card's body against white: its lighter second ink still reaches 7:1


def _channels(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def mix(first: str, second: str, amount: float) -> str:
    """The '#RRGGBB' colour `amount` of the way from `first` to `second` (0: first, 1: second)."""
    a, b = _channels(first), _channels(second)
    return "#{:02X}{:02X}{:02X}".format(*(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True)))


def darken_for_contrast(color: str, against: str = WHITE, ratio: float = MIN_CONTRAST) -> str:
    """`color` ('#RRGGBB'), darkened just enough (same hue, in 1 % steps towards black) to reach `ratio`."""
    return _towards(color, BLACK, against, ratio)


def lighten_for_contrast(color: str, against: str = CARD_INK, ratio: float = MIN_CONTRAST) -> str:
    """`color` ('#RRGGBB'), lightened just enough (in 1 % steps towards white) to reach `ratio` against a dark ink."""
    return _towards(color, WHITE, against, ratio)


def _towards(color: str, end: str, against: str, ratio: float) -> str:
    base = "#{:02X}{:02X}{:02X}".format(*_channels(color))
    if contrast_ratio(base, against) >= ratio:
        return base
    for step in range(1, 101):
        candidate = mix(base, end, step / 100)
        if contrast_ratio(candidate, against) >= ratio:
            return candidate
    return end


class CardTints(NamedTuple):
    """The colours ('#RRGGBB') of one card front: the theme band and its ink, the body and its two inks."""

    band: str
    band_ink: str
    body: str
    ink: str
    muted_ink: str


def card_ink(shade: str) -> str:
    """The text colour of a card of this kind shade ('light' or 'dark')."""
    return WHITE if shade == "dark" else CARD_INK


def card_tints(theme_color: str, shade: str) -> CardTints:
    """The colours of a card of this theme colour and kind shade, the same on screen and on paper.

    The band is the theme colour with white or near-black text, whichever contrasts more (a foreign deck's
    orange gets dark text); where that text stays under 7:1 the band is darkened (under white text) or
    lightened (under dark text) just enough, keeping its hue: a bright red gets a little deeper. A light kind's body is the theme colour at 10 % on white, a dark kind's at
    42 % on black (darkened further where white would stay under 12:1). Every ink reaches 7:1 on its ground.
    """
    theme_color = "#{:02X}{:02X}{:02X}".format(*_channels(theme_color))
    if contrast_ratio(WHITE, theme_color) >= contrast_ratio(CARD_INK, theme_color):
        band, band_ink = darken_for_contrast(theme_color, WHITE, MIN_CONTRAST), WHITE
    else:
        band, band_ink = lighten_for_contrast(theme_color, CARD_INK, MIN_CONTRAST), CARD_INK
    if shade == "dark":
        body = darken_for_contrast(mix(theme_color, BLACK, 0.58), WHITE, DARK_BODY_CONTRAST)
        return CardTints(band, band_ink, body, card_ink(shade), "#E8E8E8")
    return CardTints(band, band_ink, mix(theme_color, WHITE, 0.90), card_ink(shade), "#333333")
