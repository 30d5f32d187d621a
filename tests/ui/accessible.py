"""Walking a window through Qt's own accessibility interface (what a screen reader is given), to find the
controls a screen reader user could not tell apart."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
#: Parts Qt builds inside another control (a spin box's line edit, a table's header and corner button, a
#: scroll area's bars, a tab bar's scroll arrows): the screen reader is given the control they belong to.
_INNER_OF = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar, QLineEdit)


def _inner(widget: QWidget, root: QWidget) -> bool:
    if isinstance(widget, (QHeaderView, QScrollBar)) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, _INNER_OF):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """The name Qt's accessibility interface gives a screen reader (set, from a buddy label, or the text)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """Every interactive control below ``root`` (shown or not yet shown) that a screen reader would announce
    with no name, as "ClassName objectName (path)"."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _inner(widget, root):
            continue
        if not accessible_name(widget):
            path, parent = [], widget.parentWidget()
            while parent is not None and parent is not root:
                if parent.objectName():
                    path.append(parent.objectName())
                parent = parent.parentWidget()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {'/'.join(reversed(path))}")
    return found


def placeholder_only(root: QWidget) -> list[str]:
    """Text fields whose only label is a placeholder (it vanishes at the first key): no buddy label points at them."""
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for field in [*root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit)]:
        if _inner(field, root) or not field.placeholderText():
            continue
        if id(field) not in labelled:
            found.append(f"{type(field).__name__} {field.objectName()!r}: {field.placeholderText()!r}")
    return found
