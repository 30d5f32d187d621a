"""The main window's occasional tools: the "More" button on the toolbar (back up now, the audit trail, reports,
the keyboard shortcuts), the CSV import and the settings. Each opens a modal window of its own; the audit trail
and the reports show the store, so they are kept here to be emptied and closed when the app locks
(``discard``). Split from main_window.py, as the caseload pane (caseload_pane.py) and the jobs (window_jobs.py) are."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton

from safetyworker.services.session import Session
from safetyworker.ui.audit_dialog import AuditDialog
from safetyworker.ui.forms.ui_main_window import Ui_MainWindow
from safetyworker.ui.remembered_dialog import dispose, run_dialog
from safetyworker.ui.reports_dialog import ReportsDialog


class ToolActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        ui: Ui_MainWindow,
        session: Session,
        *,
        imported: Callable[[], None],
        settings_saved: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window, self.ui, self.session = window, ui, session
        self._imported, self._settings_saved = imported, settings_saved
        self.audit_dialog: AuditDialog | None = None
        self.reports_dialog: ReportsDialog | None = None
        ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        ui.actionSettings.triggered.connect(self.show_settings)
        ui.actionAudit.triggered.connect(self.show_audit)
        ui.actionReports.triggered.connect(self.show_reports)
        ui.actionImportCsv.triggered.connect(self.import_csv)
        self.more_button = self._more_menu()

    def _more_menu(self) -> QToolButton:
        """The occasional tools (back up, the audit trail, reports, the shortcuts) under one "More" button, so
        the toolbar fits a 1366-wide laptop and Lock and Hide (F12) are never pushed off its end. Their
        shortcuts work from the window as before."""
        ui, window = self.ui, self.window
        more = QToolButton(window)
        more.setObjectName("moreButton")
        more.setText(self.tr("More"))
        more.setToolTip(self.tr("Back up now, the audit trail, reports, the keyboard shortcuts"))
        more.setAccessibleName(self.tr("More tools"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        menu = QMenu(more)
        for action in (ui.actionBackupNow, ui.actionAudit, ui.actionReports, ui.actionShortcuts):
            menu.addAction(action)
            window.addAction(action)  # the shortcut (Ctrl+Shift+B, F1) works while the menu is closed
        more.setMenu(menu)
        ui.toolBar.insertWidget(ui.actionLock, more)
        return more

    def import_csv(self) -> None:
        from safetyworker.ui.csv_import_dialog import CsvImportDialog

        dialog = CsvImportDialog(self.session, self.window)
        dialog.imported.connect(lambda _ids: self._imported())
        try:
            run_dialog(dialog)
        finally:
            dispose(dialog)  # its row-by-row messages name cases: nothing lingers after it closes

    def show_reports(self) -> None:
        """The Reports view."""
        if self.session.reports is not None:
            self._show_store_view("reports_dialog", ReportsDialog)

    def show_audit(self) -> None:
        """The Audit view."""
        if self.session.audit is not None:
            self._show_store_view("audit_dialog", AuditDialog)

    def _show_store_view(self, name: str, make: type[AuditDialog] | type[ReportsDialog]) -> None:
        """A view of the store, modal, kept in ``self.<name>`` while open so that a lock closes and empties it
        (``discard``) and an import refreshes it (``refresh_open``); emptied and deleted when it closes."""
        setattr(self, name, make(self.session, self.window))
        try:
            getattr(self, name).exec()
        finally:
            dialog = getattr(self, name)
            if dialog is not None:
                dialog.forget()
                dialog.deleteLater()
            setattr(self, name, None)

    def show_shortcuts(self) -> None:
        from safetyworker.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        try:
            run_dialog(dialog)
        finally:
            dispose(dialog)

    def show_settings(self) -> None:
        from safetyworker.ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.window, self.session.folder, self.session.backups, self.session.settings).exec():
            self._settings_saved()

    def refresh_open(self) -> None:
        """A bundle was imported while the audit trail or the reports were open (they are modal, but the import
        runs behind them): they show the store as it is now, not as it was when they opened."""
        if self.session.locked:
            return
        if self.reports_dialog is not None and shiboken6.isValid(self.reports_dialog):
            self.reports_dialog.reload()
        if self.audit_dialog is not None and shiboken6.isValid(self.audit_dialog):
            self.audit_dialog.load()

    def discard(self) -> None:
        """The app is locking: empty and close the audit trail and the reports if they are open."""
        for dialog in (self.audit_dialog, self.reports_dialog):
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.forget()
                dialog.reject()
