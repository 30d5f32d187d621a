"""The children in the family: a list beside the details of the chosen child.

As with contact methods, the rows are in the case's order (new ones at the end), so ``children[i]`` in a
message from the core is row ``i``; removed children are remembered by id until Save.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from safetyworker.ui.field_errors import FieldErrors, field_label
from safetyworker.ui.forms.ui_children import Ui_Children

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


class ChildrenPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Children()
        self.ui.setupUi(self)
        self._children: list[dict] = []
        self._removed: list[str] = []
        self._row = -1
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

    # -- in and out ----------------------------------------------------------------------------------------
    def set_children(self, children: list[dict]) -> None:
        self._children = [dict(c) for c in children]
        self._removed = []
        self._row = -1
        self._refresh_list()
        self.select(0 if self._children else -1)

    def children_docs(self) -> list[dict]:
        self._store_current()
        return [{k: c[k] for k in ("id", *_FIELDS) if k in c and (k != "id" or c[k])} for c in self._children]

    def removed_ids(self) -> list[str]:
        return list(self._removed)

    def clear(self) -> None:
        self._children = []
        self._removed = []
        self._row = -1
        self._show(empty_child())
        self._refresh_list()

    # -- the form ------------------------------------------------------------------------------------------
    def _show(self, child: dict) -> None:
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

    def _read(self) -> dict:
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

    def _store_current(self) -> None:
        if 0 <= self._row < len(self._children):
            self._children[self._row] = {**self._children[self._row], **self._read()}

    def _edited(self) -> None:
        if self._loading:
            return
        self._store_current()
        self._refresh_item(self._row)
        self.changed.emit()

    # -- list ----------------------------------------------------------------------------------------------
    def select(self, row: int) -> None:
        self.ui.childList.setCurrentRow(row)
        if row < 0:
            self._row_changed(-1)

    def current_row(self) -> int:
        return self._row

    def add_child(self) -> None:
        self._store_current()
        self._children.append(empty_child())
        self._refresh_list()
        self.select(len(self._children) - 1)
        self.ui.name.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self._row
        if not 0 <= row < len(self._children):
            return
        child = self._children.pop(row)
        if child.get("id"):
            self._removed.append(child["id"])
        self._row = -1
        self._refresh_list()
        self.select(min(row, len(self._children) - 1))
        self.changed.emit()

    def _row_changed(self, row: int) -> None:
        self._store_current()
        self._row = row
        if 0 <= row < len(self._children):
            self._show(self._children[row])
            self.ui.editorStack.setCurrentWidget(self.ui.editorScroll)
        else:
            self._show(empty_child())
            self.ui.editorStack.setCurrentWidget(self.ui.emptyPage)
        self.ui.removeChild.setEnabled(0 <= row < len(self._children))

    def _refresh_list(self) -> None:
        lst = self.ui.childList
        lst.blockSignals(True)
        lst.clear()
        for _child in self._children:
            lst.addItem(QListWidgetItem())
        for row in range(len(self._children)):
            self._refresh_item(row)
        if 0 <= self._row < lst.count():
            lst.setCurrentRow(self._row)
        lst.blockSignals(False)
        self.ui.removeChild.setEnabled(0 <= self._row < len(self._children))
        if not self._children:
            self.ui.editorStack.setCurrentWidget(self.ui.emptyPage)

    def _refresh_item(self, row: int) -> None:
        item = self.ui.childList.item(row)
        if item is None or not 0 <= row < len(self._children):
            return
        child = self._children[row]
        name = child.get("name") or self.tr("(no name yet)")
        age = child.get("age")
        item.setText(name if age is None else self.tr("{name}, {age}").format(name=name, age=age))

    # -- errors --------------------------------------------------------------------------------------------
    def show_error(self, row: int, rest: str, message: str) -> None:
        if not 0 <= row < len(self._children):
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
