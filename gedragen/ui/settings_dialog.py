"""The settings dialog: language, light/dark theme, timer signal, and the school's own contact people."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gedragen.ui.common import theme
from gedragen.ui.common.settings import Settings
from gedragen.ui.common.widgets import SmallLabel


class SettingsDialog(QDialog):
    """Edit the declared preferences; OK stores them."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(760)
        theme.set_font_px(self, theme.FACILITATOR_TEXT_PX)
        outer = QVBoxLayout(self)
        general = QGroupBox(self.tr("Weergave"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("ui/language"))))
        form.addRow(SmallLabel(self.tr("Taal (na herstart)")), self.language)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Licht, hoog contrast"), "light")
        self.theme.addItem(self.tr("Donker, hoog contrast"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get("ui/theme"))))
        form.addRow(SmallLabel(self.tr("Kleuren")), self.theme)
        self.beep = QCheckBox(self.tr("Piepje als de rondetimer afloopt"))
        self.beep.setChecked(bool(settings.get("timer/beep")))
        theme.set_font_px(self.beep, theme.FACILITATOR_TEXT_PX)
        form.addRow(SmallLabel(""), self.beep)
        outer.addWidget(general)

        school = QGroupBox(self.tr("Contactpersonen van de school (voor Hulp en melden)"))
        sform = QFormLayout(school)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("school/name", self.tr("School")),
            ("school/vertrouwenspersoon", self.tr("Vertrouwenspersoon")),
            ("school/anti_pestcoordinator", self.tr("Anti-pestcoördinator")),
            ("school/mentor", self.tr("Mentor")),
        ):
            edit = QLineEdit(str(settings.get(key)))
            if key != "school/name":
                edit.setPlaceholderText(self.tr("naam en hoe bereikbaar, bijv. lokaal 12 of 06-…"))
            caption = SmallLabel(label)
            caption.setWordWrap(False)
            sform.addRow(caption, edit)
            self.fields[key] = edit
        outer.addWidget(school)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def accept(self) -> None:
        """Store every field, then close."""
        self.settings.set("ui/language", self.language.currentData())
        self.settings.set("ui/theme", self.theme.currentData())
        self.settings.set("timer/beep", self.beep.isChecked())
        for key, edit in self.fields.items():
            self.settings.set(key, edit.text().strip())
        self.settings.sync()
        super().accept()
