"""The list half of a record's form panel (the children, the contact methods): one row per part, in the order
the case keeps (new ones at the end), beside the editor of the chosen one.

Keeping the case's order means ``children[i]`` or ``contact_methods[i]`` in a message from the core is row
``i`` here. Removed parts are remembered by id until the case is saved. A panel supplies its widgets
(``_list_parts``), how its editor shows, reads and clears a part, and how a row describes one; the list
bookkeeping is the same for every panel and lives here once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QListWidget, QListWidgetItem, QStackedWidget, QWidget


class RecordListMixin:
    """For a QWidget panel with a ``changed`` signal. Call ``_reset`` in ``__init__`` before ``_refresh_list``."""

    _records: list[dict]
    _removed: list[str]
    _row: int
    changed: Any

    # -- what a panel supplies ---------------------------------------------------------------------------------
    def _list_parts(self) -> tuple[QListWidget, QAbstractButton, QStackedWidget, QWidget, QWidget]:
        """The list, the Remove button, the editor stack, its editor page and its "nothing chosen" page."""
        raise NotImplementedError

    def _show_record(self, record: dict | None) -> None:
        """Fill the editor with ``record``, or empty it for None."""
        raise NotImplementedError

    def _read_record(self) -> dict:
        """The values in the editor now."""
        raise NotImplementedError

    def _describe(self, item: QListWidgetItem, record: dict) -> None:
        """Set the row's text (and icon) for ``record``."""
        raise NotImplementedError

    # -- in and out --------------------------------------------------------------------------------------------
    def _reset(self, records: list[dict]) -> None:
        self._records = records
        self._removed = []
        self._row = -1

    def removed_ids(self) -> list[str]:
        return list(self._removed)

    def clear(self) -> None:
        self._reset([])
        self._show_record(None)
        self._refresh_list()

    # -- the list ----------------------------------------------------------------------------------------------
    def select(self, row: int) -> None:
        self._list_parts()[0].setCurrentRow(row)
        if row < 0:
            self._row_changed(-1)

    def current_row(self) -> int:
        return self._row

    def _add(self, record: dict, focus: QWidget) -> None:
        self._store_current()
        self._records.append(record)
        self._refresh_list()
        self.select(len(self._records) - 1)
        focus.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self._row
        if not 0 <= row < len(self._records):
            return
        record = self._records.pop(row)
        if record.get("id"):
            self._removed.append(record["id"])
        self._row = -1
        self._refresh_list()
        self.select(min(row, len(self._records) - 1))
        self.changed.emit()

    def _store_current(self) -> None:
        if 0 <= self._row < len(self._records):
            self._records[self._row] = {**self._records[self._row], **self._read_record()}

    def _record_edited(self) -> None:
        self._store_current()
        self._refresh_item(self._row)
        self.changed.emit()

    def _row_changed(self, row: int) -> None:
        self._store_current()
        self._row = row
        _list, remove, stack, editor_page, empty_page = self._list_parts()
        if 0 <= row < len(self._records):
            self._show_record(self._records[row])
            stack.setCurrentWidget(editor_page)
        else:
            self._show_record(None)
            stack.setCurrentWidget(empty_page)
        remove.setEnabled(0 <= row < len(self._records))

    def _refresh_list(self) -> None:
        lst, remove, stack, _editor_page, empty_page = self._list_parts()
        lst.blockSignals(True)
        lst.clear()
        for _record in self._records:
            lst.addItem(QListWidgetItem())
        for row in range(len(self._records)):
            self._refresh_item(row)
        if 0 <= self._row < lst.count():
            lst.setCurrentRow(self._row)
        lst.blockSignals(False)
        remove.setEnabled(0 <= self._row < len(self._records))
        if not self._records:
            stack.setCurrentWidget(empty_page)

    def _refresh_item(self, row: int) -> None:
        item = self._list_parts()[0].item(row)
        if item is None or not 0 <= row < len(self._records):
            return
        self._describe(item, self._records[row])
