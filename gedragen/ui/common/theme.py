"""Colours and sizes for a projector: light and dark high-contrast palettes, team colours, room font sizes."""

# On the start-up path: named tuples, not dataclasses, and no `from __future__ import annotations`, with which
# a named tuple compiles each field's annotation at import (docs/PERFORMANCE.md, "Start-up").
from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from gedragen.core import colors

# Pixel sizes at 1920×1080 (DESIGN §2): card text ≥ 48 px, anything the room reads ≥ 32 px.
CARD_TEXT_PX = 52
ROOM_TEXT_PX = 34
ROOM_TITLE_PX = 44
TIMER_PX = 56
FACILITATOR_TEXT_PX = 22
MIN_CONTRAST = 7.0


class Palette(NamedTuple):
    """The colours of one high-contrast theme; every text/background pair here is ≥ 7:1."""

    name: str
    window: str
    text: str
    panel: str
    muted_text: str
    accent: str
    accent_text: str
    card_light: str
    card_light_text: str
    card_dark: str
    card_dark_text: str
    focus: str
    alert: str
    alert_text: str


LIGHT = Palette(
    name="light",
    window="#FFFFFF",
    text="#000000",
    panel="#F0F0F0",
    muted_text="#333333",
    accent="#003F7F",
    accent_text="#FFFFFF",
    card_light="#FFFFFF",
    card_light_text="#000000",
    card_dark="#1C1C1C",
    card_dark_text="#FFFFFF",
    focus="#C75000",
    alert="#FFE14D",
    alert_text="#000000",
)

DARK = Palette(
    name="dark",
    window="#000000",
    text="#FFFFFF",
    panel="#1A1A1A",
    muted_text="#D9D9D9",
    accent="#9CCBFF",
    accent_text="#000000",
    card_light="#F5F5F5",
    card_light_text="#000000",
    card_dark="#262626",
    card_dark_text="#FFFFFF",
    focus="#FFB000",
    alert="#FFE14D",
    alert_text="#000000",
)

PALETTES = {"light": LIGHT, "dark": DARK}


class TeamStyle(NamedTuple):
    """How a team is shown: a colour AND a letter and a shape, so colour never carries meaning alone."""

    color: str
    letter: str
    marker: str


# Okabe–Ito: distinguishable with the common kinds of colour blindness.
TEAM_STYLES: tuple[TeamStyle, ...] = (
    TeamStyle("#0072B2", "A", "●"),
    TeamStyle("#E69F00", "B", "▲"),
    TeamStyle("#009E73", "C", "■"),
    TeamStyle("#CC79A7", "D", "◆"),
    TeamStyle("#56B4E9", "E", "★"),
    TeamStyle("#D55E00", "F", "✚"),
    TeamStyle("#F0E442", "G", "⬟"),
    TeamStyle("#000000", "H", "✖"),
)


# Status texts on the facilitator's screens (errors, "opgeslagen", warnings), ≥ 4.5:1 on the window and panel
STATUS_COLORS = {
    "light": {"error": "#A00000", "ok": "#1B5E20", "warn": "#6B4E00"},
    "dark": {"error": "#FF8A80", "ok": "#7BD88F", "warn": "#FFD54F"},
}


def status_color(kind: str) -> str:
    """The colour of an 'error', 'ok' or 'warn' text in the current palette."""
    return STATUS_COLORS[current_palette().name][kind]


def readable_on_window(color: str, ratio: float = 3.0) -> str:
    """`color` (a theme colour for an icon), made lighter or darker just enough to show on the window."""
    window = current_palette().window
    if contrast_ratio(color, window) >= ratio:
        return QColor(color).name()
    toward = "#FFFFFF" if relative_luminance(window) < 0.5 else "#000000"
    base, end = QColor(color), QColor(toward)
    for step in range(1, 101):
        t = step / 100
        mixed = QColor(
            round(base.red() + (end.red() - base.red()) * t),
            round(base.green() + (end.green() - base.green()) * t),
            round(base.blue() + (end.blue() - base.blue()) * t),
        )
        if contrast_ratio(mixed, window) >= ratio:
            return mixed.name()
    return toward


def team_style(index: int) -> TeamStyle:
    """The style of the team at this 0-based position."""
    return TEAM_STYLES[index % len(TEAM_STYLES)]


def relative_luminance(color: str | QColor) -> float:
    """WCAG relative luminance of a colour (a '#RRGGBB' string or a QColor)."""
    return colors.relative_luminance(QColor(color).name())


def contrast_ratio(fg: str | QColor, bg: str | QColor) -> float:
    """WCAG contrast ratio between two colours (1 … 21)."""
    return colors.contrast_ratio(QColor(fg).name(), QColor(bg).name())


def text_on(bg: str) -> str:
    """Black or white, whichever reads best on `bg`."""
    return "#000000" if contrast_ratio("#000000", bg) >= contrast_ratio("#FFFFFF", bg) else "#FFFFFF"


def font_px(px: int, bold: bool = False) -> QFont:
    """The application font at a pixel size (pixels, not points: the projector budget is in pixels)."""
    font = QFont(QApplication.font())
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def set_font_px(widget: QWidget, px: int, bold: bool = False) -> None:
    """Give a widget a pixel-sized font."""
    widget.setFont(font_px(px, bold))


