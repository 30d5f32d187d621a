"""Every dialog of the desktop, found by walking the ``safetyworker.ui`` modules (so a dialog added later is
checked too, or this test says it was missed): it fits a 1366x768 laptop (at most 1366x700 under a title bar
and a taskbar) at every text size of Settings, with its buttons inside, and every control has a name a screen
reader can say."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, QRect, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QTimeEdit,
    QWidget,
)

import safetyworker.ui
from safetyworker.services.session import Session
from safetyworker.ui import look, prefs
from tests.ui.accessible import unnamed_controls
from tests.ui.test_sync_desktop import Stores

WIDTH, HEIGHT = 1366, 700


def every_dialog_class() -> set[type[QDialog]]:
    """The dialog classes the app defines (its own modules, not the generated forms)."""
    for info in pkgutil.iter_modules(safetyworker.ui.__path__, "safetyworker.ui."):
        if not info.name.startswith("safetyworker.ui.forms"):
            importlib.import_module(info.name)
    found: set[type[QDialog]] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if cls.__module__.startswith("safetyworker.ui.") and cls.__name__ != "RememberedDialog":
            found.add(cls)
    return found


def build_every_dialog(session: Session, stores: Stores, tmp_path, demo_store_dir, keep: list) -> Iterator[QDialog]:
    """One of each dialog, with the demo caseload (a laptop's dialogs) or an office (the office's)."""
    from safetyworker.ui.agencies_dialog import AgenciesDialog
    from safetyworker.ui.assign_dialog import AssignDialog
    from safetyworker.ui.audit_dialog import AuditDialog
    from safetyworker.ui.call_card_dialog import CallCardDialog
    from safetyworker.ui.case_record import CaseRecordWidget
    from safetyworker.ui.change_passphrase_dialog import ChangePassphraseDialog
    from safetyworker.ui.close_case_dialog import CloseCaseDialog
    from safetyworker.ui.confirm_words_dialog import ConfirmWordsDialog
    from safetyworker.ui.conflicts_dialog import ConflictsDialog
    from safetyworker.ui.contact_log import LogCorrectionDialog, NoteDialog
    from safetyworker.ui.csv_import_dialog import CsvImportDialog
    from safetyworker.ui.directory_dialog import DirectoryDialog
    from safetyworker.ui.directory_entry_dialog import DirectoryEntryDialog
    from safetyworker.ui.enrol_worker_dialog import EnrolWorkerDialog
    from safetyworker.ui.first_run import FirstRunDialog
    from safetyworker.ui.office_recovery_dialog import OfficeRecoveryDialog
    from safetyworker.ui.open_actions_dialog import OpenActionsDialog
    from safetyworker.ui.planned_contacts import CancelContactDialog, PlanContactDialog
    from safetyworker.ui.recovery_dialog import RecoveryDialog
    from safetyworker.ui.reports_dialog import ReportsDialog
    from safetyworker.ui.risk_tab import ReferralDialog
    from safetyworker.ui.safe_windows import PeriodDialog, SafeWindowDialog
    from safetyworker.ui.settings_dialog import SettingsDialog
    from safetyworker.ui.sharing_tab import ActionDoneDialog, CaseContactsDialog, SharingDialog
    from safetyworker.ui.shortcuts_dialog import ShortcutsDialog
    from safetyworker.ui.subject_access_dialog import SubjectAccessDialog
    from safetyworker.ui.support_widgets import SupportEntryDialog
    from safetyworker.ui.sync_worker_dialog import SyncWorkerDialog
    from safetyworker.ui.unlock_dialog import UnlockDialog
    from safetyworker.ui.visit_dialog import PlanVisitDialog
    from safetyworker.ui.withdraw_dialog import WithdrawDialog

    cases = session.cases
    ffion = next(c.id for c in cases.search() if c.preferred_name == "Ffion")
    doc = cases.show(ffion)
    office = Session(stores.office)
    keep.append(office)
    contacts = session.sharing.contacts()
    assert contacts, "the demo has agency contacts"
    record = CaseRecordWidget(session)
    keep.append(record)  # the plan preview's parent
    record.load(ffion)
    yield from (
        UnlockDialog(demo_store_dir),
        FirstRunDialog(tmp_path / "new-store"),
        SettingsDialog(folder=demo_store_dir),
        ChangePassphraseDialog(demo_store_dir),
        RecoveryDialog(demo_store_dir),
        CsvImportDialog(session),
        CallCardDialog(session, ffion),
        CloseCaseDialog(None),
        LogCorrectionDialog(None, doc["contact_methods"], doc["contact_log"][0]),
        NoteDialog(None, "A note\n" * 40),
        CancelContactDialog(None, "Mid-point contact, Tue 8 Dec 2026"),
        PlanContactDialog(date.today()),
        SafeWindowDialog(None),
        PeriodDialog(None, "A time they are free to talk, just this once.", "One-off safe time"),
        ShortcutsDialog(),
        SubjectAccessDialog(session, ffion),
        ReferralDialog(session, ffion),
        SharingDialog(contacts, date.today()),
        ActionDoneDialog("Tell the school about the new address", date.today()),
        CaseContactsDialog(contacts, {contacts[0].id}),
        AgenciesDialog(session),
        SupportEntryDialog(None),
        PlanVisitDialog(session, ffion),
        DirectoryDialog(None, session, ffion),
        DirectoryEntryDialog(None, session),
        ReportsDialog(session),
        OpenActionsDialog(session),
        ConflictsDialog(office),
        AuditDialog(office),
        SyncWorkerDialog(office),
        AssignDialog(office, "Jo Testcase", None),
        WithdrawDialog(office),
        ConfirmWordsDialog(office, stores.worker_id, "Sam"),
        SettingsDialog(None, stores.office.folder, office.backups, office.settings),  # with the Organisation part
        OfficeRecoveryDialog(office.recovery),
        EnrolWorkerDialog(office.office),
    )
    preview = record.ui.planPanel.preview()
    history = record.ui.planPanel.show_history()
    assert preview is not None and history is not None
    yield preview
    yield history


@pytest.fixture
def every_dialog(session, tmp_path, demo_store_dir, qtbot):
    stores = Stores(tmp_path / "sync", confirm=False)
    keep: list = []

    def made() -> Iterator[QDialog]:
        for dialog in build_every_dialog(session, stores, tmp_path, demo_store_dir, keep):
            qtbot.addWidget(dialog)  # deleted after the test: the office's dialogs hold a worker's name
            yield dialog

    yield made
    for held in keep:
        if isinstance(held, QWidget):
            held.clear()
    stores.close()


def test_no_dialog_is_left_out_of_these_checks(every_dialog):
    built = {type(d) for d in every_dialog()}
    missed = {cls.__name__ for cls in every_dialog_class()} - {cls.__name__ for cls in built}
    assert not missed, f"add these dialogs to build_every_dialog: {sorted(missed)}"


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.fixture(params=list(prefs.TEXT_SIZES))
def text_size(request, qapp):
    """The app's style sheet at each text size of Settings (sizes depend on it)."""
    prefs.set_text_size(request.param)
    look.apply_look(qapp)
    yield request.param
    qapp.setStyleSheet("")


