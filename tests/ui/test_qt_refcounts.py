"""PySide6 6.12.0 on Python 3.11 dropped a reference to None on every Qt call returning nothing (and to True on
every emit): the app aborted ("deallocating None") after a few dozen cases were opened. This guards the pin
in pyproject.toml: a PySide6 with that bug fails here instead of on a worker's laptop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_qt_calls_keep_none_alive(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    before = sys.getrefcount(None)
    for _ in range(2000):
        field.setText("x")
    assert sys.getrefcount(None) >= before - 50


def test_emits_keep_true_alive():
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(2000):
        emitter.fired.emit(True)
    assert sys.getrefcount(True) >= before - 50
