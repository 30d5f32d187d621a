"""The main window's Sync menu: make a bundle, import one (file dialog or dropped on the window), and at the
office the conflicts screen. Also keeps the sync status in the status bar up to date.

Writing and applying a bundle runs off the GUI thread (a big import takes a while). The status bar says so
from the first moment; while a bundle is imported no case is edited (the import may change it), while cases
stay readable and calls and notes can still be logged. The store's lock keeps every write whole either way.
The result is said in one plain sentence, or the core's one-line message when the bundle was refused: never a
traceback. Every dialog opened here is non-blocking and
closed at lock with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QToolButton

from safetyworker import i18n
from safetyworker.errors import SafetyWorkerError
from safetyworker.services.audit import peer_problem_text
from safetyworker.services.session import Session
from safetyworker.services.sync import ExportResult, ImportResult
from safetyworker.sync import authority, files
from safetyworker.sync.confirmation import NOTICE_KIND, WaitingForConfirmation
from safetyworker.ui.agencies_dialog import AgenciesDialog
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.confirm_words_dialog import ConfirmWordsDialog
from safetyworker.ui.conflicts_dialog import ConflictsDialog
from safetyworker.ui.enrol_worker_dialog import EnrolWorkerDialog
from safetyworker.ui.icons import icon
from safetyworker.ui.office_recovery_dialog import OfficeRecoveryDialog
from safetyworker.ui.open_actions_dialog import OpenActionsDialog
from safetyworker.ui.record_text import when_text
from safetyworker.ui.remembered_dialog import dispose, run_dialog
from safetyworker.ui.save_dialog import choose_folder, choose_open_path
from safetyworker.ui.sync_status import SyncStatusLabel
from safetyworker.ui.sync_worker_dialog import SyncWorkerDialog
from safetyworker.ui.withdraw_dialog import WithdrawDialog
from safetyworker.ui.worker import Worker

if TYPE_CHECKING:
    from safetyworker.ui.main_window import MainWindow

# the status is worked out again this often (a day can pass with the app open)
STATUS_REFRESH_MS = 10 * 60 * 1000


class SyncActions(QObject):
    # a bundle job finished (the app may lock now if it was asked to meanwhile)
    idle = Signal()
    # the result sentence or refusal line of the last job (also shown in a message box)
    said = Signal(str)

    def __init__(self, window: MainWindow, session: Session, bridge: CoreBridge) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.busy = False
        self.last_message = ""
        self.conflicts_dialog: ConflictsDialog | None = None
        self.worker_dialog: SyncWorkerDialog | None = None
        self.confirm_dialog: ConfirmWordsDialog | None = None
        self.open_actions_dialog: OpenActionsDialog | None = None
        self._boxes: list[QMessageBox] = []
        self._job: tuple[str, Any] | None = None
        self._job_text = ""
        self._worker = Worker(self)
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)

        ui = window.ui
        self.status = SyncStatusLabel(session, window)
        ui.statusBar.addPermanentWidget(self.status)
        self.status.refresh()
        report = self.status.report
        self.office = report.get("role") == "office"
        self.enrolled = self.office or bool(report.get("enrolled"))

        menu = QMenu(window)
        menu.setObjectName("syncMenu")
        for action in (ui.actionExportOffice, ui.actionExportWorker, ui.actionImport, ui.actionConflicts):
            menu.addAction(action)
        ui.actionSync.setMenu(menu)
        ui.actionSync.setIcon(icon("sync"))
        button = ui.toolBar.widgetForAction(ui.actionSync)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        ui.actionExportOffice.setVisible(not self.office)
        ui.actionExportWorker.setVisible(self.office)
        ui.actionConflicts.setVisible(self.office)
        self._sync_text = ui.actionSync.text()
        self._set_sync_enabled(self.enrolled)
        if not self.enrolled:
            ui.actionSync.setToolTip(self.status.toolTip())
        ui.actionExportOffice.triggered.connect(lambda: self.export_for_office())
        ui.actionExportWorker.triggered.connect(self.export_for_worker)
        ui.actionImport.triggered.connect(lambda: self.choose_import())
        ui.actionConflicts.triggered.connect(self.show_conflicts)
        # the office: every worker's open actions from information sharing (from their bundles)
        self.actionOpenActions = self._office_action(
            menu, "actionOpenActions", self.tr("Open actions across workers…"), self.show_open_actions
        )
        # the office keeps the organisation's list of agencies and their contacts
        self.actionAgencies = self._office_action(menu, "actionAgencies", self.tr("Agencies…"), self.show_agencies)
        # a new worker's laptop: the enrolment file and what comes next (the CLI's "office enrol")
        self.actionEnrol = self._office_action(menu, "actionEnrol", self.tr("Enrol a worker…"), self.enrol_worker)
        # a lost or stolen laptop, or an enrolment file used twice: withdraw it (the CLI's "office revoke")
        self.actionWithdraw = self._office_action(
            menu, "actionWithdraw", self.tr("Withdraw a laptop…"), self.withdraw_laptop
        )
        # a worker forgot their passphrase: the office's step of the recovery (the CLI's "recover answer")
        self.actionHelpRecover = self._office_action(
            menu, "actionHelpRecover", self.tr("Help a worker who forgot their passphrase…"), self.help_recover
        )
        bridge.cases_changed.connect(self._cases_changed)  # a bound slot: queued when an import emits it
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.status.refresh)
        self._timer.start(STATUS_REFRESH_MS)

    @property
    def importing(self) -> bool:
        """A bundle is being imported (it holds the store for a while: see docs/store.md)."""
        return self._job is not None and self._job[0] == "import"

    def _cases_changed(self, _ids: list) -> None:
        self.status.refresh_soon()

    # -- laptop -> office ------------------------------------------------------------------------------------
    def export_for_office(self, folder: Path | None = None) -> None:
        if self.busy or not self.enrolled or self.office:
            return
        folder = folder or self._ask_folder(
            self.tr("Where should the bundle for the office go? (for example the USB stick)")
        )
        if folder is None:
            return
        sync = self.session.sync
        assert sync is not None
        name = sync.default_name()
        self._start(
            "export",
            (folder, None),
            self.tr("Making the bundle for the office…"),
            lambda: sync.export_to_office(files.new_file_in(folder, name)),
        )

    # -- office -> laptop ------------------------------------------------------------------------------------
    def export_for_worker(self) -> None:
        if self.busy or not self.office or self.session.locked:
            return
        self._drop_dialog("worker_dialog")
        dialog = SyncWorkerDialog(self.session, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self._worker_chosen)
        self.worker_dialog = dialog
        dialog.open()

    def _worker_chosen(self) -> None:
        dialog = self.worker_dialog
        chosen = dialog.chosen() if dialog is not None else None
        self._drop_dialog("worker_dialog")
        if chosen is None:
            return
        worker_id, name = chosen
        folder = self._ask_folder(self.tr("Where should the bundle for {name} go?").format(name=name))
        if folder is None:
            return
        sync = self.session.sync
        assert sync is not None
        file_name = sync.default_name()
        self._start(
            "export",
            (folder, name),
            self.tr("Making the bundle for {name}…").format(name=name),
            lambda: sync.export_to_worker(worker_id, files.new_file_in(folder, file_name)),
        )

    # -- importing -------------------------------------------------------------------------------------------
    def choose_import(self) -> None:
        if self.busy or not self.enrolled:
            return
        chosen = choose_open_path(
            self.window, self.tr("Import a bundle"), self.tr("Sync bundles (*.age);;All files (*)")
        )
        if chosen is not None:
            self.import_file(chosen)

    def dropped_file(self, mime: QMimeData) -> Path | None:
        """The one local file dragged onto the window, when a bundle could be imported now."""
        if self.busy or not self.enrolled or not mime.hasUrls():
            return None
        urls = mime.urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.is_file() else None

    def import_file(self, path: Path) -> None:
        sync = self.session.sync
        if self.busy or not self.enrolled or sync is None:
            return
        if not self.window.maybe_leave_record():  # the import may change the case on screen
            return
        self._start("import", path, self.tr("Importing the bundle…"), lambda: sync.import_bundle(path))

    # -- confirming a laptop's words (office) ---------------------------------------------------------------
    def confirm_laptop(self, worker_id: str, name: str, held: Path | None) -> None:
        """A first bundle was held: type the worker's six words; once they match, import the bundle again."""
        if not self.office or self.session.locked:
            return
        self._drop_dialog("confirm_dialog")
        dialog = ConfirmWordsDialog(self.session, worker_id, name, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._confirmed(held))
        dialog.rejected.connect(lambda: self._not_confirmed(name))
        self.confirm_dialog = dialog
        dialog.open()

    def _confirmed(self, held: Path | None) -> None:
        self._drop_dialog("confirm_dialog")
        self.status.refresh()
        if held is not None:
            self.import_file(held)

    def _not_confirmed(self, name: str) -> None:
        self._drop_dialog("confirm_dialog")
        self.last_message = self.tr(
            "{name}'s bundle is still waiting: nothing from it was applied. Import it again when you can confirm "
            "the words."
        ).format(name=name)
        self.said.emit(self.last_message)

    # -- conflicts (office) ----------------------------------------------------------------------------------
    def show_conflicts(self) -> None:
        if not self.office or self.session.locked or not self.window.maybe_leave_record():
            return
        self._drop_dialog("conflicts_dialog")
        dialog = ConflictsDialog(self.session, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.resolved.connect(lambda _case: self.status.refresh())
        dialog.finished.connect(self._conflicts_closed)
        self.conflicts_dialog = dialog
        dialog.open()

    def _conflicts_closed(self, _result: int) -> None:
        self._drop_dialog("conflicts_dialog")
        self.window.after_sync_change()

    def show_open_actions(self) -> None:
        if not self.office or self.session.locked:
            return
        dialog = OpenActionsDialog(self.session, self.window)
        self.open_actions_dialog = dialog  # a bundle imported behind it brings the laptop's actions: reloaded
        try:
            run_dialog(dialog)
        finally:
            self.open_actions_dialog = None
            dispose(dialog)

    def show_agencies(self) -> None:
        if not self.office or self.session.locked:
            return
        dialog = AgenciesDialog(self.session, self.window)
        try:
            run_dialog(dialog)
        finally:
            dispose(dialog)
        self.window.after_sync_change()  # an open case's Sharing tab shows a contact's new details

    def withdraw_laptop(self) -> None:
        office = self.session.office
        if not self.office or self.session.locked or office is None or self.busy:
            return
        dialog = WithdrawDialog(self.session, self.window)
        try:
            chosen = dialog.chosen() if run_dialog(dialog) else None
            if chosen is None:
                return
            office.revoke(chosen[0])
        except SafetyWorkerError as exc:
            problem = getattr(exc, "problem", exc)
            self._say(
                self.tr("Not withdrawn"),
                self.tr("The laptop was not withdrawn: {problem}").format(problem=problem),
                ok=False,
            )
            return
        finally:
            dispose(dialog)
        self.status.refresh()
        text = self.tr(
            "{name}'s laptop is withdrawn: its bundles will be refused. Give {name}'s cases to another worker "
            "from each case's More menu."
        ).format(name=chosen[1])
        self._say(self.tr("Laptop withdrawn"), text, ok=True)

    def enrol_worker(self) -> None:
        """Enrol a worker and save their file; it writes to the store, so it waits while a bundle job runs, like
        the other office actions."""
        office = self.session.office
        if not self.office or self.session.locked or office is None or self.busy:
            return
        dialog = EnrolWorkerDialog(office, self.window)
        try:
            run_dialog(dialog)
        finally:
            dispose(dialog)
        self.status.refresh()

    def help_recover(self) -> None:
        """The office's step of a forgotten-passphrase recovery; it writes to the store (the audit), so it waits
        while a bundle is imported, like the other office actions."""
        recovery = self.session.recovery
        if not self.office or self.session.locked or recovery is None or self.busy:
            return
        dialog = OfficeRecoveryDialog(recovery, self.window)
        try:
            run_dialog(dialog)
        finally:
            dispose(dialog)

    # -- running a job ---------------------------------------------------------------------------------------
    def _ask_folder(self, caption: str) -> Path | None:
        return choose_folder(self.window, caption)

    def _start(self, kind: str, context: Any, text: str, fn: Any) -> None:
        self.busy = True
        self._job = (kind, context)
        self._job_text = text
        self._set_sync_enabled(False, self.tr("Sync (busy)"))
        self.window.job_started(text, hold_cases=kind == "import")  # before the thread starts
        self._worker.run(fn)

    def _end(self) -> tuple[str, Any]:
        job = self._job or ("", None)
        self._job = None
        self.busy = False
        self.window.job_ended(self._job_text)
        self._set_sync_enabled(self.enrolled)
        return job

    def _set_sync_enabled(self, enabled: bool, why: str = "") -> None:
        """A Sync button that cannot be used looks greyed out and says why on the button itself, not only in a
        tooltip: "Sync (not set up)" on a laptop without an office, "Sync (busy)" while a bundle is made."""
        action = self.window.ui.actionSync
        action.setEnabled(enabled)
        if enabled:
            action.setText(self._sync_text)
        else:
            action.setText(why or self.tr("Sync (not set up)"))

    def _finished(self, result: Any) -> None:
        kind, context = self._end()
        if kind == "export":
            folder, name = context
            self._say(self.tr("Bundle saved"), self._export_sentence(result, folder, name), ok=True)
        else:
            if result.audit_problem:  # imported, but the laptop's audit trail was cut or rewritten: said loudly
                self._say(
                    self.tr("Bundle imported: the laptop's audit trail was changed"),
                    self._import_sentence(result) + "\n\n" + self._audit_warning(result),
                    ok=False,
                )
            else:
                self._say(self.tr("Bundle imported"), self._import_sentence(result), ok=True)
            self.window.after_sync_change()
            if self.open_actions_dialog is not None and shiboken6.isValid(self.open_actions_dialog):
                self.open_actions_dialog.reload()
        self.status.refresh()
        self.idle.emit()

    def _failed(self, exc: Exception) -> None:
        kind, context = self._end()
        if isinstance(exc, WaitingForConfirmation) and self.office and kind == "import":
            self.status.refresh()
            self.confirm_laptop(exc.worker_id, exc.worker_name, context)
            self.idle.emit()
            return
        if isinstance(exc, SafetyWorkerError):
            text = str(exc)
        elif isinstance(exc, OSError) and kind == "export":
            text = self.tr("The bundle could not be saved in {folder}: {reason}.").format(
                folder=context[0], reason=exc.strerror or exc
            )
        elif kind == "export":
            text = self.tr("Something went wrong while making the bundle. Nothing was saved.")
        else:
            text = self.tr("Something went wrong while importing the bundle. Nothing was changed.")
        title = self.tr("Bundle not saved") if kind == "export" else self.tr("Bundle not imported")
        if isinstance(exc, authority.BundleRefused):  # signed by an enrolled laptop, but reaching past its cases
            title = self.tr("Bundle refused")
        self._say(title, text, ok=False)
        self.status.refresh()
        self.idle.emit()

    def _say(self, title: str, text: str, ok: bool) -> None:
        self.last_message = text
        box = QMessageBox(
            QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r, b=box: self._box_closed(b))
        self._boxes.append(box)
        box.open()
        self.said.emit(text)

    def _box_closed(self, box: QMessageBox) -> None:
        if box in self._boxes:
            self._boxes.remove(box)
        box.deleteLater()

    # -- wording ---------------------------------------------------------------------------------------------
    def _changes(self, n: int) -> str:
        if n == 0:
            return self.tr("no new changes")
        return self.tr("%n change(s)", "", n)

    def _export_sentence(self, result: ExportResult, folder: Path, worker: str | None) -> str:
        changes = self._changes(sum(result.counts.values()))
        if result.kind == NOTICE_KIND:
            return self.tr(
                "Saved {file} in {folder}: a notice telling {name}'s laptop its enrolment may have been copied and "
                "to call the office. It holds no case data."
            ).format(file=result.path.name, folder=folder, name=worker)
        if worker is None:
            return self.tr("Saved {file} in {folder} for the office ({changes}): take it to the office.").format(
                file=result.path.name, folder=folder, changes=changes
            )
        return self.tr("Saved {file} in {folder} for {name} ({changes}).").format(
            file=result.path.name, folder=folder, name=worker, changes=changes
        )

    def _import_sentence(self, result: ImportResult) -> str:
        if result.status == "duplicate":
            return self.tr("Bundle {seq} from {sender} was already imported on {when}, so nothing changed.").format(
                seq=result.sequence, sender=result.sender, when=self._when(result.imported_at)
            )
        n = sum(result.counts.values())
        parts = [self.tr("nothing new") if n == 0 else self.tr("%n change(s) applied", "", n)]
        if result.conflicts:
            parts.append(self.tr("%n conflict(s) to look at", "", result.conflicts))
        if result.dropped_erased:
            parts.append(self.tr("%n change(s) to erased records left out", "", result.dropped_erased))
        if result.purged_cases:
            parts.append(self.tr("%n case(s) the office now holds taken off this laptop", "", result.purged_cases))
        if result.gaps:
            parts.append(
                self.tr("bundles {list} from {sender} have not arrived yet").format(
                    list=", ".join(map(str, result.gaps)), sender=result.sender
                )
            )
        listed = i18n.and_list(parts)
        return self.tr("Bundle {seq} from {sender} imported: {what}.").format(
            seq=result.sequence, sender=result.sender, what=listed
        )

    def _audit_warning(self, result: ImportResult) -> str:
        return self.tr(
            "Warning: the bundle from {sender}'s laptop shows a problem with its audit trail. {problem} The changes "
            "were imported, and what the office saw before is kept. Look at the Audit trail, and ask the worker and "
            "whoever looks after their laptop what happened."
        ).format(sender=result.sender, problem=peer_problem_text(result.audit_problem))

    def _office_action(self, menu: QMenu, name: str, text: str, slot: Callable[[], object]) -> QAction:
        """An entry of the Sync menu that only the office has (hidden on a laptop)."""
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setVisible(self.office)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _when(self, iso: str) -> str:
        zone = ZoneInfo(self.session.timezone)
        try:
            return when_text(datetime.fromisoformat(iso).astimezone(zone))
        except ValueError:
            return iso

    # -- locking -----------------------------------------------------------------------------------------------
    def _drop_dialog(self, name: str) -> None:
        dialog: QDialog | None = getattr(self, name)
        setattr(self, name, None)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.hide()
            dialog.deleteLater()

    def discard(self) -> None:
        """Close every dialog opened here (the app is locking): none may keep what it showed."""
        self._timer.stop()
        self.status.forget()
        if self.conflicts_dialog is not None and shiboken6.isValid(self.conflicts_dialog):
            self.conflicts_dialog.clear()
        for name in ("conflicts_dialog", "worker_dialog", "confirm_dialog"):
            dialog = getattr(self, name)
            setattr(self, name, None)
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.hide()
                shiboken6.delete(dialog)
        for box in self._boxes:
            if shiboken6.isValid(box):
                box.hide()
                shiboken6.delete(box)
        self._boxes.clear()
