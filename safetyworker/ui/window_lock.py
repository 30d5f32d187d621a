"""What the main window does when the app locks: forget every piece of case data it shows (``discard``), after
keeping where the worker was (``position``: the case, the search, closed cases shown) so that unlocking returns
there (``restore_position``, in the window built afresh at unlock).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from safetyworker.ui.caseload_pane import CaseloadPane

if TYPE_CHECKING:
    from safetyworker.ui.backup_actions import BackupActions
    from safetyworker.ui.case_record import CaseRecordWidget
    from safetyworker.ui.main_tools import ToolActions


class WindowLock(CaseloadPane):
    """Locking and returning (a base of ``MainWindow``, never made on its own)."""

    tools: ToolActions
    backups: BackupActions
    _record: CaseRecordWidget | None
    _callable_timer: QTimer

    def position(self) -> dict:
        return {
            "case_id": self._current,
            "search": self.ui.search.text(),
            "show_closed": self.ui.showClosed.isChecked(),
        }

    def restore_position(self, position: dict) -> None:
        self.ui.showClosed.setChecked(bool(position.get("show_closed")))
        self.ui.search.setText(position.get("search", ""))
        case_id = position.get("case_id")
        if case_id and self.model.row_of(case_id) is not None:
            self.open_case(case_id)
        elif case_id and self.caseload_loading:
            self._pending_case = case_id  # opened when the rest of the caseload has come

    def discard(self) -> None:
        """Forget every piece of case data this window shows (the app is locking)."""
        self._callable_timer.stop()
        self._loads += 1  # a caseload still being read is dropped when it comes
        self.caseload_loading = False
        self._pending_case = None
        self._changed_while_loading.clear()
        self.tools.discard()
        self.sync.discard()
        self.backups.discard()
        if self._record is not None:
            self._record.clear()
        self.today.clear()
        self.visits.clear()
        self.ui.caseTable.setModel(None)
        self.model.clear()
        self.ui.search.clear()
        self.ui.countLabel.clear()
