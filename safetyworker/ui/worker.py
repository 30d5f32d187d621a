"""Running slow core calls (key derivation takes about half a second, recovery a few) off the GUI thread.

The result comes back as a queued signal, so the window stays responsive and can show that it is working.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Worker(QObject):
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception

    def run(self, fn: Callable[[], Any]) -> None:
        def target() -> None:
            try:
                result = fn()
            except Exception as exc:  # handed to the GUI thread, which decides what to show
                self.failed.emit(exc)
            else:
                self.finished.emit(result)

        threading.Thread(target=target, daemon=True, name="safetyworker-worker").start()
