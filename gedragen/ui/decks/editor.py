"""The deck editor: own decks and eigen situaties edited in forms, checked as you type by the deck loader itself.

Every change makes a new draft `Deck`; the draft is written with `deck_to_yaml` and read back with
`load_deck_text`, so the editor shows exactly the loader's messages, placed next to the field they are about.
Nothing invalid is ever saved. Built-in decks are read-only: the editor offers a copy to edit.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import AUDIENCES, Card, Deck, Kind, Theme
from gedragen.core.errors import DeckError, DeckProblem, GedragenError
from gedragen.core.paths import own_decks_dir
from gedragen.resources import icons_dir
from gedragen.ui.common import theme as ui_theme
from gedragen.ui.common.card_view import CardPainter, CardView, render_icon
from gedragen.ui.common.theme import contrast_ratio
from gedragen.ui.common.widgets import FlowLayout, card_count, open_file_name, save_file_name

MAX_CARD_TEXT = 400  # the loader's limit, shown in the length indicator
EIGEN_ID = "eigen-situaties"
FORM_STYLE = (
    "QLabel, QRadioButton, QCheckBox { font-size: 17px; }"
    ' QPushButton[primary="true"]:disabled { background: #DDDDDD; color: #333333; border-color: #333333; }'
    " QListWidget { font-size: 16px; }"
)
def _scrolling(form: QWidget) -> QScrollArea:
    """`form` in a scroll area that only scrolls up and down."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(form)
    scroll.setMinimumWidth(form.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
    return scroll


def error_style() -> str:
    """Bold error text, readable on the current palette (light: dark red, dark: light red)."""
    return f"color: {ui_theme.status_color('error')}; font-weight: bold;"


def ok_style() -> str:
    """Bold 'all fine' text, readable on the current palette."""
    return f"color: {ui_theme.status_color('ok')}; font-weight: bold;"
Path_ = tuple[str | int, ...]
# The loader names YAML keys; a teacher sees the names of the form fields instead.
FIELD_NAMES = {
    "text": "tekst",
    "theme": "thema",
    "kind": "soort",
    "questions": "vragen",
    "note": "achtergrond",
    "id": "code",
    "label": "naam",
    "color": "kleur",
    "icon": "pictogram",
    "title": "titel",
    "audience": "doelgroep",
    "description": "beschrijving",
    "version": "versie",
    "cards": "kaarten",
    "themes": "thema's",
    "kinds": "soorten kaarten",
    "blank_cards": "lege kaarten",
    "shade": "licht of donker",
}


# --- from loader problems to form fields ----------------------------------------------------------


@dataclass(frozen=True)
class FieldProblem:
    """A loader problem placed on the form: which part (deck/theme/kind/card), which item, which field."""

    part: str
    item: str | int | None
    field: str
    message: str
    line: int
    column: int


def yaml_locator(text: str) -> Callable[[int, int], Path_]:
    """A function mapping a 1-based (line, column) in `text` to the YAML path of the innermost node there."""
    spans: list[tuple[tuple[int, int], tuple[int, int], Path_]] = []

    def walk(node: yaml.Node, path: Path_) -> None:
        spans.append(
            ((node.start_mark.line, node.start_mark.column), (node.end_mark.line, node.end_mark.column), path)
        )
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = str(key.value)
                spans.append(
                    (
                        (key.start_mark.line, key.start_mark.column),
                        (key.end_mark.line, key.end_mark.column),
                        (*path, name),
                    )
                )
                walk(value, (*path, name))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, (*path, i))

    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        root = None
    if root is not None:
        walk(root, ())

    def locate(line: int, column: int) -> Path_:
        point = (line - 1, column - 1)
        best: Path_ = ()
        for start, end, path in spans:
            if start <= point <= end and len(path) >= len(best):
                best = path
        return best

    return locate


def place_problems(problems: Sequence[DeckProblem], text: str, draft: Deck) -> list[FieldProblem]:
    """Each loader problem with the form field it belongs to (cards by index, kinds by id, themes by index)."""
    locate = yaml_locator(text)
    placed: list[FieldProblem] = []
    for p in problems:
        path = locate(p.line, p.column)
        part, item, field = "deck", None, ""
        if path and path[0] == "cards" and len(path) >= 2 and isinstance(path[1], int):
            part, item, field = "card", path[1], str(path[2]) if len(path) > 2 else ""
        elif path and path[0] == "themes" and len(path) >= 2 and isinstance(path[1], int):
            part, item, field = "theme", path[1], str(path[2]) if len(path) > 2 else ""
        elif path and path[0] == "kinds" and len(path) >= 2:
            part, item, field = "kind", str(path[1]), str(path[2]) if len(path) > 2 else "id"
        elif path:
            field = str(path[0])
        if part == "card" and isinstance(item, int) and item >= len(draft.cards):
            part, item = "deck", None
        placed.append(FieldProblem(part, item, field, field_words(p.message), p.line, p.column))
    return placed


def print_field_problems(deck: Deck) -> list[FieldProblem]:
    """What `gedragen print` would refuse in `deck` (glyphs, fit on a poker card), placed on the form's fields."""
    from gedragen.export.fit import print_problems

    cards = {c.id: i for i, c in enumerate(deck.cards)}
    themes = {t.id: i for i, t in enumerate(deck.themes)}
    placed: list[FieldProblem] = []
    for message in print_problems(deck):
        what, _, ident = message.split(":", 1)[0].partition(" ")
        if what == "kaart" and ident in cards:
            field = "id" if "kaartcode" in message else "text"
            placed.append(FieldProblem("card", cards[ident], field, message, 0, 0))
        elif what == "thema" and ident in themes:
            placed.append(FieldProblem("theme", themes[ident], "label", message, 0, 0))
        elif what == "soort":
            placed.append(FieldProblem("kind", ident, "label", message, 0, 0))
        else:
            placed.append(FieldProblem("deck", None, "title", message, 0, 0))
    return placed


def field_words(message: str) -> str:
    """A loader message with its quoted YAML key names replaced by the names of the form fields."""
    return re.sub(r"'([a-z_]+)'", lambda m: f"'{FIELD_NAMES.get(m.group(1), m.group(1))}'", message)


# --- drafts (pure helpers over frozen decks) ----------------------------------------------------


def slug(text: str) -> str:
    """An id made from a title: lower case a-z, digits and '-'."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", plain)).strip("-")[:48] or "kaartenset"


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`, … whichever is not taken."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def next_card_id(deck: Deck) -> str:
    """A fresh card id for `deck`: DECK-01, DECK-02, …"""
    taken = {c.id for c in deck.cards}
    n = len(deck.cards) + 1
    while f"{deck.id}-{n:02d}" in taken:
        n += 1
    return f"{deck.id}-{n:02d}"


def with_cards(deck: Deck, cards: Sequence[Card]) -> Deck:
    """`deck` with these cards."""
    return dataclasses.replace(deck, cards=tuple(cards))


def copy_of(deck: Deck, new_id: str, title: str) -> Deck:
    """An own, editable copy of `deck` under a new id (cards keep their ids, icons stay built-in names)."""
    return dataclasses.replace(deck, id=new_id, title=title, builtin=False, source=None)


def print_fit(text: str, card_size: str = "poker") -> float | None:
    """The font size (pt) the printed card would use for `text`, or None when it does not fit (same rule as print)."""
    from gedragen.export.cards import card_boxes, fit_text
    from gedragen.export.fonts import register_fonts

    register_fonts()
    boxes = card_boxes(card_size)
    fitted = fit_text(
        text, boxes.text.w, boxes.text.h, boxes.text_max, boxes.text_min, boxes.text_step, boxes.leading
    )
    return fitted.size if fitted is not None else None


def builtin_icon_names() -> list[str]:
    """Names of the built-in theme icons."""
    return sorted(p.stem for p in icons_dir().glob("*.svg"))


def is_own_icon(icon: str | None) -> bool:
    """Whether a theme's icon value is a file next to the deck rather than a built-in icon name."""
    return bool(icon) and not re.fullmatch(r"[a-z0-9-]+", icon or "")


def own_icon_files(deck: Deck) -> list[str]:
    """Icon values of `deck` that are own files (paths), not built-in names."""
    return [t.icon for t in deck.themes if t.icon and is_own_icon(t.icon)]


# --- the editor --------------------------------------------------------------------------------


