"""The round timer the room can see: counts down, pauses, and gives a gentle signal at the end."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from gedragen.ui.common import theme


class RoundTimer(QObject):
    """A countdown in whole seconds; `finished` fires once when it reaches zero."""

    ticked = Signal(int)
    finished = Signal()
    paused_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._remaining = 0
        self._total = 0
        self._paused = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

    def start(self, seconds: int, left: int | None = None, paused: bool = False) -> None:
        """Start counting down a round of `seconds` (0 stops the timer), from `left` when it was under way."""
        self._total = max(0, seconds)
        self._remaining = self._total if left is None else max(0, min(self._total, left))
        self._paused = paused and self._remaining > 0
        if self._remaining and not self._paused:
            self._tick.start()
        else:
            self._tick.stop()
        self.ticked.emit(self._remaining)
        if self._paused:
            self.paused_changed.emit(True)

    def stop(self) -> None:
        """Stop and clear."""
        self._tick.stop()
        self._remaining = self._total = 0
        self.ticked.emit(0)

    def toggle_pause(self) -> None:
        """Pause a running timer or continue a paused one."""
        if not self._remaining:
            return
        self._paused = not self._paused
        if self._paused:
            self._tick.stop()
        else:
            self._tick.start()
        self.paused_changed.emit(self._paused)

    def remaining(self) -> int:
        """Seconds left."""
        return self._remaining

    def is_active(self) -> bool:
        """Whether a countdown is set (running or paused)."""
        return self._total > 0

    def is_paused(self) -> bool:
        """Whether the countdown is paused."""
        return self._paused

    @Slot()
    def _on_tick(self) -> None:
        self._remaining = max(0, self._remaining - 1)
        self.ticked.emit(self._remaining)
        if self._remaining == 0:
            self._tick.stop()
            self.finished.emit()


def format_seconds(seconds: int) -> str:
    """m:ss"""
    return f"{seconds // 60}:{seconds % 60:02d}"


class TimerLabel(QLabel):
    """Shows a RoundTimer in room size; flashes and beeps gently when the time is up."""

    def __init__(self, timer: RoundTimer, beep: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = timer
        self._beep = beep
        self._flashes = 0
        self._flash = QTimer(self)
        self._flash.setInterval(400)
        self._flash.timeout.connect(self._flash_step)
        theme.set_font_px(self, theme.TIMER_PX, bold=True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(220)
        timer.ticked.connect(self._show)
        timer.paused_changed.connect(lambda _p: self._show(timer.remaining()))
        timer.finished.connect(self.signal_end)
        self._show(timer.remaining())

    def _style(self, inverted: bool) -> None:
        p = theme.current_palette()
        fg, bg = (p.alert_text, p.alert) if inverted else (p.text, p.panel)
        self.setStyleSheet(f"color: {fg}; background: {bg}; border: 3px solid {p.text}; border-radius: 10px;"
                           f" padding: 4px 16px;")

    @Slot(int)
    def _show(self, seconds: int) -> None:
        if not self._timer.is_active():
            self.setVisible(False)
            return
        self.setVisible(True)
        paused = self.tr(" pauze") if self._timer.is_paused() else ""
        self.setText(format_seconds(seconds) + paused)
        self.setAccessibleName(self.tr("Resterende tijd {0}").format(format_seconds(seconds)))
        if not self._flash.isActive():
            self._style(False)

    @Slot()
    def signal_end(self) -> None:
        """Visual flash and one system beep (no multimedia module needed)."""
        self.setText(self.tr("Tijd is om"))
        self._flashes = 0
        self._flash.start()
        if self._beep:
            QApplication.beep()

    def is_flashing(self) -> bool:
        """Whether the end-of-time flash is running."""
        return self._flash.isActive()

    @Slot()
    def _flash_step(self) -> None:
        self._flashes += 1
        self._style(self._flashes % 2 == 1)
        if self._flashes >= 8:
            self._flash.stop()
            self._style(True)
