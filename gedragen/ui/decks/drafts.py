"""The deck editor's plain parts: drafts as frozen decks, loader problems placed on form fields, styles.

Every change makes a new draft `Deck`; the draft is written with `deck_to_yaml` and read back with
`load_deck_text`, so the editor shows exactly the loader's messages, placed next to the field they are about.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.core.errors import DeckProblem
from gedragen.resources import icons_dir
from gedragen.ui.common import theme as ui_theme

MAX_CARD_TEXT = 400  # the loader's limit, shown in the length indicator
FORM_STYLE = (
    "QLabel, QRadioButton, QCheckBox { font-size: 17px; }"
    ' QPushButton[primary="true"]:disabled { background: #DDDDDD; color: #333333; border-color: #333333; }'
    " QListWidget { font-size: 16px; }"
)
def scrolling(form: QWidget) -> QScrollArea:
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
    "expected": "inschatting",
    "sensitive": "gevoelig",
    "levels": "niveaus",
}


def expected_word(estimate: str) -> str:
    """The author's estimate (gewenst, grensgeval, ongewenst) in the UI language."""
    words = {
        "gewenst": QCoreApplication.translate("DeckEditor", "gewenst"),
        "grensgeval": QCoreApplication.translate("DeckEditor", "grensgeval"),
        "ongewenst": QCoreApplication.translate("DeckEditor", "ongewenst"),
    }
    return words.get(estimate, estimate)


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
        part, field = "deck", ""
        item: str | int | None = None
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


def empty_deck(deck_id: str, title: str, base: Deck | None) -> Deck:
    """A new deck without cards, with the themes, kinds and audience of `base` (a built-in deck) if any."""
    themes = base.themes if base else (Theme("pesten", "Pesten", "#01665E", "pesten"),)
    kinds = base.kinds if base else (Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark"))
    audience = base.audience if base else "other"
    return Deck(id=deck_id, title=title, audience=audience, kinds=kinds, themes=themes, cards=(), version="1")


def copy_own_icons(deck: Deck, source_dir: Path, target_dir: Path) -> list[Path]:
    """Copy `deck`'s own icon files from `source_dir` to the same relative places in `target_dir`."""
    written = []
    for icon in own_icon_files(deck):
        source, destination = source_dir / icon, target_dir / icon
        if source.resolve() != destination.resolve():
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
        written.append(destination)
    return written


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


# --- shared by the editor's parts --------------------------------------------------------------------------------


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
