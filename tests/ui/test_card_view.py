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


# --- the screen card is the printed card: one layout file, one colour rule -----------------------------


def _builtin_decks() -> list[Deck]:
    from gedragen.core.loader import load_deck
    from gedragen.resources import builtin_decks_dir

    return [load_deck(builtin_decks_dir() / f"{name}.yaml", builtin=True) for name in ("po", "vo-mbo")]


def test_screen_card_has_the_printed_cards_aspect_and_band(qtbot) -> None:  # type: ignore[no-untyped-def]
    import yaml

    from gedragen.export.layout import PrintOptions, layout_sheet

    spec = yaml.safe_load((icons_dir().parent / "layout" / "print.yaml").read_text(encoding="utf-8"))["card"]
    sheet = layout_sheet(PrintOptions())
    deck = _deck()
    view = CardView()
    qtbot.addWidget(view)
    view.resize(QSize(400, 620))
    view.set_card(deck, deck.card("p-1"))
    rect = view.card_rect()
    assert rect.height() / rect.width() == pytest.approx(sheet.card_height / sheet.card_width, rel=1e-9)

    lay = CardPainter().layout(rect, deck.theme("pesten"), "Een korte tekst.")
    assert lay.band_rect.height() / rect.height() == pytest.approx(spec["band_frac"], rel=1e-9)
    assert lay.icon_rect.height() == pytest.approx(lay.band_rect.height() * spec["icon_frac"], abs=0.5)
    assert lay.text_rect.left() - rect.left() >= rect.width() * spec["safe_frac"]

    # Measured on the painted widget: rows of band colour in a column right of the label, over the card's height.
    image = view.grab().toImage()
    band = card_colors("#01665E", "light").band.name()
    x = int(rect.left() + rect.width() * 0.8)
    top_half = range(int(rect.top()), int(rect.center().y()))  # (the edge below is band colour too)
    rows = [y for y in top_half if image.pixelColor(x, y).name() == band]
    assert rows and rows == list(range(rows[0], rows[-1] + 1))  # one unbroken band at the top
    assert (rows[-1] + 1 - rect.top()) / rect.height() == pytest.approx(spec["band_frac"], abs=0.01)


def test_screen_and_print_use_the_same_tints_for_every_builtin_theme() -> None:
    from gedragen.export.cards import _front_colors

    pairs = {(t.color, k.shade) for deck in _builtin_decks() for t in deck.themes for k in deck.kinds}
    assert len(pairs) == 12  # six theme colours, a light and a dark kind
    for color, shade in sorted(pairs):
        screen = card_colors(color, shade)
        band, band_ink, body, ink = (c.hexval() for c in _front_colors(color, shade))
        assert (band, band_ink, body, ink) == tuple(
            "0x" + c.name()[1:] for c in (screen.band, screen.band_ink, screen.body, screen.ink)
        ), (color, shade)


def test_the_painted_screen_card_and_the_printed_card_show_the_same_colours(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from PIL import Image

    from gedragen.export.cards import render_cards
    from gedragen.export.fit import card_boxes
    from gedragen.export.layout import PrintOptions, layout_sheet

    decks = _builtin_decks()
    themes = {t.color: t for deck in decks for t in deck.themes}
    kinds = {k.shade: k for k in decks[0].kinds}
    cards = tuple(
        Card(f"k-{i:02d}", theme.id, kinds[shade].id, "Een gewone kaart.")
        for i, (theme, shade) in enumerate((t, s) for t in themes.values() for s in ("light", "dark"))
    )
    deck = Deck(id="proef", title="Proef", audience="other", kinds=tuple(kinds.values()),
                themes=tuple(themes.values()), cards=cards)
    options = PrintOptions(print_shop=True, blank=0)  # one card per page: card i's front is page 2i + 1
    render_cards(deck, options, tmp_path / "kaarten.pdf", invariant=True)
    dpi = 50
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(tmp_path / "kaarten.pdf"), str(tmp_path / "p")],
                   check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    place, boxes = layout_sheet(options).slots[0].front_map, card_boxes(options.card_size)
    view = CardView()
    qtbot.addWidget(view)
    view.resize(QSize(400, 620))
    rect = view.card_rect()
    pad = rect.width() * 0.08 * 0.4
    for i, card in enumerate(cards):
        page = Image.open(pages[2 * i]).convert("RGB")

        def printed(x: float, y: float, page: Image.Image = page) -> str:
            px, py = place.apply(x, y)
            return "#{:02x}{:02x}{:02x}".format(*page.getpixel((round(px * dpi / 72), round(page.height - py * dpi / 72))))

        view.set_card(deck, card)
        image = view.grab().toImage()
        lay = CardPainter().layout(rect, deck.theme(card.theme), card.text)
        screen_band = image.pixelColor(int(rect.right() - pad), int(lay.band_rect.center().y())).name()
        screen_body = image.pixelColor(int(rect.left() + pad), int(rect.center().y())).name()
        paper_band = printed(boxes.width - boxes.safe * 0.4, boxes.height - boxes.band_h / 2)
        paper_body = printed(boxes.safe * 0.4, boxes.height / 2)
        assert (screen_band, screen_body) == (paper_band, paper_body), card


def test_the_app_draws_a_card_from_the_kept_layout_without_pyyaml(data_home) -> None:  # type: ignore[no-untyped-def]
    """The app keeps print.yaml parsed beside the decks (cache/layout.json): a later start draws cards without PyYAML."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from gedragen.ui.app import main_widget_for_tests\n"
        "from gedragen.ui.common.card_view import CardView\n"
        "window = main_widget_for_tests(Path(sys.argv[1]))\n"
        "deck = window.deck('po')\n"
        "view = CardView()\n"
        "view.resize(320, 450)\n"
        "view.set_card(deck, deck.cards[0])\n"
        "view.grab()\n"
        "print('yaml' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run() -> str:
        return subprocess.run([sys.executable, "-c", script, str(data_home)], capture_output=True, text=True,
                              env=env, timeout=60, check=True).stdout.strip()

    assert run() == "True"  # the first start parses the decks and print.yaml, and keeps them
    assert (data_home / "cache" / "layout.json").is_file()
    assert run() == "False"