def test_every_dialog_fits_1366x700_at_every_text_size_with_its_buttons_inside(qtbot, every_dialog, text_size):
    problems = []
    for dialog in every_dialog():
        name = type(dialog).__name__
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if least.width() > WIDTH or least.height() > HEIGHT:
            problems.append(f"{name} needs at least {least.width()}x{least.height()}")
            continue
        # as a 1366x768 laptop opens it: its own size, cut to the room there is
        dialog.resize(min(dialog.width(), WIDTH), min(dialog.height(), HEIGHT))
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        if dialog.width() > WIDTH or dialog.height() > HEIGHT:
            problems.append(f"{name} opened at {dialog.width()}x{dialog.height()}")
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.isVisible()]
        for button in [*buttons, *boxes]:
            if not dialog.rect().contains(rect_in(button, dialog)):
                problems.append(f"{name}: {button.objectName() or button.text()!r} is cut off")
        dialog.reject()
    assert problems == [], f"at text size {text_size}:\n" + "\n".join(problems)


def test_every_control_of_every_dialog_has_a_name(every_dialog):
    problems = []
    for dialog in every_dialog():
        problems += [f"{type(dialog).__name__}: {line}" for line in unnamed_controls(dialog)]
    assert problems == [], "\n".join(problems)


def date_editors(widget: QWidget) -> list[QDateTimeEdit]:
    """The fields a date is typed into (a QTimeEdit types only a time, so it is not one)."""
    return [e for e in widget.findChildren(QDateTimeEdit) if not isinstance(e, QTimeEdit)]


def test_every_date_field_of_every_window_and_dialog_takes_one_format(session, bridge, qtbot, every_dialog):
    """Issue 17: a date is typed one way everywhere, 08/12/2026 (with " 14:30" where a time is typed too),
    not "Tue 8 Dec 2026" in one dialog and "8 Dec 2026" in the next."""
    from safetyworker.ui.main_window import MainWindow

    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.open_case(next(c.id for c in session.cases.search() if c.preferred_name == "Ffion"))
    assert window.record is not None  # the case record with every tab (risk, safety plan, sharing...)
    widgets: list[QWidget] = [window, *every_dialog()]
    seen, problems = 0, []
    for widget in widgets:
        for edit in date_editors(widget):
            seen += 1
            want = "dd/MM/yyyy" if isinstance(edit, QDateEdit) else "dd/MM/yyyy HH:mm"
            if edit.displayFormat() != want:
                problems.append(f"{type(widget).__name__}.{edit.objectName()}: {edit.displayFormat()!r}")
            shown = edit.textFromDateTime(QDateTime(QDate(2026, 12, 8), QTime(14, 30)))
            if not shown.startswith("08/12/2026"):
                problems.append(f"{type(widget).__name__}.{edit.objectName()} shows {shown!r}")
    assert seen >= 15, f"only {seen} date fields were found: the scan missed windows"
    assert problems == [], "\n".join(problems)
    window.discard()
