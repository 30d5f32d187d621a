"""Issue 16 in the desktop: a subject access copy from the case (a warning first; other people's details only
with a reason) and the retention schedule run once a day at unlock, saying calmly what it removed."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from safetyworker.services.cases import CaseService
from safetyworker.store.vault import Store
from safetyworker.ui.case_record import CaseRecordWidget
from safetyworker.ui.controller import AppController
from safetyworker.ui.subject_access_dialog import SubjectAccessDialog
from tests.conftest import PASSPHRASE


def _case_with_harm(session) -> str:
    return next(
        c.id
        for c in session.cases.search(include_closed=True)
        if session.cases.get(c.id).person_causing_harm is not None
    )


def _open_dialog(qtbot, session, case_id) -> tuple[CaseRecordWidget, list[SubjectAccessDialog]]:
    record = CaseRecordWidget(session)
    qtbot.addWidget(record)
    record.resize(1000, 700)
    record.show()
    record.load(case_id)
    assert record.ui.moreButton.isEnabled()
    return record, []


def test_the_subject_access_copy_is_saved_from_the_case_after_a_warning(qtbot, session, tmp_path):
    case_id = _case_with_harm(session)
    harm_name = session.cases.get(case_id).person_causing_harm.name
    record, _ = _open_dialog(qtbot, session, case_id)
    target = tmp_path / "copy.pdf"
    seen: list[SubjectAccessDialog] = []

    def act(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SubjectAccessDialog):
            seen.append(dialog)
            try:
                check(dialog)
            except BaseException:
                dialog.reject()  # the test fails on what it saw, instead of waiting for ever
                raise
        elif tries:
            QTimer.singleShot(20, lambda: act(tries - 1))

    def check(dialog: SubjectAccessDialog) -> None:
        if True:
            assert "Anyone who finds the file can read it" in dialog.ui.warning.text()
            dialog.grab().save("/tmp/h16b-subject-access-dialog.png")
            # other people's details need a reason: Save stays greyed out until there is one
            dialog.ui.includeThirdParties.setFocus()
            qtbot.keyClick(dialog.ui.includeThirdParties, Qt.Key.Key_Space)
            assert dialog.ui.reason.isEnabled() and not dialog.save_button.isEnabled()
            qtbot.keyClicks(dialog.ui.reason, "court order")
            assert dialog.save_button.isEnabled()
            dialog.ui.reason.clear()
            qtbot.keyClick(dialog.ui.includeThirdParties, Qt.Key.Key_Space)
            assert dialog.save_button.isEnabled() and not dialog.ui.reason.isEnabled()
            dialog.save_to(target)

    QTimer.singleShot(0, act)
    record.actionSubjectAccess.trigger()
    assert seen, "the warning dialog was shown"
    assert target.exists()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "[withheld: third party]" in text and harm_name not in text
    audit = session.store.db.execute(
        "SELECT detail FROM audit_event WHERE action = 'subject_access.export' AND target_id = ?", (case_id,)
    ).fetchall()
    assert audit == [("pdf,third_parties=withheld",)]


def test_a_file_that_is_there_is_not_replaced_and_the_dialog_says_why(qtbot, session, tmp_path):
    case_id = _case_with_harm(session)
    dialog = SubjectAccessDialog(session, case_id)
    qtbot.addWidget(dialog)
    target = tmp_path / "copy.json"
    target.write_text("keep")
    dialog.ui.format.setCurrentIndex(dialog.ui.format.findData("json"))
    dialog.save_to(target)
    assert "already exists" in dialog.ui.message.text()
    assert target.read_text() == "keep"
    dialog.save_to(target, force=True)  # the save dialog asked before replacing it
    qtbot.waitUntil(lambda: target.read_text() != "keep", timeout=10_000)
    doc = json.loads(target.read_text())
    assert doc["case_id"] == case_id and doc["third_parties"] == "withheld"


def test_retention_runs_at_unlock_once_a_day_and_says_what_it_removed(qtbot, tmp_path):
    folder = tmp_path / "store"
    with Store.create(folder, PASSPHRASE) as store:
        service = CaseService(store)
        old = service.add({"preferred_name": "Old Case", "locality": "Hill"})[0]
        service.add({"preferred_name": "Open Case", "locality": "Hill"})
        service.close(old, "support ended")
        when = (datetime.now(UTC) - timedelta(days=365 * 7)).isoformat(timespec="seconds")
        with store.transaction():
            store.db.execute("UPDATE case_record SET closed_at = ? WHERE id = ?", (when, old))
    controller = AppController(folder)
    controller.start()
    dialog = controller.dialog
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    qtbot.waitUntil(lambda: "Removed 1 closed case" in window.statusBar().currentMessage(), timeout=10_000)
    assert "Old Case" not in window.statusBar().currentMessage()
    assert controller.session.cases.search(include_closed=True)[0].preferred_name == "Open Case"
    controller.shutdown()
