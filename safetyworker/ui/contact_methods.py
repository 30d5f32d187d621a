"""How to get in touch safely: the list of a case's contact methods beside the editor of the chosen one.

The list is in the order the case keeps (new ones at the end), so ``contact_methods[i]`` in a message from
the core is row ``i`` here. Removed methods are remembered by id until the case is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidgetItem, QMenu, QWidget

from safetyworker.records.model import PHONE_KINDS
from safetyworker.ui.contact_method_editor import empty_method
from safetyworker.ui.forms.ui_contact_methods import Ui_ContactMethods
from safetyworker.ui.record_text import method_kinds


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class ContactMethodsPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactMethods()
        self.ui.setupUi(self)
        self._methods: list[dict] = []
        self._removed: list[str] = []
        self._row = -1
        self._icons = {"safe": _dot("#2f9e5b"), "never": _dot("#b42318"), "other": _dot("#8a94a0")}
        menu = QMenu(self)
        for kind, text in method_kinds().items():
            menu.addAction(text, lambda k=kind: self.add_method(k))
        self.ui.addMethod.setMenu(menu)
        self.ui.removeMethod.clicked.connect(self.remove_current)
        self.ui.methodList.currentRowChanged.connect(self._row_changed)
        self.ui.editor.changed.connect(self._editor_changed)
        self._refresh_list()

    @property
    def editor(self):
        return self.ui.editor

    # -- in and out ----------------------------------------------------------------------------------------
    def set_methods(self, methods: list[dict]) -> None:
        # Phone numbers are edited as people write them (07700 900123); the core stores them as +447700900123.
        self._methods = []
        for method in methods:
            method = dict(method)
            display = method.pop("display", None)
            if method.get("kind") in PHONE_KINDS and display:
                method["value"] = display
            self._methods.append(method)
        self._removed = []
        self._row = -1
        self._refresh_list()
        self.select(0 if self._methods else -1)

    def methods(self) -> list[dict]:
        """The methods as they stand in the widgets (what Save would send, without the removals)."""
        self._store_current()
        return [self._clean(m) for m in self._methods]

    def removed_ids(self) -> list[str]:
        return list(self._removed)

    def saved_methods(self) -> list[dict]:
        """The methods as loaded, for who needs to know what is stored (the contact log)."""
        return [dict(m) for m in self._methods]

    @staticmethod
    def _clean(method: dict) -> dict:
        keys = ("id", *empty_method())
        return {k: method[k] for k in keys if k in method and (k != "id" or method[k])}

    def clear(self) -> None:
        self._methods = []
        self._removed = []
        self._row = -1
        self.ui.methodList.blockSignals(True)
        self.ui.methodList.clear()
        self.ui.methodList.blockSignals(False)
        self.ui.editor.clear()
        self._refresh_list()

    # -- list ----------------------------------------------------------------------------------------------
    def select(self, row: int) -> None:
        self.ui.methodList.setCurrentRow(row)
        if row < 0:
            self._row_changed(-1)

    def current_row(self) -> int:
        return self._row

    def add_method(self, kind: str = "mobile") -> None:
        self._store_current()
        self._methods.append(empty_method(kind))
        self._refresh_list()
        self.select(len(self._methods) - 1)
        self.ui.editor.ui.value.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self._row
        if not 0 <= row < len(self._methods):
            return
        method = self._methods.pop(row)
        if method.get("id"):
            self._removed.append(method["id"])
        self._row = -1
        self._refresh_list()
        self.select(min(row, len(self._methods) - 1))
        self.changed.emit()

    def _store_current(self) -> None:
        if 0 <= self._row < len(self._methods):
            self._methods[self._row] = {**self._methods[self._row], **self.ui.editor.method()}

    def _row_changed(self, row: int) -> None:
        self._store_current()
        self._row = row
        if 0 <= row < len(self._methods):
            self.ui.editor.set_method(self._methods[row])
            self.ui.editorStack.setCurrentWidget(self.ui.editorScroll)
        else:
            self.ui.editor.clear()
            self.ui.editorStack.setCurrentWidget(self.ui.emptyPage)
        self.ui.removeMethod.setEnabled(0 <= row < len(self._methods))

    def _editor_changed(self) -> None:
        self._store_current()
        self._refresh_item(self._row)
        self.changed.emit()

    def _refresh_list(self) -> None:
        lst = self.ui.methodList
        lst.blockSignals(True)
        current = self._row
        lst.clear()
        for _method in self._methods:
            lst.addItem(QListWidgetItem())
        for row in range(len(self._methods)):
            self._refresh_item(row)
        if 0 <= current < lst.count():
            lst.setCurrentRow(current)
        lst.blockSignals(False)
        self.ui.removeMethod.setEnabled(0 <= self._row < len(self._methods))
        if not self._methods:
            self.ui.editorStack.setCurrentWidget(self.ui.emptyPage)

    def _refresh_item(self, row: int) -> None:
        item = self.ui.methodList.item(row)
        if item is None or not 0 <= row < len(self._methods):
            return
        text, icon = self._summary(self._methods[row])
        item.setText(text)
        item.setIcon(self._icons[icon])

    def _summary(self, method: dict) -> tuple[str, str]:
        kind = method.get("kind", "mobile")
        value = method.get("value") or self.tr("(not filled in yet)")
        first = f"{method_kinds().get(kind, kind)}  {value}"
        if kind not in PHONE_KINDS:
            return first, "other"
        if not method.get("safe_to_call"):
            rules = [self.tr("Do not call")]
            icon = "never"
        else:
            rules = [self.tr("Safe to call")]
            icon = "safe"
        rules.append(self.tr("texts OK") if method.get("safe_to_text") else self.tr("no texts"))
        if not method.get("voicemail_allowed"):
            rules.append(self.tr("no messages"))
        return f"{first}\n{' · '.join(rules)}", icon

    # -- errors --------------------------------------------------------------------------------------------
    def show_error(self, row: int, rest: str, message: str) -> None:
        if 0 <= row < len(self._methods):
            self.select(row)
            self.ui.editor.show_error(rest, message)
