"""What every passphrase field does: a "Show passphrase" box and a Caps Lock warning.

A tired worker who types a long passphrase with Caps Lock on gets "not right" and a growing pause, with nothing
to say why. Qt has no portable way to ask the keyboard for Caps Lock, so the warning comes from what is typed:
a capital letter without Shift (or a small one with Shift) means Caps Lock is on. The show box is a real check
box (reachable with Tab), not an icon inside the field that a keyboard cannot reach."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from safetyworker.keys import strength
from safetyworker.ui import look


class PassphraseFields(QObject):
    """Ties ``edits`` to one ``show`` box and one ``caps`` warning label (hidden until Caps Lock is seen)."""

    def __init__(self, edits: Sequence[QLineEdit], show: QCheckBox, caps: QLabel) -> None:
        super().__init__(show)
        self.edits = list(edits)
        self.show = show
        self.caps = caps
        caps.setText(self.tr("Caps Lock is on: your passphrase may come out in capitals."))
        caps.setAccessibleName(self.tr("Caps Lock warning"))
        caps.hide()
        show.toggled.connect(self._show)
        for edit in self.edits:
            edit.installEventFilter(self)

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for edit in self.edits:
            edit.setEchoMode(mode)

    def hide_again(self) -> None:
        """Back to dots (after a lock, or when the dialog is used again)."""
        self.show.setChecked(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            caps = caps_lock_from(event.text(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            if caps is not None and caps != self.caps.isVisible():
                self.caps.setVisible(caps)
                if caps:
                    look.grow_to_fit(self.caps)
        return False


def caps_lock_from(text: str, shift: bool) -> bool | None:
    """Whether a typed ``text`` says Caps Lock is on; None when it cannot tell (a digit, a space, no text)."""
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    return text.isupper() != shift


class NewPassphrase(QWidget):
    """A new passphrase typed twice, with the same strength estimate as at first run (keys/strength.py), a show
    box and the Caps Lock warning: for changing a passphrase and for the office recovery. ``changed`` fires as
    the worker types; ``ready()`` says whether the core will accept it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("newPassphrase")
        self.repeat = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeatPassphrase")
        self.meter = QProgressBar(self, maximum=5, value=0, textVisible=False)
        self.meter.setObjectName("strengthMeter")
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel(self, wordWrap=True)
        self.hint.setProperty("role", "hint")
        self.mismatch = QLabel(self, wordWrap=True)
        self.mismatch.setProperty("role", "error")
        self.show_box = QCheckBox(self.tr("Show passphrases"), self)
        self.show_box.setObjectName("showPassphrases")
        self.caps = QLabel(self, wordWrap=True)
        self.caps.setProperty("role", "warning")
        layout.addRow(self.tr("&New passphrase"), self.passphrase)
        layout.addRow(self.tr("Type it &again"), self.repeat)
        layout.addRow("", self.meter)
        layout.addRow("", self.hint)
        layout.addRow("", self.mismatch)
        layout.addRow("", self.show_box)
        layout.addRow("", self.caps)
        self.fields = PassphraseFields([self.passphrase, self.repeat], self.show_box, self.caps)
        self._form = layout
        self.caps.installEventFilter(self)  # its row shows and hides with it (no empty gap in the form)
        for row in (self.hint, self.mismatch, self.caps):
            layout.setRowVisible(row, False)
        self.related: tuple[str, ...] = ()
        self.passphrase.textChanged.connect(self._judge)
        self.repeat.textChanged.connect(self._judge)
        self._ready = False

    def _judge(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        judged = strength.estimate(first, self.related)
        self.meter.setValue(judged.score + 1 if first else 0)
        look.set_role(self.meter, "strong" if judged.acceptable else "weak")
        self.hint.setText(judged.hint)
        match = bool(second) and first == second
        self.mismatch.setText(self.tr("The two passphrases are not the same yet.") if second and not match else "")
        for row in (self.hint, self.mismatch):
            self._form.setRowVisible(row, bool(row.text()))
        look.grow_to_fit(self)
        self._ready = judged.acceptable and match
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.caps and event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._form.setRowVisible(self.caps, event.type() == QEvent.Type.ShowToParent)
        return False

    def ready(self) -> bool:
        return self._ready

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.fields.hide_again()
