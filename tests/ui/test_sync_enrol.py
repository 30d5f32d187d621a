"""First run: setting a laptop up from an office enrolment file, as a worker meets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from safetyworker.store.vault import Store, store_exists
from safetyworker.sync import enrolment
from safetyworker.ui import first_run
from safetyworker.ui.enrol_pages import spaced_words
from safetyworker.ui.first_run import CHOOSE, CREATE, ENROL_CHECK, ENROL_DONE, FirstRunDialog
from tests.conftest import PASSPHRASE


@pytest.fixture
def enrolment_file(tmp_path):
    office = enrolment.create_office(tmp_path / "office", PASSPHRASE, "Northshire")
    try:
        enrol = enrolment.enrol_worker(office, "Sam")
    finally:
        office.close()
    path = tmp_path / "usb" / "sam.json"
    path.parent.mkdir()
    path.write_bytes(enrolment.enrolment_bytes(enrol))
    return path


def pick(monkeypatch, path) -> None:
    """The worker chooses ``path`` in the file chooser ("" is Cancel)."""
    monkeypatch.setattr(first_run, "choose_open_path", lambda *_a, **_k: Path(path) if path else None)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_enrol_from_an_office_file_end_to_end(qtbot, tmp_path, monkeypatch, enrolment_file):
    enrol = enrolment.read_enrolment(enrolment_file)
    dialog = FirstRunDialog(tmp_path / "laptop")
    qtbot.addWidget(dialog)
    assert dialog.ui.enrolChoice.isEnabled()
    pick(monkeypatch, enrolment_file)
    click(qtbot, dialog.ui.enrolChoice)

    check = dialog.enrol_check.ui
    assert dialog.ui.pages.currentIndex() == ENROL_CHECK
    assert "Northshire" in check.officeLine.text() and "Sam" in check.officeLine.text()
    assert check.fingerprint.text().split() == enrol.office_fingerprint.split()
    assert len(check.fingerprint.text().split()) == 6
    assert not check.continueButton.isEnabled(), "the words are checked before going on"
    check.matchBox.setChecked(True)
    click(qtbot, check.continueButton)

    assert dialog.ui.pages.currentIndex() == CREATE
    assert dialog.ui.createButton.text() == "Set up this laptop"
    click(qtbot, dialog.ui.backButton)
    assert dialog.ui.pages.currentIndex() == ENROL_CHECK, "Back returns to the office check"
    click(qtbot, check.continueButton)
    qtbot.keyClicks(dialog.ui.passphrase, "short")
    qtbot.keyClicks(dialog.ui.repeat, "short")
    assert not dialog.ui.createButton.isEnabled(), "the create form's strength rules apply"
    dialog.ui.passphrase.clear()
    dialog.ui.repeat.clear()
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.ui.repeat, PASSPHRASE)
    click(qtbot, dialog.ui.createButton)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentIndex() == ENROL_DONE, timeout=10_000)

    store = dialog.session.store
    assert store.role == "worker" and store.meta("office_name") == "Northshire"
    words = dialog.enrol_done.ui.fingerprint.text()
    assert words == spaced_words(enrolment.device_fingerprint(store))
    assert enrolment.office_fingerprint(store) == enrol.office_fingerprint
    assert dialog.ui.passphrase.text() == "", "the passphrase does not linger in the widget"

    click(qtbot, dialog.enrol_done.ui.deleteFileButton)
    assert not enrolment_file.exists()
    assert dialog.enrol_done.ui.fileStatus.text() == "Deleted."
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        click(qtbot, dialog.enrol_done.ui.openButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    dialog.session.lock()
    reopened = Store.unlock(tmp_path / "laptop", PASSPHRASE)
    assert reopened.meta("worker_name") == "Sam"
    reopened.close()


def test_a_file_that_is_not_an_enrolment_file_is_refused_in_one_line(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "notes.json"
    bad.write_text('{"format": "something else"}')
    dialog = FirstRunDialog(tmp_path / "laptop")
    qtbot.addWidget(dialog)
    pick(monkeypatch, bad)
    click(qtbot, dialog.ui.enrolChoice)
    assert dialog.ui.pages.currentIndex() == CHOOSE
    assert dialog.ui.chooseError.text() == "notes.json is not an enrolment file from a Safety Worker office."
    assert not store_exists(tmp_path / "laptop")


def test_cancelling_the_file_dialog_changes_nothing(qtbot, tmp_path, monkeypatch):
    dialog = FirstRunDialog(tmp_path / "laptop")
    qtbot.addWidget(dialog)
    pick(monkeypatch, "")
    click(qtbot, dialog.ui.enrolChoice)
    assert dialog.ui.pages.currentIndex() == CHOOSE and dialog.ui.chooseError.text() == ""
    assert dialog.enrolment is None


def test_choosing_create_after_looking_at_a_file_makes_a_plain_caseload(qtbot, tmp_path, monkeypatch, enrolment_file):
    dialog = FirstRunDialog(tmp_path / "laptop")
    qtbot.addWidget(dialog)
    pick(monkeypatch, enrolment_file)
    click(qtbot, dialog.ui.enrolChoice)
    click(qtbot, dialog.enrol_check.ui.backButton)
    click(qtbot, dialog.ui.createChoice)
    assert dialog.ui.createButton.text() == "Create my caseload"
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.ui.repeat, PASSPHRASE)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        click(qtbot, dialog.ui.createButton)
    assert dialog.session.store.meta("office_name") is None
    dialog.session.lock()
