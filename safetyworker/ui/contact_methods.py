"""How to get in touch safely: the list of a case's contact methods beside the editor of the chosen one.

The list itself (the case's order, removed methods remembered by id until Save) is ui/record_list.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractButton, QListWidget, QListWidgetItem, QMenu, QStackedWidget, QWidget

from safetyworker.records.model import PHONE_KINDS
from safetyworker.ui.contact_method_editor import empty_method
from safetyworker.ui.forms.ui_contact_methods import Ui_ContactMethods
from safetyworker.ui.narrow import StackWhenNarrow
from safetyworker.ui.record_list import RecordListMixin
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


class ContactMethodsPanel(RecordListMixin, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactMethods()
        self.ui.setupUi(self)
        self._reset([])
        self.fit = StackWhenNarrow(self, self.ui.mainLayout)  # the list above the editor where narrow
        self._icons = {"safe": _dot("#2f9e5b"), "never": _dot("#b42318"), "other": _dot("#8a94a0")}
        menu = QMenu(self)
        for kind, text in method_kinds().items():
            menu.addAction(text, self._adder(kind))
        self.ui.addMethod.setMenu(menu)
        self.ui.removeMethod.clicked.connect(self.remove_current)
        self.ui.methodList.currentRowChanged.connect(self._row_changed)
        self.ui.editor.changed.connect(self._record_edited)
        self._refresh_list()

    @property
    def editor(self):
        return self.ui.editor

    def _list_parts(self) -> tuple[QListWidget, QAbstractButton, QStackedWidget, QWidget, QWidget]:
        ui = self.ui
        return ui.methodList, ui.removeMethod, ui.editorStack, ui.editorScroll, ui.emptyPage

    # -- in and out ----------------------------------------------------------------------------------------
    def set_methods(self, methods: list[dict]) -> None:
        # Phone numbers are edited as people write them (07700 900123); the core stores them as +447700900123.
        loaded = []
        for method in methods:
            method = dict(method)
            display = method.pop("display", None)
            if method.get("kind") in PHONE_KINDS and display:
                method["value"] = display
            loaded.append(method)
        self._reset(loaded)
        self._refresh_list()
        self.select(0 if self._records else -1)

    def methods(self) -> list[dict]:
        """The methods as they stand in the widgets (what Save would send, without the removals)."""
        self._store_current()
        return [self._clean(m) for m in self._records]

    def saved_methods(self) -> list[dict]:
        """The methods as loaded, for who needs to know what is stored (the contact log)."""
        return [dict(m) for m in self._records]

    @staticmethod
    def _clean(method: dict) -> dict:
        keys = ("id", *empty_method())
        return {k: method[k] for k in keys if k in method and (k != "id" or method[k])}

    # -- the editor ------------------------------------------------------------------------------------------
    def _show_record(self, method: dict | None) -> None:
        if method is None:
            self.ui.editor.clear()
        else:
            self.ui.editor.set_method(method)

    def _read_record(self) -> dict:
        return self.ui.editor.method()

    # -- list ----------------------------------------------------------------------------------------------
    def _adder(self, kind: str) -> Callable[[], None]:
        return lambda: self.add_method(kind)

    def add_method(self, kind: str = "mobile") -> None:
        self._add(empty_method(kind), self.ui.editor.ui.value)

    def _describe(self, item: QListWidgetItem, method: dict) -> None:
        text, icon = self._summary(method)
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
        if 0 <= row < len(self._records):
            self.select(row)
            self.ui.editor.show_error(rest, message)
