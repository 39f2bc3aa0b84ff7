"""Support for the facilitator: Gesprekstips, and Hulp en melden (what to do now, whom to call)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from gedragen.core.errors import GedragenError
from gedragen.ui.common import theme
from gedragen.ui.common.help_info import BUILT_IN_HELP, HelpInfo, help_file, load_help
from gedragen.ui.common.widgets import (
    PlainLabel,
    RoomLabel,
    SmallLabel,
    big_button,
    room_scale,
    save_file_name,
)

HELP_TEXT_PX = 26


def conversation_tips() -> tuple[tuple[str, str], ...]:
    """The Gesprekstips: (heading, explanation), in the app's own words."""
    return (
        (QCoreApplication.translate("Tips", "Begin open"), QCoreApplication.translate("Tips", "Vraag eerst wat mensen zien en denken, zonder meteen te oordelen. "
                                   "Er zijn geen domme antwoorden.")),
        (QCoreApplication.translate("Tips", "Vraag naar wat er online gebeurt"), QCoreApplication.translate("Tips", "Leerlingen weten vaak beter dan wij wat er in "
                                                          "groepsapps en op sociale media speelt. Vraag ernaar.")),
        (QCoreApplication.translate("Tips", "Laat de groep de afspraken maken"), QCoreApplication.translate("Tips", "Afspraken die de groep zelf formuleert, worden "
                                                         "beter nageleefd dan regels van bovenaf.")),
        (QCoreApplication.translate("Tips", "Benoem waar de grens ligt"), QCoreApplication.translate("Tips", "Nuance mag, maar zeg het duidelijk als iets niet kan, "
                                                  "bijvoorbeeld omdat het strafbaar is of iemand schaadt.")),
        (QCoreApplication.translate("Tips", "Geef concrete plekken voor hulp"), QCoreApplication.translate("Tips", "Noem wie op school helpt en welke hulplijnen er "
                                                        "zijn. Het scherm Hulp en melden zet ze op een rij.")),
        (QCoreApplication.translate("Tips", "Leer van de leerlingen"), QCoreApplication.translate("Tips", "Wees nieuwsgierig naar hun ervaringen en hun taal. "
                                               "Je hoeft niet alles te weten.")),
        (QCoreApplication.translate("Tips", "Let op je eigen voorbeeld"), QCoreApplication.translate("Tips", "Hoe je zelf reageert en spreekt, telt meer dan elke regel "
                                                  "op papier.")),
        (QCoreApplication.translate("Tips", "Verschil is waardevol"), QCoreApplication.translate("Tips", "Waar teams het oneens zijn, valt het meest te leren. "
                                              "Begin daar: de vergelijking zet die kaarten bovenaan.")),
    )


