"""The children in the family: a list beside the details of the chosen child.

The list itself (the case's order, removed children remembered by id until Save) is ui/record_list.py.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from safetyworker.ui.field_errors import FieldErrors, field_label
from safetyworker.ui.forms.ui_children import Ui_Children
from safetyworker.ui.narrow import StackWhenNarrow
from safetyworker.ui.record_list import RecordListMixin

_FIELDS = ("name", "age", "school", "lives_with", "contact_arrangements", "safety_steps", "views")


def empty_child() -> dict:
    return {
        "name": "",
        "age": None,
        "school": "",
        "lives_with": "",
        "contact_arrangements": "",
        "safety_steps": "",
        "views": "",
    }


class ChildrenPanel(RecordListMixin, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Children()
        self.ui.setupUi(self)
        self._reset([])
        self.fit = StackWhenNarrow(self, self.ui.mainLayout)  # the list above the child where narrow (ui/narrow.py)
        self._loading = False
        self.errors = FieldErrors()
        ui = self.ui
        ui.addChild.clicked.connect(self.add_child)
        ui.removeChild.clicked.connect(self.remove_current)
        ui.childList.currentRowChanged.connect(self._row_changed)
        for edit in (ui.name, ui.school, ui.livesWith):
            edit.textChanged.connect(self._edited)
        for edit in (ui.contactArrangements, ui.safetySteps, ui.views):
            edit.textChanged.connect(self._edited)
        ui.age.valueChanged.connect(self._edited)
        self._refresh_list()

    def _list_parts(self) -> tuple[QListWidget, QAbstractButton, QStackedWidget, QWidget, QWidget]:
        ui = self.ui
        return ui.childList, ui.removeChild, ui.editorStack, ui.editorScroll, ui.emptyPage

    # -- in and out ----------------------------------------------------------------------------------------
    def set_children(self, children: list[dict]) -> None:
        self._reset([dict(c) for c in children])
        self._refresh_list()
        self.select(0 if self._records else -1)

    def children_docs(self) -> list[dict]:
        self._store_current()
        return [{k: c[k] for k in ("id", *_FIELDS) if k in c and (k != "id" or c[k])} for c in self._records]

    # -- the form ------------------------------------------------------------------------------------------
    def _show_record(self, child: dict | None) -> None:
        child = child if child is not None else empty_child()
        self._loading = True
        try:
            self.errors.clear()
            ui = self.ui
            ui.name.setText(child.get("name", ""))
            age = child.get("age")
            ui.age.setValue(-1 if age is None else int(age))
            ui.school.setText(child.get("school", ""))
            ui.livesWith.setText(child.get("lives_with", ""))
            ui.contactArrangements.setPlainText(child.get("contact_arrangements", ""))
            ui.safetySteps.setPlainText(child.get("safety_steps", ""))
            ui.views.setPlainText(child.get("views", ""))
        finally:
            self._loading = False

    def _read_record(self) -> dict:
        ui = self.ui
        return {
            "name": ui.name.text().strip(),
            "age": None if ui.age.value() < 0 else ui.age.value(),
            "school": ui.school.text().strip(),
            "lives_with": ui.livesWith.text().strip(),
            "contact_arrangements": ui.contactArrangements.toPlainText().strip(),
            "safety_steps": ui.safetySteps.toPlainText().strip(),
            "views": ui.views.toPlainText().strip(),
        }

    def _edited(self) -> None:
        if not self._loading:
            self._record_edited()

    # -- list ----------------------------------------------------------------------------------------------
    def add_child(self) -> None:
        self._add(empty_child(), self.ui.name)

    def _describe(self, item: QListWidgetItem, child: dict) -> None:
        name = child.get("name") or self.tr("(no name yet)")
        age = child.get("age")
        item.setText(name if age is None else self.tr("{name}, {age}").format(name=name, age=age))

    # -- errors --------------------------------------------------------------------------------------------
    def show_error(self, row: int, rest: str, message: str) -> None:
        if not 0 <= row < len(self._records):
            return
        self.select(row)
        ui = self.ui
        widgets = {
            "name": ui.name,
            "age": ui.age,
            "school": ui.school,
            "lives_with": ui.livesWith,
            "contact_arrangements": ui.contactArrangements,
            "safety_steps": ui.safetySteps,
            "views": ui.views,
        }
        widget = widgets.get(rest.split(".")[0], ui.name)
        self.errors.show(widget, message)
        widget.setFocus()

    def field_name(self, rest: str) -> str:
        widget = {"name": self.ui.name, "age": self.ui.age}.get(rest.split(".")[0])
        return field_label(widget) if widget is not None else ""