def apply_palette(app: QApplication, palette: Palette) -> None:
    """Install a palette and the base style sheet on the whole application."""
    qp = QPalette()
    qp.setColor(QPalette.ColorRole.Window, QColor(palette.window))
    qp.setColor(QPalette.ColorRole.WindowText, QColor(palette.text))
    qp.setColor(QPalette.ColorRole.Base, QColor(palette.window))
    qp.setColor(QPalette.ColorRole.AlternateBase, QColor(palette.panel))
    qp.setColor(QPalette.ColorRole.Text, QColor(palette.text))
    qp.setColor(QPalette.ColorRole.Button, QColor(palette.panel))
    qp.setColor(QPalette.ColorRole.ButtonText, QColor(palette.text))
    qp.setColor(QPalette.ColorRole.Highlight, QColor(palette.accent))
    qp.setColor(QPalette.ColorRole.HighlightedText, QColor(palette.accent_text))
    qp.setColor(QPalette.ColorRole.ToolTipBase, QColor(palette.window))
    qp.setColor(QPalette.ColorRole.ToolTipText, QColor(palette.text))
    qp.setColor(QPalette.ColorRole.PlaceholderText, QColor(palette.muted_text))
    app.setPalette(qp)
    app.setStyleSheet(style_sheet(palette))
    app.setProperty("gedragen_palette", palette.name)


def current_palette() -> Palette:
    """The palette installed on the running application (light when none)."""
    app = QApplication.instance()
    name = app.property("gedragen_palette") if app is not None else None
    return PALETTES.get(str(name), LIGHT)


def style_sheet(p: Palette) -> str:
    """Base style: big focus rings (keyboard and clicker users must see where they are), large buttons."""
    return f"""
    QWidget {{ color: {p.text}; background: {p.window}; }}
    QPushButton {{ background: {p.panel}; color: {p.text}; border: 2px solid {p.text};
                   border-radius: 6px; padding: 8px 18px; font-size: {FACILITATOR_TEXT_PX}px; }}
    QPushButton:default, QPushButton[primary="true"] {{ background: {p.accent}; color: {p.accent_text};
                   border-color: {p.accent}; }}
    QPushButton:focus, QListView:focus, QLineEdit:focus, QSpinBox:focus, QComboBox:focus,
    QCheckBox:focus, QRadioButton:focus, QTextEdit:focus, QPlainTextEdit:focus, QTableView:focus {{
                   outline: none; border: 4px solid {p.focus}; }}
    QPushButton:focus {{ padding: 6px 16px; }}
    QPushButton:checked {{ background: {p.accent}; color: {p.accent_text}; border: 4px solid {p.text};
                   padding: 6px 16px; }}
    QPushButton:disabled {{ color: {p.muted_text}; border-color: {p.muted_text}; }}
    QLineEdit, QSpinBox, QComboBox, QPlainTextEdit, QTextEdit {{ background: {p.window}; color: {p.text};
                   border: 2px solid {p.muted_text}; border-radius: 4px; padding: 4px;
                   font-size: {FACILITATOR_TEXT_PX}px; }}
    QListView, QTableView, QTableWidget, QListWidget {{ background: {p.window}; color: {p.text};
                   border: 2px solid {p.muted_text}; }}
    QListView::item:selected, QTableView::item:selected, QListWidget::item:selected {{
                   background: {p.accent}; color: {p.accent_text}; }}
    QHeaderView::section {{ background: {p.panel}; color: {p.text}; border: 1px solid {p.muted_text};
                   padding: 4px; }}
    QCheckBox, QRadioButton, QLabel {{ background: transparent; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: 22px; height: 22px; border: 3px solid {p.text};
                   background: {p.window}; }}
    QRadioButton::indicator {{ border-radius: 14px; }}
    QCheckBox::indicator {{ border-radius: 4px; }}
    QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {p.accent};
                   border: 3px solid {p.text}; }}
    QCheckBox::indicator:checked {{ image: none; }}
    QListView::indicator {{ width: 26px; height: 26px; border: 3px solid {p.text}; border-radius: 4px;
                   background: {p.window}; }}
    QListView::indicator:checked {{ background: {p.accent}; border: 3px solid {p.text}; }}
    QMessageBox QLabel {{ font-size: {FACILITATOR_TEXT_PX}px; }}
    QSpinBox, QDoubleSpinBox {{ padding-right: 30px; }}
    QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{
                   subcontrol-origin: border; width: 28px; background: {p.panel};
                   border-left: 2px solid {p.muted_text}; }}
    QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-position: top right; }}
    QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-position: bottom right; }}
    QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ width: 0px; height: 0px; border-left: 7px solid {p.panel};
                   border-right: 7px solid {p.panel}; border-bottom: 9px solid {p.text}; }}
    QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ width: 0px; height: 0px; border-left: 7px solid {p.panel};
                   border-right: 7px solid {p.panel}; border-top: 9px solid {p.text}; }}
    QSpinBox::up-arrow:disabled, QSpinBox::down-arrow:disabled {{ border-top-color: {p.panel};
                   border-bottom-color: {p.panel}; }}
    QGroupBox {{ border: 2px solid {p.muted_text}; border-radius: 6px; margin-top: 18px; padding-top: 12px;
                   font-size: {FACILITATOR_TEXT_PX}px; font-weight: bold; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
    QScrollArea {{ border: none; }}
    QToolTip {{ color: {p.text}; background: {p.window}; border: 1px solid {p.text}; }}
    """
