"""Guard against a Qt binding that leaks references to None/True (PySide6 6.12.0 on Python 3.11 aborts).

A facilitator's 45-minute session makes hundreds of thousands of Qt calls; a binding that loses one
reference per call kills the app mid-session. Run the calls in a child process so a crash fails this
test instead of the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
class Source(QObject):
    plain = Signal()
    value = Signal(object)
src = Source()
src.plain.connect(lambda: None)
src.value.connect(lambda v: None)
label = QLabel()
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for i in range(20000):
    src.plain.emit()
    src.value.emit(None)
    label.setText("x")
    label.resize(100, 20)
print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
"""


def test_many_qt_calls_do_not_lose_references() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, f"the Qt binding crashed: {result.stderr[-1500:]}"
    lost_none, lost_true = (int(x) for x in result.stdout.split())
    # a healthy binding keeps both counts steady; one lost reference per call would be -20000 or worse
    assert lost_none > -100 and lost_true > -100, (lost_none, lost_true)
