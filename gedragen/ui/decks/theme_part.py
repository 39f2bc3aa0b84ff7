"""The deck editor's Thema's tab: the theme list, a theme's name, id, colour (with its contrast) and icon."""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import Card, Deck, Theme
from gedragen.resources import icons_dir
from gedragen.ui.common import theme as ui_theme
from gedragen.ui.common.card_view import CardPainter, CardView, render_icon
from gedragen.ui.common.theme import contrast_ratio
from gedragen.ui.common.widgets import card_count
from gedragen.ui.decks.drafts import (
    ProblemLabel,
    builtin_icon_names,
    error_style,
    is_own_icon,
    ok_style,
    scrolling,
    slug,
    unique_id,
)
from gedragen.ui.decks.list_form import EditorHost, ListFormPart

THEME_FIELDS = ("label", "id", "color", "icon")


class ThemeHost(EditorHost, Protocol):
    """The theme tab also tells, picks image files and copies them next to the own decks."""

    def tell(self, title: str, message: str, warning: bool = False) -> None:
        """Show a message."""
        ...

    def choose_open_file(self, title: str, filters: str) -> Path | None:
        """Pick a file to read."""
        ...

    def deck_folder(self) -> Path:
        """The folder of the own decks."""
        ...


class ThemePart(ListFormPart):
    """The themes of the draft: list, form and a sample card."""

    part = "theme"

    def __init__(self, host: ThemeHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.theme_host = host
        self._painter = CardPainter()
        self.list.setIconSize(QSize(28, 28))
        self.list.setStyleSheet("QListWidget { font-size: 17px; }")
        self.add_theme_button = self.add_button(QCoreApplication.translate("DeckEditor", "Nieuw thema"), self.add)
        self.delete_theme_button = self.add_button(
            QCoreApplication.translate("DeckEditor", "Thema verwijderen…"), self.delete
        )
        self.theme_up_button = self.add_button(QCoreApplication.translate("DeckEditor", "Omhoog"), lambda: self.move_row(-1))
        self.theme_down_button = self.add_button(
            QCoreApplication.translate("DeckEditor", "Omlaag"), lambda: self.move_row(1)
        )
        self._build_form()
        self.preview = CardView(self)
        self.preview.setMinimumWidth(300)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(self.buttons)
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addWidget(scrolling(self.form), 5)
        row.addWidget(self.preview, 3)

    def _build_form(self) -> None:
        self.theme_label_edit = QLineEdit(self)
        self.theme_id_edit = QLineEdit(self)
        self.theme_color_edit = QLineEdit(self)
        self.theme_color_edit.setPlaceholderText("#7B3FA0")
        self.theme_color_button = QPushButton(QCoreApplication.translate("DeckEditor", "Kleur kiezen…"), self)
        self.theme_color_button.clicked.connect(self._pick_color)
        self.contrast_label = QLabel(self)
        self.contrast_label.setWordWrap(True)
        self.icon_combo = QComboBox(self)
        self.icon_combo.setIconSize(QSize(24, 24))
        self.icon_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.icon_combo.setMinimumContentsLength(10)
        self.own_icon_button = QPushButton(QCoreApplication.translate("DeckEditor", "Eigen afbeelding…"), self)
        self.own_icon_button.clicked.connect(self._pick_own_icon)
        self.theme_problems_label = ProblemLabel(self)
        self.theme_label_problems = ProblemLabel(self)
        self.theme_id_problems = ProblemLabel(self)
        self.theme_color_problems = ProblemLabel(self)
        self.theme_icon_problems = ProblemLabel(self)
        color_row = QHBoxLayout()
        color_row.addWidget(self.theme_color_edit)
        color_row.addWidget(self.theme_color_button)
        icon_row = QHBoxLayout()
        icon_row.addWidget(self.icon_combo, 1)
        icon_row.addWidget(self.own_icon_button)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DeckEditor", "Naam"), self.theme_label_edit)
        form.addRow("", self.theme_label_problems)
        form.addRow(QCoreApplication.translate("DeckEditor", "Id"), self.theme_id_edit)
        form.addRow("", self.theme_id_problems)
        form.addRow(QCoreApplication.translate("DeckEditor", "Kleur"), color_row)
        form.addRow("", self.theme_color_problems)
        form.addRow("", self.contrast_label)
        form.addRow(QCoreApplication.translate("DeckEditor", "Pictogram"), icon_row)
        form.addRow("", self.theme_icon_problems)
        form.addRow(self.theme_problems_label)
        self.form.setLayout(form)
        self.theme_label_edit.textEdited.connect(self.fields_edited)
        self.theme_id_edit.textEdited.connect(self.fields_edited)
        self.theme_color_edit.textEdited.connect(self.fields_edited)
        self.icon_combo.activated.connect(self.fields_edited)

    # ---------------------------------------------------------------- the part's own rules

    def items(self, deck: Deck) -> tuple[Theme, ...]:
        """The deck's themes."""
        return deck.themes

    def store(self, deck: Deck, items: Sequence[Any], old: Any | None = None, new: Any | None = None) -> Deck:
        """`deck` with these themes; cards follow a renamed theme id."""
        cards = deck.cards
        if old is not None and new is not None:
            cards = tuple(dataclasses.replace(c, theme=new.id) if c.theme == old.id else c for c in deck.cards)
        return dataclasses.replace(deck, themes=tuple(items), cards=cards)

    def show_row(self, item: QListWidgetItem, row: int, value: Any, bad: bool) -> None:
        """The theme's icon on its colour, its name and how many cards it has."""
        deck = self.host.draft()
        theme: Theme = value
        color = QColor(theme.color) if QColor.isValidColorName(theme.color) else QColor("#555555")
        pixmap = self._painter.icon(theme, 28, color)
        item.setIcon(QIcon(pixmap) if pixmap else QIcon())
        count = sum(1 for c in deck.cards if c.theme == theme.id) if deck else 0
        item.setText(("⚠ " if bad else "") + f"{theme.label or '…'} ({card_count(count)})")

    def fill_form(self, value: Any | None) -> None:
        """The theme's fields; the icon choice lists the built-in icons and the theme's own file."""
        theme: Theme | None = value
        self.theme_label_edit.setText(theme.label if theme else "")
        self.theme_id_edit.setText(theme.id if theme else "")
        self.theme_color_edit.setText(theme.color if theme else "")
        self.icon_combo.clear()
        self.icon_combo.addItem(QCoreApplication.translate("DeckEditor", "(geen pictogram)"), "")
        for name in builtin_icon_names():
            icon = render_icon(icons_dir() / f"{name}.svg", 24, ui_theme.current_palette().text)
            self.icon_combo.addItem(QIcon(icon), name, name)
        if theme and theme.icon and self.icon_combo.findData(theme.icon) < 0:
            own = QCoreApplication.translate("DeckEditor", "eigen afbeelding: {0}").format(theme.icon)
            self.icon_combo.addItem(own, theme.icon)
        self.icon_combo.setCurrentIndex(max(0, self.icon_combo.findData(theme.icon or "") if theme else 0))

    def read_form(self, value: Any) -> Theme:
        """The theme as the form says (a built-in icon name or an own file next to the deck)."""
        icon = str(self.icon_combo.currentData() or "") or None
        icon_path = None
        if icon is not None:
            icon_path = self.theme_host.deck_folder() / icon if is_own_icon(icon) else icons_dir() / f"{icon}.svg"
        return Theme(
            self.theme_id_edit.text().strip(),
            self.theme_label_edit.text(),
            self.theme_color_edit.text().strip(),
            icon,
            icon_path,
        )

    def show_field_problems(self) -> None:
        """Each message under its field; the rest under the form."""
        self.theme_label_problems.show_messages(self.messages(("label",)))
        self.theme_id_problems.show_messages(self.messages(("id",)))
        self.theme_color_problems.show_messages(self.messages(("color",)))
        self.theme_icon_problems.show_messages(self.messages(("icon",)))
        self.theme_problems_label.show_messages(self.other_messages(THEME_FIELDS))

    def form_filled(self) -> None:
        """A sample card in this theme, and how well white text reads on its colour."""
        theme, deck = self.current(), self.host.draft()
        if theme is None or deck is None:
            self.preview.set_card(None, None)
            self.contrast_label.setText("")
            return
        sample = next((c for c in deck.cards if c.theme == theme.id), None) or Card(
            "voorbeeld",
            theme.id,
            deck.kinds[0].id if deck.kinds else "",
            QCoreApplication.translate("DeckEditor", "Zo ziet een kaart met dit thema eruit."),
        )
        self.preview.set_card(deck, sample)
        if not re.fullmatch(r"#[0-9A-Fa-f]{6}", theme.color):
            self.contrast_label.setText("")  # the loader's message under the field says what is wrong
            return
        ratio = contrast_ratio(theme.color, "#FFFFFF")
        if ratio >= 7.0:
            text = QCoreApplication.translate(
                "DeckEditor", "Contrast met witte tekst: {0} : 1 – goed leesbaar, ook op de beamer."
            )
            style = ok_style()
        elif ratio >= 4.5:
            text = QCoreApplication.translate(
                "DeckEditor",
                "Contrast met witte tekst: {0} : 1 – leesbaar; op de beamer maakt Gedragen de kleur iets donkerder.",
            )
            style = f"color: {ui_theme.status_color('warn')}; font-weight: bold;"
        else:
            text = QCoreApplication.translate(
                "DeckEditor",
                "Contrast met witte tekst: {0} : 1 – te licht: witte tekst is slecht te lezen. Kies een donkerdere kleur.",
            )
            style = error_style()
        self.contrast_label.setText(text.format(QLocale().toString(ratio, "f", 1)))  # "7,0" in Dutch
        self.contrast_label.setStyleSheet(style)

    # ---------------------------------------------------------------- theme actions

    def set_color(self, color: str) -> None:
        """Type a colour into the current theme's colour field (as the user would)."""
        self.theme_color_edit.setText(color)
        self.fields_edited()

    def _pick_color(self) -> None:
        theme = self.current()
        if theme is None:
            return
        title = QCoreApplication.translate("DeckEditor", "Kleur van het thema")
        color = QColorDialog.getColor(QColor(theme.color), self, title)
        if color.isValid():
            self.set_color(color.name().upper())

    def _pick_own_icon(self) -> None:
        path = self.theme_host.choose_open_file(
            QCoreApplication.translate("DeckEditor", "Eigen pictogram kiezen"),
            QCoreApplication.translate("DeckEditor", "Afbeeldingen (*.svg *.png)"),
        )
        if path is not None:
            self.set_own_icon(path)

    def set_own_icon(self, path: Path) -> str | None:
        """Copy an image next to the own decks and use it as the current theme's icon; returns the icon value."""
        theme, deck = self.current(), self.editable_deck()
        if theme is None or deck is None:
            return None
        unusable = QCoreApplication.translate("DeckEditor", "Geen bruikbare afbeelding")
        suffix = path.suffix.lower()
        if suffix not in (".svg", ".png"):
            self.theme_host.tell(unusable, QCoreApplication.translate("DeckEditor", "Kies een .svg- of .png-bestand."), warning=True)
            return None
        from gedragen.core.icon_check import icon_problem

        problem = icon_problem(path)  # a pipe, a huge file or an SVG that pulls in other files
        if problem is not None:
            self.theme_host.tell(unusable, f"{path.name}: {problem}.", warning=True)
            return None
        # the library keeps a deck's own icons in "<deck file stem>-icons/" next to the deck file
        stem = deck.source.stem if deck.source is not None else deck.id
        relative = f"{stem}-icons/{slug(theme.id or theme.label)}{suffix}"
        destination = self.theme_host.deck_folder() / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
        self.icon_combo.addItem(QCoreApplication.translate("DeckEditor", "eigen afbeelding: {0}").format(path.name), relative)
        self.icon_combo.setCurrentIndex(self.icon_combo.count() - 1)
        self.fields_edited()
        return relative

    def add(self) -> None:
        """Add a theme with a fresh id."""
        deck = self.editable_deck()
        if deck is None:
            return
        new_id = unique_id("thema", {t.id for t in deck.themes})
        self.insert(Theme(new_id, QCoreApplication.translate("DeckEditor", "Nieuw thema"), "#555555", None),
                    len(deck.themes))
        self.host.parts_changed()

    def delete(self) -> None:
        """Delete the current theme after asking (saying how many cards have it)."""
        theme, deck = self.current(), self.host.draft()
        if theme is None or deck is None:
            return
        used = sum(1 for c in deck.cards if c.theme == theme.id)
        question = QCoreApplication.translate("DeckEditor", "Het thema '{0}' verwijderen?").format(theme.label)
        if used:
            question += "\n\n" + QCoreApplication.translate(
                "DeckEditor", "{0} kaarten hebben dit thema; die moet je daarna een ander thema geven."
            ).format(used)
        if not self.host.confirm(
            QCoreApplication.translate("DeckEditor", "Thema verwijderen"),
            question,
            QCoreApplication.translate("DeckEditor", "Verwijderen"),
            QCoreApplication.translate("DeckEditor", "Niet verwijderen"),
        ):
            return
        self.remove_current(select=0)
        self.host.parts_changed()
