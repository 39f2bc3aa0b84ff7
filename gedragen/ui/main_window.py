"""The main window: start screen, navigation between screens, presentation keys, black screen, undo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QStackedWidget, QWidget

from gedragen.core.errors import GedragenError
from gedragen.ui.common import theme
from gedragen.ui.common.settings import Settings
from gedragen.ui.common.widgets import show_error
from gedragen.ui.start_screen import StartScreen

if TYPE_CHECKING:
    from gedragen.core.deck import Deck
    from gedragen.core.library import DeckLibrary
    from gedragen.ui.common.store import StoreWorker
    from gedragen.ui.session.controller import SessionController
    from gedragen.ui.session.presenter import AudienceWindow
    from gedragen.ui.session.setup import SessionPlan


# pages where Esc means Terug (a session or a form in progress is never left by one key)
ESC_GOES_BACK = ("tips", "help", "history")


class BlackScreen(QLabel):
    """A black cover over the whole window (key B), e.g. while the room talks."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setStyleSheet("background: #000000; color: #333333;")
        self.setText(self.tr("B: beeld terug"))
        self.hide()

    def showEvent(self, event: Any) -> None:
        """Put the hint in the corner (set here: the first frame needs no Qt enums, see widgets.PlainLabel)."""
        from PySide6.QtCore import Qt

        self.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)
        super().showEvent(event)


