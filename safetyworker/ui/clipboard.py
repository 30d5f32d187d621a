"""Copying a phone number: the clipboard is cleared after 30 seconds (and at lock), if it still holds it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._copied = text
        self._timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds what we put there (never someone else's copy)."""
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
        self._timer.stop()


_guard: ClipboardGuard | None = None


def guard() -> ClipboardGuard:
    """The application's one guard (created on first use, owned by the application)."""
    global _guard
    if _guard is None:
        _guard = ClipboardGuard(QGuiApplication.instance())
    return _guard


def copy_sensitive(text: str) -> None:
    guard().copy(text)
