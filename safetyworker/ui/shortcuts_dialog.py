"""The keyboard shortcuts, listed in one place (F1 or the Shortcuts button): hide at once first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from safetyworker.ui.forms.ui_shortcuts_dialog import Ui_ShortcutsDialog
from safetyworker.ui.hide_screen import BACK_KEY_TEXT, HIDE_KEY_TEXT
from safetyworker.ui.remembered_dialog import RememberedDialog


class ShortcutsDialog(RememberedDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        table = self.ui.keys
        rows = self.shortcuts()
        table.setColumnCount(2)
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, what) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        self.ui.buttonBox.rejected.connect(self.reject)
        self.restore_geometry()

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do), in the order a worker needs them: hiding first."""
        return [
            (
                HIDE_KEY_TEXT,
                self.tr("Hide the screen at once, from any window or dialog: a blank page, and the app locks"),
            ),
            (BACK_KEY_TEXT, self.tr("On the blank page: back to the passphrase screen")),
            ("Ctrl+L", self.tr("Lock now")),
            ("Ctrl+T", self.tr("Today: who can be called now, what is overdue")),
            ("Ctrl+F", self.tr("Find a case")),
            ("Ctrl+N", self.tr("New case")),
            ("Ctrl+S", self.tr("Save the case")),
            ("F1", self.tr("This list")),
        ]
