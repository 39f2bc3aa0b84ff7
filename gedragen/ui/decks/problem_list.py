"""The deck editor's list of every problem with the draft; a click goes to the field it is about."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from gedragen.core.deck import Deck
from gedragen.ui.common import theme as ui_theme
from gedragen.ui.decks.drafts import FieldProblem


def describe(p: FieldProblem, draft: Deck | None) -> str:
    """'Kaart 3: …', 'Thema 2: …', "Soort 'team': …" or 'Kaartenset: …'."""
    if p.part == "card" and draft is not None and isinstance(p.item, int) and p.item < len(draft.cards):
        where = QCoreApplication.translate("DeckEditor", "Kaart {0}").format(p.item + 1)
    elif p.part == "theme" and isinstance(p.item, int):
        where = QCoreApplication.translate("DeckEditor", "Thema {0}").format(p.item + 1)
    elif p.part == "kind":
        where = QCoreApplication.translate("DeckEditor", "Soort '{0}'").format(p.item)
    else:
        where = QCoreApplication.translate("DeckEditor", "Kaartenset")
    return f"{where}: {p.message}"


class ProblemList(QListWidget):
    """One row per problem, at most four rows high; `problem_chosen(part, item)` on a click."""

    problem_chosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(120)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.setStyleSheet(f"QListWidget {{ font-size: 16px; color: {ui_theme.status_color('error')}; }}")

    def show_problems(self, problems: Sequence[FieldProblem], draft: Deck | None) -> None:
        """List these problems (none: hidden)."""
        self.clear()
        for p in problems:
            item = QListWidgetItem("⚠ " + describe(p, draft))
            item.setData(Qt.ItemDataRole.UserRole, (p.part, p.item, p.field))
            self.addItem(item)
        self.setVisible(bool(problems))
        rows = min(len(problems), 4)
        self.setFixedHeight(8 + rows * max(22, self.sizeHintForRow(0)))

    @Slot(QListWidgetItem)
    def _chosen(self, item: QListWidgetItem) -> None:
        part, index, _field = item.data(Qt.ItemDataRole.UserRole)
        self.problem_chosen.emit(part, index)
