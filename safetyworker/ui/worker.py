"""Running slow core calls (key derivation takes about half a second, recovery a few; a bundle import, a PDF)
off the GUI thread.

The result comes back as a queued signal, so the window stays responsive and can show that it is working. The
store they use is safe to share with the GUI thread (one writer at a time: safetyworker/store/serial.py).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, SignalInstance


class Worker(QObject):
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception

    def run(self, fn: Callable[[], Any]) -> None:
        def target() -> None:
            try:
                result = fn()
            except Exception as exc:  # handed to the GUI thread, which decides what to show
                self._tell(self.failed, exc)
            else:
                self._tell(self.finished, result)

        threading.Thread(target=target, daemon=True, name="safetyworker-worker").start()

    def _tell(self, signal: SignalInstance, value: object) -> None:
        # The window that asked may have gone meanwhile (the app locked): then nobody is left to tell.
        if shiboken6.isValid(self):
            with contextlib.suppress(RuntimeError):
                signal.emit(value)
