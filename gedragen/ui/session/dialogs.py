"""Small dialogs during a session: add an eigen situatie, hand-pick cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.card_search import card_matches
from gedragen.core.deck import Card, Deck
from gedragen.ui.common import theme
from gedragen.ui.common.widgets import SmallLabel

MAX_TEXT = 400
ITEM_PX = 22


class EigenSituatieDialog(QDialog):
    """Theme, kind and text of a new card written by the group."""

    def __init__(self, deck: Deck, themes: tuple[str, ...], kinds: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Eigen situatie toevoegen"))
        self.setMinimumWidth(900)
        theme.set_font_px(self, 24)
        layout = QVBoxLayout(self)
        layout.addWidget(SmallLabel(self.tr("Een situatie die de groep zelf inbrengt. Ze komt in de open ronde "
                                            "(tijdens het vergelijken: kies haar daarna met Kaarten kiezen) en "
                                            "wordt bewaard in de eigen kaartenset, voor latere sessies."), px=22))
        form = QFormLayout()
        self.theme_combo = QComboBox()
        for t in deck.themes:
            if t.id in themes:
                self.theme_combo.addItem(t.label, t.id)
        self.kind_combo = QComboBox()
        for k in deck.kinds:
            if k.id in kinds:
                self.kind_combo.addItem(k.label, k.id)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("Beschrijf de situatie in één tot drie zinnen, zonder echte namen."))
        self.text_edit.setTabChangesFocus(True)
        form.addRow(SmallLabel(self.tr("Thema")), self.theme_combo)
        form.addRow(SmallLabel(self.tr("Soort")), self.kind_combo)
        form.addRow(SmallLabel(self.tr("Tekst")), self.text_edit)
        layout.addLayout(form)
        self.error = SmallLabel("", px=22, bold=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Toevoegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, str]:
        """(theme id, kind id, text)."""
        return (str(self.theme_combo.currentData()), str(self.kind_combo.currentData()),
                " ".join(self.text_edit.toPlainText().split()))

    def accept(self) -> None:
        """Close only with a text of the right length."""
        text = self.values()[2]
        if not text:
            self.error.setText(self.tr("Schrijf eerst de situatie op."))
            return
        if len(text) > MAX_TEXT:
            self.error.setText(self.tr("De tekst is {0} tekens; maak hem korter dan {1}.").format(len(text), MAX_TEXT))
            return
        super().accept()


class HandPickDialog(QDialog):
    """Choose cards by hand from the unused ones: the group's own eigen situaties first, then the deck's."""

    def __init__(self, cards: tuple[Card, ...], deck: Deck, parent: QWidget | None = None,
                 custom: tuple[Card, ...] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kaarten kiezen"))
        self.resize(1200, 800)
        theme.set_font_px(self, 22)
        layout = QVBoxLayout(self)
        layout.addWidget(SmallLabel(self.tr("Vink de kaarten aan voor de volgende ronde."), px=24))
        # find the card the group holds: by its printed code (vo-pes-02) or words of its text, theme, kind
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op code of tekst, bijv. vo-pes-02"))
        self.search.setClearButtonEnabled(True)
        self.theme_box = QComboBox()
        self.theme_box.addItem(self.tr("Alle thema's"), None)
        for t in deck.themes:
            self.theme_box.addItem(t.label, t.id)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Alle soorten"), None)
        for k in deck.kinds:
            self.kind_box.addItem(k.label, k.id)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.theme_box, 1)
        filters.addWidget(self.kind_box, 1)
        layout.addLayout(filters)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setFont(theme.font_px(ITEM_PX))
        labels = {t.id: t.label for t in deck.themes}
        own = self.tr("Eigen situatie")
        sensitive = self.tr("gevoelig")
        self._cards: list[Card] = []
        for card, is_custom in [(c, True) for c in custom] + [(c, False) for c in cards]:
            theme_label = labels.get(card.theme, card.theme)
            prefix = f"[{own} · {theme_label}]" if is_custom else f"[{theme_label}]"
            if card.sensitive:
                # for the facilitator only: this list is never shown to the room
                prefix = f"[{theme_label} · {sensitive}]"
            code = "" if is_custom else f"{card.id} "  # the code printed on the card
            warning = "⚠ " if card.sensitive else ""
            item = QListWidgetItem(f"{warning}{code}{prefix} {card.text}")
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            # eigen situaties in bold; the words say it too, so the font never carries it alone
            item.setFont(theme.font_px(ITEM_PX, bold=is_custom))
            self.list.addItem(item)
            self._cards.append(card)
        layout.addWidget(self.list, 1)
        self.count_label = SmallLabel("", px=22)
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(self._apply_filter)
        self.theme_box.currentIndexChanged.connect(self._apply_filter)
        self.kind_box.currentIndexChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(self._apply_filter)
        self._apply_filter()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Nieuwe ronde met deze kaarten"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _apply_filter(self, *_: object) -> None:
        """Show the cards that match the search and filters; a checked card stays chosen while hidden."""
        query = self.search.text()
        theme_id, kind_id = self.theme_box.currentData(), self.kind_box.currentData()
        shown = 0
        for i, card in enumerate(self._cards):
            visible = card_matches(card, query, theme_id, kind_id)
            self.list.item(i).setHidden(not visible)
            shown += visible
        self.count_label.setText(self.tr("{0} van {1} kaarten · {2} gekozen").format(
            shown, len(self._cards), len(self.chosen())))

    def chosen(self) -> list[str]:
        """Ids of the checked cards, in list order."""
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