class MainWindow(QMainWindow):
    """One window on the laptop/projector; screens are pages of a stack."""

    def __init__(self, data_dir: Path, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings
        self.setWindowTitle(self.tr("Gedragen gedrag"))
        self.setMinimumSize(1024, 640)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_screen = StartScreen()
        self.stack.addWidget(self.start_screen)
        self.black = BlackScreen(self)
        self.controller: SessionController | None = None
        self.audience: AudienceWindow | None = None
        self._pages: dict[str, QWidget] = {}
        # The decks are read just after the first frame (paintEvent), or at once when something asks
        # for them first: the start screen needs none of them to appear.
        self._library: DeckLibrary | None = None
        self._store: StoreWorker | None = None
        self._decks: list[Deck] | None = None
        self._connect_start()
        self._make_actions()
        self._geometry_saver = QTimer(self)
        self._geometry_saver.setSingleShot(True)
        self._geometry_saver.setInterval(400)
        self._geometry_saver.timeout.connect(self._save_geometry)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 900)
        self._painted = False

    # --- data ------------------------------------------------------------------------------------

    @property
    def library(self) -> DeckLibrary:
        """The deck library of the data folder (made on first use; it reads its files when first asked)."""
        if self._library is None:
            from gedragen.core import card_layout, paths
            from gedragen.core.library import DeckLibrary

            # the loader and the library word their messages in the UI's language
            self._library = DeckLibrary(self.data_dir, lang=self.settings.get("ui/language"))
            # the cards' layout (print.yaml) is kept beside the decks: a card is drawn without PyYAML next time
            card_layout.use_cache_folder(paths.cache_dir(self.data_dir))
        return self._library

    @property
    def store(self) -> StoreWorker:
        """The one store path: the session, the summary and the history read and write through it."""
        if self._store is None:
            # imported here, after the first frame: the start screen needs no store
            from gedragen.ui.common.store import StoreWorker

            self._store = StoreWorker(self.data_dir, self, recover=True)
        return self._store

    @property
    def decks(self) -> list[Deck]:
        """The loaded decks (read on first use)."""
        if self._decks is None:
            self._load_library()
        assert self._decks is not None
        return self._decks

    @decks.setter
    def decks(self, value: list[Deck]) -> None:
        self._decks = value

    def load_decks_once(self) -> None:
        """Read the decks unless that happened already (after the first frame, and in --measure-startup)."""
        if self._decks is None:
            self._load_library()

    def _load_library(self) -> None:
        if self._decks is not None:
            self.library.reload()
        self.decks = list(self.library.all())
        problems = list(self.library.problems())
        status = self.tr("{0} kaartensets geladen").format(len(self.decks))
        if problems:
            status += self.tr(" · {0} kaartenset(s) met fouten: zie Kaartensets").format(len(problems))
        settings_problem = getattr(self.settings, "problem", None)
        if settings_problem:
            status += " · " + settings_problem
        self.start_screen.set_status(status)

    def reload_library(self) -> None:
        """Read the decks again (after the deck editor saved one)."""
        self._load_library()

    def deck(self, deck_id: str) -> Deck | None:
        """A loaded deck by id."""
        return next((d for d in self.decks if d.id == deck_id), None)

    def check_unfinished(self) -> None:
        """Ask the store (in the background) for an interrupted session and offer to resume it."""
        from gedragen.ui.session.resume import find_unfinished

        find_unfinished(self, self.store, self._offer_resume, self._store_failed)

    def _offer_resume(self, found: tuple[str, str, str] | None, notice: str | None) -> None:
        if notice:
            self.start_screen.set_status(notice)
            show_error(self, self.tr("Geschiedenis hersteld"), notice,
                       self.tr("Je kunt gewoon verder; het oude bestand is niet weggegooid."))
        running = self.controller.session_id if self.controller is not None else None
        if found is None or found[0] == running:  # the check may answer after this session started
            self.start_screen.clear_resume()
        else:
            self.start_screen.offer_resume(*found)

    def _store_failed(self, exc: BaseException) -> None:
        if isinstance(exc, GedragenError):
            self.start_screen.set_status(str(exc))
            return
        raise exc

    def paintEvent(self, event: Any) -> None:
        """After the first frame is on screen, look for an interrupted session (the window comes first)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.load_decks_once)
            QTimer.singleShot(0, self.check_unfinished)

    # --- navigation ------------------------------------------------------------------------------

    def _connect_start(self) -> None:
        s = self.start_screen
        s.new_session_requested.connect(self.show_setup)
        s.resume_requested.connect(self.resume_session)
        s.history_requested.connect(self.show_history)
        s.print_requested.connect(self.open_print)
        s.decks_requested.connect(self.open_decks)
        s.settings_requested.connect(self.open_settings)
        s.help_requested.connect(self.show_help)
        s.tips_requested.connect(self.show_tips)

    def _show_page(self, name: str, widget: QWidget) -> QWidget:
        old = self._pages.pop(name, None)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._pages[name] = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        return widget

    def page(self, name: str) -> QWidget | None:
        """A page shown earlier, by name (tests and screenshots)."""
        return self._pages.get(name)

    def current_page(self) -> QWidget:
        """The visible page."""
        page = self.stack.currentWidget()
        assert page is not None  # the start screen is always there
        return page

    @Slot()
    def show_start(self) -> None:
        """Back to the start screen."""
        self.stack.setCurrentWidget(self.start_screen)
        self.start_screen.new_button.setFocus()
        self.check_unfinished()

    @Slot()
    def show_setup(self) -> None:
        """The new-session form."""
        from gedragen.ui.session.setup import SessionSetup

        defaults = {
            "deck": self.settings.get("session/deck"),
            "cards_per_round": self.settings.get("session/cards_per_round"),
            "zones": self.settings.get("session/zones"),
            "timer_minutes": self.settings.get("session/timer_minutes"),
        }
        if self.library is not None:
            self.decks = list(self.library.all())  # an eigen-situaties deck made during a session is there too
        setup = SessionSetup(self.decks, defaults)
        setup.start_requested.connect(self.start_session)
        setup.cancelled.connect(self.show_start)
        self._show_page("setup", setup)
        setup.start_button.setFocus()

    @Slot(object)
    def start_session(self, plan: SessionPlan, first_cards: list[str] | None = None) -> None:
        """Start a new session from a SessionPlan (its first round drawn, or hand-picked `first_cards`)."""
        from gedragen.core.events import Variant
        from gedragen.ui.session.controller import SessionController

        self.settings.set("session/deck", plan.deck_id)
        self.settings.set("session/cards_per_round", plan.cards_per_round)
        if plan.zones in (2, 3, 5) and plan.variant == Variant.BOARD:
            self.settings.set("session/zones", plan.zones)
        self.settings.set("session/timer_minutes", plan.timer_minutes)
        controller = SessionController(self.data_dir, self.library, self, store=self.store)
        try:
            controller.start(plan, first_cards)
        except GedragenError as exc:
            show_error(self, self.tr("Sessie niet gestart"), str(exc),
                       self.tr("Controleer de keuzes en probeer opnieuw."))
            return
        self._attach(controller)
        self.show_session()
        host = getattr(plan, "devices_host", None)
        if host:
            self.start_devices(host)

    def start_devices(self, host: str, saved: dict[str, Any] | None = None) -> None:
        """Open Teams op eigen apparaat for the running session; on failure say why and go on typing.

        `saved` (a resumed session) reopens the same link on the same port where it can, so the teams'
        devices come back by themselves with their keys."""
        if self.controller is None:
            return
        controller = self.controller
        try:
            try:
                devices = controller.start_devices(host, int(saved["port"]) if saved else 0,
                                                   saved["token"] if saved else None,
                                                   saved["keys"] if saved else None)
            except OSError:
                if not saved:
                    raise
                devices = controller.start_devices(host, 0, saved["token"], saved["keys"])  # the port is taken
        except OSError as exc:
            show_error(self, self.tr("Apparaten niet te verbinden"),
                       self.tr("Gedragen kan het adres {0} niet openen ({1}).").format(host, exc.strerror or exc),
                       self.tr("Speel gewoon door en typ de borden, of kies in een nieuwe sessie een ander netwerk."))
            return
        session_id = controller.session_id

        last: list[dict[str, object]] = []

        def remember() -> None:  # when a team's key changes, not at every card (it writes to disk)
            if controller.devices is devices:
                state = devices.saved_state()
                if last != [state]:
                    last[:] = [state]
                    self.settings.set_device_state(session_id, state)

        devices.changed.connect(remember)
        devices.nobody_came.connect(self._no_device_yet)
        remember()
        self._update_audience_window()

    @Slot(str)
    def resume_session(self, session_id: str) -> None:
        """Continue an interrupted session exactly where it was."""
        from gedragen.ui.session.controller import SessionController

        controller = SessionController(self.data_dir, self.library, self, store=self.store)
        try:
            controller.resume(session_id)
        except GedragenError as exc:
            show_error(self, self.tr("Sessie niet te hervatten"), str(exc),
                       self.tr("Open de sessie via Geschiedenis, of begin een nieuwe sessie."))
            return
        self._attach(controller)
        self.show_session()
        saved = self.settings.device_state(session_id)
        if saved:  # the session played with devices: open the same link again
            self.start_devices(str(saved["host"]), saved)

    def _no_device_yet(self) -> None:
        """A quiet minute: the session screen says what to check, also when the Apparaten panel is closed."""
        from gedragen.ui.session.device_lobby import trouble_text

        page = self.current_page()
        if hasattr(page, "show_problem"):
            page.show_problem(trouble_text())

    def _attach(self, controller: SessionController) -> None:
        if self.controller is not None:
            self.controller.close()
        self.controller = controller
        controller.store_failed.connect(self._session_failed)
        controller.ended.connect(self.show_summary_of_current)
        self._update_audience_window()

    @Slot(str)
    def _session_failed(self, message: str) -> None:
        show_error(self, self.tr("Niet gelukt"), message,
                   self.tr("De sessie loopt door. Probeer het nog eens; lukt het niet, maak dan een export via de samenvatting."))

    @Slot()
    def show_session(self) -> None:
        """The screen that belongs to the session's current step."""
        from gedragen.ui.session.screen import SessionScreen

        if self.controller is None:
            self.show_start()
            return
        screen = SessionScreen(self.controller, self.settings)
        screen.leave_requested.connect(self.leave_session)
        screen.help_requested.connect(self.show_help)
        screen.tips_requested.connect(self.show_tips)
        self._show_page("session", screen)
        screen.setFocus()

    @Slot()
    def leave_session(self) -> None:
        """Back to the start screen; an unfinished session stays resumable."""
        if self.controller is not None:
            self.controller.close()
            self.controller = None
        self._update_audience_window()
        self.show_start()

    @Slot()
    def show_summary_of_current(self) -> None:
        """The summary of the session that just ended."""
        if self.controller is None:
            return
        session_id = self.controller.session_id
        self.controller.close()
        self.controller = None
        self._update_audience_window()
        self.show_summary(session_id)

    @Slot(str)
    def show_summary(self, session_id: str) -> None:
        """Summary and export buttons of a recorded session."""
        from gedragen.ui.history.summary import SummaryView

        view = SummaryView(self.data_dir, self.library, session_id, store=self.store)
        view.closed.connect(self.show_start)
        view.history_requested.connect(self.show_history)
        self._show_page("summary", view)

    @Slot()
    def show_history(self) -> None:
        """The list of recorded sessions."""
        from gedragen.ui.history.view import HistoryView

        view = HistoryView(self.data_dir, self.library, store=self.store)
        view.closed.connect(self.show_start)
        view.open_requested.connect(self.show_summary)
        view.resume_requested.connect(self.resume_session)
        self._show_page("history", view)

    @Slot()
    def show_help(self) -> None:
        """Hulp en melden, from anywhere (F1); Terug returns to where you were."""
        from gedragen.ui.help_screens import HelpScreen

        back_to = self.stack.currentWidget()
        contacts = {k: str(self.settings.get(k)) for k in
                    ("school/name", "school/vertrouwenspersoon", "school/anti_pestcoordinator", "school/mentor")}
        own = self.data_dir / "hulp-en-melden.yaml"  # a school's own version, kept across updates of the app
        screen = HelpScreen(contacts, help_path=own if own.is_file() else None)
        screen.closed.connect(lambda: self._back_to(back_to))
        screen.settings_requested.connect(self.open_settings)
        self._show_page("help", screen)
        screen.back_button.setFocus()

    @Slot()
    def show_tips(self) -> None:
        """The Gesprekstips; Terug returns to where you were."""
        from gedragen.ui.help_screens import TipsScreen

        back_to = self.stack.currentWidget()
        screen = TipsScreen()
        screen.closed.connect(lambda: self._back_to(back_to))
        self._show_page("tips", screen)
        screen.back_button.setFocus()

    def _back_to(self, widget: QWidget | None) -> None:
        if widget is not None and self.stack.indexOf(widget) >= 0:
            self.stack.setCurrentWidget(widget)
            widget.setFocus()
        else:
            self.show_start()

    @Slot()
    def open_print(self) -> None:
        """The print dialog."""
        from gedragen.ui.decks.print_dialog import PrintDialog

        dialog = PrintDialog(self, self.library, self.data_dir, settings=self.settings)
        dialog.exec()

    @Slot()
    def open_decks(self) -> None:
        """The deck browser and editor."""
        from gedragen.ui.decks.page import DecksPage

        page = DecksPage(self.library)
        page.closed.connect(self._decks_closed)
        self._show_page("decks", page)

    def _decks_closed(self) -> None:
        self.reload_library()
        self.show_start()

    @Slot()
    def open_settings(self) -> None:
        """The settings dialog; a language or theme change applies at once where it can."""
        from gedragen.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            app = QCoreApplication.instance()
            from PySide6.QtWidgets import QApplication

            if isinstance(app, QApplication):
                theme.apply_palette(app, theme.PALETTES[self.settings.get("ui/theme")])

    # --- presentation ----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence | str], slot: Any) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.fullscreen_action = action(self.tr("Volledig scherm"), ["F5"], self.toggle_full_screen)
        self.leave_full_action = action(self.tr("Volledig scherm verlaten of terug"), ["Esc"], self.escape)
        self.black_action = action(self.tr("Zwart scherm"), ["B", "."], self.toggle_black)
        # the platform's own undo keys (Ctrl+Z here); a list, because setShortcut's overloads build Qt's enums
        self.undo_action = action(self.tr("Ongedaan maken"), [QKeySequence(QKeySequence.StandardKey.Undo)], self.undo)
        self.help_action = action(self.tr("Hulp en melden"), ["F1"], self.show_help)
        self.next_action = action(self.tr("Volgende"), ["PgDown"], lambda: self._step(+1))
        self.prev_action = action(self.tr("Vorige"), ["PgUp"], lambda: self._step(-1))

    @Slot()
    def toggle_full_screen(self) -> None:
        """F5: presentation mode on/off."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    @Slot()
    def escape(self) -> None:
        """Esc: first the black screen and full screen go; otherwise Terug on a screen that has one."""
        if self.black.isVisible() or self.isFullScreen():
            self.leave_full_screen()
            return
        page = self.stack.currentWidget()
        if any(page is self._pages.get(name) for name in ESC_GOES_BACK):
            back = getattr(page, "back_button", None)
            if isinstance(back, QAbstractButton) and back.isVisible() and back.isEnabled():
                back.click()

    @Slot()
    def leave_full_screen(self) -> None:
        """Esc: leave presentation mode (and the black screen)."""
        if self.black.isVisible():
            self.toggle_black()
        if self.isFullScreen():
            self.showNormal()

    @Slot()
    def toggle_black(self) -> None:
        """B: black out the window and the audience screen, or bring them back."""
        show = not self.black.isVisible()
        self.black.setGeometry(self.rect())
        self.black.setVisible(show)
        if show:
            self.black.raise_()
        if self.audience is not None:
            self.audience.set_black(show)

    def is_black(self) -> bool:
        """Whether the black screen is on."""
        return self.black.isVisible()

    @Slot()
    def undo(self) -> None:
        """Ctrl+Z: drop the session's last event."""
        if self.controller is not None and self.stack.currentWidget() is self._pages.get("session"):
            self.controller.undo()

    def _step(self, direction: int) -> None:
        if self.black.isVisible():
            self.toggle_black()
            return
        page = self.stack.currentWidget()
        step = getattr(page, "go_next" if direction > 0 else "go_previous", None)
        if callable(step):
            step()

    def _update_audience_window(self) -> None:
        from PySide6.QtGui import QGuiApplication

        screens = QGuiApplication.screens()
        if self.controller is not None and len(screens) > 1:
            from gedragen.ui.session.presenter import AudienceWindow

            if self.audience is not None:
                self.audience.close()
            self.audience = AudienceWindow(self.controller)
            self.audience.show_on(screens[1], self)
        elif self.audience is not None:
            self.audience.close()
            self.audience = None

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.black.setGeometry(self.rect())
        self._geometry_saver.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._geometry_saver.start()

    def _save_geometry(self) -> None:
        # saved as it changes, not only on closing: after a crash the window comes back as it was
        if not self.isFullScreen():
            self.settings.set_geometry("main", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        from PySide6.QtCore import QThreadPool

        self._geometry_saver.stop()
        if not self.isFullScreen():
            self.settings.set_geometry("main", self.saveGeometry())
        QThreadPool.globalInstance().waitForDone(5000)  # let background reads finish before widgets go
        if self.controller is not None:
            self.controller.close()
        if self._store is not None:
            self._store.close()
        if self.audience is not None:
            self.audience.close()
        super().closeEvent(event)
