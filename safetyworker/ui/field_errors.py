"""Problems shown where they are: a red message just under the field, and the field outlined in red.

The message goes in the form row under the field (or under it in its column), so a person sees what to fix
without hunting. ``clear()`` takes every message away again.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QWidget


def _restyle(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def _parents(widget: QWidget) -> tuple[QLayout | None, dict[int, QLayout]]:
    """The layout directly holding ``widget``, and a map from each nested layout (by id) to its parent."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    if top is None:
        return None, {}
    up: dict[int, QLayout] = {}
    pending: list[QLayout] = [top]
    holder = None
    while pending:
        layout = pending.pop()
        if holder is None and layout.indexOf(widget) >= 0:
            holder = layout
        for i in range(layout.count()):
            entry = layout.itemAt(i)
            child = entry.layout() if entry is not None else None
            if child is not None:
                up[id(child)] = layout
                pending.append(child)
    return holder, up


def _index_of(layout: QLayout, item: QWidget | QLayout) -> int:
    for i in range(layout.count()):
        entry = layout.itemAt(i)
        if entry is not None and (entry.widget() is item or entry.layout() is item):
            return i
    return -1


def _layout_holding(widget: QWidget) -> QLayout | None:
    return _parents(widget)[0]


def _place(widget: QWidget, label: QLabel) -> None:
    """Put ``label`` under ``widget``: in the next form row, or after it (or after the row holding it) in a
    vertical layout."""
    holder, up = _parents(widget)
    item: QWidget | QLayout = widget
    layout = holder
    while layout is not None:
        if isinstance(layout, QFormLayout):
            if isinstance(item, QWidget):
                row, _role = layout.getWidgetPosition(item)  # type: ignore[misc]  # stubs: object, not (row, role)
            else:
                row, _role = layout.getLayoutPosition(item)
            layout.insertRow(row + 1, "", label)
            return
        if isinstance(layout, QBoxLayout) and layout.direction() in (
            QBoxLayout.Direction.TopToBottom,
            QBoxLayout.Direction.BottomToTop,
        ):
            layout.insertWidget(_index_of(layout, item) + 1, label)
            return
        item, layout = layout, up.get(id(layout))
    label.setParent(widget.parentWidget())


def field_label(widget: QWidget) -> str:
    """The words on the form label of ``widget`` (without a trailing colon or Qt's & marks), or ''."""
    layout = _layout_holding(widget)
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            return label.text().replace("&", "").rstrip(":")
    return ""


class FieldErrors:
    def __init__(self) -> None:
        self._shown: list[tuple[QWidget, QLabel]] = []

    def show(self, widget: QWidget, message: str) -> QLabel:
        label = QLabel(message)
        label.setWordWrap(True)
        label.setProperty("role", "error")
        label.setObjectName("fieldError")
        _place(widget, label)
        label.show()
        widget.setProperty("invalid", True)
        _restyle(widget)
        self._shown.append((widget, label))
        return label

    def clear(self) -> None:
        for widget, label in self._shown:
            if shiboken6.isValid(widget):
                widget.setProperty("invalid", False)
                _restyle(widget)
            if not shiboken6.isValid(label):
                continue
            layout = _layout_holding(label)
            if isinstance(layout, QFormLayout):
                layout.removeRow(label)
            else:
                if layout is not None:
                    layout.removeWidget(label)
                shiboken6.delete(label)
        self._shown.clear()

    def __bool__(self) -> bool:
        return bool(self._shown)
