"""Start the facilitator app: QApplication, language, palette, last-resort error handler, main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

from gedragen.ui.common import theme
from gedragen.ui.common.settings import LANGUAGE_PROPERTY, Settings

I18N_DIR = Path(__file__).resolve().parent / "i18n"
IMPORT_TIME = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere since this module loaded)."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started_ticks = float(stat[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - started_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        cli = sys.modules.get("gedragen.cli")
        start = getattr(cli, "STARTED", IMPORT_TIME)
        return (time.perf_counter() - start) * 1000.0


def install_translator(app: QApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translation for `language` (Dutch is the source language)."""
    loaded: list[QTranslator] = []
    app.setProperty(LANGUAGE_PROPERTY, language)  # the device page (remote/) speaks the same language
    if language == "nl":
        # numbers as a Dutch reader writes them: a spin box shows "3,0 mm", like every other number on screen
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt = QTranslator(app)
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            loaded.append(qt)
        return loaded
    # every catalogue for this language in i18n/ (today one: gedragen_en.qm)
    for catalogue in sorted(I18N_DIR.glob(f"*_{language}.qm")):
        ours = QTranslator(app)
        if ours.load(str(catalogue)):
            app.installTranslator(ours)
            loaded.append(ours)
    return loaded


class ErrorReporter(QObject):
    """Last-resort handler: logs an unexpected exception, tells the user once, and lets the session go on."""

    def __init__(self, data_dir: Path, debug: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._debug = debug
        self._shown = False

    def log_path(self) -> Path:
        """The log file in the data folder."""
        from gedragen.core.paths import log_file

        return log_file(self._data_dir)

    def handle(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """sys.excepthook: append the traceback to the log and show one Dutch message."""
        import traceback  # only when something went wrong

        text = "".join(traceback.format_exception(kind, exc, tb))
        try:
            import os
            import stat

            self._data_dir.mkdir(parents=True, exist_ok=True)
            # non-blocking and only a regular file: a FIFO named gedragen.log must not hang the app
            fd = os.open(self.log_path(), os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0), 0o644)
            with os.fdopen(fd, "a", encoding="utf-8") as log:
                if stat.S_ISREG(os.fstat(fd).st_mode):
                    log.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n{text}\n")
        except OSError:
            pass
        if self._debug:
            sys.__stderr__.write(text) if sys.__stderr__ else None
        if self._shown or QApplication.instance() is None:
            return
        self._shown = True
        from PySide6.QtWidgets import QMessageBox  # not at start-up: only when something went wrong

        QMessageBox.warning(
            QApplication.activeWindow(),
            QCoreApplication.translate("ErrorReporter", "Er ging iets mis"),
            QCoreApplication.translate(
                "ErrorReporter",
                "Er ging iets onverwachts mis. Je sessie is bewaard en je kunt gewoon verder.\n"
                "Blijft dit gebeuren, stuur dan het logbestand mee met je vraag:\n{0}",
            ).format(self.log_path()),
        )


class _FirstPaint(QObject):
    """Event filter that reports the first painted frame of a window, then quits the app."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reported = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.reported:
            self.reported = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"{process_age_ms():.1f}", flush=True)
        QApplication.quit()


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as in tests) with the app's names set."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Gedragen")
    app.setOrganizationName("Gedragen")
    app.setApplicationDisplayName("Gedragen")
    return app


def prepare(app: QApplication, settings: Settings) -> None:
    """Language and palette from the settings."""
    install_translator(app, settings.get("ui/language"))
    theme.apply_palette(app, theme.PALETTES[settings.get("ui/theme")])


def run_app(data_dir: Path, measure_startup: bool = False, debug: bool = False) -> int:
    """Run the facilitator app on this data folder; returns the exit code."""
    app = make_application()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Gegevensmap niet bruikbaar"),
            QCoreApplication.translate(
                "App", "De gegevensmap {0} kan niet worden gemaakt ({1}). Kies een andere map met --data-dir."
            ).format(data_dir, exc.strerror or exc),
        )
        return 1
    settings = Settings(data_dir)
    prepare(app, settings)
    reporter = ErrorReporter(data_dir, debug, app)
    sys.excepthook = reporter.handle

    from gedragen.ui.main_window import MainWindow

    window = MainWindow(data_dir, settings)
    if measure_startup:
        probe = _FirstPaint(app)
        window.installEventFilter(probe)
        window.show()
        app.exec()
        window.load_decks_once()  # read just after the first frame: the peak memory includes both decks
        QThreadPool.globalInstance().waitForDone(5000)
        return 0
    window.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(5000)
    settings.sync()
    return int(code)


def main_widget_for_tests(data_dir: Path) -> QWidget:
    """A ready main window on `data_dir` without running the event loop (used by tests and screenshots)."""
    from gedragen.ui.main_window import MainWindow

    app = make_application()
    settings = Settings(data_dir)
    prepare(app, settings)
    return MainWindow(data_dir, settings)
