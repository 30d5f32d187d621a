"""Dialogs that remember their size and place (setting ``geometry/<DialogName>``), as Picard's do."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from safetyworker.ui import prefs


def _value(widget: QWidget) -> object:
    """What a field holds, for telling whether the worker changed it (None: not a field the worker fills)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def form_state(dialog: QWidget) -> list[object]:
    """Every field of a form, in order: two looks differ once the worker has typed, ticked or chosen."""
    return [_value(w) for w in dialog.findChildren(QWidget)]


class RememberedDialog(QDialog):
    """Call ``restore_geometry()`` at the end of ``__init__`` (after ``setupUi``, which sets a default size).

    A form that records case data sets ``holds_a_draft = True``: if the app locks while it is open and typed
    into (idle, sleep, F12), the lock closes it and what it held is not kept, like an unsaved case edit; the
    controller asks ``lost_at_lock()`` before hiding it, and the worker is told after unlocking."""

    holds_a_draft = False
    _opened_as: list[object] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._opened_as is None:  # the first look: what the form held before the worker touched it
            self._opened_as = form_state(self)

    def lost_at_lock(self) -> str:
        """The sentence for the worker after unlocking when this form was open and changed; "" otherwise."""
        if not self.holds_a_draft or not self.isVisible() or self._opened_as is None:
            return ""
        if form_state(self) == self._opened_as:
            return ""
        return self.tr(
            "The app locked while “{form}” was open, so what you had entered there was not kept. Please enter it again."
        ).format(form=self.windowTitle())

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


def drafts_open() -> list[str]:
    """What the open forms would lose to a lock now (asked before they are hidden): one sentence each."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RememberedDialog) and shiboken6.isValid(widget):
            text = widget.lost_at_lock()
            if text and text not in found:
                found.append(text)
    return found


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when it was accepted. The caller reads its values, then calls
    ``dispose(dialog)`` so no case data lingers in a hidden dialog."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def dispose(dialog: QDialog) -> None:
    """Delete a finished dialog now (not later): after a lock nothing may hold what it showed."""
    if shiboken6.isValid(dialog):
        shiboken6.delete(dialog)
