"""Baseline for start-up and memory: a bare PySide6 window with one label, printing ms to its first paint."""

import sys
import time

START = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402


class Label(QLabel):
    """A label that reports its first paint and quits."""

    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not Label.painted:
            Label.painted = True
            print(f"{(time.perf_counter() - START) * 1000:.1f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv)
label = Label("Gedragen")
label.resize(1600, 900)  # the size of the app's first window, so both paint as many pixels
label.show()
sys.exit(app.exec())
