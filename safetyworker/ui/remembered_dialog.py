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
        fit_on_screen(self)

    def done(self, result: int) -> None:
        prefs.save_geometry(self, type(self).__name__)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs.save_geometry(self, type(self).__name__)
        super().closeEvent(event)


# room left for a title bar and a taskbar (a 1366x768 laptop leaves about 1366x700 for a window)
SCREEN_MARGIN = 68


def fit_on_screen(dialog: QDialog) -> None:
    """No taller or wider than the screen it opens on, less a title bar and a taskbar: a size remembered on a
    big monitor must not put the buttons under a laptop's taskbar."""
    screen = dialog.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(dialog.width(), room.width())
    height = min(dialog.height(), max(room.height() - SCREEN_MARGIN, dialog.minimumSizeHint().height()))
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(width, height)


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when it was accepted. The caller reads its values, then calls
    ``dispose(dialog)`` so no case data lingers in a hidden dialog."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def dispose(dialog: QDialog) -> None:
    """Delete a finished dialog now (not later): after a lock nothing may hold what it showed."""
    if shiboken6.isValid(dialog):
        shiboken6.delete(dialog)
