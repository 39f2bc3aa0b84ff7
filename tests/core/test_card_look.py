"""One card for screen and paper: the proportions come from print.yaml, the colours from one rule that reaches 7:1."""

from __future__ import annotations

import pytest
import yaml

from gedragen.core.card_layout import DEFAULT_CARD_SIZE, card_proportions, geometry
from gedragen.core.colors import CARD_INK, WHITE, card_tints, contrast_ratio
from gedragen.resources import assets_dir

# the built-in themes, a foreign deck's bright ones, and the extremes
COLORS = ["#DD242F", "#633004", "#A21E66", "#6427A6", "#063831", "#246999", "#5B6770",
          "#E07A1F", "#4C9A2A", "#FFD700", "#A0E0A0", "#000000", "#FFFFFF", "#808080"]


def _hue(color: str) -> float:
    import colorsys

    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)[0] * 360


def test_the_card_proportions_are_the_ones_in_print_yaml() -> None:
    raw = yaml.safe_load((assets_dir() / "layout" / "print.yaml").read_text(encoding="utf-8"))
    width, height = raw["card_sizes"][DEFAULT_CARD_SIZE]
    shared = card_proportions()
    assert shared.aspect == pytest.approx(height / width) == pytest.approx(88 / 63)
    assert shared.band_frac == raw["card"]["band_frac"]
    assert shared.icon_frac == raw["card"]["icon_frac"]
    assert shared.safe_frac == raw["card"]["safe_frac"]
    assert shared.text_top_gap_frac == raw["card"]["text_top_gap_frac"]
    assert card_proportions("tarot").aspect == pytest.approx(120 / 70)
    assert geometry().card["band_frac"] == shared.band_frac


@pytest.mark.parametrize("color", COLORS)
@pytest.mark.parametrize("shade", ["light", "dark"])
def test_every_ink_of_a_card_reaches_seven_to_one(color: str, shade: str) -> None:
    tints = card_tints(color, shade)
    assert contrast_ratio(tints.band_ink, tints.band) >= 7.0
    assert contrast_ratio(tints.ink, tints.body) >= 7.0
    assert contrast_ratio(tints.muted_ink, tints.body) >= 7.0


def test_the_band_keeps_the_theme_colour_and_only_moves_as_far_as_its_text_needs() -> None:
    assert card_tints("#633004", "light").band == "#633004"  # 10.7:1 with white already
    assert card_tints("#FFD700", "light").band == "#FFD700"  # dark text on yellow: 12:1
    assert card_tints("#FFD700", "light").band_ink == CARD_INK
    red = card_tints("#DD242F", "light")  # 4.8:1 with white: a little deeper, same hue
    assert red.band_ink == WHITE and red.band != "#DD242F"
    assert 7.0 <= contrast_ratio(red.band, WHITE) < 7.3
    assert _hue(red.band) == pytest.approx(_hue("#DD242F"), abs=3)
    orange = card_tints("#E07A1F", "dark")  # dark text on orange, lightened: still orange
    assert orange.band_ink == CARD_INK
    assert 7.0 <= contrast_ratio(orange.band, CARD_INK) < 7.3
    assert _hue(orange.band) == pytest.approx(_hue("#E07A1F"), abs=3)


def test_light_and_dark_bodies_are_tints_of_the_theme() -> None:
    light, dark = card_tints("#246999", "light"), card_tints("#246999", "dark")
    assert light.body == "#E9F0F5" and light.ink == CARD_INK  # 10 % theme on white
    assert dark.body == "#0F2C40" and dark.ink == WHITE  # 42 % theme on black
    assert card_tints("#FFD700", "dark").body != "#6B5A00"  # 42 % yellow stays under 12:1: darker still
    assert contrast_ratio(card_tints("#FFD700", "dark").body, WHITE) >= 12.0