class ProblemLabel(QLabel):
    """A red message under a field; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(error_style())
        self.setVisible(False)

    def show_messages(self, messages: Sequence[str]) -> None:
        """Show these messages (none: hide)."""
        self.setText("\n".join(f"⚠ {m}" for m in messages))
        self.setVisible(bool(messages))


class DeckEditor(QWidget):
    """Edit own decks and eigen situaties in forms; validated as you type; saves only valid decks, atomically."""

    deck_saved = Signal(str)
    deck_deleted = Signal(str)

    def __init__(self, library: Any, parent: QWidget | None = None, *, lang: str = "nl") -> None:
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self._draft: Deck | None = None
        self._saved: Deck | None = None
        self._dirty = False
        self._loading = False
        self._problems: list[FieldProblem] = []
        self._yaml = ""
        self._card_row = -1
        self._theme_row = -1
        self._kind_row = -1
        self._painter = CardPainter()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.validate_now)
        self._build()
        self.reload_decks()

    # ---------------------------------------------------------------- overridable questions

    def confirm(self, title: str, question: str, yes: str, no: str) -> bool:
        """Ask a yes/no question (tests override this to answer)."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, self
        )
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def ask_clash(self, deck_id: str, existing_title: str) -> str:
        """An imported deck's id is already used: 'replace', 'copy' or 'cancel' (tests override this)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Kaartenset bestaat al"),
            self.tr("Er is al een kaartenset met de id '{0}' ({1}). Wat wil je doen?").format(
                deck_id, existing_title
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        replace = box.addButton(self.tr("Vervangen"), QMessageBox.ButtonRole.DestructiveRole)
        copy = box.addButton(self.tr("Als kopie toevoegen"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "replace" if clicked is replace else "copy" if clicked is copy else "cancel"

    def tell(self, title: str, message: str, warning: bool = False) -> None:
        """Show a message (tests override this to read it)."""
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self).exec()

    def choose_open_file(self, title: str, filters: str) -> Path | None:
        """Pick a file to read (tests override this)."""
        name, _ = open_file_name(self, title, str(Path.home()), filters)
        return Path(name) if name else None

    def choose_save_file(self, title: str, suggestion: str, filters: str) -> Path | None:
        """Pick a file to write (tests override this)."""
        name, _ = save_file_name(self, title, str(Path.home() / suggestion), filters)
        return Path(name) if name else None

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.deck_combo = QComboBox(self)
        self.deck_combo.setMinimumContentsLength(16)
        self.deck_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.deck_combo.setAccessibleName(self.tr("Kaartenset"))
        self.deck_combo.activated.connect(self._deck_picked)
        self.new_button = QPushButton(self.tr("Nieuwe kaartenset…"), self)
        self.new_button.clicked.connect(self._new_deck_clicked)
        self.copy_button = QPushButton(self.tr("Kopie maken om te bewerken"), self)
        self.copy_button.clicked.connect(self._copy_clicked)
        self.import_button = QPushButton(self.tr("Importeren…"), self)
        self.import_button.clicked.connect(self._import_clicked)
        self.share_button = QPushButton(self.tr("Delen…"), self)
        self.share_button.clicked.connect(self._share_clicked)
        self.delete_deck_button = QPushButton(self.tr("Kaartenset verwijderen"), self)
        self.delete_deck_button.clicked.connect(self._delete_deck_clicked)
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)

        top = FlowLayout(spacing=6)  # breaks onto a second row on a 1366-wide laptop
        top.addWidget(QLabel(self.tr("Kaartenset:"), self))
        top.addWidget(self.deck_combo)
        for button in (
            self.new_button,
            self.copy_button,
            self.import_button,
            self.share_button,
            self.delete_deck_button,
        ):
            top.addWidget(button)
        top.addWidget(self.save_button)

        self.readonly_banner = QLabel(self)
        self.readonly_banner.setWordWrap(True)
        self.readonly_banner.setStyleSheet(
            "background: #E8F0FE; color: #0B2A5B; border: 2px solid #0B2A5B; border-radius: 6px; padding: 8px;"
            " font-size: 18px;"
        )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-size: 18px;")

        # deck fields
        self.title_edit = QLineEdit(self)
        self.id_edit = QLineEdit(self)
        self.audience_combo = QComboBox(self)
        for value, label in (
            ("po", self.tr("po – basisonderwijs")),
            ("vo-mbo", self.tr("vo en mbo")),
            ("other", self.tr("anders")),
        ):
            self.audience_combo.addItem(label, value)
        self.version_edit = QLineEdit(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setFixedHeight(80)
        self.blank_spin = QSpinBox(self)
        self.blank_spin.setRange(0, 100)
        self.deck_problems = ProblemLabel(self)
        deck_form = QFormLayout()
        deck_form.addRow(self.tr("Titel"), self.title_edit)
        deck_form.addRow(self.tr("Id (voor bestanden)"), self.id_edit)
        deck_form.addRow(self.tr("Doelgroep"), self.audience_combo)
        deck_form.addRow(self.tr("Versie"), self.version_edit)
        deck_form.addRow(self.tr("Beschrijving"), self.description_edit)
        deck_form.addRow(self.tr("Lege kaarten bij printen"), self.blank_spin)
        deck_form.addRow(self.deck_problems)
        deck_page = QWidget(self)
        deck_page_layout = QVBoxLayout(deck_page)
        deck_page_layout.addLayout(deck_form)
        deck_page_layout.addStretch(1)
        self.title_edit.textEdited.connect(self._deck_fields_edited)
        self.id_edit.textEdited.connect(self._deck_fields_edited)
        self.audience_combo.activated.connect(self._deck_fields_edited)
        self.version_edit.textEdited.connect(self._deck_fields_edited)
        self.description_edit.textChanged.connect(self._deck_fields_edited)
        self.blank_spin.valueChanged.connect(self._deck_fields_edited)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_cards_page(), self.tr("Kaarten"))
        self.tabs.addTab(self._build_themes_page(), self.tr("Thema's"))
        self.tabs.addTab(self._build_kinds_page(), self.tr("Soorten kaarten"))
        self.tabs.addTab(deck_page, self.tr("Kaartenset"))
        self.tabs.setStyleSheet("QTabBar::tab { font-size: 18px; padding: 8px 18px; }")

        self.problem_list = QListWidget(self)
        self.problem_list.setMaximumHeight(120)
        self.problem_list.itemActivated.connect(self._problem_activated)
        self.problem_list.itemClicked.connect(self._problem_activated)
        self.problem_list.setStyleSheet(f"QListWidget {{ font-size: 16px; color: {ui_theme.status_color('error')}; }}")

        self.setStyleSheet(FORM_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.readonly_banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.problem_list)

    def _build_cards_page(self) -> QWidget:
        page = QWidget(self)
        self.card_list = QListWidget(page)
        self.card_list.setMinimumWidth(380)
        self.card_list.setWordWrap(False)
        self.card_list.setSpacing(3)
        self.card_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.card_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_list.setStyleSheet("QListWidget { font-size: 16px; }")
        self.card_list.currentRowChanged.connect(self._card_row_changed)
        self.add_card_button = QPushButton(self.tr("Nieuwe kaart"), page)
        self.add_card_button.clicked.connect(self.add_card)
        self.duplicate_card_button = QPushButton(self.tr("Dupliceren"), page)
        self.duplicate_card_button.clicked.connect(self.duplicate_card)
        self.up_button = QPushButton(self.tr("Omhoog"), page)
        self.up_button.clicked.connect(lambda: self.move_card(-1))
        self.down_button = QPushButton(self.tr("Omlaag"), page)
        self.down_button.clicked.connect(lambda: self.move_card(1))
        self.delete_card_button = QPushButton(self.tr("Verwijderen…"), page)
        self.delete_card_button.clicked.connect(self._delete_card_clicked)
        self.move_to_button = QPushButton(self.tr("Naar andere kaartenset…"), page)
        self.move_to_button.clicked.connect(self._move_to_clicked)
        buttons = FlowLayout(spacing=6)  # as many rows as the width needs (a 1366-wide laptop)
        for button in (self.add_card_button, self.duplicate_card_button, self.delete_card_button,
                       self.up_button, self.down_button, self.move_to_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.card_list, 1)
        left.addLayout(buttons)

        self.card_id_edit = QLineEdit(page)
        self.card_id_problems = ProblemLabel(page)
        self.text_edit = QPlainTextEdit(page)
        self.text_edit.setPlaceholderText(self.tr("Beschrijf één situatie in één tot drie zinnen."))
        self.text_edit.setMinimumHeight(130)
        self.text_edit.setStyleSheet("QPlainTextEdit { font-size: 20px; }")
        self.text_meter = QLabel(page)
        self.text_meter.setWordWrap(True)  # "… tekens · past op een kaart" is longer than a laptop allows
        self.text_problems = ProblemLabel(page)
        self.theme_combo = QComboBox(page)
        self.theme_problems = ProblemLabel(page)
        self.kind_combo = QComboBox(page)
        self.kind_problems = ProblemLabel(page)
        self.questions_edit = QPlainTextEdit(page)
        self.questions_edit.setPlaceholderText(self.tr("Eén vraag per regel"))
        self.questions_edit.setFixedHeight(110)
        self.questions_problems = ProblemLabel(page)
        self.note_edit = QPlainTextEdit(page)
        self.note_edit.setPlaceholderText(self.tr("Achtergrond voor de gespreksleider (mag leeg blijven)"))
        self.note_edit.setFixedHeight(110)
        self.note_problems = ProblemLabel(page)
        self.card_problems = ProblemLabel(page)
        for combo in (self.theme_combo, self.kind_combo):  # a long theme name must not widen the editor
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        form = QFormLayout()
        form.addRow(self.tr("Tekst"), self.text_edit)
        form.addRow("", self.text_meter)
        form.addRow("", self.text_problems)
        form.addRow(self.tr("Thema"), self.theme_combo)
        form.addRow("", self.theme_problems)
        form.addRow(self.tr("Soort"), self.kind_combo)
        form.addRow("", self.kind_problems)
        form.addRow(self.tr("Vragen"), self.questions_edit)
        form.addRow("", self.questions_problems)
        form.addRow(self.tr("Achtergrond"), self.note_edit)
        form.addRow("", self.note_problems)
        form.addRow(self.tr("Code van de kaart"), self.card_id_edit)
        form.addRow("", self.card_id_problems)
        form.addRow(self.card_problems)
        self.card_form = QWidget(page)
        self.card_form.setLayout(form)
        self.card_id_edit.textEdited.connect(self._card_fields_edited)
        self.text_edit.textChanged.connect(self._card_fields_edited)
        self.theme_combo.activated.connect(self._card_fields_edited)
        self.kind_combo.activated.connect(self._card_fields_edited)
        self.questions_edit.textChanged.connect(self._card_fields_edited)
        self.note_edit.textChanged.connect(self._card_fields_edited)

        self.card_preview = CardView(page)
        self.card_preview.setMinimumWidth(320)
        preview_box = QVBoxLayout()
        preview_title = QLabel(self.tr("Zo ziet de kaart eruit"), page)
        preview_title.setStyleSheet("font-weight: bold;")
        preview_box.addWidget(preview_title)
        preview_box.addWidget(self.card_preview, 1)

        row = QHBoxLayout(page)
        row.addLayout(left, 3)
        row.addWidget(_scrolling(self.card_form), 5)  # a low laptop screen scrolls the fields, never squeezes them
        row.addLayout(preview_box, 3)
        return page

    def _build_themes_page(self) -> QWidget:
        page = QWidget(self)
        self.theme_list = QListWidget(page)
        self.theme_list.setIconSize(QSize(28, 28))
        self.theme_list.setStyleSheet("QListWidget { font-size: 17px; }")
        self.theme_list.currentRowChanged.connect(self._theme_row_changed)
        self.add_theme_button = QPushButton(self.tr("Nieuw thema"), page)
        self.add_theme_button.clicked.connect(self.add_theme)
        self.delete_theme_button = QPushButton(self.tr("Thema verwijderen…"), page)
        self.delete_theme_button.clicked.connect(self._delete_theme_clicked)
        self.theme_up_button = QPushButton(self.tr("Omhoog"), page)
        self.theme_up_button.clicked.connect(lambda: self._move_theme(-1))
        self.theme_down_button = QPushButton(self.tr("Omlaag"), page)
        self.theme_down_button.clicked.connect(lambda: self._move_theme(1))
        left = QVBoxLayout()
        left.addWidget(self.theme_list, 1)
        buttons = FlowLayout(spacing=6)
        for button in (self.add_theme_button, self.delete_theme_button, self.theme_up_button, self.theme_down_button):
            buttons.addWidget(button)
        left.addLayout(buttons)

        self.theme_label_edit = QLineEdit(page)
        self.theme_id_edit = QLineEdit(page)
        self.theme_color_edit = QLineEdit(page)
        self.theme_color_edit.setPlaceholderText("#7B3FA0")
        self.theme_color_button = QPushButton(self.tr("Kleur kiezen…"), page)
        self.theme_color_button.clicked.connect(self._pick_color)
        self.contrast_label = QLabel(page)
        self.contrast_label.setWordWrap(True)
        self.icon_combo = QComboBox(page)
        self.icon_combo.setIconSize(QSize(24, 24))
        self.icon_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.icon_combo.setMinimumContentsLength(10)
        self.own_icon_button = QPushButton(self.tr("Eigen afbeelding…"), page)
        self.own_icon_button.clicked.connect(self._pick_own_icon)
        self.theme_problems_label = ProblemLabel(page)
        self.theme_label_problems = ProblemLabel(page)
        self.theme_id_problems = ProblemLabel(page)
        self.theme_color_problems = ProblemLabel(page)
        self.theme_icon_problems = ProblemLabel(page)
        color_row = QHBoxLayout()
        color_row.addWidget(self.theme_color_edit)
        color_row.addWidget(self.theme_color_button)
        icon_row = QHBoxLayout()
        icon_row.addWidget(self.icon_combo, 1)
        icon_row.addWidget(self.own_icon_button)
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.theme_label_edit)
        form.addRow("", self.theme_label_problems)
        form.addRow(self.tr("Id"), self.theme_id_edit)
        form.addRow("", self.theme_id_problems)
        form.addRow(self.tr("Kleur"), color_row)
        form.addRow("", self.theme_color_problems)
        form.addRow("", self.contrast_label)
        form.addRow(self.tr("Pictogram"), icon_row)
        form.addRow("", self.theme_icon_problems)
        form.addRow(self.theme_problems_label)
        self.theme_form = QWidget(page)
        self.theme_form.setLayout(form)
        self.theme_preview = CardView(page)
        self.theme_preview.setMinimumWidth(300)
        self.theme_label_edit.textEdited.connect(self._theme_fields_edited)
        self.theme_id_edit.textEdited.connect(self._theme_fields_edited)
        self.theme_color_edit.textEdited.connect(self._theme_fields_edited)
        self.icon_combo.activated.connect(self._theme_fields_edited)

        row = QHBoxLayout(page)
        row.addLayout(left, 3)
        row.addWidget(_scrolling(self.theme_form), 5)
        row.addWidget(self.theme_preview, 3)
        return page

    def _build_kinds_page(self) -> QWidget:
        page = QWidget(self)
        self.kind_list = QListWidget(page)
        self.kind_list.setStyleSheet("QListWidget { font-size: 17px; }")
        self.kind_list.currentRowChanged.connect(self._kind_row_changed)
        self.add_kind_button = QPushButton(self.tr("Nieuwe soort"), page)
        self.add_kind_button.clicked.connect(self.add_kind)
        self.delete_kind_button = QPushButton(self.tr("Soort verwijderen…"), page)
        self.delete_kind_button.clicked.connect(self._delete_kind_clicked)
        left = QVBoxLayout()
        left.addWidget(self.kind_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_kind_button)
        buttons.addWidget(self.delete_kind_button)
        left.addLayout(buttons)
        self.kind_label_edit = QLineEdit(page)
        self.kind_id_edit = QLineEdit(page)
        self.shade_light = QRadioButton(self.tr("Licht (zoals teamkaarten)"), page)
        self.shade_dark = QRadioButton(self.tr("Donker (zoals schoolkaarten)"), page)
        self.kind_description_edit = QLineEdit(page)
        self.kind_problems_label = ProblemLabel(page)
        shades = QHBoxLayout()
        shades.addWidget(self.shade_light)
        shades.addWidget(self.shade_dark)
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.kind_label_edit)
        form.addRow(self.tr("Id"), self.kind_id_edit)
        form.addRow(self.tr("Kaart"), shades)
        form.addRow(self.tr("Uitleg"), self.kind_description_edit)
        form.addRow(self.kind_problems_label)
        self.kind_form = QWidget(page)
        self.kind_form.setLayout(form)
        self.kind_label_edit.textEdited.connect(self._kind_fields_edited)
        self.kind_id_edit.textEdited.connect(self._kind_fields_edited)
        self.shade_light.toggled.connect(self._kind_fields_edited)
        self.kind_description_edit.textEdited.connect(self._kind_fields_edited)
        row = QHBoxLayout(page)
        row.addLayout(left, 2)
        row.addWidget(self.kind_form, 3)
        return page

    # ---------------------------------------------------------------- decks

    def reload_decks(self, select: str | None = None) -> None:
        """Fill the deck picker from the library; show `select` (or the current one, or the first own deck)."""
        keep = select or (self._draft.id if self._draft is not None else None)
        self.deck_combo.clear()
        decks = list(self.library.all())
        for deck in decks:
            if deck.builtin:
                label = self.tr("{0} (ingebouwd, alleen lezen)").format(deck.title)
            else:
                label = self.tr("{0} (eigen kaartenset)").format(deck.title)
            self.deck_combo.addItem(label, deck.id)
        if keep is None:
            own = [d for d in decks if not d.builtin]
            keep = own[0].id if own else (decks[0].id if decks else None)
        if keep is not None and self._draft is not None and keep == self._draft.id and self._dirty:
            self._select_combo(keep)
            return
        if keep is not None:
            self.open_deck(keep)
        else:
            self._set_draft(None, saved=None)

    def open_deck(self, deck_id: str) -> None:
        """Edit the deck with this id (built-in ones are shown read-only)."""
        deck = self.library.get(deck_id)
        self._set_draft(deck, saved=deck)
        self._select_combo(deck.id)

    def new_deck(self, title: str, template: str | None = None) -> Deck:
        """Start a new own deck: a copy of `template` (a deck id), or empty with the standard themes and kinds."""
        taken = {d.id for d in self.library.all()}
        new_id = unique_id(slug(title), taken)
        if template:
            deck = copy_of(self.library.get(template), new_id, title)
        else:
            base = next((d for d in self.library.all() if d.builtin), None)
            themes = base.themes if base else (Theme("pesten", "Pesten", "#01665E", "pesten"),)
            kinds = (
                base.kinds
                if base
                else (Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark"))
            )
            deck = Deck(
                id=new_id,
                title=title,
                audience=base.audience if base else "other",
                kinds=kinds,
                themes=themes,
                cards=(),
                version="1",
            )
        self._set_draft(deck, saved=None)
        self._dirty = True
        self.deck_combo.addItem(self.tr("{0} (nieuw)").format(title), deck.id)
        self._select_combo(deck.id)
        self.validate_now()
        return deck

    def copy_for_editing(self) -> Deck | None:
        """Make an own copy of the deck on screen (the way to change a built-in deck)."""
        if self._draft is None:
            return None
        return self.new_deck(self.tr("{0} (kopie)").format(self._draft.title), template=self._draft.id)

    def draft(self) -> Deck | None:
        """The deck as edited so far (may be invalid)."""
        return self._draft

    def is_dirty(self) -> bool:
        """Whether there are unsaved changes."""
        return self._dirty

    def is_read_only(self) -> bool:
        """Whether the deck on screen is built-in."""
        return self._draft is not None and self._draft.builtin

    def _select_combo(self, deck_id: str) -> None:
        index = self.deck_combo.findData(deck_id)
        if index >= 0:
            self.deck_combo.setCurrentIndex(index)

    @Slot(int)
    def _deck_picked(self, index: int) -> None:
        deck_id = self.deck_combo.itemData(index)
        if not deck_id or (self._draft is not None and deck_id == self._draft.id):
            return
        if self._dirty and not self.confirm(
            self.tr("Niet opgeslagen"),
            self.tr("De wijzigingen in '{0}' zijn nog niet opgeslagen. Weggooien?").format(
                self._draft.title if self._draft else ""
            ),
            self.tr("Weggooien"),
            self.tr("Terug"),
        ):
            self._select_combo(self._draft.id if self._draft else "")
            return
        self._dirty = False
        self.reload_decks(select=str(deck_id))

    def _set_draft(self, deck: Deck | None, saved: Deck | None) -> None:
        self._draft, self._saved = deck, saved
        self._dirty = False
        self._card_row = self._theme_row = self._kind_row = -1
        self._fill_deck_fields()
        self._fill_card_list(select=0)
        self._fill_theme_list(select=0)
        self._fill_kind_list(select=0)
        read_only = deck is None or deck.builtin
        for widget in (
            self.card_form,
            self.theme_form,
            self.kind_form,
            self.title_edit,
            self.id_edit,
            self.audience_combo,
            self.version_edit,
            self.description_edit,
            self.blank_spin,
            self.add_card_button,
            self.duplicate_card_button,
            self.up_button,
            self.down_button,
            self.delete_card_button,
            self.move_to_button,
            self.add_theme_button,
            self.delete_theme_button,
            self.theme_up_button,
            self.theme_down_button,
            self.add_kind_button,
            self.delete_kind_button,
        ):
            widget.setEnabled(not read_only)
        self.id_edit.setReadOnly(saved is not None)
        self.copy_button.setEnabled(deck is not None)
        self.share_button.setEnabled(deck is not None)
        self.delete_deck_button.setEnabled(deck is not None and not deck.builtin and saved is not None)
        self.readonly_banner.setVisible(bool(deck and deck.builtin))
        if deck is not None and deck.builtin:
            self.readonly_banner.setText(
                self.tr(
                    "'{0}' is een ingebouwde kaartenset en kan niet worden veranderd. Kies ‘Kopie maken om te bewerken’ "
                    "om er je eigen versie van te maken."
                ).format(deck.title)
            )
        self.validate_now()

    # ---------------------------------------------------------------- validation

    def schedule_validation(self) -> None:
        """Validate shortly after the last keystroke."""
        self._dirty = True
        self._timer.start()
        self._update_save_state()

    @Slot()
    def validate_now(self) -> list[FieldProblem]:
        """Check the draft with the loader's own rules and show every message next to its field."""
        self._timer.stop()
        draft = self._draft
        self._problems = []
        if draft is not None and not draft.builtin:
            from gedragen.core.deck_writer import deck_to_yaml
            from gedragen.core.loader import load_deck_text

            self._yaml = deck_to_yaml(draft)
            try:
                load_deck_text(
                    self._yaml, filename=f"{draft.id}.yaml", base_dir=self._deck_folder(), lang=self.lang
                )
            except DeckError as exc:
                self._problems = place_problems(exc.problems, self._yaml, draft)
            else:
                # the same rule as print and validate: every text must print (glyphs, fit), named per field
                self._problems = print_field_problems(draft)
        self._show_problems()
        self._update_save_state()
        return list(self._problems)

    def problems(self) -> list[FieldProblem]:
        """The problems shown now."""
        return list(self._problems)

    def can_save(self) -> bool:
        """Whether Save is allowed: an own deck, changed, and valid."""
        return (
            self._draft is not None
            and not self._draft.builtin
            and self._dirty
            and not self._problems
            and not self._timer.isActive()
        )

    def _update_save_state(self) -> None:
        self.save_button.setEnabled(self.can_save())
        if self._draft is None:
            self.status.setText(self.tr("Er is nog geen kaartenset. Kies ‘Nieuwe kaartenset…’ of ‘Importeren…’."))
            self.status.setStyleSheet("font-size: 18px;")
        elif self._draft.builtin:
            self.status.setText("")
        elif self._problems:
            self.status.setText(
                (
                    self.tr("Nog niet op te slaan: 1 punt te verbeteren.")
                    if len(self._problems) == 1
                    else self.tr("Nog niet op te slaan: {0} punten te verbeteren.").format(
                        len(self._problems)
                    )
                )
                + " "
                + self.tr("Klik op een melding om ernaar toe te gaan.")
            )
            self.status.setStyleSheet("font-size: 18px; " + error_style())
        elif self._dirty:
            self.status.setText(self.tr("Alles klopt. Vergeet niet op te slaan."))
            self.status.setStyleSheet("font-size: 18px; " + ok_style())
        else:
            self.status.setText(self.tr("Opgeslagen. Alles klopt."))
            self.status.setStyleSheet("font-size: 18px; " + ok_style())

    def _describe(self, p: FieldProblem) -> str:
        draft = self._draft
        if p.part == "card" and draft is not None and isinstance(p.item, int) and p.item < len(draft.cards):
            where = self.tr("Kaart {0}").format(p.item + 1)
        elif p.part == "theme" and isinstance(p.item, int):
            where = self.tr("Thema {0}").format(p.item + 1)
        elif p.part == "kind":
            where = self.tr("Soort '{0}'").format(p.item)
        else:
            where = self.tr("Kaartenset")
        return f"{where}: {p.message}"

    def _show_problems(self) -> None:
        self.problem_list.clear()
        for p in self._problems:
            item = QListWidgetItem("⚠ " + self._describe(p))
            item.setData(Qt.ItemDataRole.UserRole, (p.part, p.item, p.field))
            self.problem_list.addItem(item)
        self.problem_list.setVisible(bool(self._problems))
        rows = min(len(self._problems), 4)
        self.problem_list.setFixedHeight(8 + rows * max(22, self.problem_list.sizeHintForRow(0)))
        self._refresh_card_items()
        self._refresh_theme_items()
        self._show_card_problems()
        self._show_theme_problems()
        self._show_kind_problems()
        deck_messages = [p.message for p in self._problems if p.part == "deck"]
        self.deck_problems.show_messages(deck_messages)

    def _messages(self, part: str, item: str | int | None, fields: Sequence[str] | None) -> list[str]:
        return [
            p.message
            for p in self._problems
            if p.part == part and p.item == item and (fields is None or p.field in fields)
        ]

    @Slot(QListWidgetItem)
    def _problem_activated(self, item: QListWidgetItem) -> None:
        part, index, _field = item.data(Qt.ItemDataRole.UserRole)
        if part == "card" and isinstance(index, int):
            self.tabs.setCurrentIndex(0)
            self.card_list.setCurrentRow(index)
            self.text_edit.setFocus()
        elif part == "theme" and isinstance(index, int):
            self.tabs.setCurrentIndex(1)
            self.theme_list.setCurrentRow(index)
        elif part == "kind":
            self.tabs.setCurrentIndex(2)
            ids = [k.id for k in self._draft.kinds] if self._draft else []
            if index in ids:
                self.kind_list.setCurrentRow(ids.index(str(index)))
        else:
            self.tabs.setCurrentIndex(3)

    def _deck_folder(self) -> Path:
        return own_decks_dir(Path(self.library.data_dir))

    # ---------------------------------------------------------------- saving, sharing, importing

    @Slot()
    def save(self) -> bool:
        """Save the draft if it is valid (atomic, through the library); returns whether it was saved."""
        if self._timer.isActive():
            self.validate_now()
        if not self.can_save() or self._draft is None:
            return False
        try:
            self.library.save_own(self._draft)
        except GedragenError as exc:
            self.tell(self.tr("Opslaan lukt niet"), str(exc), warning=True)
            return False
        saved_id = self._draft.id
        self._dirty = False
        card_row = self._card_row
        self.reload_decks(select=saved_id)
        if 0 <= card_row < self.card_list.count():
            self.card_list.setCurrentRow(card_row)
        self.deck_saved.emit(saved_id)
        return True

    def share(self, target: Path) -> list[Path]:
        """Write the deck on screen as a .yaml anyone can load; own icon files are copied next to it."""
        from gedragen.core.atomic import write_atomic
        from gedragen.core.deck_writer import deck_to_yaml
        from gedragen.core.loader import load_deck

        if self._draft is None:
            return []
        if self._problems:
            raise DeckError(
                [DeckProblem(target.name, 0, 0, self.tr("de kaartenset bevat nog fouten; verbeter die eerst"))]
            )
        written = [target]
        source_dir = self._deck_folder()
        for icon in own_icon_files(self._draft):
            source = source_dir / icon
            destination = target.parent / icon
            if source.resolve() != destination.resolve():
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, destination)
            written.append(destination)
        write_atomic(target, deck_to_yaml(self._draft).encode("utf-8"))
        load_deck(target, lang=self.lang)  # proves the shared file loads on its own
        return written

    def import_file(self, path: Path) -> Deck | None:
        """Import a deck file: validate, copy into the data folder, ask on an id clash; returns the new deck."""
        from gedragen.core.loader import load_deck

        try:
            incoming = load_deck(path, lang=self.lang)
        except DeckError as exc:
            self.tell(
                self.tr("Deze kaartenset kan niet worden geïmporteerd"),
                self.tr("Het bestand {0} heeft fouten:").format(path.name)
                + "\n"
                + "\n".join(f"regel {p.line}, kolom {p.column}: {p.message}" for p in exc.problems[:12]),
                warning=True,
            )
            return None
        existing = next((d for d in self.library.all() if d.id == incoming.id), None)
        on_clash = "error"
        if existing is not None:
            # a built-in id can only be added under a new id; an own one may also be replaced
            answer = "copy" if existing.builtin else self.ask_clash(incoming.id, existing.title)
            if answer == "cancel":
                return None
            on_clash = "replace" if answer == "replace" else "rename"
        try:
            deck = self.library.add_file(path, on_clash=on_clash)
        except GedragenError as exc:
            self.tell(self.tr("Importeren lukt niet"), str(exc), warning=True)
            return None
        self._dirty = False
        self.reload_decks(select=deck.id)
        self.deck_saved.emit(deck.id)
        return deck

    def delete_deck(self) -> bool:
        """Delete the own deck on screen after asking; returns whether it was deleted."""
        deck = self._draft
        if deck is None or deck.builtin or self._saved is None:
            return False
        if not self.confirm(
            self.tr("Kaartenset verwijderen"),
            self.tr(
                "De kaartenset '{0}' met {1} kaarten wordt verwijderd. Dit kan niet ongedaan worden gemaakt."
            ).format(deck.title, len(deck.cards)),
            self.tr("Verwijderen"),
            self.tr("Niet verwijderen"),
        ):
            return False
        self.library.delete_own(deck.id)
        self._draft = None
        self._dirty = False
        self.reload_decks()
        self.deck_deleted.emit(deck.id)
        return True

    @Slot()
    def _new_deck_clicked(self) -> None:
        dialog = NewDeckDialog([d for d in self.library.all()], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.new_deck(dialog.title(), dialog.template())

    @Slot()
    def _copy_clicked(self) -> None:
        self.copy_for_editing()

    @Slot()
    def _import_clicked(self) -> None:
        path = self.choose_open_file(self.tr("Kaartenset importeren"), self.tr("Kaartensets (*.yaml *.yml)"))
        if path is not None:
            self.import_file(path)

    @Slot()
    def _share_clicked(self) -> None:
        if self._draft is None:
            return
        path = self.choose_save_file(
            self.tr("Kaartenset delen"), f"{self._draft.id}.yaml", self.tr("Kaartensets (*.yaml)")
        )
        if path is None:
            return
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_suffix(".yaml")
        try:
            written = self.share(path)
        except (GedragenError, OSError) as exc:
            self.tell(self.tr("Delen lukt niet"), str(exc), warning=True)
            return
        message = self.tr("De kaartenset is opgeslagen als {0}.").format(path)
        if len(written) > 1:
            message += (
                "\n\n"
                + self.tr(
                    "Deze kaartenset gebruikt eigen afbeeldingen. Stuur deze bestanden mee, in dezelfde mappen naast het "
                    "kaartensetbestand:"
                )
                + "\n"
                + "\n".join(str(p.relative_to(path.parent)) for p in written[1:])
            )
        self.tell(self.tr("Kaartenset gedeeld"), message)

    @Slot()
    def _delete_deck_clicked(self) -> None:
        self.delete_deck()

    # ---------------------------------------------------------------- deck fields

    def _fill_deck_fields(self) -> None:
        deck = self._draft
        self._loading = True
        self.title_edit.setText(deck.title if deck else "")
        self.id_edit.setText(deck.id if deck else "")
        index = self.audience_combo.findData(deck.audience if deck else "other")
        self.audience_combo.setCurrentIndex(max(0, index))
        self.version_edit.setText(deck.version if deck else "")
        self.description_edit.setPlainText(deck.description if deck else "")
        self.blank_spin.setValue(deck.blank_cards if deck else 0)
        self._loading = False

    @Slot()
    def _deck_fields_edited(self, *_: object) -> None:
        if self._loading or self._draft is None or self._draft.builtin:
            return
        new_id = self.id_edit.text().strip()
        if self._saved is None and not self.id_edit.isModified():
            new_id = unique_id(slug(self.title_edit.text()), {d.id for d in self.library.all()})
            self.id_edit.setText(new_id)
        audience = str(self.audience_combo.currentData() or "other")
        self._draft = dataclasses.replace(
            self._draft,
            title=self.title_edit.text(),
            id=new_id,
            audience=audience if audience in AUDIENCES else "other",
            version=self.version_edit.text(),
            description=self.description_edit.toPlainText(),
            blank_cards=self.blank_spin.value(),
        )
        self.schedule_validation()

    # ---------------------------------------------------------------- cards

    def _fill_card_list(self, select: int | None = None) -> None:
        deck = self._draft
        self.card_list.blockSignals(True)
        self.card_list.clear()
        for _ in deck.cards if deck else ():
            self.card_list.addItem(QListWidgetItem())
        self.card_list.blockSignals(False)
        self._refresh_card_items()
        row = self._card_row if select is None else select
        if deck and deck.cards:
            row = max(0, min(row, len(deck.cards) - 1))
            self._card_row = -1
            self.card_list.setCurrentRow(row)
            self._card_row_changed(row)
        else:
            self._card_row = -1
            self._fill_card_form()

    def _refresh_card_items(self) -> None:
        deck = self._draft
        if deck is None:
            return
        bad = {p.item for p in self._problems if p.part == "card"}
        for row, card in enumerate(deck.cards):
            item = self.card_list.item(row)
            if item is None:
                continue
            text = " ".join(card.text.split())
            short = text if len(text) <= 44 else text[:42].rstrip() + "…"
            theme = next((t.label for t in deck.themes if t.id == card.theme), card.theme)
            kind = next((k.label for k in deck.kinds if k.id == card.kind), card.kind)
            mark = "⚠ " if row in bad else ""
            item.setText(f"{mark}{row + 1}. {short or self.tr('(nog geen tekst)')}\n      {theme} · {kind}")
            item.setForeground(QColor(ui_theme.status_color("error") if row in bad else ui_theme.current_palette().text))
            item.setToolTip(self.tr("Deze kaart heeft iets te verbeteren") if row in bad else text)

    def current_card(self) -> Card | None:
        """The card in the form."""
        if self._draft is None or not 0 <= self._card_row < len(self._draft.cards):
            return None
        return self._draft.cards[self._card_row]

    def select_card(self, card_id: str) -> None:
        """Put the card with this id in the form."""
        if self._draft is None:
            return
        row = next((i for i, c in enumerate(self._draft.cards) if c.id == card_id), -1)
        if row >= 0:
            self.tabs.setCurrentIndex(0)
            self.card_list.setCurrentRow(row)

    @Slot(int)
    def _card_row_changed(self, row: int) -> None:
        if row == self._card_row:
            return
        self._card_row = row
        self._fill_card_form()

    def _fill_card_form(self) -> None:
        deck = self._draft
        card = self.current_card()
        self._loading = True
        self.theme_combo.clear()
        self.kind_combo.clear()
        if deck is not None:
            for theme in deck.themes:
                pixmap = self._painter.icon(theme, 24, QColor(theme.color))
                self.theme_combo.addItem(QIcon(pixmap) if pixmap else QIcon(), theme.label, theme.id)
            for kind in deck.kinds:
                self.kind_combo.addItem(kind.label, kind.id)
        self.card_id_edit.setText(card.id if card else "")
        self.text_edit.setPlainText(card.text if card else "")
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(card.theme) if card else -1)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(card.kind) if card else -1)
        self.questions_edit.setPlainText("\n".join(card.questions) if card else "")
        self.note_edit.setPlainText(card.note or "" if card else "")
        self._loading = False
        editable = card is not None and deck is not None and not deck.builtin
        self.card_form.setEnabled(editable)
        self._show_card_problems()
        self._update_card_preview()

    @Slot()
    def _card_fields_edited(self, *_: object) -> None:
        card = self.current_card()
        if self._loading or card is None or self._draft is None or self._draft.builtin:
            return
        questions = tuple(q.strip() for q in self.questions_edit.toPlainText().splitlines() if q.strip())
        note = self.note_edit.toPlainText().strip() or None
        updated = dataclasses.replace(
            card,
            id=self.card_id_edit.text().strip(),
            text=self.text_edit.toPlainText(),
            theme=str(self.theme_combo.currentData() or card.theme),
            kind=str(self.kind_combo.currentData() or card.kind),
            questions=questions,
            note=note,
        )
        cards = list(self._draft.cards)
        cards[self._card_row] = updated
        self._draft = with_cards(self._draft, cards)
        self._refresh_card_items()
        self._update_card_preview()
        self.schedule_validation()

    def _update_card_preview(self) -> None:
        card = self.current_card()
        self.card_preview.set_card(self._draft, card)
        text = " ".join(card.text.split()) if card else ""
        length = len(text)
        if card is None:
            self.text_meter.setText("")
            return
        fitted = print_fit(text) if text else None
        parts = [self.tr("{0} / {1} tekens").format(length, MAX_CARD_TEXT)]
        fits = not text or fitted is not None
        if length > MAX_CARD_TEXT:
            parts.append(self.tr("te lang"))
        elif not fits:
            parts.append(self.tr("past niet op een pokerkaart: maak de tekst korter"))
        elif fitted is not None:
            parts.append(self.tr("past op een pokerkaart ({0:g} pt)").format(fitted))
        self.text_meter.setText(" · ".join(parts))
        self.text_meter.setStyleSheet(ok_style() if length <= MAX_CARD_TEXT and fits else error_style())

    def _show_card_problems(self) -> None:
        row = self._card_row
        self.text_problems.show_messages(self._messages("card", row, ("text",)))
        self.theme_problems.show_messages(self._messages("card", row, ("theme",)))
        self.kind_problems.show_messages(self._messages("card", row, ("kind",)))
        self.questions_problems.show_messages(self._messages("card", row, ("questions",)))
        self.note_problems.show_messages(self._messages("card", row, ("note",)))
        self.card_id_problems.show_messages(self._messages("card", row, ("id",)))
        self.card_problems.show_messages(
            [
                m
                for p in self._problems
                if p.part == "card"
                and p.item == row
                and p.field not in ("text", "theme", "kind", "questions", "note", "id")
                for m in [p.message]
            ]
        )

    @Slot()
    def add_card(self) -> str | None:
        """Add an empty card after the current one (theme and kind of the current card); returns its id."""
        deck = self._draft
        if deck is None or deck.builtin:
            return None
        current = self.current_card()
        theme = current.theme if current else (deck.themes[0].id if deck.themes else "")
        kind = current.kind if current else (deck.kinds[0].id if deck.kinds else "")
        card = Card(next_card_id(deck), theme, kind, "")
        cards = list(deck.cards)
        row = self._card_row + 1 if current else len(cards)
        cards.insert(row, card)
        self._draft = with_cards(deck, cards)
        self._fill_card_list(select=row)
        self.tabs.setCurrentIndex(0)
        self.text_edit.setFocus()
        self.schedule_validation()
        return card.id

    @Slot()
    def duplicate_card(self) -> str | None:
        """Copy the current card (new id) right after it."""
        deck, card = self._draft, self.current_card()
        if deck is None or card is None or deck.builtin:
            return None
        copy = dataclasses.replace(card, id=next_card_id(deck))
        cards = list(deck.cards)
        cards.insert(self._card_row + 1, copy)
        self._draft = with_cards(deck, cards)
        self._fill_card_list(select=self._card_row + 1)
        self.schedule_validation()
        return copy.id

    def move_card(self, step: int) -> None:
        """Move the current card up (-1) or down (+1)."""
        deck, row = self._draft, self._card_row
        if deck is None or deck.builtin or not 0 <= row < len(deck.cards):
            return
        target = row + step
        if not 0 <= target < len(deck.cards):
            return
        cards = list(deck.cards)
        cards[row], cards[target] = cards[target], cards[row]
        self._draft = with_cards(deck, cards)
        self._card_row = -1
        self._fill_card_list(select=target)
        self.schedule_validation()

    def delete_card(self, ask: bool = True) -> bool:
        """Delete the current card (after asking); returns whether it was deleted."""
        deck, card = self._draft, self.current_card()
        if deck is None or card is None or deck.builtin:
            return False
        if ask and not self.confirm(
            self.tr("Kaart verwijderen"),
            self.tr("Kaart {0} verwijderen?\n\n{1}").format(card.id, card.text.strip()[:200]),
            self.tr("Verwijderen"),
            self.tr("Niet verwijderen"),
        ):
            return False
        row = self._card_row
        self._draft = with_cards(deck, [c for i, c in enumerate(deck.cards) if i != row])
        self._card_row = -1
        self._fill_card_list(select=max(0, row - 1))
        self.schedule_validation()
        return True

    @Slot()
    def _delete_card_clicked(self) -> None:
        self.delete_card(ask=True)

    def move_card_to(self, target_id: str) -> bool:
        """Move the current card to another own deck (both saved at once); returns whether it moved."""
        deck, card = self._draft, self.current_card()
        if deck is None or card is None or deck.builtin:
            return False
        if self._dirty and (self._problems or not self.save()):
            self.tell(self.tr("Eerst opslaan"), self.tr("Verbeter en bewaar deze kaartenset eerst."), warning=True)
            return False
        card = self._draft.cards[self._card_row] if self._draft else card
        target = self.library.get(target_id)
        missing = []
        if not any(t.id == card.theme for t in target.themes):
            missing.append(self.tr("het thema '{0}'").format(card.theme))
        if not any(k.id == card.kind for k in target.kinds):
            missing.append(self.tr("de soort '{0}'").format(card.kind))
        if missing:
            self.tell(
                self.tr("Verplaatsen lukt niet"),
                self.tr(
                    "De kaartenset '{0}' heeft geen {1}. Voeg dat daar eerst toe, of kies een andere kaartenset."
                ).format(target.title, self.tr(" en ").join(missing)),
                warning=True,
            )
            return False
        taken = {c.id for c in target.cards}
        moved = card if card.id not in taken else dataclasses.replace(card, id=unique_id(card.id, taken))
        source = self.library.get(deck.id)
        remaining = [c for c in source.cards if c.id != card.id]
        # a deck needs at least one card: moving the last one removes the deck (eigen situaties come back
        # by themselves when the group adds a new one)
        if (
            not remaining
            and deck.id != EIGEN_ID
            and not self.confirm(
                self.tr("Kaartenset wordt leeg"),
                self.tr(
                    "Dit is de laatste kaart van '{0}'. Na het verplaatsen wordt die lege kaartenset verwijderd."
                ).format(deck.title),
                self.tr("Verplaatsen en kaartenset verwijderen"),
                self.tr("Niet verplaatsen"),
            )
        ):
            return False
        # the levels the card names come along when the other deck does not declare them yet
        declared = {lv.id for lv in target.levels}
        extra = tuple(lv for lv in source.levels if lv.id in moved.levels and lv.id not in declared)
        if extra:
            target = dataclasses.replace(target, levels=(*target.levels, *extra))
        try:
            self.library.save_own(with_cards(target, [*target.cards, moved]))
            if remaining:
                self.library.save_own(with_cards(source, remaining))
            else:
                self.library.delete_own(source.id)
        except GedragenError as exc:
            self.tell(self.tr("Verplaatsen lukt niet"), str(exc), warning=True)
            return False
        self._dirty = False
        self._draft = None if not remaining else self._draft
        self.reload_decks(select=deck.id if remaining else target_id)
        self.deck_saved.emit(target_id)
        self.deck_saved.emit(deck.id)
        return True

    @Slot()
    def _move_to_clicked(self) -> None:
        if self._draft is None:
            return
        targets = [d for d in self.library.all() if not d.builtin and d.id != self._draft.id]
        if not targets:
            self.tell(
                self.tr("Geen andere eigen kaartenset"),
                self.tr("Maak eerst een eigen kaartenset om de kaart naartoe te verplaatsen."),
            )
            return
        menu = QMenu(self)
        for deck in targets:
            action = menu.addAction(deck.title)
            action.setData(deck.id)
        chosen = menu.exec(self.move_to_button.mapToGlobal(self.move_to_button.rect().bottomLeft()))
        if chosen is not None:
            self.move_card_to(str(chosen.data()))

    # ---------------------------------------------------------------- themes

    def _fill_theme_list(self, select: int | None = None) -> None:
        deck = self._draft
        self.theme_list.blockSignals(True)
        self.theme_list.clear()
        for _ in deck.themes if deck else ():
            self.theme_list.addItem(QListWidgetItem())
        self.theme_list.blockSignals(False)
        self._refresh_theme_items()
        row = self._theme_row if select is None else select
        if deck and deck.themes:
            row = max(0, min(row, len(deck.themes) - 1))
            self._theme_row = -1
            self.theme_list.setCurrentRow(row)
            self._theme_row_changed(row)
        else:
            self._theme_row = -1
            self._fill_theme_form()

    def _refresh_theme_items(self) -> None:
        deck = self._draft
        if deck is None:
            return
        bad = {p.item for p in self._problems if p.part == "theme"}
        for row, theme in enumerate(deck.themes):
            item = self.theme_list.item(row)
            if item is None:
                continue
            pixmap = self._painter.icon(
                theme, 28, QColor(theme.color) if QColor.isValidColorName(theme.color) else "#555555"
            )
            item.setIcon(QIcon(pixmap) if pixmap else QIcon())
            count = sum(1 for c in deck.cards if c.theme == theme.id)
            item.setText(
                ("⚠ " if row in bad else "") + f"{theme.label or '…'} ({card_count(count)})"
            )

    def current_theme(self) -> Theme | None:
        """The theme in the form."""
        if self._draft is None or not 0 <= self._theme_row < len(self._draft.themes):
            return None
        return self._draft.themes[self._theme_row]

    @Slot(int)
    def _theme_row_changed(self, row: int) -> None:
        if row == self._theme_row:
            return
        self._theme_row = row
        self._fill_theme_form()

    def _fill_theme_form(self) -> None:
        theme = self.current_theme()
        self._loading = True
        self.theme_label_edit.setText(theme.label if theme else "")
        self.theme_id_edit.setText(theme.id if theme else "")
        self.theme_color_edit.setText(theme.color if theme else "")
        self.icon_combo.clear()
        self.icon_combo.addItem(self.tr("(geen pictogram)"), "")
        for name in builtin_icon_names():
            self.icon_combo.addItem(
                QIcon(render_icon(icons_dir() / f"{name}.svg", 24, ui_theme.current_palette().text)), name, name
            )
        if theme and theme.icon and self.icon_combo.findData(theme.icon) < 0:
            self.icon_combo.addItem(self.tr("eigen afbeelding: {0}").format(theme.icon), theme.icon)
        self.icon_combo.setCurrentIndex(max(0, self.icon_combo.findData(theme.icon or "") if theme else 0))
        self._loading = False
        self.theme_form.setEnabled(theme is not None and self._draft is not None and not self._draft.builtin)
        self._show_theme_problems()
        self._update_theme_preview()

    @Slot()
    def _theme_fields_edited(self, *_: object) -> None:
        theme, deck = self.current_theme(), self._draft
        if self._loading or theme is None or deck is None or deck.builtin:
            return
        new_id = self.theme_id_edit.text().strip()
        icon = str(self.icon_combo.currentData() or "") or None
        icon_path = None
        if icon is not None:
            icon_path = self._deck_folder() / icon if is_own_icon(icon) else icons_dir() / f"{icon}.svg"
        updated = Theme(
            new_id, self.theme_label_edit.text(), self.theme_color_edit.text().strip(), icon, icon_path
        )
        themes = list(deck.themes)
        themes[self._theme_row] = updated
        # cards follow a renamed theme id
        cards = [dataclasses.replace(c, theme=new_id) if c.theme == theme.id else c for c in deck.cards]
        self._draft = dataclasses.replace(deck, themes=tuple(themes), cards=tuple(cards))
        self._refresh_theme_items()
        self._update_theme_preview()
        self.schedule_validation()

    def set_theme_color(self, color: str) -> None:
        """Type a colour into the current theme's colour field (as the user would)."""
        self.theme_color_edit.setText(color)
        self._theme_fields_edited()

    def _update_theme_preview(self) -> None:
        theme = self.current_theme()
        deck = self._draft
        if theme is None or deck is None:
            self.theme_preview.set_card(None, None)
            self.contrast_label.setText("")
            return
        sample = next((c for c in deck.cards if c.theme == theme.id), None) or Card(
            "voorbeeld",
            theme.id,
            deck.kinds[0].id if deck.kinds else "",
            self.tr("Zo ziet een kaart met dit thema eruit."),
        )
        self.theme_preview.set_card(deck, sample)
        color = theme.color
        if not re.fullmatch(r"#[0-9A-Fa-f]{6}", color):
            self.contrast_label.setText("")  # the loader's message under the field says what is wrong
            return
        ratio = contrast_ratio(color, "#FFFFFF")
        if ratio >= 7.0:
            text, style = (
                self.tr("Contrast met witte tekst: {0} : 1 – goed leesbaar, ook op de beamer."),
                ok_style(),
            )
        elif ratio >= 4.5:
            text, style = (
                self.tr(
                    "Contrast met witte tekst: {0} : 1 – leesbaar; op de beamer maakt Gedragen de kleur iets donkerder."
                ),
                f"color: {ui_theme.status_color('warn')}; font-weight: bold;",
            )
        else:
            text, style = (
                self.tr(
                    "Contrast met witte tekst: {0} : 1 – te licht: witte tekst is slecht te lezen. Kies een donkerdere kleur."
                ),
                error_style(),
            )
        self.contrast_label.setText(text.format(QLocale().toString(ratio, "f", 1)))  # "7,0" in Dutch
        self.contrast_label.setStyleSheet(style)

    def _show_theme_problems(self) -> None:
        row = self._theme_row
        self.theme_label_problems.show_messages(self._messages("theme", row, ("label",)))
        self.theme_id_problems.show_messages(self._messages("theme", row, ("id",)))
        self.theme_color_problems.show_messages(self._messages("theme", row, ("color",)))
        self.theme_icon_problems.show_messages(self._messages("theme", row, ("icon",)))
        self.theme_problems_label.show_messages(
            [
                p.message
                for p in self._problems
                if p.part == "theme" and p.item == row and p.field not in ("label", "id", "color", "icon")
            ]
        )

    @Slot()
    def _pick_color(self) -> None:
        theme = self.current_theme()
        if theme is None:
            return
        color = QColorDialog.getColor(QColor(theme.color), self, self.tr("Kleur van het thema"))
        if color.isValid():
            self.theme_color_edit.setText(color.name().upper())
            self._theme_fields_edited()

    @Slot()
    def _pick_own_icon(self) -> None:
        path = self.choose_open_file(self.tr("Eigen pictogram kiezen"), self.tr("Afbeeldingen (*.svg *.png)"))
        if path is not None:
            self.set_own_icon(path)

    def set_own_icon(self, path: Path) -> str | None:
        """Copy an image next to the own decks and use it as the current theme's icon; returns the icon value."""
        theme, deck = self.current_theme(), self._draft
        if theme is None or deck is None or deck.builtin:
            return None
        suffix = path.suffix.lower()
        if suffix not in (".svg", ".png"):
            self.tell(
                self.tr("Geen bruikbare afbeelding"), self.tr("Kies een .svg- of .png-bestand."), warning=True
            )
            return None
        from gedragen.core.icon_check import icon_problem

        problem = icon_problem(path)  # a pipe, a huge file or an SVG that pulls in other files
        if problem is not None:
            self.tell(self.tr("Geen bruikbare afbeelding"), f"{path.name}: {problem}.", warning=True)
            return None
        # the library keeps a deck's own icons in "<deck file stem>-icons/" next to the deck file
        stem = deck.source.stem if deck.source is not None else deck.id
        relative = f"{stem}-icons/{slug(theme.id or theme.label)}{suffix}"
        destination = self._deck_folder() / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
        self.icon_combo.addItem(self.tr("eigen afbeelding: {0}").format(path.name), relative)
        self.icon_combo.setCurrentIndex(self.icon_combo.count() - 1)
        self._theme_fields_edited()
        return relative

    @Slot()
    def add_theme(self) -> None:
        """Add a theme with a fresh id."""
        deck = self._draft
        if deck is None or deck.builtin:
            return
        new_id = unique_id("thema", {t.id for t in deck.themes})
        theme = Theme(new_id, self.tr("Nieuw thema"), "#555555", None)
        self._draft = dataclasses.replace(deck, themes=(*deck.themes, theme))
        self._theme_row = -1
        self._fill_theme_list(select=len(self._draft.themes) - 1)
        self._fill_card_form()
        self.schedule_validation()

    def _move_theme(self, step: int) -> None:
        deck, row = self._draft, self._theme_row
        if deck is None or deck.builtin or not 0 <= row + step < len(deck.themes):
            return
        themes = list(deck.themes)
        themes[row], themes[row + step] = themes[row + step], themes[row]
        self._draft = dataclasses.replace(deck, themes=tuple(themes))
        self._theme_row = -1
        self._fill_theme_list(select=row + step)
        self.schedule_validation()

    @Slot()
    def _delete_theme_clicked(self) -> None:
        theme, deck = self.current_theme(), self._draft
        if theme is None or deck is None:
            return
        used = sum(1 for c in deck.cards if c.theme == theme.id)
        question = self.tr("Het thema '{0}' verwijderen?").format(theme.label)
        if used:
            question += "\n\n" + self.tr(
                "{0} kaarten hebben dit thema; die moet je daarna een ander thema geven."
            ).format(used)
        if not self.confirm(
            self.tr("Thema verwijderen"), question, self.tr("Verwijderen"), self.tr("Niet verwijderen")
        ):
            return
        self._draft = dataclasses.replace(deck, themes=tuple(t for t in deck.themes if t.id != theme.id or t is not theme))
        self._theme_row = -1
        self._fill_theme_list(select=0)
        self._fill_card_form()
        self.schedule_validation()

    # ---------------------------------------------------------------- kinds

    def _fill_kind_list(self, select: int | None = None) -> None:
        deck = self._draft
        self.kind_list.blockSignals(True)
        self.kind_list.clear()
        for kind in deck.kinds if deck else ():
            self.kind_list.addItem(f"{kind.label} ({kind.id})")
        self.kind_list.blockSignals(False)
        if deck and deck.kinds:
            row = max(0, min(select or 0, len(deck.kinds) - 1))
            self._kind_row = -1
            self.kind_list.setCurrentRow(row)
            self._kind_row_changed(row)
        else:
            self._kind_row = -1
            self._fill_kind_form()

    def current_kind(self) -> Kind | None:
        """The kind in the form."""
        if self._draft is None or not 0 <= self._kind_row < len(self._draft.kinds):
            return None
        return self._draft.kinds[self._kind_row]

    @Slot(int)
    def _kind_row_changed(self, row: int) -> None:
        if row == self._kind_row:
            return
        self._kind_row = row
        self._fill_kind_form()

    def _fill_kind_form(self) -> None:
        kind = self.current_kind()
        self._loading = True
        self.kind_label_edit.setText(kind.label if kind else "")
        self.kind_id_edit.setText(kind.id if kind else "")
        self.shade_dark.setChecked(bool(kind and kind.shade == "dark"))
        self.shade_light.setChecked(not (kind and kind.shade == "dark"))
        self.kind_description_edit.setText(kind.description if kind else "")
        self._loading = False
        self.kind_form.setEnabled(kind is not None and self._draft is not None and not self._draft.builtin)
        self._show_kind_problems()

    @Slot()
    def _kind_fields_edited(self, *_: object) -> None:
        kind, deck = self.current_kind(), self._draft
        if self._loading or kind is None or deck is None or deck.builtin:
            return
        new_id = self.kind_id_edit.text().strip()
        updated = Kind(
            new_id,
            self.kind_label_edit.text(),
            "dark" if self.shade_dark.isChecked() else "light",
            self.kind_description_edit.text(),
        )
        kinds = list(deck.kinds)
        kinds[self._kind_row] = updated
        cards = [dataclasses.replace(c, kind=new_id) if c.kind == kind.id else c for c in deck.cards]
        self._draft = dataclasses.replace(deck, kinds=tuple(kinds), cards=tuple(cards))
        item = self.kind_list.item(self._kind_row)
        if item is not None:
            item.setText(f"{updated.label} ({updated.id})")
        self.schedule_validation()

    def _show_kind_problems(self) -> None:
        kind = self.current_kind()
        self.kind_problems_label.show_messages(self._messages("kind", kind.id, None) if kind else [])

    @Slot()
    def add_kind(self) -> None:
        """Add a kind of card with a fresh id."""
        deck = self._draft
        if deck is None or deck.builtin:
            return
        kind = Kind(unique_id("soort", {k.id for k in deck.kinds}), self.tr("Nieuwe soort"), "light")
        self._draft = dataclasses.replace(deck, kinds=(*deck.kinds, kind))
        self._fill_kind_list(select=len(self._draft.kinds) - 1)
        self._fill_card_form()
        self.schedule_validation()

    @Slot()
    def _delete_kind_clicked(self) -> None:
        kind, deck = self.current_kind(), self._draft
        if kind is None or deck is None:
            return
        if not self.confirm(
            self.tr("Soort verwijderen"),
            self.tr("De soort '{0}' verwijderen?").format(kind.label),
            self.tr("Verwijderen"),
            self.tr("Niet verwijderen"),
        ):
            return
        self._draft = dataclasses.replace(deck, kinds=tuple(k for k in deck.kinds if k is not kind))
        self._fill_kind_list(select=0)
        self._fill_card_form()
        self.schedule_validation()


class NewDeckDialog(QDialog):
    """Asks the title of a new deck and whether to start empty or from a copy."""

    def __init__(self, decks: Sequence[Deck], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe kaartenset"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Bijvoorbeeld: Situaties van ons team"))
        self.template_combo = QComboBox(self)
        self.template_combo.addItem(self.tr("Leeg beginnen (met de zes thema's en twee soorten)"), "")
        for deck in decks:
            self.template_combo.addItem(self.tr("Kopie van: {0}").format(deck.title), deck.id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Maken"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Begin met"), self.template_combo)
        form.addRow(buttons)
        self.resize(640, 200)

    def title(self) -> str:
        """The title typed (a default when empty)."""
        return self.title_edit.text().strip() or self.tr("Nieuwe kaartenset")

    def template(self) -> str | None:
        """Id of the deck to copy, or None for an empty start."""
        return str(self.template_combo.currentData()) or None


__all__ = ["DeckEditor", "FieldProblem", "NewDeckDialog", "place_problems", "yaml_locator"]