def _scroll(body: QWidget) -> QScrollArea:
    """A frameless scroll area around one column of the help screen."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def _card_frame() -> QFrame:
    frame = QFrame()
    p = theme.current_palette()
    frame.setStyleSheet(f"QFrame {{ background: {p.panel}; border: 2px solid {p.muted_text}; border-radius: 8px; }}"
                        " QLabel { border: none; }")
    return frame


class TipsScreen(QWidget):
    """The Gesprekstips as a readable list."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 40, 80, 30)
        outer.addWidget(RoomLabel(self.tr("Gesprekstips"), px=theme.ROOM_TITLE_PX, bold=True))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QVBoxLayout(body)
        grid.setSpacing(12)
        for heading, text in conversation_tips():
            frame = _card_frame()
            inner = QVBoxLayout(frame)
            inner.addWidget(RoomLabel(heading, bold=True))
            inner.addWidget(SmallLabel(text, px=HELP_TEXT_PX + 2))
            grid.addWidget(frame)
        grid.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.back_button = big_button(self.tr("Terug"))
        self.back_button.clicked.connect(self.closed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        outer.addLayout(row)


class HelpScreen(QWidget):
    """Hulp en melden: what to do now, the school's own contacts, and national places to get help."""

    closed = Signal()
    settings_requested = Signal()

    def __init__(
        self, contacts: dict[str, str], parent: QWidget | None = None, help_path: Path | None = None
    ) -> None:
        """Build the screen from `help_path` (default: the shipped data file) and the school's contacts."""
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 30, 60, 20)
        outer.setSpacing(12)
        self.problem_label: SmallLabel | None = None
        try:
            info = load_help(help_path)
            problem = ""
        except GedragenError as exc:
            info = BUILT_IN_HELP
            problem = str(exc) + "\n" + self.tr(
                "Hieronder staan de hulplijnen die in Gedragen zelf staan. "
                "Herstel het bestand of zet het originele terug."
            )
        outer.addWidget(RoomLabel(info.title, px=theme.ROOM_TITLE_PX, bold=True))
        if info.intro:
            outer.addWidget(SmallLabel(info.intro, px=HELP_TEXT_PX, bold=True))
        # The columns scroll when the window is too low: wrapped lines keep their full height
        # (heightForWidth), so no step loses a line or the descenders of its last line.
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(30)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)

        # both columns scroll on their own when a screen is small or a school's own file is long, so nothing
        # is cut off and the buttons stay in view
        school = contacts.get("school/name", "").strip()
        labels = (
            ("school/vertrouwenspersoon", self.tr("Vertrouwenspersoon")),
            ("school/anti_pestcoordinator", self.tr("Anti-pestcoördinator")),
            ("school/mentor", self.tr("Mentor")),
        )
        self.steps_scroll = self._steps_column(info, problem, school, labels, contacts)
        columns.addWidget(self.steps_scroll, 1)
        columns.addLayout(self._places_column(info), 1)
        outer.addLayout(self._button_row(help_path))
        self._info = info
        self._contacts = tuple(
            (label, contacts.get(key, "").strip()) for key, label in labels if contacts.get(key, "").strip()
        )
        self._school = school
        self.card_task: object = None
        # every text with its size at 1920×1080; a smaller window (a 1366×768 laptop) scales them down
        self._base_px = [(label, label.font().pixelSize(), label.font().bold())
                         for label in self.findChildren(PlainLabel)]
        self._scale = 1.0

    def _steps_column(self, info: HelpInfo, problem: str, school: str,
                      labels: tuple[tuple[str, str], ...], contacts: dict[str, str]) -> QScrollArea:
        """The left column: what to do now, a problem with the school's file, and the school's own contacts."""
        left_body = QWidget()
        left = QVBoxLayout(left_body)
        left.setContentsMargins(0, 0, 8, 0)
        left.setSpacing(10)
        left.addWidget(RoomLabel(self.tr("Wat doe je nu?"), bold=True))
        for i, step in enumerate(info.now, start=1):
            left.addWidget(SmallLabel(f"{i}. {step}", px=HELP_TEXT_PX))
        if problem:
            self.problem_label = SmallLabel(problem, px=HELP_TEXT_PX)
            left.addWidget(self.problem_label)
        left.addSpacing(12)
        left.addWidget(RoomLabel(self.tr("Op onze school") + (f" ({school})" if school else ""), bold=True))
        filled = False
        for key, label in labels:
            value = contacts.get(key, "").strip()
            if value:
                filled = True
                left.addWidget(SmallLabel(f"{label}: {value}", px=HELP_TEXT_PX))
        if not filled:
            left.addWidget(SmallLabel(self.tr("Nog niet ingevuld. Vul de contactpersonen van de school één keer "
                                              "in bij Instellingen."), px=HELP_TEXT_PX))
            settings_button = big_button(self.tr("Naar Instellingen"), px=24)
            settings_button.clicked.connect(self.settings_requested)
            left.addWidget(settings_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        return _scroll(left_body)

    def _places_column(self, info: HelpInfo) -> QVBoxLayout:
        """The right column: the national places to get help, each in a frame."""
        right = QVBoxLayout()
        right.addWidget(RoomLabel(self.tr("Hulp buiten school"), bold=True))
        places_body = QWidget()
        places = QVBoxLayout(places_body)
        places.setContentsMargins(0, 0, 8, 0)
        self.place_labels: list[SmallLabel] = []
        for place in info.places:
            frame = _card_frame()
            inner = QVBoxLayout(frame)
            inner.setSpacing(2)
            head = " · ".join(x for x in (place.name, place.phone, place.web) if x)
            inner.addWidget(SmallLabel(head, px=HELP_TEXT_PX + 2, bold=True))
            about = SmallLabel(place.about, px=HELP_TEXT_PX - 2)
            inner.addWidget(about)
            self.place_labels.append(about)
            places.addWidget(frame)
        places.addStretch(1)
        self.places_scroll = _scroll(places_body)
        right.addWidget(self.places_scroll, 1)
        return right

    def _button_row(self, help_path: Path | None) -> QHBoxLayout:
        """Where the overview comes from, printing the help card, and back."""
        row = QHBoxLayout()
        source = help_path or help_file()
        if help_path is not None:
            where = self.tr("Dit overzicht komt uit {0} in de gegevensmap (de versie van de school).").format(source.name)
        else:
            where = self.tr("Een school past dit aan met een eigen {0} in de gegevensmap.").format(source.name)
        row.addWidget(SmallLabel(where, px=18), 1)
        self.card_button = big_button(self.tr("Hulpkaart afdrukken (A5)"))
        self.card_button.clicked.connect(self.print_card)
        row.addWidget(self.card_button)
        self.back_button = big_button(self.tr("Terug"))
        self.back_button.clicked.connect(self.closed)
        row.addWidget(self.back_button)
        return row

    def resizeEvent(self, event: object) -> None:
        """Texts follow the window like the room's card does, so all the steps fit on a laptop screen."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        scale = round(min(1.0, room_scale(self)), 2)
        if scale == self._scale:
            return
        self._scale = scale
        for label, px, bold in self._base_px:
            size = max(16, round(px * scale))
            label.setFont(theme.font_px(size, bold))
            label.setStyleSheet(f"font-size: {size}px;")  # kept when the palette's style sheet changes

    def help_card(self) -> object:
        """The A5 help card with what this screen shows (steps, the school's contacts, national help)."""
        from gedragen.export.help_card import HelpCard, places_from

        info = self._info
        return HelpCard(title=info.title, intro=info.intro, steps=tuple(info.now), places=places_from(info.places),
                        contacts=self._contacts, school=self._school)

    def choose_pdf_path(self) -> Path | None:
        """Ask where to save the help card (tests replace this)."""
        name, _ = save_file_name(self, self.tr("Hulpkaart opslaan"), str(Path.home() / "hulpkaart.pdf"),
                                 self.tr("PDF (*.pdf)"))
        return Path(name) if name else None

    def print_card(self) -> None:
        """Write the A5 help card (front: steps and contacts; back: helplines) off the UI thread."""
        from gedragen.export.help_card import render_help_card
        from gedragen.ui.common.tasks import Task
        from gedragen.ui.common.widgets import show_error

        path = self.choose_pdf_path()
        if path is None:
            return
        self.card_button.setEnabled(False)

        def done(_pages: object) -> None:
            self.card_button.setEnabled(True)
            self.card_button.setText(self.tr("Hulpkaart opgeslagen: {0}").format(path.name))

        def failed(exc: BaseException) -> None:
            self.card_button.setEnabled(True)
            if not isinstance(exc, GedragenError):
                raise exc
            show_error(self, self.tr("Hulpkaart niet opgeslagen"), str(exc),
                       self.tr("Kies een andere map, bijvoorbeeld Documenten, en probeer het opnieuw."))

        self.card_task = Task(self, render_help_card, self.help_card(), path).on_success(done).on_error(failed).start()
