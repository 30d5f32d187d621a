"""The office's step of a forgotten-passphrase recovery in the desktop (it was CLI-only: ``recover answer``):
the coordinator chooses the request file the worker brought, saves the answer file for them (never over a file,
never in a store folder) and reads them the code; with both the worker opens their laptop again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from safetyworker.services import recovery
from safetyworker.services.audit import AuditService
from safetyworker.ui import office_recovery_dialog
from safetyworker.ui.office_recovery_dialog import OfficeRecoveryDialog
from tests.ui.test_sync_desktop import Stores, open_window  # noqa: F401  (a fixture)

NEW = "a brand new passphrase for Sam"


@pytest.fixture
def stores(tmp_path):
    made = Stores(tmp_path)
    yield made
    made.close()


def choose_files(monkeypatch, request: Path, answer: Path) -> None:
    monkeypatch.setattr(office_recovery_dialog, "choose_open_path", lambda *_a, **_k: request)
    monkeypatch.setattr(office_recovery_dialog, "choose_save_path", lambda *_a, **_k: answer)


def test_the_office_answers_from_the_sync_menu_and_the_worker_gets_back_in(
    qtbot,
    stores,
    open_window,  # noqa: F811
    monkeypatch,
):
    request = stores.usb / "recovery-request.json"
    request.write_bytes(recovery.request(stores.laptop.folder))
    answer = stores.usb / "recovery-answer.json"
    choose_files(monkeypatch, request, answer)
    window = open_window(stores.office)
    window.resize(1366, 768)
    window.show()
    action = window.sync.actionHelpRecover
    assert action.isVisible() and action in window.ui.actionSync.menu().actions()
    said: dict[str, str] = {}

    def help_them() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OfficeRecoveryDialog)
        assert not dialog.answerButton.isEnabled(), "the request first"
        qtbot.mouseClick(dialog.requestButton, Qt.MouseButton.LeftButton)
        assert dialog.requestChosen.text() == "recovery-request.json"
        qtbot.mouseClick(dialog.answerButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.code.text()), timeout=20_000)
        assert dialog.resultPanel.isVisible() and not dialog.answerButton.isEnabled(), "one answer per request"
        said["code"] = dialog.code.text()
        said["hand back"] = dialog.handBack.text()
        dialog.resize(1366, 700)
        dialog.grab().save("/tmp/y2-office-recovery.png")
        dialog.buttons.rejected.emit()

    QTimer.singleShot(0, help_them)
    action.trigger()
    assert len(said["code"].split()) == 6
    assert "Never send or write the code with the file" in said["hand back"]
    assert answer.is_file()
    assert [e for e in AuditService(stores.office).events() if e["action"] == "office.recovery"]
    stores.laptop.close()
    recovery.finish(stores.laptop.folder, answer, said["code"], NEW)  # the worker's step 3 works with them


def test_an_answer_is_never_saved_over_a_file_or_in_a_store_folder(qtbot, stores, monkeypatch):
    request = stores.usb / "recovery-request.json"
    request.write_bytes(recovery.request(stores.laptop.folder))
    there = stores.usb / "already.json"
    there.write_text("the worker's own file")
    from safetyworker.services.session import Session

    service = Session(stores.office).recovery
    assert service is not None
    dialog = OfficeRecoveryDialog(service)
    qtbot.addWidget(dialog)
    dialog.use_request(request)
    assert not dialog.save_answer(there)
    assert "already there" in dialog.error.text() and there.read_text() == "the worker's own file"
    assert not dialog.save_answer(stores.office.folder / "answer.json")
    assert dialog.error.text() and not (stores.office.folder / "answer.json").exists()
    assert not dialog.code.text() and dialog.answerButton.isEnabled(), "nothing made; another name can be chosen"


def test_a_damaged_request_is_said_plainly_and_nothing_is_saved(qtbot, stores):
    from safetyworker.services.session import Session

    damaged = stores.usb / "recovery-request.json"
    damaged.write_text("{}")
    service = Session(stores.office).recovery
    assert service is not None
    dialog = OfficeRecoveryDialog(service)
    qtbot.addWidget(dialog)
    dialog.use_request(damaged)
    answer = stores.usb / "answer.json"
    assert dialog.save_answer(answer)
    qtbot.waitUntil(lambda: dialog.requestButton.isEnabled(), timeout=20_000)
    assert dialog.error.text().startswith("No answer file was made:")
    assert not answer.exists() and not dialog.code.text()


def test_a_laptop_has_no_such_action_and_the_office_waits_during_an_import(
    qtbot,
    stores,
    open_window,  # noqa: F811
):
    laptop = open_window(stores.laptop)
    assert not laptop.sync.actionHelpRecover.isVisible()
    office = open_window(stores.office)
    office.sync.busy = True  # a bundle is being imported (it holds the store)
    opened: list[object] = []
    QTimer.singleShot(0, lambda: opened.append(QApplication.activeModalWidget()))
    office.sync.help_recover()
    qtbot.wait(20)
    assert opened == [None], "nothing opens while the import holds the store"
    office.sync.busy = False


def test_the_code_is_large_and_easy_to_read_out_and_cleared_when_the_dialog_closes(qtbot, stores, qapp):
    from safetyworker.services.session import Session
    from safetyworker.ui.look import apply_look

    request = stores.usb / "recovery-request.json"
    request.write_bytes(recovery.request(stores.laptop.folder))
    service = Session(stores.office).recovery
    assert service is not None
    apply_look(qapp)
    try:
        dialog = OfficeRecoveryDialog(service)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.use_request(request)
        assert dialog.save_answer(stores.usb / "answer.json")
        qtbot.waitUntil(lambda: bool(dialog.code.text()), timeout=20_000)
        code = dialog.code
        assert isinstance(code, QLabel) and code.property("role") == "fingerprint", "not a plain text field"
        assert code.font().pointSizeF() >= 1.3 * dialog.handBack.font().pointSizeF(), "large"
        rows = code.text().split("\n")
        assert [len(r.split()) for r in rows] == [3, 3], "two rows of three words, read out a row at a time"
        words = code.accessibleDescription()
        assert words.split() == code.text().split()
        dialog.grab().save("/tmp/z1-recovery-code.png")
        assert code.height() >= code.sizeHint().height(), "the words whole, not squashed"
        dialog.reject()
        assert code.text() == "" and code.accessibleDescription() == "", "nothing keeps the code once closed"
    finally:
        qapp.setStyleSheet("")
