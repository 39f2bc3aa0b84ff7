"""The deck editor: own decks and eigen situaties edited in forms, checked as you type by the deck loader itself.

The editor is a shell: the deck picker, the deck's own fields, saving, sharing and importing, and the list of
problems. Its cards, themes and kinds are three uses of one list-plus-form part (`list_form.py`). Nothing
invalid is ever saved. Built-in decks are read-only: the editor offers a copy to edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import Card, Deck
from gedragen.core.errors import DeckError, DeckProblem, GedragenError
from gedragen.core.library import EIGEN_DECK_ID
from gedragen.core.paths import own_decks_dir
from gedragen.ui.common.tasks import Task
from gedragen.ui.common.widgets import FlowLayout, open_file_name, save_file_name
from gedragen.ui.decks.card_part import CardPart
from gedragen.ui.decks.deck_fields import DeckFields, NewDeckDialog
from gedragen.ui.decks.drafts import (
    FORM_STYLE,
    FieldProblem,
    copy_of,
    copy_own_icons,
    empty_deck,
    error_style,
    ok_style,
    place_problems,
    print_field_problems,
    slug,
    unique_id,
)
from gedragen.ui.decks.kind_part import KindPart
from gedragen.ui.decks.list_form import ListFormPart
from gedragen.ui.decks.problem_list import ProblemList
from gedragen.ui.decks.theme_part import ThemePart

if TYPE_CHECKING:
    from gedragen.core.library import DeckLibrary


class DeckEditor(QWidget):
    """Edit own decks and eigen situaties in forms; validated as you type; saves only valid decks, atomically."""

    deck_saved = Signal(str)
    deck_deleted = Signal(str)
    card_moved = Signal(str)  # the deck the card went to; after both decks are saved

    def __init__(self, library: DeckLibrary, parent: QWidget | None = None, *, lang: str = "nl") -> None:
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self._draft: Deck | None = None
        self._saved: Deck | None = None
        self._dirty = False
        self._problems: list[FieldProblem] = []
        self._yaml = ""
        self._move: Task | None = None
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
        self.copy_button.clicked.connect(lambda: self.copy_for_editing())
        self.import_button = QPushButton(self.tr("Importeren…"), self)
        self.import_button.clicked.connect(self._import_clicked)
        self.share_button = QPushButton(self.tr("Delen…"), self)
        self.share_button.clicked.connect(self._share_clicked)
        self.delete_deck_button = QPushButton(self.tr("Kaartenset verwijderen"), self)
        self.delete_deck_button.clicked.connect(lambda: self.delete_deck())
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

        self.deck_fields = DeckFields(self)
        self.deck_fields.edited.connect(self._deck_fields_edited)

        self.tabs = QTabWidget(self)
        self.cards = CardPart(self, self)
        self.cards.move_to_button.clicked.connect(self._move_to_clicked)
        self.themes = ThemePart(self, self)
        self.kinds = KindPart(self, self)
        self.parts: tuple[ListFormPart, ...] = (self.cards, self.themes, self.kinds)
        self.tabs.addTab(self.cards, self.tr("Kaarten"))
        self.tabs.addTab(self.themes, self.tr("Thema's"))
        self.tabs.addTab(self.kinds, self.tr("Soorten kaarten"))
        self.tabs.addTab(self.deck_fields, self.tr("Kaartenset"))
        self.tabs.setStyleSheet("QTabBar::tab { font-size: 18px; padding: 8px 18px; }")

        self.problem_list = ProblemList(self)
        self.problem_list.problem_chosen.connect(self._problem_chosen)

        self.setStyleSheet(FORM_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.readonly_banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.problem_list)

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
            deck = empty_deck(new_id, title, next((d for d in self.library.all() if d.builtin), None))
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
        self._fill_deck_fields()
        for part in self.parts:
            part.row = -1
            part.fill_list(select=0)
        read_only = deck is None or deck.builtin
        for widget in (
            *(w for part in self.parts for w in part.editable_widgets()),
            *self.deck_fields.fields(),
        ):
            widget.setEnabled(not read_only)
        self.deck_fields.id_edit.setReadOnly(saved is not None)
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
                    self._yaml, filename=f"{draft.id}.yaml", base_dir=self.deck_folder(), lang=self.lang
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

    def _show_problems(self) -> None:
        self.problem_list.show_problems(self._problems, self._draft)
        for part in self.parts:
            part.refresh_rows()
            part.show_field_problems()
        deck_messages = [p.message for p in self._problems if p.part == "deck"]
        self.deck_fields.problems.show_messages(deck_messages)

    @Slot(str, object)
    def _problem_chosen(self, part: str, index: object) -> None:
        if part == "card" and isinstance(index, int):
            self.tabs.setCurrentIndex(0)
            self.cards.select_row(index)
            self.cards.text_edit.setFocus()
        elif part == "theme" and isinstance(index, int):
            self.tabs.setCurrentIndex(1)
            self.themes.select_row(index)
        elif part == "kind":
            self.tabs.setCurrentIndex(2)
            ids = [k.id for k in self._draft.kinds] if self._draft else []
            if index in ids:
                self.kinds.select_row(ids.index(str(index)))
        else:
            self.tabs.setCurrentIndex(3)

    def deck_folder(self) -> Path:
        """The folder of the own decks (where their own icons are copied)."""
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
        card_row = self.cards.row
        self.reload_decks(select=saved_id)
        if 0 <= card_row < self.cards.list.count():
            self.cards.select_row(card_row)
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
        written = [target, *copy_own_icons(self._draft, self.deck_folder(), target.parent)]
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
            deck: Deck = self.library.add_file(path, on_clash=on_clash)
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

    # ---------------------------------------------------------------- deck fields

    def _fill_deck_fields(self) -> None:
        self.deck_fields.fill(self._draft)

    @Slot()
    def _deck_fields_edited(self) -> None:
        if self._draft is None or self._draft.builtin:
            return
        taken = {d.id for d in self.library.all()}
        before = self._draft
        self._draft = self.deck_fields.read(self._draft, new=self._saved is None, taken=taken)
        if self._draft.levels != before.levels or self._draft.cards != before.cards:
            self.cards.refill_form()  # the card form's level checkboxes are the deck's levels
        self.schedule_validation()

    # ---------------------------------------------------------------- for the parts, and the card actions

    def replace_draft(self, deck: Deck) -> None:
        """Make `deck` the draft (a part changed it); validation follows via schedule_validation."""
        self._draft = deck

    def parts_changed(self) -> None:
        """Themes or kinds were added or removed: the card form offers the new choices."""
        self.cards.refill_form()

    def current_card(self) -> Card | None:
        """The card in the form."""
        return self.cards.current()

    def select_card(self, card_id: str) -> None:
        """Put the card with this id in the form."""
        if self.cards.select(card_id):
            self.tabs.setCurrentIndex(0)

    @Slot()
    def add_card(self) -> str | None:
        """Add an empty card after the current one (theme and kind of the current card); returns its id."""
        card_id = self.cards.add()
        if card_id is not None:
            self.tabs.setCurrentIndex(0)
            self.cards.text_edit.setFocus()
        return card_id

    @Slot()
    def duplicate_card(self) -> str | None:
        """Copy the current card (new id) right after it."""
        return self.cards.duplicate()

    def move_card(self, step: int) -> None:
        """Move the current card up (-1) or down (+1)."""
        self.cards.move_row(step)

    def delete_card(self, ask: bool = True) -> bool:
        """Delete the current card (after asking); returns whether it was deleted."""
        return self.cards.delete(ask=ask)

    def set_theme_color(self, color: str) -> None:
        """Type a colour into the current theme's colour field (as the user would)."""
        self.themes.set_color(color)

    def set_own_icon(self, path: Path) -> str | None:
        """Copy an image next to the own decks and use it as the current theme's icon; returns the icon value."""
        return self.themes.set_own_icon(path)

    def move_card_to(self, target_id: str) -> bool:
        """Start moving the current card to another own deck (one library step, off the UI thread).

        Returns whether the move started; `card_moved` follows when both decks are saved."""
        deck, card = self._draft, self.current_card()
        if deck is None or card is None or deck.builtin or self._move is not None:
            return False
        if self._dirty and (self._problems or not self.save()):
            self.tell(self.tr("Eerst opslaan"), self.tr("Verbeter en bewaar deze kaartenset eerst."), warning=True)
            return False
        card = self.current_card() or card
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
        # a deck needs at least one card: moving the last one removes the deck (eigen situaties come back
        # by themselves when the group adds a new one)
        last = len(self.library.get(deck.id).cards) == 1
        if (
            last
            and deck.id != EIGEN_DECK_ID
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
        self.setEnabled(False)  # nothing else touches the library until both decks are written
        source_id, card_id = deck.id, card.id
        self._move = Task(self, self.library.move_card, source_id, card_id, target_id)
        self._move.on_success(lambda saved: self._card_moved(source_id, target_id, saved[0] is not None))
        self._move.on_error(self._move_failed).start()
        return True

    def _card_moved(self, source_id: str, target_id: str, source_left: bool) -> None:
        self._move = None
        self.setEnabled(True)
        self._dirty = False
        self._draft = self._draft if source_left else None
        self.reload_decks(select=source_id if source_left else target_id)
        self.deck_saved.emit(target_id)
        self.deck_saved.emit(source_id)
        self.card_moved.emit(target_id)

    def _move_failed(self, exc: BaseException) -> None:
        self._move = None
        self.setEnabled(True)
        if not isinstance(exc, GedragenError):
            raise exc
        self.tell(self.tr("Verplaatsen lukt niet"), str(exc), warning=True)
        self.reload_decks()

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
        button = self.cards.move_to_button
        chosen = menu.exec(button.mapToGlobal(button.rect().bottomLeft()))
        if chosen is not None:
            self.move_card_to(str(chosen.data()))

