"""The card widget: colours reach 7:1, projector sizes hold at 1920×1080, the card is drawn as a card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor

from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.resources import icons_dir
from gedragen.ui.common.card_view import (
    CardPainter,
    CardView,
    card_colors,
    darken_for_contrast,
    render_icon,
    theme_icon_file,
)
from gedragen.ui.common.theme import contrast_ratio

THEME_COLORS = ["#B2182B", "#8C510A", "#C51B7D", "#5E3C99", "#01665E", "#2166AC", "#FFD700", "#A0E0A0"]
LONG_TEXT = ("Een leerling zet een foto van een klasgenoot in een groepsapp met een spottende tekst. " * 5)[:400]


def _deck() -> Deck:
    return Deck(
        id="proef",
        title="Proef",
        audience="other",
        kinds=(Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark")),
        themes=(
            Theme("pesten", "Pesten", "#01665E", "pesten", icons_dir() / "pesten.svg"),
            Theme("online", "Online gedrag en sociale media", "#FFD700", "online"),
        ),
        cards=(
            Card("p-1", "pesten", "team", "Een korte tekst."),
            Card("p-2", "online", "school", LONG_TEXT),
        ),
    )


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("color", THEME_COLORS)
@pytest.mark.parametrize("shade", ["light", "dark"])
def test_every_ink_reaches_seven_to_one(color: str, shade: str) -> None:
    colors = card_colors(color, shade)
    assert contrast_ratio(colors.band_ink, colors.band) >= 7.0
    assert contrast_ratio(colors.ink, colors.body) >= 7.0
    assert contrast_ratio(colors.muted_ink, colors.body) >= 7.0


def test_light_and_dark_kinds_differ_in_body() -> None:
    light, dark = card_colors("#2166AC", "light"), card_colors("#2166AC", "dark")
    assert QColor(light.body).lightness() > 200 > 60 > QColor(dark.body).lightness()


def test_darkening_keeps_a_dark_colour_and_fixes_a_light_one() -> None:
    assert darken_for_contrast("#1F3A7A").name() == "#1f3a7a"
    fixed = darken_for_contrast("#FFD700")
    assert contrast_ratio(fixed, "#FFFFFF") >= 7.0
    assert fixed.hue() == pytest.approx(QColor("#FFD700").hue(), abs=3)


def test_projector_sizes_at_full_hd(qapp: object) -> None:
    painter = CardPainter()
    deck = _deck()
    rect = QRectF(24, 24, 1920 - 48, 1080 - 48)
    for card in deck.cards:
        lay = painter.layout(rect, deck.theme(card.theme), card.text, large=True, scale=1.0)
        assert lay.text_px >= 48
        assert lay.text_fits
        assert lay.label_px >= 32 and lay.footer_px >= 32 and lay.id_px >= 32


def test_text_grows_to_fill_the_card(qapp: object) -> None:
    painter = CardPainter()
    deck = _deck()
    rect = QRectF(0, 0, 300, 420)
    short = painter.layout(rect, deck.theme("pesten"), "Kort.")
    long = painter.layout(rect, deck.theme("online"), LONG_TEXT)
    assert short.text_px > long.text_px
    assert long.text_fits


def test_icon_is_recoloured_white(qapp: object) -> None:
    image = render_icon(icons_dir() / "pesten.svg", 48, "#FFFFFF").toImage()
    painted = [
        image.pixelColor(x, y) for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() > 250
    ]
    assert painted, "the icon draws something"
    assert all(c.red() > 240 and c.green() > 240 and c.blue() > 240 for c in painted)


def test_builtin_icon_found_by_name_without_path() -> None:
    assert theme_icon_file(Theme("online", "Online", "#2166AC", "online")) == icons_dir() / "online.svg"
    assert theme_icon_file(Theme("x", "X", "#2166AC", None)) is None


def test_card_view_paints_band_in_theme_colour_and_body_by_kind(qtbot) -> None:  # type: ignore[no-untyped-def]
    deck = _deck()
    view = CardView()
    qtbot.addWidget(view)
    view.resize(QSize(320, 450))
    view.set_card(deck, deck.card("p-1"))
    image = view.grab().toImage()
    rect = view.card_rect()
    band = image.pixelColor(int(rect.center().x()), int(rect.top() + rect.height() * 0.02))
    body = image.pixelColor(int(rect.left() + 14), int(rect.center().y()))
    expected = card_colors("#01665E", "light")
    assert band.name() == expected.band.name()
    assert body.name() == expected.body.name()

    view.set_card(deck, deck.card("p-2"))
    dark_body = view.grab().toImage().pixelColor(int(rect.left() + 14), int(rect.bottom() - rect.height() * 0.2))
    assert dark_body.lightness() < 60
    assert view.accessibleName() == LONG_TEXT
