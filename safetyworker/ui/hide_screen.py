"""Hide at once: one key (F12), from any window or dialog, and a plain screen that says nothing about the app.

On a visit the laptop is open in front of the person, and someone may walk in. ``HideKey`` watches every key
press of the application (an application-wide event filter, so it works in modal dialogs, menus and the
person's full-screen view alike) and asks the controller to hide; the controller covers the screen with a
``NeutralScreen`` at once, hides every other window and then locks exactly as Ctrl+L does. While covered, any
window that tries to show itself (a dialog closing its parent's flow, a reminder) is hidden again.

The neutral screen is a blank page titled "Untitled", without the app's icon or name. Coming back takes
Ctrl+Shift+F12 and then the passphrase: a second press of F12 in a hurry does nothing.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QIcon, QKeyEvent, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

# The key that hides everything (documented in the README and the shortcuts list).
HIDE_KEY = Qt.Key.Key_F12
HIDE_KEY_TEXT = "F12"
# The keys that bring back the passphrase screen from the neutral screen.
BACK_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
BACK_KEY_TEXT = "Ctrl+Shift+F12"
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class HideKey(QObject):
    """Installed on the application: F12 anywhere emits ``hide``; Ctrl+Shift+F12 emits ``back``."""

    hide = Signal()
    back = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() != HIDE_KEY:
            return False
        if not event.isAutoRepeat():
            modifiers = event.modifiers() & _MODIFIERS
            if modifiers == BACK_MODIFIERS:
                self.back.emit()
            else:
                self.hide.emit()  # F12 with any other modifier still hides: in a hurry, fingers slip
        return True


def _blank_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class NeutralScreen(QWidget):
    """A blank, calm page filling the screen: no text, no icon, a title that could be any program's."""

    # the window was asked to close (Alt+F4): the controller decides (quit, or stay while a lock is pending)
    close_requested = Signal()

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("neutralScreen")
        self.setWindowTitle(self.tr("Untitled"))
        self.setWindowIcon(_blank_icon())
        self.setAccessibleName(self.tr("Untitled"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#f4f4f2"))  # a plain page, not a glaring white
        self.setPalette(palette)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def cover(self) -> None:
        """Show over everything, at once."""
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # every key does nothing here (the back keys are read by HideKey)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.close_requested.emit()


class KeepHidden(QObject):
    """While ``only`` is meant to be the one window on the screen (the neutral screen, or the person's view):
    any other window that shows itself is hidden again straight away. ``only``'s own dialogs may show."""

    def __init__(self, only: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only = only

    def _allowed(self, window: QWidget) -> bool:
        widget: QObject | None = window
        while widget is not None:
            if widget is self._only:
                return True
            widget = widget.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not self._allowed(watched)
        ):
            QTimer.singleShot(0, lambda w=watched: _hide_if_alive(w))  # not within its own Show event
        return False


def _hide_if_alive(widget: QWidget) -> None:
    if shiboken6.isValid(widget):
        widget.hide()


def hide_every_window(but: QWidget) -> None:
    """Hide every visible top-level window except ``but`` (modal dialogs leave their loops; menus close)."""
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.hide()
        next_popup = QApplication.activePopupWidget()
        if next_popup is popup:
            break
        popup = next_popup
    for widget in QApplication.topLevelWidgets():
        if widget is not but and widget.isVisible():
            widget.hide()
