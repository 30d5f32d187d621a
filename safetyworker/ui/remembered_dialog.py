"""Dialogs that remember their size and place (setting ``geometry/<DialogName>``), as Picard's do."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog

from safetyworker.ui import prefs


class RememberedDialog(QDialog):
    """Call ``restore_geometry()`` at the end of ``__init__`` (after ``setupUi``, which sets a default size)."""

    def restore_geometry(self) -> None:
        prefs.restore_geometry(self, type(self).__name__)

    def done(self, result: int) -> None:
        prefs.save_geometry(self, type(self).__name__)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs.save_geometry(self, type(self).__name__)
        super().closeEvent(event)


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when it was accepted. The caller reads its values, then calls
    ``dispose(dialog)`` so no case data lingers in a hidden dialog."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def dispose(dialog: QDialog) -> None:
    """Delete a finished dialog now (not later): after a lock nothing may hold what it showed."""
    if shiboken6.isValid(dialog):
        shiboken6.delete(dialog)
