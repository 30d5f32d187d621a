"""Enrolling a worker from the office's desktop (it was CLI-only: ``office enrol``): the coordinator types the
worker's name, saves the enrolment file (never over a file, never in a store folder) and is told what comes
next; a real laptop is then set up from that file and its first bundle is taken once its words are confirmed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from safetyworker.services.audit import AuditService
from safetyworker.services.session import Session
from safetyworker.sync import bundles, confirmation, enrolment
from safetyworker.ui import enrol_worker_dialog
from safetyworker.ui.enrol_worker_dialog import EnrolWorkerDialog
from safetyworker.ui.look import apply_look
from tests.conftest import PASSPHRASE
from tests.ui.test_sync_desktop import Stores, open_window  # noqa: F401  (a fixture)


@pytest.fixture
def stores(tmp_path):
    made = Stores(tmp_path)
    yield made
    made.close()


@pytest.fixture
def styled(qapp):
    """The app's own style sheet, as the coordinator sees it (removed again after the test)."""
    apply_look(qapp)
    yield qapp
    qapp.setStyleSheet("")


def test_the_office_enrols_a_worker_from_the_sync_menu_and_their_laptop_syncs(
    qtbot,
    styled,
    stores,
    open_window,  # noqa: F811
    monkeypatch,
):
    target = stores.usb / "enrolment.json"
    suggested: list[str] = []

    def save_here(_parent, _title, _filter, _suffix, name):
        suggested.append(name)
        return target

    monkeypatch.setattr(enrol_worker_dialog, "choose_save_path", save_here)
    window = open_window(stores.office)
    window.resize(1366, 768)
    window.show()
    action = window.sync.actionEnrol
    assert action.isVisible() and action in window.ui.actionSync.menu().actions()
    said: dict[str, str] = {}

    def enrol() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EnrolWorkerDialog)
        assert not dialog.saveButton.isEnabled(), "the worker's name first"
        qtbot.keyClicks(dialog.name, "Alex Rivers")
        qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)
        assert dialog.nextPanel.isVisible() and not dialog.saveButton.isEnabled(), "one file per enrolment"
        said["words"] = dialog.fingerprint.text()
        said["check"] = dialog.checkLine.text()
        said["next"] = dialog.nextSteps.text()
        said["saved"] = dialog.savedLine.text()
        dialog.grab().save("/tmp/z1-enrol-small.png")  # as it opened, grown for the next steps
        assert dialog.nextSteps.height() >= dialog.nextSteps.heightForWidth(dialog.nextSteps.width())
        dialog.resize(1366, 700)
        dialog.grab().save("/tmp/z1-enrol.png")
        dialog.buttons.rejected.emit()

    QTimer.singleShot(0, enrol)
    action.trigger()
    assert suggested == ["enrolment.json"], "a neutral name: a lost stick does not say whose laptop it sets up"
    assert str(target) in said["saved"] and target.is_file()
    assert "Alex Rivers sets up their laptop" in said["check"]
    assert "Hand the file over in person" in said["next"] and "reads them to you" in said["next"]
    office_words = enrolment.office_fingerprint(stores.office) or ""
    assert said["words"].split() == office_words.split()
    assert [e for e in AuditService(stores.office).events() if e["action"] == "office.enrol"]

    # the worker's laptop, set up from the file the desktop made
    handed = enrolment.read_enrolment(target)
    assert handed.worker_name == "Alex Rivers" and handed.office_fingerprint == office_words
    laptop = enrolment.create_laptop(stores.root / "alex", PASSPHRASE, handed)
    try:
        first = bundles.export_to_office(laptop, stores.usb / "alex-1.age").path
        with pytest.raises(confirmation.WaitingForConfirmation):
            bundles.import_bundle(stores.office, first)
        confirmation.confirm(stores.office, handed.worker_id, enrolment.device_fingerprint(laptop) or "")
        assert bundles.import_bundle(stores.office, first).status != "duplicate"
    finally:
        laptop.close()
    names = {w["name"] for w in Session(stores.office).office.workers()}  # type: ignore[union-attr]
    assert "Alex Rivers" in names


def test_never_over_a_file_never_in_a_store_folder_and_nobody_enrolled_then(qtbot, stores):
    office = Session(stores.office).office
    assert office is not None
    before = len(office.workers())
    dialog = EnrolWorkerDialog(office)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Alex")
    there = stores.usb / "already.json"
    there.write_text("the coordinator's own file")
    assert not dialog.save_to(there)
    assert "already there" in dialog.error.text() and there.read_text() == "the coordinator's own file"
    inside = stores.office.folder / "enrolment.json"
    assert not dialog.save_to(inside)
    assert dialog.error.text().startswith("No enrolment file was made:") and not inside.exists()
    assert len(office.workers()) == before, "nobody is left enrolled without a file"
    assert dialog.saveButton.isEnabled() and not dialog.nextPanel.isVisible(), "another place can be chosen"
    assert dialog.save_to(stores.usb / "enrolment.json")
    assert len(office.workers()) == before + 1


def test_a_laptop_has_no_such_action_and_the_office_waits_while_a_bundle_job_runs(
    qtbot,
    stores,
    open_window,  # noqa: F811
):
    laptop = open_window(stores.laptop)
    assert not laptop.sync.actionEnrol.isVisible()
    laptop.sync.enrol_worker()  # nothing, and no error
    office = open_window(stores.office)
    office.sync.busy = True  # a bundle is being imported or made (the import holds the store)
    opened: list[object] = []
    QTimer.singleShot(0, lambda: opened.append(QApplication.activeModalWidget()))
    office.sync.enrol_worker()
    qtbot.wait(20)
    assert opened == [None], "nothing opens while a bundle job runs"
    office.sync.busy = False


def test_without_a_name_no_file_is_made(qtbot, stores):
    office = Session(stores.office).office
    assert office is not None
    dialog = EnrolWorkerDialog(office)
    qtbot.addWidget(dialog)
    assert not dialog.save_to(stores.usb / "x.json"), "no name, no file"
    assert not (stores.usb / "x.json").exists()
